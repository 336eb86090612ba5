// The widget's page keeps the core's rules rather than its own copies: the stylesheet's default
// colours are the core's (www/lib/styles.js from www/lib/vocabulary.js), the card names no source
// for a blank one (www/lib/card.js, as `Figure::has_cited_source`), and a dataset URL whose scheme
// fetch cannot read is refused by name without being fetched (www/lib/wasm.js `datasetFigures`).
// Needs the build's www/pkg (wasm.js imports its glue). Run: node --test tests/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { CSS } from "../../www/lib/styles.js";
import { cardBuilder } from "../../www/lib/card.js";
import { datasetFigures } from "../../www/lib/wasm.js";
import { COLOURS } from "../../www/lib/vocabulary.js";

/** The custom properties set in the CSS block whose selector is exactly `selector`. */
function defaults(selector) {
  const at = CSS.indexOf(`\n${selector} {`);
  assert.notEqual(at, -1, `the stylesheet has a ${selector} block`);
  const block = CSS.slice(at, CSS.indexOf("}", at));
  const found = {};
  for (const [, name, page, hex] of block.matchAll(
    /--([a-z]+): (?:var\(--cited-stats-([a-z]+), )?(#[0-9a-f]{6})\)?;/g,
  )) {
    if (page !== undefined) assert.equal(page, name, `--${name} defaults to its own page property`);
    found[name] = hex;
  }
  return found;
}

test("the stylesheet's default colours in each theme are exactly the core's", () => {
  assert.deepEqual(defaults(".frame"), COLOURS.light);
  assert.deepEqual(defaults(".frame.dark"), COLOURS.dark);
  // Every other colour in the sheet is one of the core's too (the probe's sentinel aside).
  const core = new Set([...Object.values(COLOURS.light), ...Object.values(COLOURS.dark)]);
  const others = [...CSS.matchAll(/#[0-9a-f]{3,8}\b/gi)].map(([hex]) => hex).filter((hex) => hex !== "#000001");
  assert.deepEqual(
    others.filter((hex) => !core.has(hex)),
    [],
  );
});

/** A stand-in for dom.js's `h`: plain objects whose text can be read back. */
const h = (tag, attributes = {}, ...children) => ({
  tag,
  attributes,
  children: children.flat(Infinity),
  addEventListener() {},
});
const text = (node) =>
  node === null || node === undefined || node === false
    ? ""
    : typeof node === "object"
      ? node.children.map(text).join("")
      : String(node);

/** The card's "Source named" row for a figure whose `cited_source` is `source`. */
function sourceNamed(source) {
  const card = cardBuilder({ h, bdi: (value) => h("bdi", {}, value), longDate: (iso) => iso });
  const figure = {
    id: "f1",
    figure_text: "40%",
    measure: "share",
    period: null,
    geography: null,
    cited_source: source,
    speaker: "A Speaker",
    speaker_role: null,
    speaker_party: null,
    speaker_constituency: null,
    date: "2020-01-02",
    debate: "A debate",
    chamber: "Commons",
    transcript: "t.txt",
    transcript_line: 3,
    qualifier: "exact",
    inferred: [],
    notes: {},
  };
  const view = { before: "", words: "40%", after: "", valueText: "40%", citation: "cite" };
  const options = {
    step: null,
    outside: false,
    permalink: null,
    dataset: null,
    onClose() {},
    onStep() {},
    onCopied() {},
  };
  const rows = card(figure, view, options).find((node) => node.tag === "dl").children;
  const at = rows.findIndex((node) => node.tag === "dt" && text(node) === "Source named");
  assert.notEqual(at, -1, "the card has a Source named row");
  return text(rows[at + 1]);
}

test("the card names no source for a missing or blank one, as the core does", () => {
  assert.equal(sourceNamed("Ofsted, 2021"), "Ofsted, 2021");
  assert.equal(sourceNamed(null), "none named by the speaker");
  assert.equal(sourceNamed(""), "none named by the speaker");
  assert.equal(sourceNamed(" \t\n "), "none named by the speaker");
});

test("datasetFigures refuses a URL fetch cannot read by name, and never fetches it", async (t) => {
  const fetched = [];
  t.mock.method(globalThis, "fetch", async (url) => {
    fetched.push(String(url));
    return new Response("not here", { status: 404, statusText: "Not Found" });
  });
  await assert.rejects(datasetFigures("javascript:alert(1)", "dataset"), {
    message: 'dataset: "javascript:alert(1)" is not an http(s), blob: or data: URL',
  });
  await assert.rejects(datasetFigures(new URL("ftp://example.org/figures.json"), "property `data`"), {
    message: 'property `data`: "ftp://example.org/figures.json" is not an http(s), blob: or data: URL',
  });
  assert.deepEqual(fetched, []);
  // An http(s) URL is fetched (and its failure named), so the refusal above is the scheme's.
  await assert.rejects(datasetFigures("https://example.org/figures.json", "dataset"), /the server answered 404/);
  assert.deepEqual(fetched, ["https://example.org/figures.json"]);
});
