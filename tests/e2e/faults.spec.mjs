// Faults (issue 12): what a reader sees when the wasm module or a dataset does not arrive whole.
// A server of the spec's own (fault-server.mjs, on E2E_PORT + 7) serves the site and, under
// /f/<fault>/, the same files with one fault: the .wasm 404s, is text/plain, is cut in half, never
// finishes, or the page's CSP lacks 'wasm-unsafe-eval'; the dataset a widget names in `src` 404s, is
// cut in half, breaks off, is empty, is an HTML page, or never finishes. The page
// (fixtures/faults.html) holds three elements and two iframes. In each case the widget that is hit
// keeps its static picture and says, in plain words, what failed and its URL — within 5 s of the
// page loading, or for a stall within 10 s of the last byte (lib/fetch.js) — and the widgets the
// fault does not reach draw as usual. Elements of one page share one wasm module, so a wasm fault
// reaches all of them; an iframe loads its own.
import { test, expect, frames, chartSettled, readyRejection } from "./support.mjs";
import { startFaultServer } from "./fault-server.mjs";

const PORT = Number(process.env.E2E_PORT || 8765) + 7;
const ELEMENTS = ["built-in", "own", "other"];
/** lib/fetch.js gives up a download after this long without a byte. */
const STALL_MS = 10_000;
/** How long a reader may wait for the message after a fault that is seen at once. */
const PROMPT_MS = 5_000;

let server;
test.beforeAll(async () => {
  server = await startFaultServer(PORT);
});
test.afterAll(async () => {
  await server?.close();
});

/** Opens the fault page under `fault`'s prefix; returns the time the navigation started. */
async function openFault(page, fault) {
  const started = Date.now();
  await page.goto(`${server.origin}/f/${fault}/fixtures/faults.html`);
  return started;
}

/** The Frame of the iframe `#id`. */
async function frameOf(page, id) {
  return (await page.locator(`#${id}`).elementHandle()).contentFrame();
}

/** The element `selector` in `where` (a page or frame) shows its message and its static picture, no chart. */
async function showsFault(where, selector, text, { timeout = PROMPT_MS, picture = `${selector} img` } = {}) {
  const message = where.locator(`${selector} .message`);
  await expect(message, `${selector} names what failed`).toContainText(text, { timeout });
  await expect(message).toContainText("cited-stats could not show this chart.");
  await expect(where.locator(picture), `${selector} keeps its static picture`).toBeVisible();
  await expect
    .poll(() => where.locator(picture).evaluate((img) => img.complete && img.naturalWidth > 0), {
      message: `${selector}'s picture loaded`,
    })
    .toBe(true);
  await expect(where.locator(`${selector} .stage`)).toBeHidden();
  const rejected = await readyRejection(where, selector);
  if (typeof text === "string") expect(rejected, `${selector}'s ready rejects with the message shown`).toContain(text);
  else expect(rejected, `${selector}'s ready rejects with the message shown`).toMatch(text);
  expect(await where.evaluate((sel) => document.querySelector(sel).marks(), selector)).toEqual([]);
}

/** The element `selector` in `where` drew its chart: marks, no message, its picture gone. */
async function draws(where, selector) {
  const state = await chartSettled(where, selector);
  expect(state.indices.length, `${selector} shows figures`).toBeGreaterThan(0);
  expect((await where.evaluate((sel) => document.querySelector(sel).marks(), selector)).length).toBeGreaterThan(0);
  await expect(where.locator(`${selector} .message`)).toBeHidden();
  await expect(where.locator(`${selector} .stage`)).toBeVisible();
  await expect(where.locator(`${selector} .fallback`)).toBeHidden();
}

/** The healthy iframe (the site's own embed.html, outside every fault's prefix) draws. */
async function healthyFrameDraws(page) {
  await draws(await frameOf(page, "frame-ok"), "cited-stats");
}

/**
 * Fails on uncaught errors and on console errors other than `expected` (a failed load is logged
 * by the browser itself), then lets the fixture pass the ones expected.
 */
function onlyExpected(problems, expected = []) {
  expect(problems.page, "uncaught errors in the page").toEqual([]);
  for (const line of problems.console)
    expect(
      expected.some((pattern) => pattern.test(line)),
      `unexpected console error: ${line}`,
    ).toBe(true);
  problems.allow = true;
}

const NOT_FOUND = /Failed to load resource: the server responded with a status of 404/;

test.describe("the wasm module", () => {
  const wasmUrl = (fault) => `the WebAssembly engine ${server.origin}/f/${fault}/pkg/cited_stats_bg.wasm`;

  test("404: every element of the page keeps its picture and names the URL and the status; an iframe of a healthy path draws", async ({
    page,
    problems,
  }) => {
    await openFault(page, "wasm-404");
    for (const id of ELEMENTS)
      await showsFault(page, `#${id}`, `${wasmUrl("wasm-404")}: the server answered 404 Not Found`);
    await expect(page.locator("#built-in canvas.overlay")).toHaveAttribute("aria-label", "Chart unavailable");
    await healthyFrameDraws(page);
    // The embed page under the fault: its still image of the view and the same message.
    const faulty = await frameOf(page, "frame-faulty");
    await showsFault(faulty, "cited-stats", `${wasmUrl("wasm-404")}: the server answered 404 Not Found`, {
      picture: "cited-stats figure.still img",
    });
    onlyExpected(problems, [NOT_FOUND]);
  });

  test("served as text/plain: the module still starts (compiled from its bytes) and every widget draws, with no message", async ({
    page,
  }) => {
    const warnings = [];
    page.on("console", (message) => {
      if (message.type() === "warning") warnings.push(message.text());
    });
    await openFault(page, "wasm-plain");
    for (const id of ELEMENTS) await draws(page, `#${id}`);
    await healthyFrameDraws(page);
    await draws(await frameOf(page, "frame-faulty"), "cited-stats");
    // The wasm-bindgen glue says why it did not compile while downloading.
    expect(
      warnings.some((text) => text.includes("`application/wasm` MIME type")),
      warnings.join("\n"),
    ).toBe(true);
  });

  test("cut in half: named with the URL and the compiler's words", async ({ page }) => {
    await openFault(page, "wasm-truncated");
    for (const id of ELEMENTS)
      await showsFault(
        page,
        `#${id}`,
        `${wasmUrl("wasm-truncated")} could not start: WebAssembly.instantiateStreaming(): section`,
      );
    await healthyFrameDraws(page);
    await showsFault(
      await frameOf(page, "frame-faulty"),
      "cited-stats",
      `${wasmUrl("wasm-truncated")} could not start:`,
      { picture: "cited-stats figure.still img" },
    );
  });

  test("refused by the page's CSP (no 'wasm-unsafe-eval'): named; an iframe served with the site's own CSP draws", async ({
    page,
    problems,
  }) => {
    await openFault(page, "csp");
    const refused = `${wasmUrl("csp")} could not start: WebAssembly.instantiateStreaming(): Compiling or instantiating WebAssembly module violates the following Content Security policy directive`;
    for (const id of ELEMENTS) await showsFault(page, `#${id}`, refused);
    await healthyFrameDraws(page);
    await showsFault(await frameOf(page, "frame-faulty"), "cited-stats", refused, {
      picture: "cited-stats figure.still img",
    });
    expect(problems.csp.length, "the browser reports the refusal").toBeGreaterThan(0);
    for (const line of problems.csp) expect(line).toMatch(/^script-src blocked wasm-eval /);
    problems.csp.length = 0;
    onlyExpected(problems);
  });

  test("never finishes: given up after 10 s without a byte and named; the healthy iframe is not held up", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const started = await openFault(page, "wasm-stall");
    // The healthy iframe draws while the stalled download is still pending.
    await healthyFrameDraws(page);
    await expect(page.locator("#built-in img")).toBeVisible();
    const stalled = `${wasmUrl("wasm-stall")}: nothing arrived for 10 s, so it was given up (the server or the network stalled)`;
    for (const id of ELEMENTS) await showsFault(page, `#${id}`, stalled, { timeout: STALL_MS + 10_000 });
    const waited = Date.now() - started;
    expect(waited, "not given up before 10 s without a byte").toBeGreaterThanOrEqual(STALL_MS);
    expect(waited, "the stall is named within its bound (and a generous margin)").toBeLessThan(STALL_MS + 15_000);
    await showsFault(await frameOf(page, "frame-faulty"), "cited-stats", stalled, {
      timeout: STALL_MS,
      picture: "cited-stats figure.still img",
    });
  });

  test("arriving slowly (12 s, a part every 2 s): no stall; the datasets fetched meanwhile are not given up while they wait to be read", async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await openFault(page, "wasm-slow");
    // #own's and #other's datasets arrive at once and wait, unread, until the module has started.
    for (const id of ELEMENTS) await draws(page, `#${id}`);
    await draws(await frameOf(page, "frame-faulty"), "cited-stats");
  });
});

test.describe("the dataset named in src", () => {
  const dataUrl = (fault) => `dataset ${server.origin}/f/${fault}/data/figures.json`;
  const CASES = [
    ["data-404", "404s", () => ": the server answered 404 Not Found", [NOT_FOUND]],
    [
      "data-truncated",
      "is cut in half (a complete response)",
      () => ": not valid JSON (Unterminated string in JSON at position",
      [],
    ],
    [
      "data-cut",
      "breaks off mid-body (the connection closes)",
      () => /: the download broke off after [\d,]+ bytes \(network error\)/,
      [/ERR_CONTENT_LENGTH_MISMATCH/],
    ],
    ["data-empty", "is empty", () => ": the response is empty (0 bytes)", []],
    [
      "data-html",
      "is an HTML page, not JSON",
      () => `: not valid JSON (Unexpected token '<', "<!doctype "... is not valid JSON)`,
      [],
    ],
  ];

  for (const [fault, what, expected, logged] of CASES) {
    test(`${what}: that widget keeps its picture and names the URL and the fault; the others draw`, async ({
      page,
      problems,
    }) => {
      await openFault(page, fault);
      const tail = expected();
      await showsFault(
        page,
        "#own",
        typeof tail === "string"
          ? `${dataUrl(fault)}${tail}`
          : new RegExp(`${dataUrl(fault).replace(/[.?]/g, "\\$&")}${tail.source}`),
      );
      for (const id of ["built-in", "other"]) await draws(page, `#${id}`);
      await healthyFrameDraws(page);
      await draws(await frameOf(page, "frame-faulty"), "cited-stats");
      onlyExpected(problems, logged);
    });
  }

  test("never finishes: given up after 10 s without a byte and named; the others draw meanwhile", async ({ page }) => {
    test.setTimeout(60_000);
    const started = await openFault(page, "data-stall");
    for (const id of ["built-in", "other"]) await draws(page, `#${id}`);
    await healthyFrameDraws(page);
    await expect(page.locator("#own img"), "the picture while the dataset is awaited").toBeVisible();
    await showsFault(
      page,
      "#own",
      `${dataUrl("data-stall")}: nothing arrived for 10 s, so it was given up (the server or the network stalled)`,
      { timeout: STALL_MS + 10_000 },
    );
    const waited = Date.now() - started;
    expect(waited, "not given up before 10 s without a byte").toBeGreaterThanOrEqual(STALL_MS);
    expect(waited, "the stall is named within its bound (and a generous margin)").toBeLessThan(STALL_MS + 15_000);
    // The widgets that drew are still whole afterwards.
    await frames(page);
    for (const id of ["built-in", "other"]) await expect(page.locator(`#${id} .message`)).toBeHidden();
  });
});
