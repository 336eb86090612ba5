// The explorer's list of the build's SVG downloads (www/explorer/downloads.js `readDownloads`):
// canonical query → file name, taking only plain file names, so the list cannot point the download
// anywhere but data/download/.
import assert from "node:assert/strict";
import { test } from "node:test";

import { readDownloads } from "../../www/explorer/downloads.js";

test("reads each view's file by its canonical query", () => {
  const views = readDownloads({
    views: [
      { query: "", file: "default.svg" },
      { query: "chart=bars&topic=care-leavers", file: "chart-bars_topic-care-leavers.svg" },
    ],
  });
  assert.deepEqual(
    [...(views ?? [])],
    [
      ["", "default.svg"],
      ["chart=bars&topic=care-leavers", "chart-bars_topic-care-leavers.svg"],
    ],
  );
});

test("leaves out file names with a path or another extension, and refuses what is not a list", () => {
  const views = readDownloads({
    views: [
      { query: "a", file: "../secret.svg" },
      { query: "b", file: "https://elsewhere.test/x.svg" },
      { query: "c", file: "x.svg.html" },
      { query: "d", file: 3 },
      { query: "e", file: "e.svg" },
    ],
  });
  assert.deepEqual([...(views ?? [])], [["e", "e.svg"]]);
  for (const bad of [null, {}, { views: "x" }, "[]"]) assert.equal(readDownloads(bad), null);
});
