# Práctica: the two commands a contributor needs are `make serve` and `make test`.
# Every target installs what it is missing first (tools/ensure.sh), and is quiet when all is
# already there. See README.md and docs/ARCHITECTURE.md.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/tools/npm/node_modules/.bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT := 120

PORT ?= 8080
SOURCES := $(shell find src core/src locales style public -type f 2>/dev/null) \
           index.html Cargo.toml Cargo.lock core/Cargo.toml Trunk.toml build.rs \
           tools/postbuild.py tools/sw.template.js tools/compress.mjs tools/site-build.sh tools/nightly.env

.PHONY: all build serve test test-core test-wasm test-e2e bench clean

all: build

## build: the release site in dist/, ready to copy to any static host.
build: dist/index.html

dist/index.html: $(SOURCES)
	@tools/ensure.sh build
	@echo "building the release site into dist/ …"
	@flock /tmp/practica-trunk.lock tools/site-build.sh --quiet
	@touch dist/index.html

## serve: build, then serve dist/ on http://127.0.0.1:$(PORT) (Ctrl-C to stop).
serve: build
	@echo "Práctica is at http://127.0.0.1:$(PORT)/"
	@python3 tools/serve.py --port $(PORT) --bind 127.0.0.1 --directory dist

## test: every layer: core (native), storage/components (browser), end to end (Playwright).
test: test-core test-wasm test-e2e

test-core:
	@echo "== core: cargo test (native) =="
	@cargo test -p practica-core --quiet

test-wasm:
	@tools/ensure.sh build browser
	@echo "== browser: wasm-bindgen-test in headless Chromium =="
	@cargo test -p practica --target wasm32-unknown-unknown --test '*'

test-e2e: build
	@tools/ensure.sh browser e2e
	@echo "== end to end: Playwright in headless Chromium =="
	@cd e2e && npx playwright test

## bench: sizes, load times and scale (not part of `make test`).
bench: build
	@tools/ensure.sh browser e2e
	@bash bench/run.sh

clean:
	rm -rf dist target e2e/test-results e2e/site-root
