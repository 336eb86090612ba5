// The card's "Also quoted" section (www/lib/card-claims.js): what it says of each other quotation
// beside the open figure. Pure: no DOM. Run: node --test tests/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { quotationDetails } from "../../www/lib/card-claims.js";
import { longDate } from "../../www/lib/dom.js";

const quotation = { speaker: "Ann Smith", date: "2022-11-24", debate: "Children's social care", period: null };

test("quotationDetails: speaker, the date written out, the debate", () => {
  assert.deepEqual(quotationDetails(quotation, longDate), ["Ann Smith", "24 November 2022", "Children's social care"]);
});

test("quotationDetails: an undated quotation says so rather than 'date not recorded'", () => {
  assert.deepEqual(quotationDetails({ ...quotation, date: null }, longDate), [
    "Ann Smith",
    "undated",
    "Children's social care",
  ]);
});

test("quotationDetails: the period comes last, when the quotation names one", () => {
  const parts = quotationDetails({ ...quotation, period: "2014–2017" }, longDate);
  assert.equal(parts.length, 4);
  assert.equal(parts[3], "about 2014–2017");
});
