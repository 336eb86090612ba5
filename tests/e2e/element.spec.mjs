// <cited-stats> embedded on a page of its own (fixtures/element.html, under the same strict CSP):
// attributes as the view, the query property, named attribute problems, a dataset that cannot be
// loaded, and starting only when scrolled near.
import {
  CHART_BACKGROUND,
  afterRedraw,
  chartSettled,
  expect,
  markLayout,
  mostlyBackground,
  pixelsAround,
  readyRejection,
  test,
} from "./support.mjs";

const NOT_FOUND = /Failed to load resource: the server responded with a status of 404.*no-such-dataset\.json/;

/** Opens the fixture; the one dataset it cannot load logs a 404, which is expected and checked. */
async function openFixture(page, problems) {
  await page.goto("/fixtures/element.html");
  await chartSettled(page, "#attrs");
  await expect.poll(() => problems.console.length).toBe(1);
  expect(problems.console[0]).toMatch(NOT_FOUND);
  problems.console.length = 0;
}

test.describe("embedded element", () => {
  test("attributes set the view, theme and height; attribute and property changes redraw it", async ({
    page,
    problems,
  }) => {
    await openFixture(page, problems);
    const el = "#attrs";
    const state = await page.evaluate((sel) => document.querySelector(sel).state, el);
    expect(state.query).toBe("chart=bars&topic=fostering");
    expect(state.problems).toEqual([]);
    expect(state.chart).toBe("bars");
    await expect(page.locator(`${el} .message`)).toBeHidden();

    const size = await page.evaluate((sel) => {
      const root = document.querySelector(sel).shadowRoot;
      const canvas = root.querySelector("canvas.chart");
      return {
        cssHeight: canvas.clientHeight,
        height: canvas.height,
        dark: root.querySelector(".frame").classList.contains("dark"),
      };
    }, el);
    expect(size).toEqual({ cssHeight: 300, height: 300, dark: true });
    const layout = await markLayout(page, el);
    expect(layout.options.theme).toBe("dark");
    expect(mostlyBackground(await pixelsAround(page, layout.empty[0], 2, el), CHART_BACKGROUND.dark)).toBe(true);

    const searched = await afterRedraw(
      page,
      () => page.evaluate((sel) => document.querySelector(sel).setAttribute("q", "hive"), el),
      el,
    );
    expect(searched.query).toBe("chart=bars&topic=fostering&q=hive");
    expect(searched.indices.length).toBeLessThan(state.indices.length);

    // The query property takes over from the attributes.
    const set = await afterRedraw(
      page,
      () =>
        page.evaluate((sel) => {
          document.querySelector(sel).query = "?chart=dots&unit=percent";
        }, el),
      el,
    );
    expect(set.query).toBe("chart=dots&unit=percent");
    await page.evaluate((sel) => document.querySelector(sel).setAttribute("chart", "counts"), el);
    expect(await page.evaluate((sel) => document.querySelector(sel).state.chart, el)).toBe("dots");
  });

  test("bad widget attributes are named, and the chart draws with the defaults", async ({ page, problems }) => {
    await openFixture(page, problems);
    const el = "#bad";
    const state = await chartSettled(page, el);
    const message = page.locator(`${el} .message`);
    await expect(message).toBeVisible();
    await expect(message).toContainText('attribute `theme`: "purple"');
    await expect(message).toContainText('attribute `height`: "10"');
    expect(state.search).toBe("foster");
    const drawn = await page.evaluate((sel) => {
      const element = document.querySelector(sel);
      return {
        height: element.shadowRoot.querySelector("canvas.chart").clientHeight,
        marks: element.__e2eLastDraw.marks,
      };
    }, el);
    expect(drawn.height).toBe(420);
    expect(drawn.marks).toBe(state.indices.length);
  });

  test("a dataset that cannot be loaded rejects ready, fires cited-stats-error and says why", async ({
    page,
    problems,
  }) => {
    await page.addInitScript(() => {
      window.__errors = [];
      document.addEventListener("cited-stats-error", (event) =>
        window.__errors.push({ id: event.target.id, message: event.detail.message }),
      );
    });
    await openFixture(page, problems);
    const rejected = await readyRejection(page, "#missing");
    expect(rejected).toMatch(/no-such-dataset\.json: the server answered 404/);
    expect(await page.evaluate(() => window.__errors)).toEqual([{ id: "missing", message: rejected }]);
    const message = page.locator("#missing .message");
    await expect(message).toBeVisible();
    await expect(message).toContainText("cited-stats could not show this chart.");
    await expect(message).toContainText("404");
    await expect(page.locator("#missing canvas.overlay")).toHaveAttribute("aria-label", "Chart unavailable");
  });

  test("a wasm module that cannot start shows a clear message in the widget, not a blank box", async ({
    page,
    problems,
  }) => {
    await page.route("**/cited_stats_bg.wasm", (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("not a wasm module") }),
    );
    await page.goto("/fixtures/element.html");
    const rejected = await readyRejection(page, "#attrs");
    expect(rejected).toMatch(/WebAssembly|wasm|magic/i);
    const message = page.locator("#attrs .message");
    await expect(message).toBeVisible();
    await expect(message).toContainText("cited-stats could not show this chart.");
    await expect(message).toContainText(rejected);
    await expect(page.locator("#attrs .stage")).toBeHidden();
    // The fixture's deliberately missing dataset is the only console error.
    for (const line of problems.console) expect(line).toMatch(NOT_FOUND);
    problems.console.length = 0;
  });

  test("an element far below the fold starts only when scrolled near", async ({ page, problems }) => {
    await openFixture(page, problems);
    expect(await page.evaluate(() => document.getElementById("lazy").state)).toBeNull();
    await page.locator("#lazy").scrollIntoViewIfNeeded();
    const state = await chartSettled(page, "#lazy");
    expect(state.chart).toBe("counts");
    expect(state.indices).toHaveLength(126);
  });
});
