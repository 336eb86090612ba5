// The open card's schema.org Quotation (www/lib/quotation.js): only what the record holds, and a
// script text that no quote can end early.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { quotationOf, scriptText } from "../../www/lib/quotation.js";

const FIGURES = JSON.parse(readFileSync(new URL("../../www/data/figures.json", import.meta.url), "utf8"));
const byId = (/** @type {string} */ id) => FIGURES.find((/** @type {any} */ f) => f.id === id);

test("a dated figure: the quote, the speaker as a Person, the date, the debate and the source named", () => {
  const figure = FIGURES.find((/** @type {any} */ f) => f.date && f.cited_source);
  const person = { "@type": "Person", name: figure.speaker };
  assert.deepEqual(quotationOf(figure), {
    "@context": "https://schema.org",
    "@type": "Quotation",
    text: figure.quote,
    spokenByCharacter: person,
    creator: person,
    isPartOf: { "@type": "CreativeWork", name: figure.debate },
    dateCreated: figure.date,
    citation: figure.cited_source,
  });
});

test("an undated figure has no date, and one without a source no citation", () => {
  const figure = byId("wh-undated-006");
  assert.equal(figure.date, null);
  const json = quotationOf(figure);
  assert.ok(!("dateCreated" in json));
  const unsourced = FIGURES.find((/** @type {any} */ f) => !f.cited_source);
  assert.ok(!("citation" in quotationOf(unsourced)));
  assert.ok(!("citation" in quotationOf({ ...unsourced, cited_source: "  " })));
});

test("an inferred date is left out", () => {
  const figure = { ...byId("laming-2009-001"), inferred: ["date"] };
  assert.ok(!("dateCreated" in quotationOf(figure)));
});

test("the script text has no '<', and reads back as the same JSON", () => {
  const hostile = { text: "</script><script>alert(1)</script><!-- “quoted” £5 -->" };
  const text = scriptText(hostile);
  assert.ok(!text.includes("<"), text);
  assert.ok(text.includes("\\u003c/script>"));
  assert.deepEqual(JSON.parse(text), hostile);
});
