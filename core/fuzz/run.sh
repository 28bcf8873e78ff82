#!/usr/bin/env bash
# Fuzzes the importer (parse_import, then export → re-import of anything it accepts).
#
#   core/fuzz/run.sh            # 100000 runs
#   core/fuzz/run.sh 2000000    # more
#
# Uses the stable toolchain: RUSTC_BOOTSTRAP=1 unlocks the nightly-only flags cargo-fuzz passes
# (-Z sanitizer=address and friends). The corpus starts from the exchange fixtures, so runs
# begin from real Práctica files, and grows in corpus/import (git-ignored). A crash leaves its
# input in artifacts/import/ and the exit status is non-zero; reproduce it with
#   RUSTC_BOOTSTRAP=1 cargo fuzz run import artifacts/import/<file>
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-100000}"

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  echo "installing cargo-fuzz …"
  cargo install cargo-fuzz --locked
fi

mkdir -p corpus/import
cp -n ../tests/fixtures/exchange/* corpus/import/ 2>/dev/null || true

# -max_len above the largest fixture so whole files can be mutated; -timeout catches hangs.
RUSTC_BOOTSTRAP=1 cargo fuzz run import -- -runs="$runs" -max_len=65536 -timeout=10
