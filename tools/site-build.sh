#!/usr/bin/env bash
# Builds a site with `trunk build --release "$@"` (run it in the site's folder). With the pinned
# nightly Rust installed (tools/ensure.sh does that), the standard library is rebuilt for size
# and without panic messages, locations and Debug formatting: about 8 % less WebAssembly
# (bench/SIZE.md). Without it, stable Rust builds the same site, only larger, and says so.
# Tests (`cargo test`) always use stable Rust; only the shipped site uses this.
set -euo pipefail
. "$(dirname "$0")/nightly.env"

if rustup run "$SITE_NIGHTLY" rustc --version >/dev/null 2>&1 \
   && [ -d "$(rustup run "$SITE_NIGHTLY" rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  export RUSTUP_TOOLCHAIN="$SITE_NIGHTLY"
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  # Replaces .cargo/config.toml's flags for this target, so erase_components is repeated here.
  # A panic still stops the app with a WebAssembly trap, which public/boot.js turns into the
  # "could not start / download my data" page; only the console message is gone.
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
  # Its own target folder: the tests' stable builds in target/ stay valid.
  export CARGO_TARGET_DIR="${SITE_TARGET_DIR:-$PWD/target/site}"
else
  echo "site-build: $SITE_NIGHTLY is not installed (tools/ensure.sh build); building with stable Rust, about 8 % larger" >&2
fi
exec trunk build --release "$@"
