// Shared helpers for the end-to-end tests: a `test` that records console errors, page errors and
// CSP violations on every page (and fails the test on any), waiting for the chart to be drawn,
// where the marks are (from the core's own layout), canvas pixels, and a small RFC 4180 CSV parser.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test as base, expect } from "@playwright/test";

export { expect };

/** The built-in dataset, read from the same file the server serves. */
export const FIGURES = JSON.parse(
  readFileSync(fileURLToPath(new URL("../../www/data/figures.json", import.meta.url)), "utf8"),
);

/**
 * The built-in figures as records, without what an export derives from the claims
 * (`claim_quotations`, `claim_agrees`): what a page holds once the dataset is read.
 */
export const RECORDS = FIGURES.map((figure) => {
  const record = { ...figure };
  delete record.claim_quotations;
  delete record.claim_agrees;
  return record;
});

/**
 * Copies of the first `n` built-in figures without their claims: a few of them would leave a claim
 * of one figure, which a dataset is refused for (claims.spec.mjs tests that), and these tests are
 * about something else.
 * @param {number} n
 */
export function firstFigures(n) {
  const figures = structuredClone(FIGURES.slice(0, n));
  for (const figure of figures) delete figure.claim;
  return figures;
}

/** Every provenance column the CSV download must carry. */
export const CSV_COLUMNS = [
  "id",
  "quote",
  "figure_text",
  "figure_offset",
  "value",
  "value_high",
  "unit",
  "qualifier",
  "measure",
  "period",
  "geography",
  "cited_source",
  "topic",
  "speaker",
  "speaker_party",
  "speaker_constituency",
  "speaker_role",
  "debate",
  "debate_id",
  "date",
  "chamber",
  "transcript",
  "transcript_line",
  "inferred",
  "notes",
  "unparsed",
  "value_display",
  "citation",
];

/** Background colours of the drawn chart (src/chart/theme.rs). */
export const CHART_BACKGROUND = { light: [0xff, 0xff, 0xff], dark: [0x12, 0x14, 0x17] };

/** "2022-11-24" → "24 November 2022", as the card and tooltip write dates. */
export function longDate(iso) {
  if (!iso) return "date not recorded";
  const [year, month, day] = iso.split("-").map(Number);
  const months = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ];
  return `${day} ${months[month - 1]} ${year}`;
}

/**
 * `test` with an automatic `problems` fixture: every console error, uncaught page error and
 * Content-Security-Policy violation on any page of the test is recorded, and the test fails if
 * there were any (unless it sets `problems.allow = true` for an error it provokes on purpose).
 * It also counts each element's `cited-stats-draw` events (`el.__e2eDraws`, `el.__e2eLastDraw`).
 */
export const test = base.extend({
  problems: [
    async ({ page }, use) => {
      const problems = { console: [], page: [], csp: [], allow: false };
      page.on("console", (message) => {
        if (message.type() === "error") problems.console.push(`${message.text()} (${message.location().url})`);
      });
      page.on("pageerror", (error) => problems.page.push(String(error)));
      await page.exposeFunction("__e2eViolation", (text) => problems.csp.push(text));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          window.__e2eViolation(
            `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
        document.addEventListener(
          "cited-stats-draw",
          (event) => {
            const element = event.target;
            element.__e2eDraws = (element.__e2eDraws || 0) + 1;
            element.__e2eLastDraw = event.detail;
          },
          true,
        );
      });
      await use(problems);
      if (!problems.allow) {
        expect(problems.page, "uncaught errors in the page").toEqual([]);
        expect(problems.console, "console errors").toEqual([]);
        expect(problems.csp, "Content-Security-Policy violations").toEqual([]);
      }
    },
    { auto: true },
  ],
});

/** Two animation frames: anything the page scheduled for the next frame has painted. */
export function frames(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Adds to the page the iframe of embed.html?`query` as the documented snippet writes it (with
 * `attributes` on top, e.g. `loading`), and returns its frame once its chart is drawn.
 * @param {import("@playwright/test").Page} page
 * @param {string} query
 * @param {Record<string, string>} [attributes]
 */
export async function addEmbedFrame(page, query, attributes = {}) {
  await page.evaluate(
    ([src, more]) => {
      const iframe = document.createElement("iframe");
      Object.assign(iframe, {
        id: "frame",
        src,
        title: "A chart of figures quoted in Parliament",
        width: "100%",
        height: "480",
        ...more,
      });
      document.body.append(iframe);
    },
    [`/embed.html?${query}`, attributes],
  );
  const frame = await (await page.locator("#frame").elementHandle()).contentFrame();
  await frame.waitForLoadState("load");
  await chartSettled(frame, "cited-stats");
  return frame;
}

/**
 * Waits until the element `selector` is ready, has drawn at its current width and its last state
 * is painted. Returns the state.
 */
export async function chartSettled(page, selector = "#chart") {
  await page.evaluate((sel) => document.querySelector(sel).ready, selector);
  await page.waitForFunction((sel) => {
    const element = document.querySelector(sel);
    // The canvas's CSS width is set only by a finished draw (the draw counter can miss the first
    // draw inside an iframe, where the init script may attach after it).
    if (!element?.state) return false;
    const stage = element.shadowRoot.querySelector(".stage");
    const chart = element.shadowRoot.querySelector("canvas.chart");
    const width = Math.max(Math.floor(stage.getBoundingClientRect().width), 160);
    return chart.style.width === `${width}px`;
  }, selector);
  await frames(page);
  return page.evaluate((sel) => document.querySelector(sel).state, selector);
}

/**
 * The message the element `selector`'s `ready` rejects with, or null when it resolves. `where` is
 * a page or a frame.
 * @param {import("@playwright/test").Page | import("@playwright/test").Frame} where
 * @param {string} selector
 * @returns {Promise<string | null>}
 */
export function readyRejection(where, selector) {
  return where.evaluate(
    (sel) =>
      document.querySelector(sel).ready.then(
        () => null,
        (error) => error.message,
      ),
    selector,
  );
}

/** Opens the explorer at `query` and waits until its controls work and the chart is drawn. */
export async function openExplorer(page, query = "") {
  await page.goto(query ? `/?${query.replace(/^\?/, "")}` : "/");
  await chartSettled(page);
  await expect(page.locator("body")).not.toHaveClass(/loading/);
  await expect(page.locator("#filters")).not.toHaveAttribute("inert", /.*/);
}

/** How many times the element has drawn its chart. */
export function drawCount(page, selector = "#chart") {
  return page.evaluate((sel) => document.querySelector(sel).__e2eDraws || 0, selector);
}

/** Runs `action`, then waits for the element to draw again and settle. Returns the new state. */
export async function afterRedraw(page, action, selector = "#chart") {
  const before = await drawCount(page, selector);
  await action();
  await page.waitForFunction(([sel, n]) => (document.querySelector(sel).__e2eDraws || 0) > n, [selector, before]);
  return chartSettled(page, selector);
}

/**
 * Where the element drew its marks, in reading order: `{ marks: [{ mark, figures, bbox, centre,
 * description, position, of, hitAtCentre }], empty: [{x, y}], options, rendered, query, indices }`,
 * CSS px from the canvas's top left. Asks the core's layout through a test-only twin handle
 * (fixtures/layout.mjs), and checks that the twin drew what the element drew.
 * (When the element exposes its own boxes, replace the evaluate below with one call to it.)
 */
export async function markLayout(page, selector = "#chart") {
  const layout = await page.evaluate(
    async (sel) => (await import("/fixtures/layout.mjs")).markLayout(document.querySelector(sel)),
    selector,
  );
  const element = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const marks = el.marks().map(({ mark, figures, bbox }) => ({ mark, figures, bbox }));
    return { marks, query: el.state.query, indices: el.state.indices };
  }, selector);
  expect(layout.query, "the twin layout used the element's query").toBe(element.query);
  expect(layout.indices).toEqual(element.indices);
  const twin = layout.marks.map(({ mark, figures, bbox }) => ({ mark, figures, bbox }));
  expect(twin, "the twin layout drew the marks the element drew, where it drew them").toEqual(element.marks);
  return layout;
}

/** A mark the core's hit test finds at its own centre, standing for one figure, picked by `pick`. */
export function singleMarks(layout) {
  return layout.marks.filter((m) => m.figures.length === 1 && m.hitAtCentre === m.mark);
}

/** Page coordinates of a point given in CSS px from the top left of the element's overlay canvas. */
export async function pagePoint(page, point, selector = "#chart") {
  await page.locator(`${selector} canvas.overlay`).scrollIntoViewIfNeeded();
  const box = await page.locator(`${selector} canvas.overlay`).boundingBox();
  return { x: box.x + point.x, y: box.y + point.y };
}

/**
 * RGBA pixels of the chart canvas in a (2r+1)² square round a point in CSS px (× dpr to device px).
 * @returns {Promise<number[][]>}
 */
export function pixelsAround(page, point, radius = 0, selector = "#chart") {
  return page.evaluate(
    ([sel, p, r]) => {
      const canvas = document.querySelector(sel).shadowRoot.querySelector("canvas.chart");
      const dpr = canvas.width / canvas.clientWidth;
      const x = Math.round(p.x * dpr);
      const y = Math.round(p.y * dpr);
      const data = canvas.getContext("2d").getImageData(x - r, y - r, 2 * r + 1, 2 * r + 1).data;
      const out = [];
      for (let i = 0; i < data.length; i += 4) out.push([data[i], data[i + 1], data[i + 2], data[i + 3]]);
      return out;
    },
    [selector, point, radius],
  );
}

/** Whether an RGBA pixel is the opaque background colour `rgb` (within a small tolerance). */
export function isBackground(pixel, rgb) {
  return pixel[3] === 255 && rgb.every((c, i) => Math.abs(pixel[i] - c) <= 2);
}

/**
 * Whether a square of pixels (from `pixelsAround`) is the background `rgb` but for, at most, thin
 * lines across it: at least `clear` whole rows or whole columns of it are background (a gridline
 * is one or two device pixels wide and runs one way).
 */
export function mostlyBackground(pixels, rgb, clear = 3) {
  const side = Math.round(Math.sqrt(pixels.length));
  const at = (x, y) => isBackground(pixels[y * side + x], rgb);
  const range = [...Array(side).keys()];
  const rows = range.filter((y) => range.every((x) => at(x, y))).length;
  const columns = range.filter((x) => range.every((y) => at(x, y))).length;
  return rows >= clear || columns >= clear;
}

/** Keeps a copy of the chart canvas's pixels in the page under `name`. */
export function snapshotCanvas(page, name, selector = "#chart") {
  return page.evaluate(
    ([sel, key]) => {
      const canvas = document.querySelector(sel).shadowRoot.querySelector("canvas.chart");
      window.__e2eSnapshots = window.__e2eSnapshots || {};
      window.__e2eSnapshots[key] = {
        width: canvas.width,
        height: canvas.height,
        data: canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data,
      };
    },
    [selector, name],
  );
}

/** How many pixels of the chart canvas differ from snapshot `name` (all of them if the size changed). */
export function pixelsChangedSince(page, name, selector = "#chart") {
  return page.evaluate(
    ([sel, key]) => {
      const canvas = document.querySelector(sel).shadowRoot.querySelector("canvas.chart");
      const before = window.__e2eSnapshots[key];
      if (before.width !== canvas.width || before.height !== canvas.height) return canvas.width * canvas.height;
      const now = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let changed = 0;
      for (let i = 0; i < now.length; i += 4) {
        if (
          now[i] !== before.data[i] ||
          now[i + 1] !== before.data[i + 1] ||
          now[i + 2] !== before.data[i + 2] ||
          now[i + 3] !== before.data[i + 3]
        )
          changed += 1;
      }
      return changed;
    },
    [selector, name],
  );
}

/** The shown-count line's number ("Showing 4 of 126 figures" → 4). */
export async function shownCount(page) {
  const text = await page.locator("#shown-count").textContent();
  const match = /^Showing (\d+) of (\d+) figures$/.exec(text.trim());
  expect(match, `shown-count text ${JSON.stringify(text)}`).not.toBeNull();
  return Number(match[1]);
}

/**
 * Parses RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a quoted field may hold
 * commas, line breaks and doubled quotes. Throws on a malformed quote. Returns rows of strings.
 * @param {string} text
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let i = 0;
  const n = text.length;
  let quoted = false;
  while (i < n) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        if (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r")
          throw new Error(`CSV: text after a closing quote at offset ${i}`);
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (field !== "") throw new Error(`CSV: a quote inside an unquoted field at offset ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (c === "\r" || c === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error("CSV: an unclosed quote");
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The CSV parsed into objects keyed by the header row. */
export function csvRecords(text) {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ""));
  for (const [k, row] of rows.entries()) {
    if (row.length !== header.length)
      throw new Error(`CSV row ${k + 2} has ${row.length} fields, the header ${header.length}`);
  }
  return { header, records: rows.map((row) => Object.fromEntries(header.map((name, k) => [name, row[k]]))) };
}
