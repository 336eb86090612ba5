// The memory a page holds while it refuses datasets over the limits (`npm run bench:refuse`): one
// <cited-stats> is given, in turn, a 50 MB `src` (ten million nulls, which once grew the wasm memory
// to 2 GB and trapped it), an endless `src` body, and 114,286 bad records through its `data`
// property. After each, the JS heap and the shared wasm module's memory are read, and a second
// element on the page must still draw. Serves www/ with scripts/serve.mjs (strict CSP) and drives
// Debian's Chromium headless through playwright-core. It prints figures and asserts none.
//
// Usage: node scripts/bench-refuse.mjs [--port P]
// CHROMIUM=/path/to/chromium overrides /usr/bin/chromium.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { CHROMIUM, CHROMIUM_ARGS, freePort, loadAndWait, requireBuilt, startServer } from "./bench-server.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] !== undefined ? args[at + 1] : fallback;
};
function fail(message) {
  console.error(`bench:refuse: ${message}`);
  process.exit(1);
}
const PAGE = "/fixtures/byo.html";
const STEP_TIMEOUT_MS = 180_000;

requireBuilt(
  [
    ["www/pkg/cited_stats_bg.wasm", "the wasm build is missing: run `npm run build` first"],
    ["www/dist/cited-stats.js", "the site script is missing: run `npm run build` first"],
  ],
  fail,
);
const { chromium } = await import("playwright-core");

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

/** The JS heap in use (after two collections) and the shared wasm module's memory. */
async function memory(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN;
  // The module script the page itself loads, so its wasm instance is the one the widgets share.
  const wasm = await page.evaluate(async () => {
    const script = document.querySelector('script[type="module"][src]');
    return (await import(script.src)).wasmMemoryBytes();
  });
  return { heap, wasm };
}

/** Runs `give` in the page on element #own; resolves to the error it reports and the time taken. */
async function refuse(page, give) {
  return page.evaluate(
    async ({ give, timeout }) => {
      const element = document.getElementById("own");
      const start = performance.now();
      const outcome = new Promise((resolve) => {
        element.addEventListener("cited-stats-error", (event) => resolve({ error: event.detail.message }), {
          once: true,
        });
        element.addEventListener("cited-stats-draw", () => resolve({ drawn: true }), { once: true });
        setTimeout(() => resolve({ error: `(no answer within ${timeout / 1000} s)` }), timeout);
      });
      if (give.src) element.setAttribute("src", give.src);
      else element.data = Array.from({ length: give.badRecords }, () => ({ x: 0 }));
      const result = await outcome;
      return { ...result, ms: performance.now() - start };
    },
    { give, timeout: STEP_TIMEOUT_MS },
  );
}

/** Whether the other element on the page still draws (a change of chart kind redraws it). */
async function otherStillDraws(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const element = document.getElementById("fallback");
        element.addEventListener("cited-stats-draw", () => resolve(true), { once: true });
        element.addEventListener("cited-stats-error", () => resolve(false), { once: true });
        element.setAttribute("chart", element.getAttribute("chart") === "bars" ? "counts" : "bars");
        setTimeout(() => resolve(false), 10_000);
      }),
  );
}

const big = mkdtempSync(join(os.tmpdir(), "cited-stats-refuse-"));
let server = null;
let browser = null;
let exitCode = 0;
try {
  // Ten million nulls: 50 MB of JSON, served whole, as in the report that found the trap.
  writeFileSync(join(big, "nulls.json"), `[${Array(10_000_000).fill("null").join(",")}]`);
  const asked = option("--port", process.env.PORT);
  const port = asked !== undefined ? Number(asked) : ((await freePort(8792)) ?? (await freePort(0)));
  const started = await startServer(port, ["/fixtures/=tests/e2e/fixtures", `/big/=${big}`], PAGE);
  server = started.child;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // An endless body: only a reader that counts bytes as they arrive ever stops.
  await context.route("**/big/endless.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: Buffer.alloc(64 * 1024 * 1024, 32) }),
  );
  const page = await context.newPage();
  // Waited for through the DevTools protocol: Playwright's waitForFunction would leave its injected
  // script and listeners on the page whose memory is measured next.
  const ready = 'document.getElementById("fallback")?.figures?.length > 0';
  if (!(await loadAndWait(context, page, `${started.base}${PAGE}`, ready, 30_000))) {
    throw new Error(`${PAGE}: the second widget did not draw within 30 s`);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const rows = [["before", await memory(page, cdp), null]];
  for (const [label, give] of [
    ["src: 50 MB, ten million nulls", { src: "/big/nulls.json" }],
    ["src: a 64 MB body, all at once", { src: "/big/endless.json" }],
    ["data: 114,286 bad records", { badRecords: 114_286 }],
  ]) {
    const outcome = await refuse(page, give);
    rows.push([label, await memory(page, cdp), { ...outcome, other: await otherStillDraws(page) }]);
  }
  const lines = [
    `cited-stats: memory while refusing datasets over the limits (Chromium ${browser.version()}, ${os.availableParallelism?.() ?? os.cpus().length} cores)`,
    `  ${PAGE}: two elements sharing one wasm module; #own is given each dataset in turn, #fallback must keep drawing`,
    "  after each: JS heap used (CDP, after two collections), the shared wasm module's linear memory, the time to the message",
    "",
  ];
  for (const [label, mem, outcome] of rows) {
    const after = outcome
      ? `  ${outcome.ms.toFixed(0)} ms  other widget ${outcome.other ? "still draws" : "STOPPED"}  →  ${outcome.drawn ? "DRAWN (not refused)" : outcome.error.split("\n")[0].slice(0, 160)}`
      : "";
    lines.push(`  ${label.padEnd(32)} heap ${mb(mem.heap).padStart(8)}  wasm ${mb(mem.wasm).padStart(8)}${after}`);
  }
  console.log(lines.join("\n"));
} catch (error) {
  console.error(`bench:refuse: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server && server.exitCode === null) server.kill("SIGTERM");
  rmSync(big, { recursive: true, force: true });
}
process.exit(exitCode);
