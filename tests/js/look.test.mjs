// The chart's text size from the page's font size (www/lib/look.js): three quarters of it, so the
// usual 16 px page gets the core's smallest, 12 px; the core clamps it to 12–24 px.
import assert from "node:assert/strict";
import { test } from "node:test";

import { chartTextSize } from "../../www/lib/look.js";

test("chartTextSize is three quarters of the page's font size", () => {
  assert.equal(chartTextSize(16), 12);
  assert.equal(chartTextSize(20), 15);
  assert.equal(chartTextSize(32), 24);
});

test("chartTextSize leaves the size to the core when the page's is not a positive number", () => {
  for (const bad of [NaN, 0, -16, Infinity]) assert.equal(chartTextSize(bad), undefined, String(bad));
});
