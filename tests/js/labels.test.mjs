// The words a reader sees for the core's names, outside the snippets: the explorer's filter labels
// (www/explorer/filters.js, choiceLabels) and the card's dates (www/lib/dom.js, longDate), both
// read from the generated vocabulary. Run: node --test tests/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { choiceLabels } from "../../www/explorer/filters.js";
import { asLabel } from "../../www/explorer/labels.js";
import { longDate } from "../../www/lib/dom.js";
import { GROUP_LABELS, MONTHS, QUOTED_LABELS, UNIT_LABELS } from "../../www/lib/vocabulary.js";

const choice = (value, label = value) => ({ value, label, count: 1 });

test("choiceLabels: units in the core's words, topics with spaces, the rest as the dataset gives them", () => {
  const labels = choiceLabels({
    debates: [choice("d-1", "2009-03-12 — Children's services")],
    speakers: [choice("Ann Smith")],
    parties: [],
    topics: [choice("care-leavers")],
    units: [choice("count"), choice("times"), choice("gbp"), choice("furlongs", "furlongs (new)")],
    claims: [choice("innovation-programme-projects", "innovation programme projects")],
  });
  assert.deepEqual(Object.keys(labels), ["debate", "speaker", "party", "topic", "unit", "claim"]);
  assert.equal(labels.claim.get("innovation-programme-projects"), "innovation programme projects");
  assert.equal(labels.debate.get("d-1"), "2009-03-12 — Children's services");
  assert.equal(labels.topic.get("care-leavers"), "care leavers");
  assert.equal(labels.unit.get("count"), "counts");
  assert.equal(labels.unit.get("times"), "multiples");
  assert.equal(labels.unit.get("gbp"), UNIT_LABELS.gbp);
  assert.equal(
    labels.unit.get("furlongs"),
    "furlongs (new)",
    "a unit the core does not name keeps the dataset's label",
  );
  assert.equal(labels.party.size, 0);
});

test("choiceLabels: no choices yet gives empty maps", () => {
  const labels = choiceLabels(null);
  assert.deepEqual(
    Object.values(labels).map((map) => map.size),
    [0, 0, 0, 0, 0, 0],
  );
});

test("longDate writes the core's month names and keeps what is not a date", () => {
  assert.equal(longDate("2022-11-24"), "24 November 2022");
  assert.equal(longDate("2009-01-05"), `5 ${MONTHS[0]} 2009`);
  assert.equal(longDate("2009-13-05"), "2009-13-05");
  assert.equal(longDate(null), "date not recorded");
});

test("asLabel capitalises the core's words to stand alone as a control's label", () => {
  assert.equal(asLabel(GROUP_LABELS.claim), `C${GROUP_LABELS.claim.slice(1)}`);
  assert.equal(asLabel("quoted differently"), "Quoted differently");
  assert.equal(asLabel(QUOTED_LABELS["more-than-once"]).toLowerCase(), QUOTED_LABELS["more-than-once"]);
  assert.equal(asLabel("élan"), "Élan");
  assert.equal(asLabel(""), "");
});
