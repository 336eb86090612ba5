#!/usr/bin/env bash
# Builds the browser widget into www/pkg (wasm + JS glue + TypeScript types, size-optimised), the
# script a site serves into www/dist/cited-stats.js (the element, its modules and the glue in one
# minified ES module, so a page waits for one script before the wasm and data start downloading),
# the built-in dataset into www/data/figures.json, and the static fallback charts (each standard view
# as SVG in both themes, drawn natively by the same chart code, with index.json) into
# www/data/fallback/. Run from anywhere; needs scripts/install.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

cargo build --locked --quiet --lib --release --target wasm32-unknown-unknown
# --experimental-reset-state-function: after a trap, lib/engine.js starts a fresh instance.
wasm-bindgen --target web --experimental-reset-state-function --out-dir www/pkg target/wasm32-unknown-unknown/release/cited_stats.wasm
wasm-opt -Oz www/pkg/cited_stats_bg.wasm -o www/pkg/cited_stats_bg.wasm
# One folder deep, like lib/, so the modules' relative URLs (../pkg, ../data, ../index.html) hold.
esbuild www/cited-stats.js --bundle --format=esm --minify --target=es2022 --log-level=warning \
  --sourcemap --outfile=www/dist/cited-stats.js

cargo build --locked --quiet --release --bin cited-stats
mkdir -p www/data
target/release/cited-stats export --format json --output www/data/figures.json
# Cleared first, so views the dataset no longer has leave no stale files behind.
rm -rf www/data/fallback
target/release/cited-stats fallbacks --output www/data/fallback
echo "built www/pkg, www/dist/cited-stats.js, www/data/figures.json and www/data/fallback/"
