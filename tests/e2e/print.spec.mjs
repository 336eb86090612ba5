// Printing: Chromium's PDF of the explorer and of a page with the element holds the chart, drawn
// again for paper (at a device-pixel ratio of 3, in light colours) with its source line; the
// explorer prints the count line, the chart and the table without its controls. No PDF tool is
// installed here (no pdftoppm, no pdf.js), so the PDF's first page is rendered by Chromium's own
// PDF viewer and its pixels checked for the chart's bars; what is printed is also looked at through
// Chromium's print media emulation after the page's beforeprint event (the source line's text, what
// is hidden), and the canvas printed is checked pixel by pixel.
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
 * How many pixels of the element's canvas for paper differ from the background `rgb`.
 * @returns {Promise<{ inked: number, total: number }>}
 */
function inkedPixels(page, selector, rgb) {
  return page.evaluate(
    ([sel, background]) => {
      const canvas = document.querySelector(sel).shadowRoot.querySelector("canvas.paper");
      const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4)
        if (background.some((c, k) => Math.abs(pixels[i + k] - c) > 24)) inked += 1;
      return { inked, total: pixels.length / 4 };
    },
    [selector, rgb],
  );
}

/**
 * The share of "chart blue" pixels (the bars' fill) on the first page of `pdf` as Chromium's PDF
 * viewer renders it, right of the viewer's thumbnails; the rendering is saved at `path`. Polls
 * until the share passes `least` (the viewer draws the page when it is ready) or fails. A blank
 * chart has none: the legend's swatches and the bars are all drawn on the canvas.
 */
async function expectBarsOnFirstPage(browser, pdf, path, least = 0.01) {
  const viewer = await browser.newPage({ viewport: { width: 900, height: 700 } });
  const decoder = await browser.newPage();
  try {
    await viewer.route("http://pdf.test/page.pdf", (route) =>
      route.fulfill({ body: pdf, contentType: "application/pdf" }),
    );
    await viewer.goto("http://pdf.test/page.pdf");
    const share = async () => {
      const png = await viewer.screenshot({ path });
      return decoder.evaluate(async (data) => {
        const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        const left = 320;
        const pixels = context.getImageData(left, 0, image.width - left, image.height).data;
        let blue = 0;
        for (let i = 0; i < pixels.length; i += 4)
          if (pixels[i + 2] - pixels[i] > 80 && pixels[i + 2] > 120 && pixels[i] < 100) blue += 1;
        return blue / (pixels.length / 4);
      }, png.toString("base64"));
    };
    await expect
      .poll(share, { message: "the chart's bars on the PDF's first page", timeout: 10_000 })
      .toBeGreaterThan(least);
  } finally {
    await viewer.close();
    await decoder.close();
  }
}

for (const colorScheme of ["light", "dark"]) {
  test.describe(`the explorer, printed (${colorScheme})`, () => {
    test.use({ colorScheme });

    test("the PDF holds the chart, drawn for paper at a ratio of 3 and as before afterwards", async ({
      page,
      browser,
    }, testInfo) => {
      await openExplorer(page, "chart=bars&group=speaker");
      await printReady(page, "#chart");
      await recordDraws(page, "#chart");
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      // Drawn for paper, then again for the screen once printing is over.
      await expect.poll(() => page.evaluate(() => window.__draws)).toEqual([3, 1]);
      // The first page, rendered: the chart's bars are on it.
      await expectBarsOnFirstPage(browser, pdf, testInfo.outputPath(`pdf-${colorScheme}.png`));
    });

    test("printed, the page shows the count, the chart in light colours with its source line, and the table", async ({
      page,
    }, testInfo) => {
      await openExplorer(page, "chart=bars&group=speaker");
      await printReady(page, "#chart");
      // Told of the printing, then laid out for paper, as Chromium prints.
      await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
      await page.emulateMedia({ media: "print" });
      const shot = await page.screenshot({ path: testInfo.outputPath(`print-${colorScheme}.png`), fullPage: true });
      expect(shot.length).toBeGreaterThan(0);

      for (const hidden of ["#filters", "#filters-toggle", ".actions", "#download-csv", "#embed-toggle"])
        await expect(page.locator(hidden), hidden).toBeHidden();
      for (const shown of ["#shown-count", "#chart canvas.paper", "#figures-table"])
        await expect(page.locator(shown), shown).toBeVisible();
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(255, 255, 255)");

      // The source line under the chart: the core's words, with a link to this view.
      const source = page.locator("#chart .source");
      await expect(source).toBeVisible();
      const state = await page.evaluate(() => document.getElementById("chart").state);
      await expect(source).toContainText("cited-stats");
      await expect(source).toContainText(state.query);

      // On paper a copy of the chart, drawn at a ratio of 3, takes the screen's canvases' place
      // (no wider than the paper), drawn (not blank) on a light background whatever the scheme.
      await expect(page.locator("#chart canvas.chart")).toBeHidden();
      const canvas = page.locator("#chart canvas.paper");
      const box = await canvas.boundingBox();
      expect(box.width).toBeLessThanOrEqual(page.viewportSize().width);
      const { inked, total } = await inkedPixels(page, "#chart", CHART_BACKGROUND.light);
      expect(inked / total, "share of the chart's pixels that are not background").toBeGreaterThan(0.02);
      expect(inked / total, "a light background, not a dark one").toBeLessThan(0.5);
      const paper = await page.evaluate(() => {
        const { width, style } = document.getElementById("chart").shadowRoot.querySelector("canvas.paper");
        return { width, cssWidth: parseFloat(style.width) };
      });
      expect(paper.width).toBe(Math.round(paper.cssWidth * 3));

      // After printing, the screen's chart as it was.
      await page.emulateMedia({ media: "screen" });
      await page.evaluate(() => dispatchEvent(new Event("afterprint")));
      await expect(source).toBeHidden();
      await expect(canvas).toHaveCount(0);
      await chartSettled(page);
      await expect(page.locator("#filters")).toBeVisible();
    });
  });
}

test("a page with the element prints its chart for paper with the source line", async ({
  page,
  browser,
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
  // Three outlined bars and a few dots: fewer blue pixels than the explorer's filled bars.
  await expectBarsOnFirstPage(browser, pdf, testInfo.outputPath("pdf-element.png"), 0.002);

  await page.evaluate(() => dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
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
