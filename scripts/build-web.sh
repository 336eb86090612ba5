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

# The module that ships: wasm-pack (no downloads: wasm-bindgen from cargo install, wasm-opt from
# node_modules/.bin) on the nightly pinned in scripts/wasm-nightly.txt, with the standard library
# rebuilt for size and panics that abort at once (about 16 kB brotli less than stable), and without
# the source locations only a panic message would print (-Zlocation-detail=none: 0.2 kB). Native
# builds and tests stay on stable. scripts/wasm-pack-bin/wasm-bindgen adds the reset-state glue
# that lib/engine.js uses to start a fresh instance after a trap.
PATH="$PWD/scripts/wasm-pack-bin:$PATH" \
  RUSTUP_TOOLCHAIN="$(cat scripts/wasm-nightly.txt)" RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none" \
  wasm-pack --quiet build --target web --mode no-install --release --no-pack \
  --out-dir www/pkg --out-name cited_stats . \
  -- --locked -Z build-std=std,panic_abort -Z build-std-features=optimize_for_size
rm -f www/pkg/.gitignore
# The reset-state glue's stale-object check written once instead of in every method: see the script.
node scripts/glue-stale-check.mjs www/pkg/cited_stats.js
# The names the module and its glue share, shortened in both (about 1.7 kB brotli less), and the
# module optimised once more with them (0.3 kB): see the script's header.
node scripts/wasm-names.mjs www/pkg
# One folder deep, like lib/, so the modules' relative URLs (../pkg, ../data, ../index.html) hold.
# scripts/bundle.mjs runs esbuild for every script and stylesheet in www/dist/ but the resizer:
# - the site script, with the code used only on a click (the card, the PNG) split into
#   dist/chunks/, loaded on first use, and its stylesheet literals minified as CSS; dist/meta.json
#   records which file imports which, for `npm run size`;
# - the standalone explorer's script, importing the site script;
# - the iframe page's script beside the site script, which it imports as its sibling (its comments
#   would ship otherwise: 1.4 kB brotli);
# - the iframe page's stylesheet (its comments and spaces would ship otherwise: 0.19 kB brotli; no
#   source map, whose comment would cost 28 bytes: the minified rules read as they are) and the
#   explorer's (2.8 → 2.1 kB brotli).
rm -rf www/dist
node scripts/bundle.mjs
# The parent page's resizer minified by terser (0.5 kB brotli less; the readable www/resizer.js stays
# where snippets written before it name it).
terser www/resizer.js --ecma 2022 --compress passes=2 --mangle --output www/dist/resizer.js
# esbuild's minified scripts compressed further by terser (two passes of its compressor, then its
# mangler; only its safe transforms): 0.37 kB brotli less on the first load, 0.47 kB with the
# chunks. Each source map is carried through, so the maps still lead to www/'s sources.
for script in www/dist/cited-stats.js www/dist/embed.js www/dist/explorer.js www/dist/chunks/*.js; do
  terser "$script" --module --ecma 2022 --compress passes=2 --mangle \
    --source-map "content='$script.map',url='$(basename "$script").map',includeSources" \
    --output "$script.terser"
  mv "$script.terser" "$script"
  mv "$script.terser.map" "$script.map"
done
grep -q '"./cited-stats.js"' www/dist/embed.js || { echo "terser changed www/dist/embed.js's import of ./cited-stats.js" >&2; exit 1; }
# The bundle's types (the npm entry's and its own modules'), so the type checker (tsconfig.json)
# reads them, not the bundle.
printf '%s\n' "// The site script's types, written by scripts/build-web.sh." \
  'export { init, loadDataset, CitedStatsElement } from "../index.js";' \
  'export { queryKey, withoutParameters } from "../lib/query-string.js";' \
  'export { SIZES, WIDGET_PARAMETERS } from "../lib/vocabulary.js";' \
  'export declare function wasmMemoryBytes(): number;' >www/dist/cited-stats.d.ts

cargo build --locked --quiet --release --bin cited-stats
mkdir -p www/data
target/release/cited-stats export --format json --output www/data/figures.json
# The same figures in the two parts the element loads: what the first draw needs, then the rest.
target/release/cited-stats export --format json-first --output www/data/figures-first.json
target/release/cited-stats export --format json-detail --output www/data/figures-detail.json
# Cleared first, so views the dataset no longer has leave no stale files behind.
rm -rf www/data/fallback
target/release/cited-stats fallbacks --output www/data/fallback
# Each standard view as an SVG to download from the explorer (drawn here, natively: no wasm bytes).
rm -rf www/data/download
target/release/cited-stats downloads --output www/data/download
# The CSV download as a file (the explorer's schema.org Dataset names it and figures.json), and a
# static oEmbed response for each view with a picture, its iframe snippet on the site at
# CITED_STATS_SITE_URL (the address www/ is served from, ending in "/"; by default the one
# `npm start` serves).
target/release/cited-stats export --format csv --output www/data/figures.csv
rm -rf www/data/oembed
target/release/cited-stats oembed --base "${CITED_STATS_SITE_URL:-http://127.0.0.1:${PORT:-8080}/}" --output www/data/oembed
echo "built www/pkg, www/dist/cited-stats.js, www/data/figures.json, figures.csv, www/data/fallback/, www/data/download/ and www/data/oembed/"
