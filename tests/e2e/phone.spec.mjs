// Phones first: at 390 × 844 the explorer shows the count line and the chart in the first screen,
// with the filter form behind a "Filter and search" button beneath the chart; and a finger on the
// chart: a tap shows a mark's tooltip, a second tap (or a tap on the tooltip) opens its card, a
// tap elsewhere closes the tooltip, and a finger reaches a mark a mouse pointer would miss.
import { afterRedraw, expect, markLayout, openExplorer, pagePoint, singleMarks, test, FIGURES } from "./support.mjs";

const PHONE = { width: 390, height: 844 };
const toggle = (page) => page.locator("#filters-toggle");
const form = (page) => page.locator("#filters");
const tooltip = (page) => page.locator("#chart .tooltip");
const card = (page) => page.locator("#chart .card");

for (const colorScheme of ["light", "dark"]) {
  test.describe(`a phone, ${colorScheme}`, () => {
    test.use({ viewport: PHONE, colorScheme });

    test("the count line and the chart fill the first screen; the form opens beneath them", async ({
      page,
    }, testInfo) => {
      await openExplorer(page);
      await page.screenshot({ path: testInfo.outputPath(`phone-${colorScheme}.png`) });
      const canvas = await page.locator("#chart canvas.chart").boundingBox();
      const count = await page.locator("#shown-count").boundingBox();
      expect(canvas.y).toBeGreaterThanOrEqual(0);
      expect(canvas.y + canvas.height, "the whole chart is in the first screen").toBeLessThanOrEqual(PHONE.height);
      expect(canvas.x + canvas.width).toBeLessThanOrEqual(PHONE.width);
      expect(count.y + count.height).toBeLessThanOrEqual(canvas.y);
      await expect(page.locator("#shown-count")).toHaveText("Showing 126 of 126 figures");

      // The form is closed, behind a real disclosure button placed after the chart.
      await expect(form(page)).toBeHidden();
      await expect(toggle(page)).toHaveRole("button");
      await expect(toggle(page)).toHaveAccessibleName("Filter and search");
      await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
      await expect(toggle(page)).toHaveAttribute("aria-controls", "filters");
      expect((await toggle(page).boundingBox()).y).toBeGreaterThan(canvas.y + canvas.height - 1);

      // Opening and closing leave the URL alone.
      const url = page.url();
      await toggle(page).click();
      await expect(toggle(page)).toHaveAttribute("aria-expanded", "true");
      await expect(form(page)).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`phone-${colorScheme}-open.png`), fullPage: true });
      expect(page.url()).toBe(url);
      // The form follows the button in the DOM: the tab order is the order seen.
      expect(await page.evaluate(() => document.getElementById("filters-toggle").nextElementSibling?.id)).toBe(
        "filters",
      );

      // A filter chosen there changes the chart and the URL.
      const before = await markLayout(page);
      const state = await afterRedraw(page, () => page.locator("#chart-kind").selectOption("bars"));
      expect(state.chart).toBe("bars");
      await expect(page).toHaveURL(/[?&]chart=bars/);
      const after = await markLayout(page);
      expect(after.query).toContain("chart=bars");
      expect(after.marks).not.toEqual(before.marks);

      await toggle(page).click();
      await expect(form(page)).toBeHidden();
      await expect(page).toHaveURL(/[?&]chart=bars/);
    });
  });
}

test.describe("a phone, by keyboard", () => {
  test.use({ viewport: PHONE });

  test("the button opens the form with Enter; Escape in the form closes it and returns to the button", async ({
    page,
  }) => {
    await openExplorer(page);
    await toggle(page).focus();
    await page.keyboard.press("Enter");
    await expect(form(page)).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.locator("#search")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(form(page)).toBeHidden();
    await expect(toggle(page)).toBeFocused();
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
  });

  test("turned to a wide screen, the form goes back beside the chart, open, and the button away", async ({ page }) => {
    await openExplorer(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await expect(form(page)).toBeVisible();
    await expect(toggle(page)).toBeHidden();
    expect(await page.evaluate(() => document.getElementById("filters").nextElementSibling?.className)).toBe("results");
    await page.setViewportSize(PHONE);
    await expect(form(page)).toBeHidden();
    await expect(toggle(page)).toBeVisible();
  });
});

test("a wide screen is as before: the form beside the chart, no button", async ({ page }) => {
  await openExplorer(page);
  await expect(toggle(page)).toBeHidden();
  await expect(form(page)).toBeVisible();
  const formBox = await form(page).boundingBox();
  const chartBox = await page.locator("#chart").boundingBox();
  expect(formBox.x + formBox.width).toBeLessThan(chartBox.x);
});

/**
 * A mark standing for one figure with a point 14 CSS px beside its box (beyond a mouse's hit
 * radius, within a finger's) and no other mark within 30 px of that point.
 */
function lonelyMark(layout) {
  const gap = (b, p) =>
    Math.hypot(
      Math.max(b.xCssPx - p.x, 0, p.x - (b.xCssPx + b.widthCssPx)),
      Math.max(b.yCssPx - p.y, 0, p.y - (b.yCssPx + b.heightCssPx)),
    );
  const { widthCssPx, heightCssPx } = layout.options;
  for (const mark of singleMarks(layout)) {
    const b = mark.bbox;
    const sides = [
      { x: b.xCssPx - 14, y: mark.centre.y },
      { x: b.xCssPx + b.widthCssPx + 14, y: mark.centre.y },
      { x: mark.centre.x, y: b.yCssPx - 14 },
      { x: mark.centre.x, y: b.yCssPx + b.heightCssPx + 14 },
    ];
    for (const p of sides) {
      const inside = p.x > 2 && p.y > 2 && p.x < widthCssPx - 2 && p.y < heightCssPx - 2;
      if (inside && layout.marks.every((m) => m.mark === mark.mark || gap(m.bbox, p) > 30)) return { mark, beside: p };
    }
  }
  throw new Error("no mark stands alone in this chart");
}

test.describe("a finger on the chart", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test("a tap shows the tooltip, a second tap opens the card, a tap elsewhere closes the tooltip", async ({ page }) => {
    await openExplorer(page);
    const layout = await markLayout(page);
    const { mark } = lonelyMark(layout);
    const figure = FIGURES[mark.figures[0]];
    const at = await pagePoint(page, mark.centre);

    await page.touchscreen.tap(at.x, at.y);
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText(figure.figure_text);
    await expect(card(page)).toBeHidden();
    expect(page.url()).not.toContain("figure=");

    // A tap on an empty part of the chart closes the tooltip.
    const empty = await pagePoint(page, layout.empty[0]);
    await page.touchscreen.tap(empty.x, empty.y);
    await expect(tooltip(page)).toBeHidden();

    // A tap outside the chart closes it too.
    await page.touchscreen.tap(at.x, at.y);
    await expect(tooltip(page)).toBeVisible();
    const header = await page.locator(".page-header h1").boundingBox();
    await page.touchscreen.tap(header.x + 5, header.y + header.height / 2);
    await expect(tooltip(page)).toBeHidden();

    // Tap, tap again: the card.
    const point = await pagePoint(page, mark.centre);
    await page.touchscreen.tap(point.x, point.y);
    await expect(tooltip(page)).toBeVisible();
    await page.touchscreen.tap(point.x, point.y);
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText(figure.figure_text);
    await expect(page).toHaveURL(new RegExp(`[?&]figure=${figure.id}`));
    await expect(tooltip(page)).toBeHidden();
  });

  test("a tap on the tooltip opens the card", async ({ page }) => {
    await openExplorer(page);
    const { mark } = lonelyMark(await markLayout(page));
    const figure = FIGURES[mark.figures[0]];
    const at = await pagePoint(page, mark.centre);
    await page.touchscreen.tap(at.x, at.y);
    await expect(tooltip(page)).toBeVisible();
    const box = await tooltip(page).boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await expect(card(page)).toBeVisible();
    await expect(card(page)).toContainText(figure.figure_text);
    await expect(page).toHaveURL(new RegExp(`[?&]figure=${figure.id}`));
  });

  test("a finger reaches a mark 14 px beside it, where a mouse pointer finds none", async ({ page }) => {
    await openExplorer(page);
    const { mark, beside } = lonelyMark(await markLayout(page));
    const figure = FIGURES[mark.figures[0]];
    const at = await pagePoint(page, beside);
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x + 1, at.y);
    await expect(tooltip(page)).toBeHidden();
    await page.touchscreen.tap(at.x, at.y);
    await expect(tooltip(page)).toBeVisible();
    await expect(tooltip(page)).toContainText(figure.figure_text);
    await page.touchscreen.tap(at.x, at.y);
    await expect(page).toHaveURL(new RegExp(`[?&]figure=${figure.id}`));
  });
});
