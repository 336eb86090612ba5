// Twenty widgets on one page (`npm run bench:many`): how long tests/e2e/fixtures/many.html takes to
// draw all twenty (fourteen <cited-stats> elements sharing one wasm module, six embed.html iframes
// with one each), and the memory the page holds once they are drawn. Serves www/ with
// scripts/serve.mjs (strict CSP, no-store; the fixtures under /fixtures/) and drives Debian's
// Chromium headless through playwright-core. It prints figures and asserts none.
//
// Usage: node scripts/bench-many.mjs [--runs N] [--port P]
//   --runs  page loads timed (default 10, or BENCH_RUNS), after one warm-up load not counted
//   --port  port for the local server (default: PORT, else 8791 if free, else any free port)
// CHROMIUM=/path/to/chromium overrides /usr/bin/chromium.
import os from "node:os";
import { CHROMIUM, CHROMIUM_ARGS, freePort, loadAndWait, requireBuilt, startServer } from "./bench-server.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
function fail(message) {
  console.error(`bench:many: ${message}`);
  process.exit(1);
}
const whole = (name, text, min) => {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) fail(`${name} must be a whole number ≥ ${min}, not ${JSON.stringify(text)}`);
  return n;
};

const RUNS = whole("--runs", option("--runs", process.env.BENCH_RUNS ?? "10"), 1);
const WIDGETS = 20;
const LOAD_TIMEOUT_MS = 60_000;
const PAGE = "/fixtures/many.html";

requireBuilt(
  [
    ["www/pkg/cited_stats_bg.wasm", "the wasm build is missing: run `npm run build` first"],
    ["www/dist/cited-stats.js", "the site script is missing: run `npm run build` first"],
    ["www/data/figures-first.json", "the built-in dataset is missing: run `npm run build` first"],
    ["www/data/fallback/index.json", "the fallback pictures are missing: run `npm run build` first"],
  ],
  fail,
);
const { chromium } = await import("playwright-core");

/** Nearest-rank percentile (null when there are no values). */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const ms = (value) => (value === null ? "–" : `${value.toFixed(0)} ms`);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const spread = (values) =>
  `p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  min ${ms(percentile(values, 0))}  max ${ms(percentile(values, 100))}`;

/**
 * In every document of the page (the top one and each iframe's), before its scripts: each
 * element's first cited-stats-draw is recorded, as epoch ms, in the top document's list.
 */
function recordDraws() {
  const top = window.top === window ? window : window.top;
  if (window === top) window.__many = { drawn: [], errors: [] };
  // On the window, not the document: an iframe's window outlives its initial about:blank document,
  // where this script may have run instead of in the page that replaces it.
  window.addEventListener(
    "cited-stats-draw",
    (event) => {
      if (event.target.__benchDrawn) return;
      event.target.__benchDrawn = true;
      top.__many.drawn.push(performance.timeOrigin + performance.now());
    },
    true,
  );
  window.addEventListener("cited-stats-error", (event) => top.__many.errors.push(event.detail.message), true);
}

/** Loads the page in a fresh context; resolves to { all, first } ms from navigation start. */
async function load(browser, base, { keep = false, isolated = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (isolated) {
    // COOP + COEP make the page cross-origin isolated, which performance.measureUserAgentSpecificMemory needs.
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
  await context.addInitScript(recordDraws);
  const page = await context.newPage();
  // Waited for through the DevTools protocol, not Playwright's injected script (see bench-server.mjs).
  const loaded = `Boolean(window.__many && (window.__many.drawn.length >= ${WIDGETS} || window.__many.errors.length))`;
  if (!(await loadAndWait(context, page, `${base}${PAGE}`, loaded, LOAD_TIMEOUT_MS))) {
    const drawn = await page.evaluate(() => window.__many?.drawn.length ?? 0).catch(() => 0);
    const waiting = [];
    for (const frame of page.frames()) {
      const ids = await frame
        .evaluate(() =>
          [...document.querySelectorAll("cited-stats")]
            .filter((el) => !el.__benchDrawn)
            .map((el) => el.id || location.pathname + location.search),
        )
        .catch((error) => [`${frame.url()} (${error.message})`]);
      waiting.push(...ids);
    }
    throw new Error(
      `${PAGE}: only ${drawn} of ${WIDGETS} widgets drew within ${LOAD_TIMEOUT_MS / 1000} s; not drawn: ${waiting.join(", ")}`,
    );
  }
  const result = await page.evaluate(() => {
    const start = performance.timeOrigin;
    return {
      errors: window.__many.errors,
      drawn: window.__many.drawn.length,
      all: Math.max(...window.__many.drawn) - start,
      first: Math.min(...window.__many.drawn) - start,
    };
  });
  if (result.errors.length) throw new Error(`${PAGE}: a widget failed: ${result.errors[0]}`);
  if (!keep) await context.close();
  return keep ? { ...result, context, page } : result;
}

/** The memory the page holds once all twenty have drawn and it has been idle for a second. */
async function memory(page, context) {
  await page.waitForTimeout(1000);
  const cdp = await context.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
  // Each document's wasm linear memory: the top one's module (shared by the fourteen elements) and
  // each iframe's own. The site script is one module per document, so importing it again returns
  // the instance the page runs.
  const wasm = [];
  for (const frame of page.frames()) {
    wasm.push(await frame.evaluate(async () => (await import("/dist/cited-stats.js")).wasmMemoryBytes()));
  }
  return {
    jsHeapUsed: metric("JSHeapUsedSize"),
    jsHeapTotal: metric("JSHeapTotalSize"),
    nodes: metric("Nodes"),
    documents: metric("Documents"),
    wasm,
  };
}

/** performance.measureUserAgentSpecificMemory() on a cross-origin-isolated load, or why not. */
async function uaMemory(page) {
  return page.evaluate(async () => {
    if (!crossOriginIsolated || typeof performance.measureUserAgentSpecificMemory !== "function") {
      return { unavailable: crossOriginIsolated ? "not implemented" : "the page is not cross-origin isolated" };
    }
    const result = await performance.measureUserAgentSpecificMemory();
    const byType = {};
    for (const entry of result.breakdown) {
      const type = entry.types.join("+") || "other";
      byType[type] = (byType[type] ?? 0) + entry.bytes;
    }
    return { bytes: result.bytes, byType };
  });
}

let server = null;
let browser = null;
let exitCode = 0;
try {
  const asked = option("--port", process.env.PORT);
  const port = asked !== undefined ? whole("--port", asked, 1) : ((await freePort(8791)) ?? (await freePort(0)));
  const started = await startServer(port, ["/fixtures/=tests/e2e/fixtures"], PAGE);
  server = started.child;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // ForceEagerMeasureMemory: measureUserAgentSpecificMemory answers at once instead of at the next GC.
    args: [...CHROMIUM_ARGS, "--enable-blink-features=ForceEagerMeasureMemory"],
    timeout: 30_000,
  });
  const cores = os.availableParallelism?.() ?? os.cpus().length;
  console.error(
    `bench:many: Chromium ${browser.version()}, ${cores} cores, serving ${started.base}; 1 warm-up + ${RUNS} loads of ${PAGE}…`,
  );
  const loadBefore = os.loadavg();
  await load(browser, started.base);
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await load(browser, started.base));

  console.error("bench:many: memory…");
  const kept = await load(browser, started.base, { keep: true });
  const mem = await memory(kept.page, kept.context);
  await kept.context.close();
  const isolated = await load(browser, started.base, { keep: true, isolated: true });
  const ua = await uaMemory(isolated.page).catch((error) => ({ unavailable: error.message }));
  await isolated.context.close();

  const wasmTotal = mem.wasm.reduce((sum, bytes) => sum + bytes, 0);
  const lines = [
    `cited-stats: twenty widgets on one page (Chromium ${browser.version()}, ${cores} cores, ${RUNS} loads)`,
    `  load average ${loadBefore.map((l) => l.toFixed(2)).join(" ")} at the start, ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")} at the end (other work on the machine makes every figure noisier)`,
    `  ${PAGE}: 14 <cited-stats> elements (one shared wasm module) and 6 embed.html iframes (one module each), all eager; served by scripts/serve.mjs (strict CSP, no-store) on 127.0.0.1; viewport 1280×900, dpr 1; a fresh browser context per load`,
    "",
    "navigation → all twenty drawn (ms from navigation start to the last widget's first cited-stats-draw)",
    `  all twenty   ${spread(runs.map((r) => r.all))}`,
    `  the first    ${spread(runs.map((r) => r.first))}`,
    "",
    "memory once all twenty have drawn (one load, 1 s idle, then HeapProfiler.collectGarbage ×2)",
    `  JS heap (CDP Performance.getMetrics; the page and its same-origin iframes share one heap)   used ${mb(mem.jsHeapUsed)}, allocated ${mb(mem.jsHeapTotal)}; ${mem.documents} documents, ${mem.nodes} DOM nodes`,
    `  wasm linear memory   ${mb(wasmTotal)} in all: the elements' shared module ${mb(mem.wasm[0])}, the six iframes' ${mem.wasm
      .slice(1)
      .map((b) => mb(b))
      .join(", ")}`,
    ua.unavailable
      ? `  performance.measureUserAgentSpecificMemory   unavailable: ${ua.unavailable}`
      : `  performance.measureUserAgentSpecificMemory (a cross-origin-isolated load)   ${mb(ua.bytes)} in all: ${Object.entries(
          ua.byType,
        )
          .map(([type, bytes]) => `${type} ${mb(bytes)}`)
          .join(", ")}`,
  ];
  console.log(lines.join("\n"));
} catch (error) {
  console.error(`bench:many: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server && server.exitCode === null) server.kill("SIGTERM");
}
process.exit(exitCode);
