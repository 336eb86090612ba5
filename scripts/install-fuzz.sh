#!/usr/bin/env bash
# Installs what the fuzz targets (fuzz/, scripts/fuzz.sh) need, idempotently: the pinned nightly
# toolchain (cargo-fuzz builds with its sanitizer flags) and cargo-fuzz at a pinned version.
# Quick when both are present. Sourced by scripts/install.sh, so FUZZ_TOOLCHAIN carries on.
set -euo pipefail
export PATH="$HOME/.cargo/bin:$PATH"
# The same pinned nightly as the release wasm (scripts/wasm-nightly.txt; install.sh installs it).
FUZZ_TOOLCHAIN="$(cat "$(dirname "${BASH_SOURCE[0]}")/wasm-nightly.txt")"
export FUZZ_TOOLCHAIN
cargo_fuzz_version=0.13.2

if ! rustup toolchain list | grep -q "^$FUZZ_TOOLCHAIN-"; then
  echo "== rustup toolchain install $FUZZ_TOOLCHAIN (for the fuzz targets, once)"
  rustup toolchain install "$FUZZ_TOOLCHAIN" --profile minimal
fi
if [ "$(cargo fuzz --version 2>/dev/null || true)" != "cargo-fuzz $cargo_fuzz_version" ]; then
  echo "== cargo install cargo-fuzz $cargo_fuzz_version (a few minutes, once)"
  cargo install cargo-fuzz --version "$cargo_fuzz_version" --locked --force
fi
