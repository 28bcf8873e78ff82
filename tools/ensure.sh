#!/usr/bin/env bash
# Installs what the build and the tests need, only when it is missing or at the wrong version.
# Idempotent and quiet when everything is already there. Usage: tools/ensure.sh build|browser|e2e
# Versions: Trunk 0.21.14 (0.22 needs a newer rustc), wasm-bindgen-cli = Cargo.lock's
# wasm-bindgen, wasm-opt from npm binaryen@132 (never Debian's binaryen: it writes broken wasm).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { echo "ensure: $*" >&2; }

lock_version() {
  # The version of a package in Cargo.lock.
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_build() {
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown >&2
  fi
  if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    say "installing Trunk $TRUNK_VERSION (takes several minutes once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked --quiet
  fi
  local wb
  wb=$(lock_version wasm-bindgen)
  [ -n "$wb" ] || { say "Cargo.lock has no wasm-bindgen"; exit 1; }
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wb" \
     || ! command -v wasm-bindgen-test-runner >/dev/null; then
    say "installing wasm-bindgen-cli $wb (takes a couple of minutes once)"
    # No --locked: one of its pinned dependencies is not in the registry index.
    cargo install wasm-bindgen-cli --version "$wb" --quiet
  fi
  if ! grep -q "wasm_bindgen = \"$wb\"" Trunk.toml; then
    say "Trunk.toml's [tools] wasm_bindgen must be $wb (Cargo.lock)"; exit 1
  fi
  # The pinned nightly for the shipped site's smaller build (tools/site-build.sh). Optional: if
  # it cannot be installed, the site is built with stable Rust (larger) and the build says so.
  . tools/nightly.env
  if ! rustup run "$SITE_NIGHTLY" rustc --version >/dev/null 2>&1 \
     || ! rustup component list --toolchain "$SITE_NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src' \
     || ! rustup target list --toolchain "$SITE_NIGHTLY" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "installing Rust $SITE_NIGHTLY with rust-src (once, for the smaller release build)"
    rustup toolchain install "$SITE_NIGHTLY" --profile minimal --component rust-src \
      --target wasm32-unknown-unknown >&2 \
      || say "could not install $SITE_NIGHTLY: the site will be built with stable Rust (larger)"
  fi
  if [ ! -x tools/npm/node_modules/.bin/wasm-opt ] \
     || [ tools/npm/package-lock.json -nt tools/npm/node_modules/.package-lock.json ]; then
    say "installing wasm-opt (npm binaryen)"
    (cd tools/npm && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}

ensure_browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >&2
  fi
}

ensure_e2e() {
  if [ ! -d e2e/node_modules/@playwright/test ] \
     || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
    say "installing the end-to-end test packages (npm ci)"
    (cd e2e && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}

for what in "$@"; do
  case "$what" in
    build) ensure_build ;;
    browser) ensure_browser ;;
    e2e) ensure_e2e ;;
    *) say "unknown: $what"; exit 2 ;;
  esac
done
