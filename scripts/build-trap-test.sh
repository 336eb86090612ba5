#!/usr/bin/env bash
# Builds the test-only module for tests/e2e/trap.spec.mjs into target/trap-pkg: the same core with
# cargo feature `test-trap`, which adds `CitedStats.testTrap()` (it traps). Never part of www/:
# the shipped module is built without the feature (the spec checks the export is absent there).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
cargo build --locked --quiet --lib --target wasm32-unknown-unknown --features test-trap
wasm-bindgen --target web --experimental-reset-state-function --out-dir target/trap-pkg \
  target/wasm32-unknown-unknown/debug/cited_stats.wasm
echo "built target/trap-pkg (test-only module with testTrap)"
