// Issue 12 ("Hostile input, in Chromium, with and without a CSP"): the element and the explorer fed
// script-running payloads, bidirectional controls, NUL and control characters, combining marks and
// emoji, formula starts, very long text, absurd numbers and broken records — on a host page with
// the strict CSP (E2E_PORT) and on the same files served with no CSP at all (E2E_PORT + 1, as most
// CMS pages are). Places: every string field of a dataset of one's own (the `data` property as an
// array and as a URL, the `src` attribute, `loadDataset`), every attribute, every URL parameter of
// the explorer and of the iframe page. Also a 10,000-character quote, 10,000 characters and 1 MB
// in a field, 100,000 figures; NaN, "NaN", negative, zero, 1e308, 5e-324 and out-of-order values;
// missing, extra, mistyped and duplicate fields and ids, records that are not objects. Under each
// it hovers the marks, opens cards, copies the citation, sorts the explorer's table and downloads
// CSV, JSON and PNG. Payloads are grouped (one figure per payload, one page load per place and
// host); the README's "Security and robustness" section has the matrix.
//
// Pass conditions, checked in every test:
// - `window.__hostile`, which every script payload would set, stays unset (on the no-CSP host a
//   payload put into the page as HTML is first shown to set it, so the check can fail);
// - no console error, uncaught error or CSP violation (support.mjs's `problems` fixture);
// - every interaction answers within BOUND_MS (2 s; a change of view over 100,000 figures within
//   VIEW_MS, 10 s) and a dataset is drawn or refused within LOAD_MS (60 s, 100,000 figures
//   included; about 6 s on an idle 2-core machine); a frozen page fails the bound;
// - text from the data shows as text: the textContent of where it is shown equals the payload,
//   and no element, event-handler attribute or non-http(s) link was injected anywhere (document
//   and shadow roots);
// - a bad dataset is refused whole, its message naming each record, field and bad value;
// - the CSV download gives every free-text field beginning with =, +, -, @, a tab or a carriage
//   return a leading apostrophe (the rule of src/dataset/csv.rs) and agrees with `loadDataset`'s
//   csv(); the JSON download is the figures exactly; the PNG is a PNG.
import { readFileSync } from "node:fs";
import { chartSettled, csvRecords, expect, test } from "./support.mjs";

/** Every interaction (hover, click, copy, sort, download) must answer within this. */
const BOUND_MS = 2_000;
/** A change of view over 100,000 figures (a new chart kind, a search) must answer within this. */
const VIEW_MS = 10_000;
/** A dataset (up to 100,000 figures) must be drawn or refused within this. */
const LOAD_MS = 60_000;
/** What every script payload sets. */
const FLAG = "__hostile";

const HOSTS = [
  { name: "strict CSP", offset: 0, csp: true },
  { name: "no CSP", offset: 1, csp: false },
];

/** The payloads, one kind each. Every field of a hostile dataset's figure holds one of them. */
const PAYLOADS = [
  { kind: "img onerror", text: `<img src=x onerror="window.${FLAG}='img'">` },
  { kind: "svg onload after a closed attribute", text: `"><svg onload="window.${FLAG}='svg'">` },
  { kind: "javascript: URL", text: `javascript:window.${FLAG}='js'//` },
  { kind: "script end tag", text: `</script><script>window.${FLAG}='script'</script>` },
  { kind: "right-to-left override and isolates", text: "\u202Egnp.exe\u202C \u2067isolate\u2069 \u200Fmark" },
  {
    kind: "NUL and control characters",
    text: "NUL\u0000 bell\u0007 bs\u0008 esc\u001b[31m del\u007f nel\u0085 ls\u2028ps\u2029",
  },
  { kind: "combining marks and emoji", text: "Z\u0335\u0321\u031B\u0348\u0343a\u0337l\u0338g\u0336o e\u0301 👩‍👩‍👧‍👦 🏳️‍🌈 🇬🇧" },
  { kind: "formula =", text: '=HYPERLINK("http://x.example","click")' },
  { kind: "formula +", text: "+1+cmd|' /C calc'!A0" },
  { kind: "formula -", text: "-2+3+cmd|' /C calc'!A0" },
  { kind: "formula @", text: "@SUM(1+1)*cmd|' /C calc'!A0" },
  { kind: "formula tab", text: "\t=1+1" },
  { kind: "formula carriage return", text: "\r=1+1" },
  {
    kind: "2,000 characters (the most a field other than the quote takes)",
    text: `<b onmouseover="window.${FLAG}='long'">${"x".repeat(2000)}`.slice(0, 2000),
  },
];

/** Every payload in one string, for parameters that take one value. */
const ALL_IN_ONE = PAYLOADS.slice(0, 7)
  .map((p) => p.text)
  .join(" ");
/** The payloads short enough for a URL (a server takes a request line of 16 kB at most). */
const URL_PAYLOADS = PAYLOADS.filter((p) => p.text.length < 200);

/** The free-text fields of a figure (each a string, or a string or null). */
const TEXT_FIELDS = [
  "id",
  "quote",
  "figure_text",
  "measure",
  "period",
  "geography",
  "cited_source",
  "speaker",
  "speaker_party",
  "speaker_constituency",
  "speaker_role",
  "debate",
  "debate_id",
  "chamber",
  "transcript",
  "unparsed",
];

/** A sound figure whose every free-text field (and inferred entry, notes key and reason) is `text`. */
function hostileFigure(text, i) {
  const before = `${text} said `;
  return {
    id: text,
    quote: `${before}${text}.`,
    figure_text: text,
    figure_offset: [...before].length,
    value: i + 1,
    value_high: null,
    unit: "count",
    qualifier: "exact",
    measure: text,
    period: text,
    geography: text,
    cited_source: text,
    topic: "fostering",
    speaker: text,
    speaker_party: text,
    speaker_constituency: text,
    speaker_role: text,
    debate: text,
    debate_id: text,
    date: `2020-01-${String(i + 1).padStart(2, "0")}`,
    chamber: text,
    transcript: text,
    transcript_line: i + 1,
    inferred: [text],
    notes: { [text]: text },
    unparsed: text,
  };
}

/** A figure with a 10,000-character quote of markup (quotes take up to 20,000). */
function longQuoteFigure(i) {
  const words = "2 children";
  const before = `<script>window.${FLAG}='quote'</script><img src=x onerror="window.${FLAG}='quote'">`.padEnd(
    9_000,
    " ",
  );
  const quote = `${before}${words}`.padEnd(10_000, "<i>x</i>");
  return {
    ...hostileFigure("long quote", i),
    id: `long-quote-${i}`,
    quote,
    figure_text: words,
    figure_offset: [...before].length,
  };
}

/** The hostile dataset: one figure per payload, and one with a 10,000-character quote. */
const HOSTILE = [...PAYLOADS.map((p, i) => hostileFigure(p.text, i)), longQuoteFigure(PAYLOADS.length)];

/** The payload every text field of `figure` holds (null for figures made otherwise). */
const payloadOf = (figure) => (figure.id === figure.figure_text ? figure.figure_text : null);

/** src/dataset/csv.rs's formula_safe: a leading apostrophe for text starting =, +, -, @, tab or CR. */
const formulaSafe = (text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/** The origin of `host` (the strict one is the config's baseURL, the other one port further). */
function originOf(baseURL, host) {
  const url = new URL(baseURL);
  url.port = String(Number(url.port) + host.offset);
  return url.origin;
}

/**
 * Runs `action` and fails unless it, and a frame of the page after it, answers within `bound`
 * (BOUND_MS unless given). HOSTILE_TIMES=1 prints how long each took.
 */
async function within(page, what, action, bound = BOUND_MS) {
  let timer;
  const t0 = Date.now();
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${bound} ms`)), bound);
  });
  try {
    return await Promise.race([
      (async () => {
        const result = await action();
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
        return result;
      })(),
      late,
    ]);
  } finally {
    clearTimeout(timer);
    if (process.env.HOSTILE_TIMES) console.log(`${what}: ${Date.now() - t0} ms`);
  }
}

/**
 * Opens `path` on `host` and checks the host is what it claims: the strict one sends the CSP, the
 * other none, and there a payload put into the page as HTML does set the flag (so the flag checks
 * of the test can fail).
 */
async function openOn(page, baseURL, host, path) {
  const response = await page.goto(`${originOf(baseURL, host)}${path}`);
  const csp = response.headers()["content-security-policy"] ?? null;
  if (host.csp) {
    expect(csp, "the strict host sends its CSP").toContain("script-src 'self' 'wasm-unsafe-eval'");
  } else {
    expect(csp, "the other host sends no CSP").toBeNull();
    await page.evaluate(
      ([flag, html]) => {
        const div = document.createElement("div");
        div.innerHTML = html;
        window.__sanity = new Promise((resolve) => {
          const wait = () => (window[flag] ? resolve(window[flag]) : setTimeout(wait, 10));
          wait();
        });
      },
      [FLAG, `<img src="data:," onerror="window.${FLAG}='img'">`],
    );
    expect(await page.evaluate(() => window.__sanity), "a payload parsed as HTML runs on this host").toBe("img");
    await page.evaluate((flag) => {
      delete window[flag];
    }, FLAG);
  }
}

/**
 * The pass conditions every test ends with: the flag unset, and nothing injected anywhere in the
 * document or its shadow roots (elements that run or load things, event-handler attributes, links
 * other than http(s) or blob:). Also fails on an `<img>` that is not one of the page's own.
 */
async function expectInert(page) {
  // An image payload fails to load in a few ms; give it a moment to run its handler.
  await page.waitForTimeout(50);
  const found = await page.evaluate((flag) => {
    const out = { flag: window[flag] ?? null, injected: [] };
    const own = (el) => el.closest("head") !== null || el.hasAttribute("data-page");
    const walk = (root) => {
      for (const el of root.querySelectorAll("*")) {
        const name = el.localName;
        const describe = () =>
          `<${name} ${[...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value.slice(0, 60))}`).join(" ")}>`;
        if (
          ["script", "svg", "iframe", "object", "embed", "style", "link", "meta", "base", "form"].includes(name) &&
          !own(el) &&
          !(name === "form" && el.id === "filters")
        )
          out.injected.push(describe());
        if (name === "img" && !/\/(data\/fallback|explorer)\/[^/]+\.svg$/.test(el.src)) out.injected.push(describe());
        // The element's own attributes are the test's input (checked by what the element shows).
        for (const attribute of name === "cited-stats" ? [] : el.attributes) {
          if (attribute.name.startsWith("on")) out.injected.push(describe());
        }
        if (
          name === "a" &&
          el.hasAttribute("href") &&
          !["http:", "https:", "blob:"].includes(new URL(el.href, location.href).protocol) &&
          !el.getAttribute("href").startsWith("#")
        )
          out.injected.push(describe());
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out;
  }, FLAG);
  expect(found.flag, "a payload ran").toBeNull();
  expect(found.injected, "elements or attributes injected from the data").toEqual([]);
}

/** Adds a `<cited-stats>` to the hostile page; resolves { drawn } or { error } (the event's). */
async function mount(page, { id = "hostile", attributes = {}, data } = {}) {
  return within(
    page,
    `mounting #${id}`,
    () =>
      page.evaluate(
        ({ id: elementId, attributes: attrs, data: own }) => {
          const element = document.createElement("cited-stats");
          element.id = elementId;
          for (const [name, value] of Object.entries({ loading: "eager", height: "420", ...attrs }))
            element.setAttribute(name, value);
          const outcome = new Promise((resolve) => {
            const done = (event) => {
              element.removeEventListener("cited-stats-draw", done);
              element.removeEventListener("cited-stats-error", done);
              resolve(event.type === "cited-stats-error" ? { error: event.detail.message } : { drawn: true });
            };
            element.addEventListener("cited-stats-draw", done);
            element.addEventListener("cited-stats-error", done);
          });
          if (own !== undefined) element.data = own;
          document.getElementById("place").append(element);
          return outcome;
        },
        { id, attributes, data },
      ),
    LOAD_MS,
  );
}

/** Serves `body` (text) at `path` on every origin of the test. */
async function serve(page, path, body) {
  await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: "application/json", body }));
}

/**
 * Checks a card showing `figure` (whose every field is `text`): each piece of data text in its
 * own <bdi> equal to the text, the highlighted words and the quote whole, the citation with each
 * data text isolated; then copies the citation and reads it back.
 */
async function checkCard(page, card, figure) {
  const text = payloadOf(figure);
  const seen = await card.evaluate((el) => ({
    bdi: [...el.querySelectorAll("bdi")].map((b) => b.textContent),
    words: el.querySelector("blockquote mark").textContent,
    quote: el.querySelector("blockquote").textContent,
    citation: el.querySelector(".citation").textContent,
  }));
  expect(seen.words).toBe(figure.figure_text);
  expect(seen.quote).toBe(figure.quote);
  if (text !== null) {
    // Speaker, role, party, constituency, debate, chamber, source, measure (twice), period,
    // geography, transcript, the inferred field and its reason.
    expect(seen.bdi.length, "data texts in the card").toBeGreaterThanOrEqual(14);
    for (const shown of seen.bdi) expect(shown).toBe(text);
    expect(seen.citation).toContain(`\u2068${text}\u2069`);
  }
  await within(page, "copying the citation", async () => {
    await card.getByRole("button", { name: "Copy citation" }).click();
    await expect(card.locator(".actions .status")).toHaveText("Citation copied.");
  });
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(seen.citation);
}

/**
 * Hovers every mark of element `#id` (tooltip text checked against the figure), opens a card by
 * clicking a mark and every figure's card through `openFigure`, copying each citation.
 */
async function exerciseElement(page, id, figures, limit = Infinity) {
  const element = page.locator(`#${id}`);
  const marks = await page.evaluate(
    ([sel, n]) =>
      document
        .getElementById(sel)
        .marks()
        .slice(0, n)
        .map(({ mark, figures: shown, bbox }) => ({ mark, figures: shown, bbox })),
    [id, limit],
  );
  expect(marks.length).toBeGreaterThan(0);
  const overlay = element.locator("canvas.overlay");
  await overlay.scrollIntoViewIfNeeded();
  const box = await overlay.boundingBox();
  const tooltip = element.locator(".tooltip");
  let singles = 0;
  for (const mark of marks) {
    const { xCssPx, yCssPx, widthCssPx, heightCssPx } = mark.bbox;
    await within(page, `hovering mark ${mark.mark}`, async () => {
      await page.mouse.move(box.x + xCssPx + widthCssPx / 2, box.y + yCssPx + heightCssPx / 2);
      await expect(tooltip).toBeVisible();
    });
    const shown = await tooltip.evaluate((el) => ({
      words: el.querySelector(".words bdi")?.textContent,
      measure: el.querySelector("[dir=auto]")?.textContent,
      speaker: el.querySelector(".who bdi")?.textContent,
    }));
    if (shown.words !== undefined) {
      // One figure's words, measure and speaker, each exactly (the mark hit at a centre may be
      // another one lying on top).
      expect(figures.map((f) => ({ words: f.figure_text, measure: f.measure, speaker: f.speaker }))).toContainEqual(
        shown,
      );
      singles += 1;
    }
  }
  expect(singles, "tooltips showing one figure's text").toBeGreaterThan(0);
  const card = element.locator(".card");
  const first = marks[0];
  await within(page, "opening a card with a click", async () => {
    const { xCssPx, yCssPx, widthCssPx, heightCssPx } = first.bbox;
    await page.mouse.click(box.x + xCssPx + widthCssPx / 2, box.y + yCssPx + heightCssPx / 2);
    await expect(card).toBeVisible();
  });
  for (const [index, figure] of figures.slice(0, limit).entries()) {
    await within(page, `opening the card of figure ${index}`, async () => {
      await page.evaluate(([sel, i]) => document.getElementById(sel).openFigure(i), [id, index]);
      await expect(card.locator("blockquote mark")).toHaveText(figure.figure_text);
    });
    await checkCard(page, card, figure);
  }
}

/** Checks CSV text against the figures: every free-text field formula-safe, and nothing else lost. */
function checkCsv(text, figures) {
  const { records } = csvRecords(text);
  expect(records).toHaveLength(figures.length);
  for (const [i, record] of records.entries()) {
    const figure = figures.find((f) => formulaSafe(f.id) === record.id);
    expect(figure, `CSV row ${i + 2}'s id ${JSON.stringify(record.id)}`).toBeDefined();
    for (const field of TEXT_FIELDS)
      expect(record[field], `CSV ${field} of ${JSON.stringify(figure.id)}`).toBe(formulaSafe(figure[field] ?? ""));
    expect(record.inferred).toBe(formulaSafe(figure.inferred.join("; ")));
    expect(record.notes).toBe(
      formulaSafe(
        Object.entries(figure.notes)
          .map(([k, v]) => `${k}: ${v}`)
          .join(" | "),
      ),
    );
    for (const [field, value] of Object.entries(record)) {
      // No field may begin a formula, whatever the column.
      expect(
        /^[=+\-@\t\r]/.test(value),
        `CSV ${field} of ${JSON.stringify(figure.id)} begins a formula: ${JSON.stringify(value.slice(0, 40))}`,
      ).toBe(false);
    }
  }
}

/** The explorer's list parameters (comma-separated values) and its one-value parameters. */
const LIST_PARAMETERS = ["debate", "speaker", "party", "topic", "unit"];
const SINGLE_PARAMETERS = ["chart", "from", "to", "cited", "q", "group", "figure"];
/** The iframe page's parameters that become the element's attributes. */
const WIDGET_PARAMETERS = ["theme", "height", "scale"];

/**
 * A query string with a payload in every parameter: each list parameter holds every payload as
 * its values, each one-value parameter all the markup, bidirectional and control payloads in one
 * string, and each of those payloads is also the name of an unknown parameter.
 */
function hostileQuery() {
  const enc = (text) => encodeURIComponent(text);
  return [
    ...LIST_PARAMETERS.map((name) => `${name}=${URL_PAYLOADS.map((p) => enc(p.text)).join(",")}`),
    ...SINGLE_PARAMETERS.map((name) => `${name}=${enc(ALL_IN_ONE)}`),
    ...PAYLOADS.slice(0, 7).map((p) => `${enc(p.text)}=${enc(p.text)}`),
  ].join("&");
}

/** Parameters whose hostile value the core names: all but the search, which finds nothing. */
const NAMED_PARAMETERS = [...LIST_PARAMETERS, ...SINGLE_PARAMETERS.filter((name) => name !== "q")];

/**
 * Expects `message` to name every parameter the core refuses, as `what` ("URL parameter",
 * "attribute"), each markup payload quoted as text, and (`unknown`) each unknown parameter name.
 */
async function expectParametersNamed(message, what, { unknown = false } = {}) {
  await expect(message).toBeVisible();
  for (const name of NAMED_PARAMETERS) await expect(message).toContainText(`${what} \`${name}\`: `);
  // The core quotes values as Rust does; for these payloads that is JSON's quoting.
  for (const payload of PAYLOADS.slice(0, 4)) {
    await expect(message).toContainText(`${what} \`topic\`: ${JSON.stringify(payload.text)} is not one of`);
    if (unknown) await expect(message).toContainText(`${what} \`${payload.text}\``);
  }
}

/**
 * Two datasets with one broken record after another (with payloads where a value is named): one
 * whose records cannot be read (types, shape, slugs), one whose records read but are unsound
 * (numbers, ranges, dates, offsets, lengths, ids). The core reads a dataset first and checks it
 * after, so each is refused with its own list. For each: the figures, their JSON text (NaN, which
 * JSON lacks, written as 1e999, which JSON.parse reads as Infinity) and the lines each way of
 * giving it must name.
 */
function brokenDatasets() {
  const good = (i) => hostileFigure(`record ${i + 1}`, i);
  const [img, svg, , script] = PAYLOADS.map((p) => p.text);
  const at = (n) => `record ${n} (id "record ${n}")`;
  const unreadable = [
    // [change, line named]
    [
      (f) => {
        f.value = "NaN";
      },
      (n) => `${at(n)}, field \`value\`: expected a number, found a string "NaN"`,
    ],
    [
      (f) => {
        delete f.speaker;
      },
      (n) => `${at(n)}: missing field \`speaker\``,
    ],
    [
      (f) => {
        f[img] = svg;
      },
      (n) => `${at(n)}: unknown field \`${img}\`, expected one of id, quote,`,
    ],
    [
      (f) => {
        f.speaker = 42;
      },
      (n) => `${at(n)}, field \`speaker\`: expected a string, found the number 42`,
    ],
    [
      (f) => {
        f.transcript_line = 1.5;
      },
      (n) => `${at(n)}, field \`transcript_line\`: expected a whole number of 0 or more, found the number 1.5`,
    ],
    [
      (f) => {
        f.figure_offset = "3";
      },
      (n) => `${at(n)}, field \`figure_offset\`: expected a whole number of 0 or more, found a string "3"`,
    ],
    [
      (f) => {
        f.inferred = script;
      },
      (n) => `${at(n)}, field \`inferred\`: expected a list of strings, found a string ${JSON.stringify(script)}`,
    ],
    [
      (f) => {
        f.notes = [img];
      },
      (n) => `${at(n)}, field \`notes\`: expected an object whose values are strings, found a list`,
    ],
    [
      (f) => {
        f.unit = img;
      },
      (n) => `${at(n)}, field \`unit\`: unknown variant \`${img}\`, expected one of (count,`,
    ],
    [
      (f) => {
        f.topic = svg;
      },
      (n) => `${at(n)}, field \`topic\`: unknown variant \`${svg}\`, expected one of (`,
    ],
    [
      (f) => {
        f.qualifier = script;
      },
      (n) => `${at(n)}, field \`qualifier\`: unknown variant \`${script}\`, expected one of (exact,`,
    ],
  ];
  const unsound = [
    [
      (f) => {
        f.value = NaN;
      },
      (n, way) => `${at(n)}, field \`value\`: ${way === "src" ? "inf" : "NaN"} is not finite`,
    ],
    [
      (f) => {
        f.value = -1;
      },
      (n) => `${at(n)}, field \`value\`: -1 is negative; the charts draw amounts of zero or more`,
    ],
    [
      (f) => {
        Object.assign(f, { qualifier: "range", value: 5, value_high: 1 });
      },
      (n) => `${at(n)}, field \`value_high\`: upper value 1 is not above value 5`,
    ],
    [
      (f) => {
        f.date = img;
      },
      (n) => `${at(n)}, field \`date\`: ${JSON.stringify(img)} is not a date of the form YYYY-MM-DD`,
    ],
    [
      (f) => {
        f.figure_offset = 3;
      },
      (n) => `${at(n)}, field \`figure_offset\`: "record ${n} at character 3" is not inside the quote`,
    ],
    [
      (f) => {
        f.speaker = " \t\n ";
      },
      (n) => `${at(n)}, field \`speaker\`: empty`,
    ],
    [
      (f) => {
        f.speaker = `${img}${"y".repeat(10_000)}`.slice(0, 10_000);
      },
      (n) => `${at(n)}, field \`speaker\`: 10,000 characters is too long (at most 2,000 are accepted)`,
    ],
    [
      (f) => {
        f.quote = `${f.quote}${"z".repeat(1_000_000)}`;
      },
      (n) => `${at(n)}, field \`quote\`: 1,000,023 characters is too long (at most 20,000 are accepted)`,
    ],
    [
      (f) => {
        f.id = "record 1";
      },
      (n) => `record ${n} (id "record 1"), field \`id\`: id "record 1" is already used by record 1`,
    ],
  ];
  const build = (cases, extra) => {
    const figures = [
      good(0),
      ...cases.map(([change], k) => {
        const figure = good(k + 1);
        change(figure);
        return figure;
      }),
      ...extra,
    ];
    const json = JSON.stringify(figures).replace('"value":null', '"value":1e999');
    const expected = (way) => cases.map(([, line], k) => line(k + 2, way));
    return { figures, json, expected };
  };
  const read = build(unreadable, [null, img, 42]);
  const n = read.figures.length;
  const notObjects = [
    `record ${n - 2}: expected a figure (an object), found null`,
    `record ${n - 1}: expected a figure (an object), found a string`,
    `record ${n}: expected a figure (an object), found the number 42`,
  ];
  return [
    { name: "unreadable", ...read, expected: (way) => [...read.expected(way), ...notObjects] },
    { name: "unsound", ...build(unsound, []) },
  ];
}

/** Sound records at the edges: zero, 1e308 (and a range up to the largest double), out of order. */
function edgeNumbers() {
  const figure = (i, changes) => ({ ...hostileFigure(`edge ${i}`, i), id: `edge-${i}`, ...changes });
  const figures = [
    figure(0, { value: 0 }),
    figure(1, { value: 1e308 }),
    figure(2, { qualifier: "range", value: 1e308, value_high: Number.MAX_VALUE }),
    figure(3, { value: 5e-324 }),
    figure(4, { value: 3, date: "2031-12-31" }),
    figure(5, { value: 2, date: "1999-01-01" }),
    figure(6, { value: 1, date: null }),
    figure(7, { value: 100, unit: "percent" }),
    figure(8, { value: 0, unit: "percent" }),
    figure(9, { value: 1e308, unit: "percent" }),
    { ...figure(10, { value: 7 }), id: "dup", speaker: "dup-first" },
  ];
  const nan = figure(11, { value: 12 });
  Object.assign(nan, {
    figure_text: "NaN",
    quote: "NaN said NaN.",
    figure_offset: 9,
    measure: "NaN",
    speaker: "Infinity",
    debate: "-0",
  });
  figures.push(nan);
  return figures.reverse();
}

test.describe("hostile input at the figure limit", () => {
  // The timeline packs the figures of one date in columns; with thousands on one date the columns
  // close up so that the block stays inside the plot (it once ran thousands of px off both sides).
  test("the timeline keeps every mark inside the chart with 5,000 figures on one date", async ({ page, baseURL }) => {
    await openOn(page, baseURL, HOSTS[0], "/fixtures/hostile.html");
    const figures = Array.from({ length: 5_000 }, (_, i) => ({
      ...hostileFigure(`figure ${i}`, 0),
      id: `figure ${i}`,
    }));
    expect(await mount(page, { id: "dense", data: figures })).toEqual({ drawn: true });
    const { marks, width, height } = await page.evaluate(() => {
      const element = document.getElementById("dense");
      const canvas = element.shadowRoot.querySelector("canvas.chart");
      return { marks: element.marks().map((m) => m.bbox), width: canvas.clientWidth, height: canvas.clientHeight };
    });
    const outside = marks.filter(
      (b) => b.xCssPx < 0 || b.yCssPx < 0 || b.xCssPx + b.widthCssPx > width || b.yCssPx + b.heightCssPx > height,
    );
    expect(outside, "marks outside the chart").toEqual([]);
  });

  test("100,000 figures with payloads are drawn and answer within the bounds", async ({ page, baseURL, context }) => {
    test.setTimeout(120_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openOn(page, baseURL, HOSTS[0], "/fixtures/hostile.html");
    const short = HOSTILE.filter((f) => f.id.length < 200);
    // Made in the page: 100,000 figures, each a copy of a hostile one with its own id and value.
    await page.evaluate((figures) => {
      window.__many = Array.from({ length: 100_000 }, (_, i) => ({
        ...figures[i % figures.length],
        id: `${i}`,
        value: i % 1000,
        transcript_line: i + 1,
      }));
    }, short);
    const outcome = await within(
      page,
      "100,000 figures",
      () =>
        page.evaluate(() => {
          const element = document.createElement("cited-stats");
          element.id = "many";
          element.setAttribute("loading", "eager");
          element.setAttribute("height", "420");
          // Value bars of one unit: the chart whose layout does the most per figure (sorting, labels).
          element.setAttribute("chart", "bars");
          element.setAttribute("unit", "count");
          const outcome = new Promise((resolve) => {
            element.addEventListener("cited-stats-draw", () => resolve({ drawn: true }), { once: true });
            element.addEventListener("cited-stats-error", (event) => resolve({ error: event.detail.message }), {
              once: true,
            });
          });
          element.data = window.__many;
          document.getElementById("place").append(element);
          return outcome;
        }),
      LOAD_MS,
    );
    expect(outcome).toEqual({ drawn: true });
    // Hovers and cards of the first marks (the figures they stand for are among the first few hundred).
    const many = await page.evaluate(() => window.__many.slice(0, 500));
    await exerciseElement(page, "many", many, 3);
    for (const query of ["chart=counts&group=speaker", "chart=dots", "chart=bars&unit=count&q=calc"]) {
      // A change of view over 100,000 figures (a search of every text among them) gets VIEW_MS.
      await within(
        page,
        `showing ${query}`,
        () =>
          page.evaluate((q) => {
            document.getElementById("many").query = q;
          }, query),
        VIEW_MS,
      );
      await chartSettled(page, "#many");
    }
    await expectInert(page);
  });
});

for (const host of HOSTS) {
  test.describe(`hostile input, ${host.name}`, () => {
    test.beforeEach(async ({ context }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    });

    for (const way of ["data", "src"]) {
      test(`every string field of a dataset given as ${way === "data" ? "the data property (an array)" : "the src attribute (a URL)"}: hover, cards, citations, CSV, PNG`, async ({
        page,
        baseURL,
      }) => {
        await serve(page, "/fixtures/hostile-figures.json", JSON.stringify(HOSTILE));
        await openOn(page, baseURL, host, "/fixtures/hostile.html");
        const outcome =
          way === "data"
            ? await mount(page, { data: HOSTILE, attributes: { chart: "bars", unit: "count" } })
            : await mount(page, {
                attributes: { src: "/fixtures/hostile-figures.json", chart: "bars", unit: "count" },
              });
        expect(outcome).toEqual({ drawn: true });
        const state = await chartSettled(page, "#hostile");
        expect(state.total).toBe(HOSTILE.length);
        await exerciseElement(page, "hostile", HOSTILE);
        const csv = await within(page, "csv()", () =>
          page.evaluate(() => {
            const element = document.getElementById("hostile");
            return element.csv(element.figures.map((_, i) => i));
          }),
        );
        checkCsv(csv, HOSTILE);
        const png = await within(page, "exportPng()", () =>
          page.evaluate(async () => {
            const blob = await document.getElementById("hostile").exportPng();
            return [...new Uint8Array(await blob.arrayBuffer()).slice(0, 8)];
          }),
        );
        expect(png).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        await expectInert(page);
      });
    }

    test("loadDataset with the hostile figures (an array and a URL): accepted, the CSV the element's", async ({
      page,
      baseURL,
    }) => {
      await serve(page, "/fixtures/hostile-figures.json", JSON.stringify(HOSTILE));
      await openOn(page, baseURL, host, "/fixtures/hostile.html");
      const results = await within(
        page,
        "loadDataset",
        () =>
          page.evaluate(
            async ([figures, url]) => {
              const { loadDataset } = await import("/dist/cited-stats.js");
              const out = [];
              for (const source of [figures, url]) {
                const stats = await loadDataset(source);
                out.push({ total: stats.total, csv: stats.csv([...Array(stats.total).keys()]) });
                stats.free();
              }
              return out;
            },
            [HOSTILE, "/fixtures/hostile-figures.json"],
          ),
        LOAD_MS,
      );
      for (const { total, csv } of results) {
        expect(total).toBe(HOSTILE.length);
        checkCsv(csv, HOSTILE);
      }
      expect(results[0].csv).toBe(results[1].csv);
      await expectInert(page);
    });

    test("the explorer with a hostile dataset: table, sorting, filters, card, CSV, JSON and PNG downloads", async ({
      page,
      baseURL,
    }) => {
      // The explorer shows the built-in dataset; here its chart is given the hostile one before it
      // starts (as a page script could), through the data property: an array on one host, a URL on the other.
      const given = host.csp ? HOSTILE : "/fixtures/hostile-figures.json";
      await serve(page, "/fixtures/hostile-figures.json", JSON.stringify(HOSTILE));
      await page.addInitScript((data) => {
        new MutationObserver((_, observer) => {
          const chart = document.getElementById("chart");
          if (!chart) return;
          chart.data = data;
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      }, given);
      await openOn(page, baseURL, host, "/index.html?chart=bars&unit=count");
      await within(
        page,
        "the explorer starting",
        async () => {
          await expect(page.locator("body")).not.toHaveClass(/loading/);
          await chartSettled(page);
        },
        LOAD_MS,
      );
      await expect(page.locator("#load-error")).toBeHidden();
      await expect(page.locator("#shown-count")).toHaveText(`Showing ${HOSTILE.length} of ${HOSTILE.length} figures`);

      // The table: each cell's text is the payload, under every sort.
      const rows = page.locator("#figures-table tbody tr");
      const cells = () =>
        rows.evaluateAll((trs) =>
          trs.map((tr) => ({
            index: Number(tr.dataset.index),
            speaker: tr.querySelector(".cell-speaker").textContent,
            figure: tr.querySelector(".figure-cell button").textContent,
            measure: tr.querySelector(".cell-measure").textContent,
            source: tr.querySelector(".cell-source").textContent,
          })),
        );
      const headers = page.locator("#figures-table thead button.sort");
      const columns = await headers.count();
      for (let c = 0; c < columns; c += 1) {
        for (let click = 0; click < 3; click += 1) {
          await within(page, `sorting by column ${c}`, () => headers.nth(c).click());
          const shown = await cells();
          expect(shown).toHaveLength(HOSTILE.length);
          for (const row of shown) {
            const figure = HOSTILE[row.index];
            expect(row).toEqual({
              index: row.index,
              speaker: figure.speaker,
              figure: figure.figure_text,
              measure: figure.measure,
              source: figure.cited_source,
            });
          }
        }
      }

      // The filters list the payloads as text; choosing one filters to its figure.
      await page.locator("#filter-speaker summary").click();
      const labels = await page.locator("#filter-speaker .option-label").allTextContents();
      expect([...labels].sort()).toEqual(HOSTILE.map((f) => f.speaker).sort());
      for (const n of [0, 4, 5, 11]) {
        const box = page.locator("#filter-speaker input").nth(n);
        await within(page, `choosing speaker ${n}`, () => box.check());
        await expect(page.locator("#shown-count")).toHaveText(`Showing 1 of ${HOSTILE.length} figures`);
        const speaker = await box.getAttribute("value");
        expect((await cells()).map((row) => row.speaker)).toEqual([speaker]);
        await within(page, `clearing speaker ${n}`, () => box.uncheck());
      }

      // A card from the table.
      await within(page, "opening a card from the table", async () => {
        await page.locator("#figures-table tbody tr").first().locator("button.open").click();
        await expect(page.locator("#chart .card")).toBeVisible();
      });
      const index = Number(await rows.first().getAttribute("data-index"));
      await checkCard(page, page.locator("#chart .card"), HOSTILE[index]);
      await exerciseElement(page, "chart", HOSTILE);

      // The downloads.
      const download = async (button) =>
        within(page, `downloading ${button}`, async () => {
          const [file] = await Promise.all([
            page.waitForEvent("download"),
            page.locator(`#download-${button}`).click(),
          ]);
          return readFileSync(await file.path());
        });
      await page.evaluate(() => document.getElementById("chart").closeCard());
      const csv = (await download("csv")).toString("utf8");
      checkCsv(csv, HOSTILE);
      const json = JSON.parse((await download("json")).toString("utf8"));
      // Each record as given, with what the dataset's claims add: none of these figures has a claim.
      expect(json).toEqual(HOSTILE.map((figure) => ({ ...figure, claim_quotations: 1, claim_agrees: null })));
      const png = await download("png");
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      // The browser's CSV is the core's: loadDataset over the same figures writes the same file.
      const core = await page.evaluate(async (figures) => {
        const { loadDataset } = await import("/dist/cited-stats.js");
        const stats = await loadDataset(figures);
        const text = stats.csv(document.getElementById("chart").state.indices);
        stats.free();
        return text;
      }, HOSTILE);
      expect(csv).toBe(core);
      await expectInert(page);
    });

    test("every URL parameter of the explorer, and the search restored by Back; then hover, card, sort and CSV", async ({
      page,
      baseURL,
    }) => {
      await openOn(page, baseURL, host, `/index.html?${hostileQuery()}`);
      await within(
        page,
        "the explorer starting",
        async () => {
          await expect(page.locator("body")).not.toHaveClass(/loading/);
          await chartSettled(page);
        },
        LOAD_MS,
      );
      await expectParametersNamed(page.locator("#chart .message"), "URL parameter", { unknown: true });
      // The search box holds the search text exactly.
      expect(await page.locator("#search").inputValue()).toBe(ALL_IN_ONE);
      await expectInert(page);

      // The reader clears them, then goes Back to the hostile view.
      const entries = await page.evaluate(() => history.length);
      await within(page, "clearing the filters", () => page.locator("#reset").click());
      await expect
        .poll(() => page.evaluate(() => document.getElementById("chart").state.indices.length))
        .toBeGreaterThan(0);
      const figures = await page.evaluate(() => document.getElementById("chart").figures);
      await exerciseElement(page, "chart", figures, 6);
      for (let c = 0; c < 6; c += 1)
        await within(page, `sorting by column ${c}`, () =>
          page.locator("#figures-table thead button.sort").nth(c).click(),
        );
      const [file] = await within(page, "downloading the CSV", () =>
        Promise.all([page.waitForEvent("download"), page.locator("#download-csv").click()]),
      );
      expect(csvRecords(readFileSync(await file.path(), "utf8")).records.length).toBeGreaterThan(0);
      await page.evaluate(() => document.getElementById("chart").closeCard());
      // Back over every entry the reader added (the reset, each card), to the page as it was opened.
      await within(page, "going back", async () => {
        await page.evaluate((entries) => history.go(entries - history.length), entries);
        await expect(page.locator("#search")).toHaveValue(ALL_IN_ONE);
      });
      // The address was made canonical when the page opened: only the search was kept.
      expect([...new URL(page.url()).searchParams]).toEqual([["q", ALL_IN_ONE]]);
      await expectInert(page);
    });

    test("every URL parameter of the iframe page, and a src that is a payload", async ({ page, baseURL }) => {
      const widget = WIDGET_PARAMETERS.map((name) => `${name}=${encodeURIComponent(ALL_IN_ONE)}`).join("&");
      await openOn(page, baseURL, host, `/embed.html?${hostileQuery()}&${widget}`);
      const element = page.locator("cited-stats");
      await within(page, "the iframe page starting", () => chartSettled(page, "cited-stats"), LOAD_MS);
      await expectParametersNamed(element.locator(".message"), "URL parameter", { unknown: true });
      for (const name of WIDGET_PARAMETERS)
        await expect(element.locator(".message")).toContainText(`attribute \`${name}\``);
      await expectInert(page);

      // Two src parameters, each a payload: both named as text, the first refused, nothing fetched.
      const fetched = [];
      page.on("request", (request) => fetched.push(request.url()));
      await openOn(
        page,
        baseURL,
        host,
        `/embed.html?src=${encodeURIComponent(PAYLOADS[2].text)}&src=${encodeURIComponent(PAYLOADS[0].text)}`,
      );
      const problems = page.locator(".embed-problems");
      await expect(problems).toContainText(
        `URL parameter \`src\` is given 2 times (${JSON.stringify(PAYLOADS[2].text)}, ${JSON.stringify(PAYLOADS[0].text)})`,
      );
      await expect(problems).toContainText(
        `URL parameter \`src\`: ${JSON.stringify(PAYLOADS[2].text)} is on another origin`,
      );
      await expect(page.locator("cited-stats")).toHaveCount(0);
      expect(
        fetched.filter(
          (url) =>
            new URL(url).pathname !== "/embed.html" && (url.includes("onerror") || url.startsWith("javascript:")),
        ),
      ).toEqual([]);
      await expectInert(page);
    });

    test("every attribute, at start and when changed; src and explorer as payloads", async ({ page, baseURL }) => {
      // src names a payload: relative, so it resolves on the page's own origin, and is served the hostile figures.
      await page.route(
        (url) => url.pathname.includes("onerror"),
        (route) => route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(HOSTILE) }),
      );
      await openOn(page, baseURL, host, "/fixtures/hostile.html");
      const attributes = Object.fromEntries([
        ...LIST_PARAMETERS.map((name) => [name, PAYLOADS.map((p) => p.text).join(",")]),
        ...SINGLE_PARAMETERS.map((name) => [name, ALL_IN_ONE]),
        ...["theme", "height", "scale"].map((name) => [name, ALL_IN_ONE]),
        ["explorer", PAYLOADS[2].text],
      ]);
      expect(await mount(page, { id: "attributes", attributes })).toEqual({ drawn: true });
      const message = page.locator("#attributes .message");
      await expectParametersNamed(message, "attribute");
      for (const name of ["theme", "height", "scale", "explorer"])
        await expect(message).toContainText(`attribute \`${name}\`: ${JSON.stringify(attributes[name])}`);
      // Changed later, one by one: each named again, the page answering each time.
      for (const [name, value] of Object.entries(attributes)) {
        const next = name === "explorer" ? "javascript:alert(document.domain)" : `${value}${PAYLOADS[3].text}`;
        await within(page, `changing attribute ${name}`, () =>
          page.evaluate(([n, v]) => document.getElementById("attributes").setAttribute(n, v), [name, next]),
        );
      }
      await expect(message).toContainText(
        'attribute `explorer`: "javascript:alert(document.domain)" is not an http(s) URL',
      );
      await expectParametersNamed(message, "attribute");

      // A src that is itself a payload: fetched from this origin, and named as text where the card names the dataset.
      const src = PAYLOADS[0].text;
      expect(await mount(page, { id: "named", attributes: { src, chart: "bars", unit: "count" } })).toEqual({
        drawn: true,
      });
      await page.evaluate(() => document.getElementById("named").openFigure(0));
      const card = page.locator("#named .card");
      const dataset = card.locator("dt", { hasText: /^Dataset$/ }).locator("xpath=following-sibling::dd[1]");
      await expect(dataset).toContainText(new URL(src, page.url()).href);
      await checkCard(page, card, HOSTILE[0]);
      // A src or data that is a javascript: URL is fetched by no one and named.
      const outcome = await mount(page, { id: "javascript", attributes: { src: PAYLOADS[2].text } });
      expect(outcome.error).toBe(
        `attribute \`src\`: ${JSON.stringify(PAYLOADS[2].text)} is not an http(s), blob: or data: URL`,
      );
      await expect(page.locator("#javascript .stage")).toBeHidden();
      const property = await mount(page, { id: "javascript-data", data: PAYLOADS[2].text });
      expect(property.error).toBe(
        `property \`data\`: ${JSON.stringify(PAYLOADS[2].text)} is not an http(s), blob: or data: URL`,
      );
      await expectInert(page);
    });

    test("a broken dataset is refused whole, each record, field and value named, alike as data, src and loadDataset", async ({
      page,
      baseURL,
    }) => {
      const datasets = brokenDatasets();
      for (const { name, json } of datasets) await serve(page, `/fixtures/${name}.json`, json);
      await openOn(page, baseURL, host, "/fixtures/hostile.html");
      for (const { name, figures, expected } of datasets) {
        const given = await mount(page, { id: `${name}-given`, data: figures });
        const fetched = await mount(page, { id: `${name}-fetched`, attributes: { src: `/fixtures/${name}.json` } });
        const loaded = await within(
          page,
          "loadDataset",
          () =>
            page.evaluate(async (data) => {
              const { loadDataset } = await import("/dist/cited-stats.js");
              return loadDataset(data).then(
                () => "accepted",
                (error) => error.message,
              );
            }, figures),
          LOAD_MS,
        );
        const src = `${originOf(baseURL, host)}/fixtures/${name}.json`;
        for (const [way, message, place] of [
          ["data", given.error, "property `data`"],
          ["src", fetched.error, src],
          ["loadDataset", loaded, "dataset"],
        ]) {
          expect(message, `${name} by ${way}: refused`).toEqual(expect.any(String));
          const lines = expected(way);
          for (const line of lines) expect(message, `${name} by ${way}: ${line}`).toContain(`${place}: ${line}`);
          expect(message.split("\n"), `${name} by ${way}: one line a problem`).toHaveLength(lines.length);
        }
        // The same problems through the property and loadDataset, but for the name of the place.
        expect(given.error.replaceAll("property `data`: ", "")).toBe(loaded.replaceAll("dataset: ", ""));
        for (const id of [`${name}-given`, `${name}-fetched`]) {
          const element = page.locator(`#${id}`);
          await expect(element.locator(".stage")).toBeHidden();
          expect(await page.evaluate((sel) => document.getElementById(sel).marks().length, id)).toBe(0);
          // The message is the error, as text.
          expect(await element.locator(".message p").first().textContent()).toBe(
            `cited-stats could not show this chart.${id.endsWith("given") ? given.error : fetched.error}`,
          );
        }
      }
      await expectInert(page);
    });

    test("zero, 1e308, out-of-order and duplicate-key records are drawn in every chart kind; NaN-like text is text", async ({
      page,
      baseURL,
    }) => {
      const figures = edgeNumbers();
      // A JSON object with a key twice: JSON.parse keeps the last, which is what is shown.
      const json = JSON.stringify(figures).replace(
        '"speaker":"dup-first"',
        `"speaker":"dup-first","speaker":${JSON.stringify(PAYLOADS[0].text)}`,
      );
      expect(json).toContain('"speaker":"dup-first","speaker":');
      await serve(page, "/fixtures/edges.json", json);
      await openOn(page, baseURL, host, "/fixtures/hostile.html");
      const kinds = ["timeline", "bars", "counts", "dots"];
      expect(await mount(page, { id: "edges", attributes: { src: "/fixtures/edges.json" } })).toEqual({ drawn: true });
      const shown = await page.evaluate(() => document.getElementById("edges").figures);
      expect(shown.find((f) => f.id === "dup").speaker).toBe(PAYLOADS[0].text);
      for (const chart of kinds) {
        for (const extra of chart === "bars" ? ["&unit=count", "&unit=count&scale=linear", "&unit=percent"] : [""]) {
          await within(page, `drawing ${chart}${extra}`, () =>
            page.evaluate((q) => {
              document.getElementById("edges").query = q;
            }, `chart=${chart}${extra}`),
          );
          await chartSettled(page, "#edges");
          await exerciseElement(page, "edges", shown, 4);
          await page.evaluate(() => document.getElementById("edges").closeCard());
        }
      }
      await expectInert(page);
    });
  });
}
