#!/usr/bin/env bash
# Installs what the browser build and tests need, idempotently: Chromium and its driver, brotli,
# the wasm32 target, the pinned nightly the release wasm and the fuzz targets are built with,
# wasm-bindgen-cli at the version Cargo.lock pins, wasm-pack, the npm devDependencies, and
# cargo-fuzz (scripts/install-fuzz.sh).
# Quick when everything is present. Sourced, so the PATH it sets carries on.
set -euo pipefail
export PATH="$HOME/.cargo/bin:$PATH"

command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 1; }
for component in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$component" || rustup component add "$component"
done

need=()
for pair in chromium:chromium chromedriver:chromium-driver brotli:brotli; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || need+=("${pair#*:}")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== apt-get install ${need[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

# The release wasm is built on the nightly pinned in scripts/wasm-nightly.txt (scripts/build-web.sh:
# -Z build-std with immediate-abort panics); everything else stays on stable. Its wasm32 standard library is there
# for wasm-pack's target check; rust-src is what build-std compiles.
export WASM_NIGHTLY="$(cat "$(dirname "${BASH_SOURCE[0]}")/wasm-nightly.txt")"
if ! rustup run "$WASM_NIGHTLY" rustc --version >/dev/null 2>&1 \
  || ! rustup component list --toolchain "$WASM_NIGHTLY" --installed 2>/dev/null | grep -q '^rust-src' \
  || ! rustup target list --toolchain "$WASM_NIGHTLY" --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "== rustup toolchain install $WASM_NIGHTLY (rust-src, wasm32), once"
  rustup toolchain install "$WASM_NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown
fi

wbg_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg_version" ]; then
  echo "== cargo install wasm-bindgen-cli $wbg_version (a few minutes, once)"
  # Not --locked: the registry here lacks a version the CLI's lock file names.
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi

wasm_pack_version=0.15.1
if [ "$(wasm-pack --version 2>/dev/null || true)" != "wasm-pack $wasm_pack_version" ]; then
  echo "== cargo install wasm-pack $wasm_pack_version (a few minutes, once)"
  cargo install wasm-pack --version "$wasm_pack_version" --locked --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi
export PATH="$PWD/node_modules/.bin:$PATH"

source scripts/install-fuzz.sh
