// Prints raw, gzip (-9) and brotli (-q 11) sizes of everything a reader downloads for one widget —
// the wasm module, the site script (the element, its CSS and the wasm glue in one minified module)
// and the built-in dataset; what an iframe embed adds (its page, script, CSS, the fallback index and
// the parent's resizer); one static fallback chart; and, for comparison, Chart.js 4 and uPlot from
// npm (their minified browser builds, no data, no UI). Needs `npm run build`.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = (...parts) => join(root, ...parts);
const BUDGET_KB = 69;

if (!["www/pkg/cited_stats_bg.wasm", "www/dist/cited-stats.js", "www/data/figures.json", "www/data/fallback/index.json"].every((f) => existsSync(at(f)))) {
  console.error("www/pkg, www/dist or www/data is missing: run `npm run build` first.");
  process.exit(1);
}

function sizes(files) {
  const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
  // Each file travels compressed on its own, so compress each and add up.
  const each = files.map((f) => readFileSync(f));
  return {
    raw: bytes.length,
    gzip: each.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    brotli: each.reduce((sum, b) => sum + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
}

const ours = [
  ["wasm module (cited_stats_bg.wasm)", [at("www/pkg/cited_stats_bg.wasm")]],
  ["site script: element + CSS + glue (dist/cited-stats.js)", [at("www/dist/cited-stats.js")]],
  ["built-in dataset (figures.json)", [at("www/data/figures.json")]],
];
const iframeExtras = [
  ["iframe page (embed.html + embed.js + embed.css)", ["embed.html", "embed.js", "embed.css"].map((f) => at("www", f))],
  ["iframe: fallback index (data/fallback/index.json)", [at("www/data/fallback/index.json")]],
  ["parent page: resizer.js", [at("www/resizer.js")]],
];
const others = [
  ["one static fallback chart (default.light.svg)", [at("www/data/fallback/default.light.svg")]],
];
const peers = [
  ["Chart.js 4 (chart.umd.min.js)", [at("node_modules/chart.js/dist/chart.umd.min.js")], "chart.js"],
  ["uPlot (uPlot.iife.min.js + css)", [at("node_modules/uplot/dist/uPlot.iife.min.js"), at("node_modules/uplot/dist/uPlot.min.css")], "uplot"],
];

const kb = (n) => (n / 1000).toFixed(1).padStart(7);
const row = (name, s) => console.log(`${name.padEnd(58)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`);
console.log(`${"what (kB = 1,000 bytes)".padEnd(58)} ${"raw".padStart(7)} ${"gzip".padStart(7)} ${"brotli".padStart(7)}`);
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const [name, files] of ours) {
  const s = sizes(files);
  row(name, s);
  for (const key of Object.keys(total)) total[key] += s[key];
}
row("cited-stats element embed, total", total);
const iframeTotal = { ...total };
for (const [name, files] of iframeExtras) {
  const s = sizes(files);
  row(`+ ${name}`, s);
  for (const key of Object.keys(iframeTotal)) iframeTotal[key] += s[key];
}
row("cited-stats iframe embed, total", iframeTotal);
for (const [name, files] of others) row(name, sizes(files));
for (const [name, files, pkg] of peers) {
  const version = JSON.parse(readFileSync(at("node_modules", pkg, "package.json"), "utf8")).version;
  row(`${name} ${version}`, sizes(files));
}
const verdict = total.brotli / 1000 <= BUDGET_KB ? "within" : "OVER";
console.log(`budget: whole widget ≤ ${BUDGET_KB} kB compressed; the element embed's brotli total ${(total.brotli / 1000).toFixed(1)} kB is ${verdict} it.`);
