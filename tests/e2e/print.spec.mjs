// Printing: Chromium's PDF of the explorer and of a page with the element holds the chart, drawn
// again for paper (at a device-pixel ratio of 3, in light colours) with its source line; the
// explorer prints the count line, the chart and the table without its controls. No PDF renderer
// is installed here (no pdftoppm, no pdf.js), so the PDF is checked for its size against the same
// page printed without the chart, and what is printed is looked at through Chromium's print media
// emulation after the page's beforeprint event: the printed canvas is checked pixel by pixel, and a
// screenshot of the page as printed is kept with the test's results.
import { CHART_BACKGROUND, chartSettled, expect, openExplorer, test } from "./support.mjs";

/** Every `cited-stats-draw` of the element `selector`, from now on, kept in the page. */
function recordDraws(page, selector) {
  return page.evaluate((sel) => {
    window.__draws = [];
    document
      .querySelector(sel)
      .addEventListener("cited-stats-draw", (event) => window.__draws.push(event.detail.devicePixelRatio));
  }, selector);
}

/** Waits until the print code has been loaded for the element (the page was idle after a draw). */
async function printReady(page, selector) {
  await page.waitForFunction((sel) => !!document.querySelector(sel).shadowRoot.querySelector(".source"), selector);
}

/**
 * How many pixels of the element's chart canvas (what is printed) differ from the background `rgb`.
 * @returns {Promise<{ inked: number, total: number }>}
 */
function inkedPixels(page, selector, rgb) {
  return page.evaluate(
    ([sel, background]) => {
      const canvas = document.querySelector(sel).shadowRoot.querySelector("canvas.chart");
      const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (background.some((c, k) => Math.abs(pixels[i + k] - c) > 24)) inked += 1;
      return { inked, total: pixels.length / 4 };
    },
    [selector, rgb],
  );
}

for (const colorScheme of ["light", "dark"]) {
  test.describe(`the explorer, printed (${colorScheme})`, () => {
    test.use({ colorScheme });

    test("the PDF holds the chart, drawn for paper at a ratio of 3 and as before afterwards", async ({ page }) => {
      await openExplorer(page, "chart=bars&group=speaker");
      await printReady(page, "#chart");
      await recordDraws(page, "#chart");
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      // Drawn for paper, then again for the screen once printing is over.
      await expect.poll(() => page.evaluate(() => window.__draws)).toEqual([3, 1]);
      // The same page without the chart prints far smaller: the chart is in the PDF.
      await page.evaluate(() => (document.getElementById("chart").style.visibility = "hidden"));
      const without = await page.pdf({ format: "A4", printBackground: true });
      expect(pdf.length - without.length, "bytes the chart adds to the PDF").toBeGreaterThan(10_000);
    });

    test("printed, the page shows the count, the chart in light colours with its source line, and the table", async ({
      page,
    }, testInfo) => {
      await openExplorer(page, "chart=bars&group=speaker");
      await printReady(page, "#chart");
      // Laid out for paper first (the chart takes the page's width), then told of the printing.
      await page.emulateMedia({ media: "print" });
      await chartSettled(page);
      await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
      const shot = await page.screenshot({ path: testInfo.outputPath(`print-${colorScheme}.png`), fullPage: true });
      expect(shot.length).toBeGreaterThan(0);

      for (const hidden of ["#filters", "#filters-toggle", ".actions", "#download-csv", "#embed-toggle"])
        await expect(page.locator(hidden), hidden).toBeHidden();
      for (const shown of ["#shown-count", "#chart canvas.chart", "#figures-table"])
        await expect(page.locator(shown), shown).toBeVisible();
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");

      // The source line under the chart: the core's words, with a link to this view.
      const source = page.locator("#chart .source");
      await expect(source).toBeVisible();
      const state = await page.evaluate(() => document.getElementById("chart").state);
      await expect(source).toContainText("cited-stats");
      await expect(source).toContainText(state.query);

      // The chart is drawn (not blank) on a light background, whatever the screen's scheme.
      const canvas = page.locator("#chart canvas.chart");
      const box = await canvas.boundingBox();
      expect(box.width).toBeLessThanOrEqual(page.viewportSize().width);
      const { inked, total } = await inkedPixels(page, "#chart", CHART_BACKGROUND.light);
      expect(inked / total, "share of the chart's pixels that are not background").toBeGreaterThan(0.02);
      expect(inked / total, "a light background, not a dark one").toBeLessThan(0.5);
      expect(
        await page.evaluate(() => document.getElementById("chart").shadowRoot.querySelector("canvas.chart").width),
      ).toBe(Math.round(box.width * 3));

      // After printing, the screen's chart as it was.
      await page.emulateMedia({ media: "screen" });
      await page.evaluate(() => dispatchEvent(new Event("afterprint")));
      await expect(source).toBeHidden();
      await chartSettled(page);
      await expect(page.locator("#filters")).toBeVisible();
    });
  });
}

test("a page with the element prints its chart for paper with the source line", async ({
  page,
  problems,
}, testInfo) => {
  // The fixture's element with a missing dataset logs its 404; nothing else may be logged.
  problems.allow = true;
  await page.goto("/fixtures/element.html");
  await chartSettled(page, "#attrs");
  await printReady(page, "#attrs");
  await recordDraws(page, "#attrs");
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  await expect.poll(() => page.evaluate(() => window.__draws)).toEqual([3, 1]);

  await page.emulateMedia({ media: "print" });
  await chartSettled(page, "#attrs");
  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await page.screenshot({ path: testInfo.outputPath("print-element.png"), fullPage: true });
  const source = page.locator("#attrs .source");
  await expect(source).toBeVisible();
  await expect(source).toContainText("cited-stats");
  // The element asked for the dark theme; on paper it is light, and drawn.
  const { inked, total } = await inkedPixels(page, "#attrs", CHART_BACKGROUND.light);
  expect(inked / total).toBeGreaterThan(0.02);
  expect(inked / total).toBeLessThan(0.5);
  await page.emulateMedia({ media: "screen" });
  await page.evaluate(() => dispatchEvent(new Event("afterprint")));
  await expect(page.locator("#attrs .frame")).toHaveClass(/dark/);
  expect(problems.page).toEqual([]);
  expect(problems.csp).toEqual([]);
  expect(problems.console.filter((line) => !line.includes("/fixtures/no-such-dataset.json"))).toEqual([]);
});
