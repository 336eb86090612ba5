// Twenty widgets on one page (issue 12): fourteen <cited-stats> elements, which share one wasm
// module, and six iframes of embed.html, each with its own (fixtures/many.html, the page
// scripts/bench-many.mjs times). All twenty draw, and each keeps its own state: a change of view,
// a hover or an open card in one leaves every other widget's view, marks, tooltip and card as they
// were.
import { test, expect, chartSettled, afterRedraw, pagePoint } from "./support.mjs";

const ELEMENTS = Array.from({ length: 14 }, (_, i) => `e${i + 1}`);
const FRAMES = Array.from({ length: 6 }, (_, i) => `f${i + 1}`);

/** Every widget as { id, where (the page or the iframe's frame), selector }. */
async function widgets(page) {
  const list = ELEMENTS.map((id) => ({ id, where: page, selector: `#${id}` }));
  for (const id of FRAMES) {
    const frame = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
    list.push({ id, where: frame, selector: "cited-stats" });
  }
  return list;
}

/** What must not change in a widget that nobody touched. */
function viewOf({ where, selector }) {
  return where.evaluate((sel) => {
    const element = document.querySelector(sel);
    const root = element.shadowRoot;
    return {
      query: element.state.query,
      indices: element.state.indices,
      marks: element.marks().map(({ mark, figures, bbox }) => ({ mark, figures, bbox })),
      tooltip: !root.querySelector(".tooltip").hidden,
      card: !root.querySelector(".card").hidden,
      message: !root.querySelector(".message").hidden,
    };
  }, selector);
}

async function openMany(page) {
  await page.goto("/fixtures/many.html");
  const all = await widgets(page);
  expect(all).toHaveLength(20);
  for (const widget of all) await chartSettled(widget.where, widget.selector);
  return all;
}

test("twenty widgets on one page, elements and iframes mixed, all draw", async ({ page }) => {
  test.setTimeout(90_000);
  const all = await openMany(page);
  const seen = [];
  for (const widget of all) {
    const view = await viewOf(widget);
    expect(view.marks.length, `${widget.id} drew marks`).toBeGreaterThan(0);
    expect(view.message, `${widget.id} shows no message`).toBe(false);
    seen.push(view.query);
  }
  // The elements' one shared module reports its memory (what scripts/bench-many.mjs reads), found
  // though the build shortens the module's export names.
  const memory = await page.evaluate(async () => (await import("/dist/cited-stats.js")).wasmMemoryBytes());
  expect(memory).toBeGreaterThan(0);
  expect(memory % 65536).toBe(0);
  // Each shows the view its own attributes or URL parameters ask for (theme is not part of it).
  expect(seen).toEqual([
    "",
    "chart=bars&topic=care-leavers",
    "chart=counts&group=speaker",
    "chart=dots",
    "topic=fostering",
    "chart=bars&topic=workforce",
    "chart=counts&group=topic",
    "chart=dots&cited=yes",
    "q=foster",
    "chart=bars&topic=funding",
    "chart=counts&group=party",
    "",
    "chart=dots",
    "chart=bars&topic=children-in-care",
    "chart=bars&topic=care-leavers",
    "chart=counts&group=topic",
    "topic=workforce",
    "chart=dots",
    "",
    "chart=bars&topic=fostering",
  ]);
});

test("each of the twenty keeps its own state when others change view, are hovered or open a card", async ({ page }) => {
  test.setTimeout(90_000);
  const all = await openMany(page);
  const before = new Map();
  for (const widget of all) before.set(widget.id, await viewOf(widget));

  // e2 changes chart by attribute, e4 its whole view by the query property, f3 (an iframe) opens
  // a figure's card, and e1 is hovered last.
  await afterRedraw(
    page,
    () => page.evaluate(() => document.getElementById("e2").setAttribute("chart", "counts")),
    "#e2",
  );
  await afterRedraw(
    page,
    () =>
      page.evaluate(() => {
        document.getElementById("e4").query = "chart=dots&q=care";
      }),
    "#e4",
  );
  const f3 = all.find((w) => w.id === "f3");
  await f3.where.evaluate(() => document.querySelector("cited-stats").openFigure(0));
  await expect(f3.where.locator("cited-stats .card")).toBeVisible();
  const e1 = before.get("e1");
  const { bbox } = e1.marks[0];
  const point = await pagePoint(
    page,
    { x: bbox.xCssPx + bbox.widthCssPx / 2, y: bbox.yCssPx + bbox.heightCssPx / 2 },
    "#e1",
  );
  await page.mouse.move(point.x, point.y);
  await expect(page.locator("#e1 .tooltip")).toBeVisible();

  const changed = new Map();
  for (const widget of all) changed.set(widget.id, await viewOf(widget));
  expect(changed.get("e2").query).toContain("chart=counts");
  expect(changed.get("e2").marks).not.toEqual(before.get("e2").marks);
  expect(changed.get("e4").query).toContain("q=care");
  expect(changed.get("e4").indices).not.toEqual(before.get("e4").indices);
  expect(changed.get("f3").card).toBe(true);
  expect(changed.get("f3").query).toContain("figure=");
  expect(changed.get("e1").tooltip).toBe(true);
  for (const widget of all) {
    if (["e2", "e4", "f3", "e1"].includes(widget.id)) continue;
    expect(changed.get(widget.id), `${widget.id} is as it was`).toEqual(before.get(widget.id));
  }
  // The touched widgets' other parts are their own too: e1 was only hovered, f3 only opened a card.
  expect({ ...changed.get("e1"), tooltip: false }).toEqual(before.get("e1"));
  expect(changed.get("f3").marks).toEqual(before.get("f3").marks);
  expect(changed.get("e2").card || changed.get("e4").card || changed.get("e2").tooltip).toBe(false);
});
