// Browser benchmark of cited-stats (`npm run bench:browser`). Serves www/ with scripts/serve.mjs
// (strict CSP, bench/browser mounted under /bench/ and node_modules under /node_modules/), drives
// Debian's Chromium headless through playwright-core, and prints a table of figures. It never
// asserts a timing: the budgets (bench/budgets.json, printed beside each figure) are judged by
// reading the figures.
//
// Usage: node scripts/bench-browser.mjs [--runs N] [--port P] [--moves N] [--redraws N]
//   --runs     page loads of each page for "navigation → first chart drawn" (default 15, or BENCH_RUNS)
//   --port     port for the local server (default: PORT, else 8790 if free, else any free port)
//   --moves    pointer moves for the hover measurement (default 300)
//   --redraws  redraws between the two heap readings (default 1000)
//   --many     synthetic figures given to the element through its data property (default 100000)
// CHROMIUM=/path/to/chromium overrides /usr/bin/chromium.
//
// What each figure covers is written next to it in the output and, in detail, in
// bench/browser/cited-stats.js (the probe on the cited-stats page) and bench/browser/chartjs.js.
import { readFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { CHROMIUM, CHROMIUM_ARGS, freePort, loadAndWait, requireBuilt, root, startServer } from "./bench-server.mjs";

const { timings: budget } = JSON.parse(readFileSync(join(root, "bench/budgets.json"), "utf8"));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
const whole = (name, text, min) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) fail(`${name} must be a whole number ≥ ${min}, not ${JSON.stringify(text)}`);
  return n;
};
function fail(message, code = 1) {
  console.error(`bench:browser: ${message}`);
  process.exit(code);
}

const RUNS = whole("--runs", option("--runs", process.env.BENCH_RUNS ?? "15"), 1);
const MOVES = whole("--moves", option("--moves", "300"), 10);
const REDRAWS = whole("--redraws", option("--redraws", "1000"), 1);
const WARMUP_REDRAWS = 20;
/** Synthetic figures given to the element through its data property (the product's largest case). */
const MANY = whole("--many", option("--many", "100000"), 1);
const LOAD_TIMEOUT_MS = 20_000;
/** Whether the page's probe has its result: the first chart drawn, or an error. */
const LOADED =
  "Boolean(window.benchResult && (window.benchResult.firstDraw !== undefined || window.benchResult.drawn !== undefined || window.benchResult.error))";
const OVERALL_TIMEOUT_MS = 10 * 60_000;

// ---- preconditions: say exactly what is missing and how to get it --------------------------------
const need = [
  ["www/pkg/cited_stats_bg.wasm", "the wasm build is missing: run `npm run build` (scripts/build-web.sh) first"],
  ["www/pkg/cited_stats.js", "the wasm build is incomplete: run `npm run build` (scripts/build-web.sh) first"],
  ["www/dist/cited-stats.js", "the site script is missing: run `npm run build` (scripts/build-web.sh) first"],
  ["www/data/figures.json", "the built-in dataset is missing: run `npm run build` (scripts/build-web.sh) first"],
  [
    "www/data/figures-first.json",
    "the built-in dataset's first part is missing: run `npm run build` (scripts/build-web.sh) first",
  ],
  ["node_modules/chart.js/dist/chart.umd.min.js", "chart.js is not installed: run `npm ci`"],
];
requireBuilt(need, fail);

/** How many figures the built-in dataset holds (both pages draw all of them). */
const builtInCount = JSON.parse(readFileSync(join(root, "www/data/figures.json"), "utf8")).length;
const chartJsVersion = JSON.parse(readFileSync(join(root, "node_modules/chart.js/package.json"), "utf8")).version;
const { chromium } = await import("playwright-core");

// ---- statistics ----------------------------------------------------------------------------------
/** Nearest-rank percentile of finite numbers (null when there are none). */
function percentile(values, p) {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const ms = (value, digits = 1) => (value === null || value === undefined ? "–" : `${value.toFixed(digits)} ms`);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const signedKb = (bytes) => `${bytes >= 0 ? "+" : "−"}${(Math.abs(bytes) / 1024).toFixed(1)} KB`;
const stats = (values, digits = 2) =>
  `p50 ${ms(percentile(values, 50), digits)}  p95 ${ms(percentile(values, 95), digits)}  max ${ms(percentile(values, 100), digits)}`;

// ---- server --------------------------------------------------------------------------------------
async function choosePort() {
  const asked = option("--port", process.env.PORT);
  if (asked !== undefined) return whole("--port", asked, 1);
  return (await freePort(8790)) ?? (await freePort(0));
}

let server = null;
let browser = null;
let cleaning = null;
function cleanup() {
  if (!cleaning) {
    cleaning = (async () => {
      if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
      if (server && server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
    })();
  }
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => cleanup().finally(() => process.exit(130)));
}
const watchdog = setTimeout(() => {
  console.error(`bench:browser: gave up after ${OVERALL_TIMEOUT_MS / 60000} minutes`);
  cleanup().finally(() => process.exit(1));
}, OVERALL_TIMEOUT_MS);

// ---- browser helpers -----------------------------------------------------------------------------
const VIEWPORT = { width: 1280, height: 800 };

/** A fresh context + page; `isolated` adds COOP/COEP so performance.now() has 5 µs resolution. */
async function openPage(url, { isolated = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  if (isolated) {
    await context.route("**/*", async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: {
          ...response.headers(),
          "cross-origin-opener-policy": "same-origin",
          "cross-origin-embedder-policy": "require-corp",
        },
      });
    });
  }
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      problems.push(`console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !response.url().endsWith("/favicon.ico"))
      problems.push(`${response.status()} ${response.url()}`);
  });
  // Waited for through the DevTools protocol, not Playwright's injected script (see bench-server.mjs).
  if (!(await loadAndWait(context, page, url, LOADED, LOAD_TIMEOUT_MS))) {
    await context.close();
    throw new Error(
      `${url}: no chart drawn within ${LOAD_TIMEOUT_MS / 1000} s${problems.length ? `\n  ${problems.join("\n  ")}` : ""}`,
    );
  }
  const result = await page.evaluate(() => window.benchResult);
  if (result.error) {
    await context.close();
    throw new Error(`${url}: ${result.error}${problems.length ? `\n  ${problems.join("\n  ")}` : ""}`);
  }
  return { context, page, result, problems };
}

async function loadOnce(base, which) {
  const { context, result } = await openPage(
    `${base}/bench/${which === "cited-stats" ? "cited-stats" : "chartjs"}.html`,
  );
  await context.close();
  return result;
}

// ---- the measurements ----------------------------------------------------------------------------
async function navigation(base) {
  // One unrecorded load of each first: the browser's first navigation pays process start-up.
  await loadOnce(base, "cited-stats");
  await loadOnce(base, "chartjs");
  const runs = { "cited-stats": [], chartjs: [] };
  for (let i = 0; i < RUNS; i += 1) {
    const order = i % 2 === 0 ? ["cited-stats", "chartjs"] : ["chartjs", "cited-stats"];
    for (const which of order) runs[which].push(await loadOnce(base, which));
  }
  return runs;
}

/** Hover: real mouse moves over the overlay; timings taken inside the page (see the probe). */
async function hovering(page) {
  const { centres, rect } = await page.evaluate(() => window.bench.hoverSetup());
  if (centres.length === 0) throw new Error("hover: the chart has no marks to point at");
  // A fixed shuffle of the mark centres; every cycle of five moves is: onto a mark, 1 px within
  // the same mark, onto another mark, onto an empty corner of the plot, onto a third mark.
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = centres
    .map((c, i) => ({ c, k: rand(), i }))
    .sort((a, b) => a.k - b.k)
    .map((o) => o.c);
  let next = 0;
  const mark = () => order[next++ % order.length];
  const empty = { x: rect.left + 3, y: rect.top + 3 };
  await page.mouse.move(1, 1);
  let last = null;
  for (let i = 0; i < MOVES; i += 1) {
    const step = i % 5;
    const target = step === 1 ? { x: last.x + 1, y: last.y } : step === 3 ? empty : mark();
    await page.mouse.move(target.x, target.y);
    last = target;
  }
  await page.mouse.move(1, 1);
  const records = await page.evaluate(() => window.bench.hoverResults());
  return { records, marks: centres.length };
}

function searchPrefixes() {
  const words = [
    "foster",
    "care leavers",
    "adoption",
    "social workers",
    "children in care",
    "million",
    "per cent",
    "court",
  ];
  const once = words.flatMap((word) => [...word].map((_, i) => word.slice(0, i + 1)));
  return [...once, ...once];
}

async function heap(page, cdp) {
  const reading = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = await cdp.send("Runtime.getHeapUsage");
    const dom = await cdp.send("Memory.getDOMCounters").catch(() => null);
    const wasm = await page.evaluate(() => window.bench.wasmMemory());
    return { used: usage.usedSize, total: usage.totalSize, dom, wasm };
  };
  const views = ["q=foster", "q=care", "chart=bars", "chart=counts&group=speaker", "chart=dots"];
  const first = await reading();
  const warm = await page.evaluate(([n, v]) => window.bench.redraws(n, v), [WARMUP_REDRAWS, views]);
  const before = await reading();
  const run = await page.evaluate(([n, v]) => window.bench.redraws(n, v), [REDRAWS, views]);
  const after = await reading();
  return { first, warm, before, run, after, views };
}

// ---- main ----------------------------------------------------------------------------------------
let exitCode = 0;
try {
  const port = await choosePort();
  const started = await startServer(
    port,
    ["/bench/=bench/browser", "/node_modules/=node_modules"],
    "/bench/cited-stats.html",
  );
  server = started.child;
  const base = started.base;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
  const version = browser.version();
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  console.error(`bench:browser: Chromium ${version}, ${cores} cores, serving ${base}; ${RUNS} loads of each page…`);

  const loadBefore = os.loadavg();
  const nav = await navigation(base);

  console.error("bench:browser: hover and search…");
  const interactive = await openPage(`${base}/bench/cited-stats.html`, { isolated: true });
  const timer = await interactive.page.evaluate(() => window.bench.timer());
  const hover = await hovering(interactive.page);
  const search = await interactive.page.evaluate(([p]) => window.bench.search(p, 1), [searchPrefixes()]);
  if (interactive.problems.length)
    console.error(`bench:browser: the page reported:\n  ${interactive.problems.join("\n  ")}`);
  await interactive.context.close();

  console.error(`bench:browser: heap over ${REDRAWS} redraws…`);
  const heapPage = await openPage(`${base}/bench/cited-stats.html`, { isolated: true });
  const cdp = await heapPage.context.newCDPSession(heapPage.page);
  const memory = await heap(heapPage.page, cdp);
  await heapPage.context.close();

  console.error(`bench:browser: ${MANY.toLocaleString("en-GB")} figures through the data property…`);
  const manyPage = await openPage(`${base}/bench/cited-stats.html`, { isolated: true });
  const many = await manyPage.page.evaluate((n) => window.bench.manyFigures(n), MANY);
  await manyPage.context.close();

  // ---- the table ---------------------------------------------------------------------------------
  const cs = nav["cited-stats"];
  const cj = nav.chartjs;
  const csDraw = cs.map((r) => r.firstDraw);
  const cjDraw = cj.map((r) => r.drawn);
  const ratio = (p) => (percentile(csDraw, p) / percentile(cjDraw, p)).toFixed(2);
  const at = (list, pick) =>
    percentile(
      list.map(pick).filter((v) => v !== undefined),
      50,
    );
  const num = (value) => (value === null ? "–" : value.toFixed(0));
  const span = (list, path) =>
    `${num(at(list, (r) => r.resources?.[path]?.start))}→${num(at(list, (r) => r.resources?.[path]?.end))}`;
  const shown = hover.records.filter((r) => r.kind === "shown");
  const none = hover.records.filter((r) => r.kind === "none");
  const same = hover.records.filter((r) => r.kind === "same");
  const redrew = search.filter((r) => r.redraw && !r.error);
  const noRedraw = search.filter((r) => !r.redraw);
  const failed = search.filter((r) => r.error);
  const resolution = timer.crossOriginIsolated
    ? "5 µs (page made cross-origin isolated for these)"
    : "100 µs (page not cross-origin isolated)";
  const dom = (d) => (d ? `${d.nodes} nodes, ${d.jsEventListeners} listeners` : "n/a");

  const lines = [
    `cited-stats browser benchmark (Chromium ${version}, ${cores} cores, ${RUNS} runs each)`,
    `  load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")} at the start, ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} at the end (other work on the machine makes every figure noisier)`,
    `  pages served by scripts/serve.mjs (strict CSP, no-store) on 127.0.0.1; viewport ${VIEWPORT.width}×${VIEWPORT.height}, dpr 1; chart box 800×420 CSS px; ${builtInCount} figures (cited-stats: /data/figures-first.json, the element's first part; Chart.js: /data/figures.json)`,
    "",
    `navigation → first chart drawn  (ms from navigation start; fresh browser context per load, order alternating, 1 warm-up load each not counted)`,
    `  cited-stats              p50 ${ms(percentile(csDraw, 50))}  p95 ${ms(percentile(csDraw, 95))}   timeline, ${cs[0].marks} marks; at the first cited-stats-draw event`,
    `  Chart.js ${chartJsVersion.padEnd(15)} p50 ${ms(percentile(cjDraw, 50))}  p95 ${ms(percentile(cjDraw, 95))}   scatter x = date, y = topic lane, ${cj[0].marks} points; right after new Chart() (animation off)`,
    `  ratio cited-stats / Chart.js   of the p50s ${ratio(50)}  of the p95s ${ratio(95)}   budget ≤ ${budget.firstDrawRatioToChartJs} on both`,
    `  where the time goes (p50 of each, ms since navigation start; a file is fetch start→response end):`,
    `    cited-stats: /dist/cited-stats.js ${span(cs, "/dist/cited-stats.js")}, .wasm ${span(cs, "/pkg/cited_stats_bg.wasm")}, figures-first.json ${span(cs, "/data/figures-first.json")}; dataset open + query applied ${num(at(cs, (r) => r.firstChange))}; drawn ${num(at(cs, (r) => r.firstDraw))} (the first paint, drawn at once after the open, p50 ${ms(at(cs, (r) => r.firstDraw - r.firstChange))})`,
    `    Chart.js:    chart.umd.min.js ${span(cj, "/node_modules/chart.js/dist/chart.umd.min.js")}, /bench/chartjs.js started ${num(at(cj, (r) => r.started))}, figures.json ${span(cj, "/data/figures.json")} (parsed ${num(at(cj, (r) => r.dataParsed))}); drawn ${num(at(cj, (r) => r.drawn))}`,
    "",
    `hover → tooltip shown  (${shown.length} of ${hover.records.length} real mouse moves reached a new mark; ${hover.marks} marks; timer resolution ${resolution})`,
    `  handler (hit test + tooltip filled, measured, placed)    ${stats(shown.map((r) => r.handler))}   budget p95 ≤ ${budget.hoverP95Ms} ms`,
    `  handler + forced layout of the placed tooltip            ${stats(shown.map((r) => r.withLayout))}`,
    `  event.timeStamp → handler end (+ frame-aligned input)    ${stats(shown.map((r) => r.fromTimeStamp))}`,
    `  → hover ring drawn on the overlay (next rAF callback)    ${stats(shown.filter((r) => r.ring !== null).map((r) => r.ring))}`,
    `  moves onto no mark, tooltip hidden (n=${none.length})             handler ${stats(none.map((r) => r.handler))}`,
    `  moves within the mark already shown (n=${same.length})          handler ${stats(same.map((r) => r.handler))}`,
    "",
    `search keystroke → chart redrawn  (el.query = "q=<prefix>", ${search.length} keystrokes over ${new Set(search.map((r) => r.prefix)).size} prefixes, 0–33 ms pauses; ${redrew.length} redrew, ${noRedraw.length} selected the same figures (nothing to redraw)${failed.length ? `, ${failed.length} never drew: ${failed[0].error}` : ""})`,
    `  el.query = … (synchronous: parse, search, select)       ${stats(search.map((r) => r.sync))}`,
    `  draw in the frame (layout + plotters into the canvas)   ${stats(redrew.map((r) => r.draw))}`,
    `  sync + draw (the work, without waiting for a frame)     ${stats(redrew.map((r) => r.sync + r.draw))}   budget p95 ≤ ${budget.searchKeystrokeP95Ms} ms`,
    `  assignment → cited-stats-draw (incl. frame wait)        ${stats(redrew.map((r) => r.total))}`,
    "",
    `JS heap over ${REDRAWS} redraws  (CDP Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage ×2; views cycled: ${memory.views.join(" | ")})`,
    `  after first draw ${kb(memory.first.used)};  after ${memory.warm.drawn} warm-up redraws ${kb(memory.before.used)};  after ${memory.run.drawn} more redraws ${kb(memory.after.used)}   change over the ${memory.run.drawn}: ${signedKb(memory.after.used - memory.before.used)}  (since first draw: ${signedKb(memory.after.used - memory.first.used)})   budget: flat within ${budget.heapDriftKb / 1000} MB`,
    `  wasm linear memory ${kb(memory.first.wasm)} → ${kb(memory.before.wasm)} → ${kb(memory.after.wasm)};  DOM ${dom(memory.first.dom)} → ${dom(memory.before.dom)} → ${dom(memory.after.dom)}`,
    `  the ${memory.run.drawn} redraws took ${(memory.run.ms / 1000).toFixed(1)} s (one per animation frame)${memory.run.skipped ? `; ${memory.run.skipped} views needed no redraw` : ""}`,
    "",
    `${many.count.toLocaleString("en-GB")} synthetic figures through the element's data property  (one run; copies of the built-in figures with their own ids and values)`,
    `  assignment → first chart drawn (checks + layout + draw on the canvas)   ${ms(many.first)}`,
    `  change of view → drawn (query + layout + draw, next frame included)   ${Object.entries(many.views)
      .map(([kind, t]) => `${kind} ${ms(t)}`)
      .join(", ")}   aim ≤ ${budget.element100kFiguresMs} ms each`,
    `  wasm linear memory afterwards ${kb(many.wasm)}`,
  ];
  console.log(lines.join("\n"));
} catch (error) {
  console.error(`bench:browser: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  clearTimeout(watchdog);
  await cleanup();
}
process.exit(exitCode);
