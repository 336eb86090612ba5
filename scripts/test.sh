#!/usr/bin/env bash
# Runs every test. Installs what it needs first (idempotent), so it works on a fresh machine:
# formatting, lints (native and wasm, and the fuzz crate), the native core tests, a short, reproducible run of
# every fuzz target (a fixed seed and count, about a minute each), the wasm boundary tests in headless Chromium,
# then the browser build, the npm package (packed, built into a Vite app and a webpack app,
# and tested under Node), the JS checks (ESLint, tsc, Prettier) and unit tests, and the end-to-end
# tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/install.sh

echo "== cargo fmt --check (the crate, then the fuzz crate)"
cargo fmt --all -- --check
cargo fmt --manifest-path fuzz/Cargo.toml --all -- --check
echo "== cargo clippy --all-targets -- -D warnings (native, wasm32, the fuzz crate)"
cargo clippy --locked --all-targets -- -D warnings
cargo clippy --locked --lib --target wasm32-unknown-unknown -- -D warnings
cargo clippy --locked --manifest-path fuzz/Cargo.toml --all-targets -- -D warnings
echo "== cargo test (unit, integration, CLI, doc tests)"
cargo test --locked
echo "== fuzz every target (scripts/fuzz.sh)"
bash scripts/fuzz.sh
echo "== wasm-bindgen tests in headless Chromium (wasm-pack test)"
wasm-pack test --headless --chrome --mode no-install . --locked --test web
echo "== browser build (wasm-pack build)"
bash scripts/build-web.sh
echo "== sizes against the budgets (bench/budgets.json)"
node scripts/size.mjs
echo "== npm package: pack, build the consumer apps from the tarball"
bash scripts/consumers.sh
echo "== npm package under Node"
CITED_STATS_TARBALL="target/npm/cited-stats-$(node -p 'require("./package.json").version').tgz" node --test tests/npm/
echo "== the JS: ESLint, TypeScript (strict, JSDoc), Prettier, unit tests under Node (npm run lint, typecheck, format:check, test:js)"
npm run --silent lint
npm run --silent typecheck
npm run --silent format:check
npm run --silent test:js
echo "== test-only module that can trap (for tests/e2e/trap.spec.mjs)"
bash scripts/build-trap-test.sh
echo "== end-to-end tests in Chromium (Playwright)"
npx playwright test --config tests/e2e/playwright.config.mjs
