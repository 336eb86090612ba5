// The chart inside <cited-stats> on the explorer page: hover, click and the detail card, copying
// the citation, the keyboard, the drawn pixels and the device-pixel ratio. Mark positions always
// come from the core's layout (support.mjs → markLayout), never from hard-coded pixels.
import {
  CHART_BACKGROUND,
  FIGURES,
  afterRedraw,
  chartSettled,
  expect,
  isBackground,
  longDate,
  markLayout,
  mostlyBackground,
  openExplorer,
  pagePoint,
  pixelsAround,
  singleMarks,
  test,
} from "./support.mjs";

const tooltip = (page) => page.locator("#chart .tooltip");
const card = (page) => page.locator("#chart .card");

/** Three marks spread over the chart (first, middle, last of those hit at their own centre). */
function spread(marks) {
  return [marks[0], marks[Math.floor(marks.length / 2)], marks[marks.length - 1]];
}

test.describe("hover", () => {
  test("the tooltip shows the words of the figure under the pointer, and hides off the marks", async ({ page }) => {
    await openExplorer(page);
    const layout = await markLayout(page);
    const state = await page.evaluate(() => document.getElementById("chart").state);
    const candidates = singleMarks(layout);
    expect(candidates.length).toBeGreaterThan(10);

    for (const mark of spread(candidates)) {
      const index = mark.figures[0];
      const figure = FIGURES[index];
      expect(state.indices).toContain(index);
      const at = await pagePoint(page, mark.centre);
      await page.mouse.move(at.x, at.y);
      await expect(tooltip(page)).toBeVisible();
      await expect(tooltip(page).locator(".words")).toHaveText(`“${figure.figure_text}”`);
      await expect(tooltip(page).locator(".who")).toHaveText(`${figure.speaker}, ${longDate(figure.date)}`);
    }

    const away = await pagePoint(page, layout.empty[Math.floor(layout.empty.length / 2)]);
    await page.mouse.move(away.x, away.y);
    await expect(tooltip(page)).toBeHidden();
  });
});

test.describe("click and the card", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("clicking a mark opens its card: the verbatim quote, the figure's words marked, speaker, date; Copy citation copies it", async ({
    page,
  }) => {
    await openExplorer(page);
    const layout = await markLayout(page);
    // A figure the speaker attributed to a named source, from the middle of the reading order.
    const candidates = singleMarks(layout).filter(
      (m) => FIGURES[m.figures[0]].cited_source && FIGURES[m.figures[0]].date,
    );
    const mark = candidates[Math.floor(candidates.length / 2)];
    const index = mark.figures[0];
    const figure = FIGURES[index];

    await expect(card(page)).toBeHidden();
    const at = await pagePoint(page, mark.centre);
    await page.mouse.click(at.x, at.y);
    await expect(card(page)).toBeVisible();

    const quote = card(page).locator("blockquote");
    expect(await quote.textContent()).toBe(figure.quote);
    expect(await quote.locator("mark").textContent()).toBe(figure.figure_text);
    // The marked words sit where the dataset says they do.
    expect(figure.quote.slice(figure.figure_offset, figure.figure_offset + figure.figure_text.length)).toBe(
      figure.figure_text,
    );
    const field = (name) =>
      card(page)
        .locator("dt", { hasText: new RegExp(`^${name}$`) })
        .locator("xpath=following-sibling::dd[1]");
    await expect(field("Said by")).toContainText(figure.speaker);
    await expect(field("Date")).toContainText(longDate(figure.date));
    await expect(field("Source named")).toHaveText(figure.cited_source);
    await expect(field("Debate")).toHaveText(figure.debate);

    // The view now names the figure (and the page URL follows it).
    const state = await page.evaluate(() => document.getElementById("chart").state);
    expect(state.selected).toBe(index);
    await expect(page).toHaveURL(new RegExp(`[?&]figure=${encodeURIComponent(figure.id)}(&|$)`));

    const citation = await card(page).locator(".citation").textContent();
    expect(citation).toContain(figure.quote);
    expect(citation).toContain(figure.speaker);
    await page.evaluate(() => navigator.clipboard.writeText("(nothing copied yet)"));
    await card(page).getByRole("button", { name: "Copy citation" }).click();
    await expect(card(page).locator(".status")).toHaveText("Citation copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);

    await card(page).getByRole("button", { name: "Close the figure's details" }).click();
    await expect(card(page)).toBeHidden();
    expect(await page.evaluate(() => document.getElementById("chart").state.selected)).toBeNull();
  });
});

test.describe("marks standing for several figures", () => {
  test("a counts bar's tooltip describes it, and its card steps through its figures", async ({ page }) => {
    await openExplorer(page, "chart=counts");
    const layout = await markLayout(page);
    const mark = layout.marks.find((m) => m.figures.length > 2 && m.hitAtCentre === m.mark);
    expect(mark, "a counts bar with several figures").toBeDefined();

    const at = await pagePoint(page, mark.centre);
    await page.mouse.move(at.x, at.y);
    await expect(page.locator("#chart .tooltip .words")).toHaveText(mark.description);
    await page.mouse.click(at.x, at.y);

    const n = mark.figures.length;
    const quote = card(page).locator("blockquote");
    await expect(card(page).locator(".step")).toHaveText(`1 of ${n} in this mark`);
    expect(await quote.textContent()).toBe(FIGURES[mark.figures[0]].quote);
    await card(page).getByRole("button", { name: "Next ›" }).click();
    await expect(card(page).locator(".step")).toHaveText(`2 of ${n} in this mark`);
    expect(await quote.textContent()).toBe(FIGURES[mark.figures[1]].quote);
    await card(page).getByRole("button", { name: "‹ Previous" }).click();
    await card(page).getByRole("button", { name: "‹ Previous" }).click();
    await expect(card(page).locator(".step")).toHaveText(`${n} of ${n} in this mark`);
    expect(await quote.textContent()).toBe(FIGURES[mark.figures[n - 1]].quote);
    await expect(page).toHaveURL(new RegExp(`figure=${FIGURES[mark.figures[n - 1]].id}$`));
  });
});

test.describe("keyboard", () => {
  test("arrow keys step through the marks announcing each, Enter opens the card, Escape closes it and returns focus", async ({
    page,
  }) => {
    await openExplorer(page);
    const layout = await markLayout(page);
    const overlay = page.locator("#chart canvas.overlay");
    const live = page.locator("#chart .live");
    await overlay.focus();
    expect(await page.evaluate(() => document.getElementById("chart").shadowRoot.activeElement?.className)).toBe(
      "overlay",
    );

    const announced = [];
    for (let step = 0; step < 3; step += 1) {
      const before = await live.textContent();
      await page.keyboard.press("ArrowRight");
      const mark = layout.marks[step];
      const figure = FIGURES[mark.figures[0]];
      const expected = `${mark.description}. Mark ${step + 1} of ${layout.marks.length}.`;
      await expect(live).toHaveText(expected);
      const text = await live.textContent();
      expect(text).not.toBe(before);
      // "value: measure, speaker, date. Mark n of m." naming the figure the mark stands for.
      expect(text).toMatch(/^.+: .+, .+, (\d{4}-\d{2}-\d{2}|undated)\. Mark \d+ of \d+\.$/);
      expect(text).toContain(`: ${figure.measure}, ${figure.speaker}, ${figure.date ?? "undated"}.`);
      await expect(page.locator("#chart .tooltip .words")).toHaveText(`“${figure.figure_text}”`);
      announced.push(text);
    }
    expect(new Set(announced).size).toBe(3);

    await page.keyboard.press("Enter");
    const figure = FIGURES[layout.marks[2].figures[0]];
    await expect(card(page)).toBeVisible();
    expect(await card(page).locator("blockquote").textContent()).toBe(figure.quote);
    expect(await page.evaluate(() => document.getElementById("chart").shadowRoot.activeElement?.className)).toBe(
      "card",
    );

    await page.keyboard.press("Escape");
    await expect(card(page)).toBeHidden();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("chart");
    expect(await page.evaluate(() => document.getElementById("chart").shadowRoot.activeElement?.className)).toBe(
      "overlay",
    );
    // Focus stays on the same mark: the next step goes on to the fourth.
    await page.keyboard.press("ArrowRight");
    await expect(live).toHaveText(`${layout.marks[3].description}. Mark 4 of ${layout.marks.length}.`);
  });
});

test.describe("pixels", () => {
  test("the chart canvas is painted at the marks and is background in an empty part of the plot", async ({ page }) => {
    await openExplorer(page);
    const layout = await markLayout(page);
    // Marks of figures with a named source are filled; those without are drawn hollow.
    const solid = singleMarks(layout).filter((m) => FIGURES[m.figures[0]].cited_source);
    expect(solid.length).toBeGreaterThan(5);
    for (const mark of spread(solid)) {
      const pixels = await pixelsAround(page, mark.centre, 1);
      for (const pixel of pixels)
        expect(isBackground(pixel, CHART_BACKGROUND.light), `pixel ${pixel} at mark ${mark.mark}`).toBe(false);
    }
    expect(layout.empty.length).toBeGreaterThan(0);
    for (const spot of spread(layout.empty)) {
      const pixels = await pixelsAround(page, spot, 2);
      // A gridline may cross the 5×5 square; the rest of it must be the background.
      expect(
        mostlyBackground(pixels, CHART_BACKGROUND.light),
        `the empty spot ${JSON.stringify(spot)}: ${JSON.stringify(pixels)}`,
      ).toBe(true);
    }
  });

  test("in the dark scheme the chart is drawn on the dark background", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await openExplorer(page);
    const layout = await markLayout(page);
    expect(layout.options.theme).toBe("dark");
    const spot = layout.empty[Math.floor(layout.empty.length / 2)];
    expect(mostlyBackground(await pixelsAround(page, spot, 2), CHART_BACKGROUND.dark)).toBe(true);
    const solid = singleMarks(layout).filter((m) => FIGURES[m.figures[0]].cited_source);
    expect(isBackground((await pixelsAround(page, solid[0].centre))[0], CHART_BACKGROUND.dark)).toBe(false);
  });
});

test.describe("device-pixel ratio 2", () => {
  test.use({ deviceScaleFactor: 2 });

  test("the backing stores are twice the CSS size, marks are drawn at ×2 and hover still finds them", async ({
    page,
  }) => {
    await openExplorer(page);
    const sizes = await page.evaluate(() => {
      const root = document.getElementById("chart").shadowRoot;
      return ["chart", "overlay"].map((name) => {
        const canvas = root.querySelector(`canvas.${name}`);
        return {
          name,
          width: canvas.width,
          height: canvas.height,
          clientWidth: canvas.clientWidth,
          clientHeight: canvas.clientHeight,
        };
      });
    });
    expect(await page.evaluate(() => devicePixelRatio)).toBe(2);
    for (const size of sizes) {
      expect(size.clientWidth, size.name).toBeGreaterThan(300);
      expect(size.width, size.name).toBe(2 * size.clientWidth);
      expect(size.height, size.name).toBe(2 * size.clientHeight);
    }

    const layout = await markLayout(page);
    expect(layout.options.devicePixelRatio).toBe(2);
    const solid = singleMarks(layout).filter((m) => FIGURES[m.figures[0]].cited_source);
    const mark = solid[Math.floor(solid.length / 2)];
    for (const pixel of await pixelsAround(page, mark.centre, 2))
      expect(isBackground(pixel, CHART_BACKGROUND.light)).toBe(false);

    const at = await pagePoint(page, mark.centre);
    await page.mouse.move(at.x, at.y);
    await expect(tooltip(page).locator(".words")).toHaveText(`“${FIGURES[mark.figures[0]].figure_text}”`);
  });
});

test.describe("resizing", () => {
  test("the chart follows its width and its marks move with the layout", async ({ page }) => {
    await openExplorer(page);
    const wide = await markLayout(page);
    await afterRedraw(page, () => page.setViewportSize({ width: 800, height: 900 }));
    const narrow = await markLayout(page);
    expect(narrow.options.widthCssPx).toBeLessThan(wide.options.widthCssPx);
    const mark = singleMarks(narrow)[3];
    const at = await pagePoint(page, mark.centre);
    await page.mouse.move(at.x, at.y);
    await expect(tooltip(page).locator(".words")).toHaveText(`“${FIGURES[mark.figures[0]].figure_text}”`);
    await chartSettled(page);
  });
});
