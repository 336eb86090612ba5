// The built-in dataset's parts, written column by column, turned back into one object per figure
// (www/lib/columns.js); and the built parts (www/data/, when built) turned back into the whole
// dataset's figures field for field.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";

import { figuresOfColumns } from "../../www/lib/columns.js";

const SOURCE = "dataset https://example.org/figures-first.json";

test("each figure takes its value from every column, in order, nulls and all", () => {
  const figures = figuresOfColumns({ id: ["a", "b"], value: [2.5, null], notes: [{ x: 1 }, {}] }, SOURCE);
  assert.deepEqual(figures, [
    { id: "a", value: 2.5, notes: { x: 1 } },
    { id: "b", value: null, notes: {} },
  ]);
});

test("no columns, or empty ones, are no figures", () => {
  assert.deepEqual(figuresOfColumns({}, SOURCE), []);
  assert.deepEqual(figuresOfColumns({ id: [], value: [] }, SOURCE), []);
});

test("a part that is not an object of arrays is named with its source", () => {
  for (const [part, got] of [
    [[{ id: "a" }], "an array"],
    [null, "null"],
    ["id", "string"],
    [7, "number"],
  ])
    assert.throws(
      () => figuresOfColumns(part, SOURCE),
      { message: `${SOURCE}: expected the figures column by column (an object of arrays), got ${got}` },
      String(part),
    );
  assert.throws(() => figuresOfColumns({ id: ["a"], value: 3 }, SOURCE), {
    message: `${SOURCE}: column "value" is not an array (number)`,
  });
});

test("columns of different lengths are named, with both lengths", () => {
  assert.throws(() => figuresOfColumns({ id: ["a", "b"], value: [1] }, SOURCE), {
    message: `${SOURCE}: column "value" has 1 values, column "id" 2`,
  });
});

test("a hostile field name is an own field of each figure, never the prototype", () => {
  const part = JSON.parse('{"id":["a"],"__proto__":[{"polluted":true}],"constructor":["c"]}');
  const [figure] = figuresOfColumns(part, SOURCE);
  assert.equal(Object.getPrototypeOf(figure), Object.prototype);
  assert.deepEqual(Object.keys(figure), ["id", "__proto__", "constructor"]);
  assert.equal(/** @type {any} */ ({}).polluted, undefined);
});

const built = new URL("../../www/data/", import.meta.url);
test(
  "the built parts join back into the whole dataset's figures",
  { skip: !existsSync(new URL("figures-first.json", built)) && "www/data/ is not built" },
  () => {
    const read = (/** @type {string} */ name) => JSON.parse(readFileSync(new URL(name, built), "utf8"));
    const whole = read("figures.json");
    const first = figuresOfColumns(read("figures-first.json"), SOURCE);
    const detail = figuresOfColumns(read("figures-detail.json"), SOURCE);
    assert.equal(first.length, whole.length);
    // Every field the parts carry, as the whole dataset has it (which adds the fields the core
    // derives from them, such as how often a claim is quoted).
    first.forEach((figure, i) => {
      const joined = { ...figure, ...detail[i] };
      const shown = Object.fromEntries(Object.keys(joined).map((field) => [field, whole[i][field]]));
      assert.deepEqual(joined, shown, joined.id);
    });
  },
);
