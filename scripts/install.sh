#!/usr/bin/env bash
# Installs what the browser build and tests need, idempotently: Chromium and its driver, brotli,
# the wasm32 target, wasm-bindgen-cli at the version Cargo.lock pins, the npm devDependencies, and
# for the fuzz targets a pinned nightly and cargo-fuzz (scripts/install-fuzz.sh).
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

wbg_version=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/"/, "", $3); print $3; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg_version" ]; then
  echo "== cargo install wasm-bindgen-cli $wbg_version (a few minutes, once)"
  # Not --locked: the registry here lacks a version the CLI's lock file names.
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund
fi
export PATH="$PWD/node_modules/.bin:$PATH"

source scripts/install-fuzz.sh
