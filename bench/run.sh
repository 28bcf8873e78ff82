#!/usr/bin/env bash
# `make bench`: sizes, load times and scale of the release build, against a minimal Leptos
# counter built the same way. Prints a table with budgets and writes bench/results/latest.json.
# Not part of `make test`: the numbers are goals, not assertions. See README.md "Performance".
#
# Environment: BENCH_DIST (the built site; default dist/, built by `make build`; any other
# directory is built into here under the shared Trunk lock; BENCH_BUILD=0 uses it as it is), BENCH_PORT (default 8781; the
# baseline uses the next port), RUNS (loads per median, default 5), SIZES (CoPs, default
# "10 100 1000"), BENCH_SKIP=load,core (parts to leave out).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/tools/npm/node_modules/.bin:$PATH"

DIST=${BENCH_DIST:-dist}
PORT=${BENCH_PORT:-8781}
BPORT=$((PORT + 1))
export RUNS=${RUNS:-5} SIZES=${SIZES:-10 100 1000}
SKIP=${BENCH_SKIP:-}
WORK=$(mktemp -d /tmp/practica-bench.XXXXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"; }
trap cleanup EXIT
say() { echo "bench: $*" >&2; }

tools/ensure.sh build browser e2e

# 1. The builds. Práctica: `make bench` has built dist/ already; another BENCH_DIST is built here.
if [ "${BENCH_BUILD:-1}" = 0 ] && [ -f "$DIST/index.html" ]; then
  say "using the existing build in $DIST (BENCH_BUILD=0)"
elif [ "$DIST" != dist ] || [ ! -f dist/index.html ]; then
  say "building Práctica into $DIST"
  flock /tmp/practica-trunk.lock tools/site-build.sh --quiet --dist "$DIST"
fi
for pin in wasm_bindgen wasm_opt; do
  if [ "$(grep "^$pin " Trunk.toml)" != "$(grep "^$pin " bench/baseline/Trunk.toml)" ]; then
    say "bench/baseline/Trunk.toml's $pin differs from Trunk.toml's: make them equal"; exit 1
  fi
done
say "building the baseline (Leptos counter) into bench/baseline/dist"
(cd bench/baseline && SITE_TARGET_DIR="$PWD/target/site" CARGO_TARGET_DIR="$PWD/target" flock /tmp/practica-trunk.lock ../../tools/site-build.sh --quiet)
# The same precompressed copies as Práctica's build writes (tools/postbuild.py), for a fair race.
node tools/compress.mjs bench/baseline/dist

# 2. Workspaces of 10, 100, 1,000 CoPs, written by the core's own exporter.
say "generating workspaces: $SIZES CoPs"
cargo build -q -p practica-core --example gen_workspace
for n in $SIZES; do cargo run -q -p practica-core --example gen_workspace -- "$n" "$WORK/ws-$n.json"; done

# 3. Bytes.
python3 bench/sizes.py "$DIST" bench/baseline/dist > "$WORK/sizes.json"

# 4. Browser: load and scale.
if [[ ",$SKIP," != *",load,"* ]]; then
  # tools/serve.py sends the precompressed copies (.br/.gz), like a configured static host.
  python3 tools/serve.py --port "$PORT" --directory "$DIST" >/dev/null 2>&1 & PIDS+=($!)
  python3 tools/serve.py --port "$BPORT" --directory bench/baseline/dist >/dev/null 2>&1 & PIDS+=($!)
  for p in "$PORT" "$BPORT"; do
    for _ in $(seq 50); do curl -sf "http://127.0.0.1:$p/index.html" >/dev/null && break; sleep 0.2; done
  done
  say "measuring in headless Chromium (a few minutes: slow network on purpose)"
  PRACTICA_URL="http://127.0.0.1:$PORT/" BASELINE_URL="http://127.0.0.1:$BPORT/" WS_DIR="$WORK" \
    node bench/load.mjs "$WORK/load.json"
fi

# 5. Core speed (Criterion, native).
if [[ ",$SKIP," != *",core,"* ]]; then
  say "cargo bench -p practica-core --bench core"
  rm -rf target/criterion/1000_cops
  cargo bench -q -p practica-core --bench core >&2
fi

mkdir -p bench/results
python3 bench/report.py "$WORK" bench/results/latest.json
