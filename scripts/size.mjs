// `npm run size`: what a reader downloads, brotli -q 11 (as a CDN serves it), against the budgets
// in bench/budgets.json. Rows:
//   - the element embed's first load: everything fetched before the chart is drawn and answers
//     hover (the wasm, the site script, the data the first draw needs);
//   - what the element can fetch later (the rest of the data, code used only on a click);
//   - the iframe embed's first load (its page, script and CSS, the fallback index, the parent's
//     resizer, plus the element's first load);
//   - the standalone explorer's first load (its page, script and CSS, and the whole dataset, which
//     it fetches at once, plus the element's first load), reported without a budget;
//   - for scale, one static fallback chart, Chart.js 4 and uPlot from npm (no data, no UI).
// Exits 1 when a size is over its budget's ceiling (see budgets.json), over a budget that has no
// ceiling (one that holds), or a file is missing; a budget still missed is printed as MISSED without
// failing while its ceiling holds. Needs `npm run build`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = (...parts) => join(root, ...parts);
const budgets = JSON.parse(readFileSync(at("bench/budgets.json"), "utf8"));

/**
 * The site script's files: the entry with every file it imports statically (fetched before it
 * runs) is first load; the chunks only dynamic imports reach come later. From esbuild's metafile.
 */
function scriptFiles() {
  const entry = "www/dist/cited-stats.js";
  const meta = existsSync(at("www/dist/meta.json"))
    ? JSON.parse(readFileSync(at("www/dist/meta.json"), "utf8"))
    : { outputs: {} };
  const first = new Set([entry]);
  for (const file of first)
    for (const i of meta.outputs[file]?.imports ?? []) if (i.kind === "import-statement") first.add(i.path);
  const all = existsSync(at("www/dist/chunks"))
    ? readdirSync(at("www/dist/chunks"))
        .filter((f) => f.endsWith(".js"))
        .map((f) => `www/dist/chunks/${f}`)
    : [];
  return {
    first: [...first].sort().map((f) => at(f)),
    later: all
      .filter((f) => !first.has(f))
      .sort()
      .map((f) => at(f)),
  };
}
const script = scriptFiles();
const chunks = script.later;
/** The built-in data: the first-draw part and the rest when the build splits it, else one file. */
const splitData = existsSync(at("www/data/figures-first.json"));
const firstData = splitData ? [at("www/data/figures-first.json")] : [at("www/data/figures.json")];
const laterData = splitData ? [at("www/data/figures-detail.json")] : [];

const elementFirst = [
  ["wasm module (pkg/cited_stats_bg.wasm)", [at("www/pkg/cited_stats_bg.wasm")]],
  [
    `site script: element + CSS + glue (dist/cited-stats.js${script.first.length > 1 ? ` + ${script.first.length - 1} chunks it imports` : ""})`,
    script.first,
  ],
  [`built-in data for the first draw (${splitData ? "data/figures-first.json" : "data/figures.json"})`, firstData],
];
const elementLater = [
  ["the rest of the data (data/figures-detail.json)", laterData],
  [`code used only on a click (dist/chunks/, ${chunks.length} files)`, chunks],
];
const iframeExtras = [
  [
    "iframe page (embed.html + dist/embed.js + dist/embed.css)",
    ["embed.html", "dist/embed.js", "dist/embed.css"].map((f) => at("www", f)),
  ],
  ["iframe: fallback index (data/fallback/index.json)", [at("www/data/fallback/index.json")]],
  ["parent page: dist/resizer.js", [at("www/dist/resizer.js")]],
];
const explorerExtras = [
  [
    "explorer page (index.html + dist/explorer.js + .css)",
    ["index.html", "dist/explorer.js", "dist/explorer.css"].map((f) => at("www", f)),
  ],
  ["explorer: the rest of the data at once (figures-detail.json)", laterData],
];
const others = [
  ["one static fallback chart (default.light.svg)", [at("www/data/fallback/default.light.svg")]],
  [`Chart.js ${version("chart.js")} (chart.umd.min.js)`, [at("node_modules/chart.js/dist/chart.umd.min.js")]],
  [
    `uPlot ${version("uplot")} (uPlot.iife.min.js + css)`,
    [at("node_modules/uplot/dist/uPlot.iife.min.js"), at("node_modules/uplot/dist/uPlot.min.css")],
  ],
];

const missing = [...elementFirst, ...elementLater, ...iframeExtras, ...explorerExtras, ...others]
  .flatMap(([, files]) => files)
  .filter((f) => !existsSync(f));
if (missing.length) {
  console.error(
    `size: missing ${missing.map((f) => f.slice(root.length)).join(", ")}: run \`npm run build\` (and \`npm ci\`) first.`,
  );
  process.exit(1);
}

function version(pkg) {
  const file = at("node_modules", pkg, "package.json");
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).version : "?";
}

/** Raw, gzip -9 and brotli -q 11 bytes of `files`, each compressed on its own as it travels. */
function sizes(files) {
  const each = files.map((f) => readFileSync(f));
  return {
    raw: each.reduce((sum, b) => sum + b.length, 0),
    gzip: each.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0),
    brotli: each.reduce(
      (sum, b) => sum + brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    ),
  };
}
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const none = { raw: 0, gzip: 0, brotli: 0 };
const kb = (n) => (n / 1000).toFixed(1).padStart(7);
const row = (name, s) => console.log(`${name.padEnd(64)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`);
const group = (rows, prefix = "") =>
  rows.reduce((total, [name, files]) => {
    const s = sizes(files);
    row(`${prefix}${name}`, s);
    return add(total, s);
  }, none);

console.log(
  `${"what (kB = 1,000 bytes)".padEnd(64)} ${"raw".padStart(7)} ${"gzip".padStart(7)} ${"brotli".padStart(7)}`,
);
const first = group(elementFirst);
row("= element embed, first load", first);
const later = group(elementLater, "later: ");
row("= element embed, first load + later", add(first, later));
const iframe = add(first, group(iframeExtras, "+ "));
row("= iframe embed, first load", iframe);
row("= standalone explorer, first load (no budget)", add(first, group(explorerExtras, "+ ")));
group(others);

const judged = [
  ["element embed, first load", first.brotli, budgets.sizes.elementFirstLoadKb, budgets.ceilings?.elementFirstLoadKb],
  [
    "element embed, first load + later",
    first.brotli + later.brotli,
    budgets.sizes.elementTotalKb,
    budgets.ceilings?.elementTotalKb,
  ],
  ["iframe embed, first load", iframe.brotli, budgets.sizes.iframeFirstLoadKb, budgets.ceilings?.iframeFirstLoadKb],
];
let failed = false;
console.log("\nbudgets (bench/budgets.json), brotli:");
for (const [name, bytes, budget, ceiling] of judged) {
  const size = bytes / 1000;
  let verdict;
  if (size <= budget) verdict = "within";
  else if (ceiling !== undefined && size <= ceiling)
    verdict = `MISSED (under the ceiling of ${ceiling} kB that stops it growing)`;
  else if (ceiling !== undefined) {
    verdict = `OVER THE CEILING of ${ceiling} kB`;
    failed = true;
  } else {
    // A budget that holds has no ceiling: it is the ceiling.
    verdict = "OVER BUDGET";
    failed = true;
  }
  console.log(`  ${name.padEnd(36)} ${size.toFixed(1).padStart(6)} kB, budget ${budget} kB: ${verdict}`);
}
if (failed) {
  console.error("size: a size grew past its ceiling, or past a budget that held, in bench/budgets.json.");
  process.exit(1);
}
