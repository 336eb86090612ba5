// Trap containment (issue 17): a WebAssembly trap in one widget stops that widget only — it shows
// its fallback and the core's message naming the call — while every other widget and dataset
// handle on the page goes on in a fresh instance of the module, however many traps there are.
// The trap is forced through `testTrap()`, an export of a test-only build
// (scripts/build-trap-test.sh, cargo feature `test-trap`) that the shipped module does not have.
import { test, expect, frames } from "./support.mjs";

const exportsOf = (page, url) =>
  page.evaluate(async (u) => {
    const bytes = await (await fetch(u)).arrayBuffer();
    return WebAssembly.Module.exports(await WebAssembly.compile(bytes)).map((e) => e.name);
  }, url);

test("the shipped module has no trap export; the test build has one", async ({ page }) => {
  await page.goto("/fixtures/host/blank.html");
  const shipped = await exportsOf(page, "/pkg/cited_stats_bg.wasm");
  const testBuild = await exportsOf(page, "/trap/pkg/cited_stats_bg.wasm");
  expect(
    testBuild.filter((name) => /testtrap/i.test(name)).length,
    "target/trap-pkg is built (scripts/build-trap-test.sh)",
  ).toBe(1);
  expect(shipped.filter((name) => /testtrap/i.test(name))).toEqual([]);
  expect(shipped.length).toBeGreaterThan(10);
  const glue = await page.evaluate(async () => (await fetch("/pkg/cited_stats.js")).text());
  expect(glue).not.toContain("testTrap");
  expect(glue).toContain("__wbg_reset_state");
});

/** Waits until every element has drawn and returns how many marks each has. */
async function allDrawn(page) {
  await page.waitForFunction(() => [...document.querySelectorAll("cited-stats")].every((el) => el.marks().length > 0));
  return page.evaluate(() => [...document.querySelectorAll("cited-stats")].map((el) => el.marks().length));
}

test("a trap stops the widget that caused it; the others keep drawing, hovering and exporting", async ({ page }) => {
  await page.goto("/fixtures/trap.html");
  await allDrawn(page);
  await page.evaluate(() => {
    window.trapNext = document.querySelector("#b");
    document.querySelector("#b").setAttribute("chart", "bars");
  });
  const b = page.locator("#b");
  await expect(b.locator(".message")).toContainText(
    "cited-stats stopped this chart: its WebAssembly engine failed during `render`",
  );
  await expect(b.locator("p.still"), "the trapped widget shows its fallback").toBeVisible();
  await expect(b.locator(".stage")).toBeHidden();
  expect(await page.evaluate(() => document.querySelector("#b").marks())).toEqual([]);

  // The survivors rebuild in the new instance: their marks, a redraw, a hover, a CSV.
  const before = await page.evaluate(() => document.querySelector("#a").__e2eDraws || 0);
  await page.evaluate(() => document.querySelector("#a").setAttribute("chart", "bars"));
  await page.waitForFunction((n) => (document.querySelector("#a").__e2eDraws || 0) > n, before);
  await frames(page);
  const a = await page.evaluate(() => {
    const el = document.querySelector("#a");
    return { marks: el.marks(), chart: el.state.chart, csv: el.csv([0]).split("\n")[0] };
  });
  expect(a.chart).toBe("bars");
  expect(a.marks.length).toBeGreaterThan(0);
  expect(a.csv.startsWith("id,quote,")).toBe(true);
  const box = await page.locator("#a").locator("canvas.overlay").boundingBox();
  const { bbox } = a.marks[0];
  await page.mouse.move(box.x + bbox.xCssPx + bbox.widthCssPx / 2, box.y + bbox.yCssPx + bbox.heightCssPx / 2);
  await expect(page.locator("#a").locator(".tooltip")).toBeVisible();
  expect((await page.evaluate(() => document.querySelector("#c").marks())).length).toBeGreaterThan(0);
  await expect(page.locator("#c").locator(".message")).toBeHidden();
});

test("hundreds of traps in one page: trapped handles are dropped, the rest keep working", async ({ page }) => {
  await page.goto("/fixtures/trap.html");
  await allDrawn(page);
  const result = await page.evaluate(async () => {
    const figures = await (await fetch("/trap/data/figures.json")).json();
    // Without their claims: the first three would leave a claim of one figure, refused by name.
    const few = figures.slice(0, 3).map((figure) => ({ ...figure, claim: null }));
    const survivor = await window.trapTest.loadDataset(few);
    survivor.setQuery("chart=bars");
    const names = new Set();
    let last = null;
    // Before: each trap left its handle locked and its memory taken; after about 620 every call
    // failed with "memory access out of bounds".
    for (let i = 0; i < 700; i++) {
      const handle = await window.trapTest.loadDataset(few);
      try {
        handle.testTrap();
      } catch (error) {
        names.add(error.name);
        last = handle;
      }
    }
    let afterTrap = null;
    try {
      last.marks();
    } catch (error) {
      afterTrap = error.message;
    }
    last.free();
    const state = survivor.setQuery("chart=counts");
    survivor.free();
    const fresh = await window.trapTest.loadDataset(figures);
    return {
      names: [...names],
      afterTrap,
      total: state.total,
      chart: state.chart,
      fresh: fresh.total === figures.length,
    };
  });
  expect(result.names).toEqual(["TrapError"]);
  expect(result.afterTrap).toContain("failed during `testTrap`");
  expect(result).toMatchObject({ total: 3, chart: "counts", fresh: true });
  // The elements on the page survived all of them.
  await page.evaluate(() => document.querySelector("#c").setAttribute("chart", "dots"));
  await page.waitForFunction(
    () => document.querySelector("#c").state.chart === "dots" && document.querySelector("#c").marks().length > 0,
  );
});
