// Screenshot references of the explorer: light and dark at 1280×900, narrow at 360×800, and the
// chart with a figure's card open. References live in tests/e2e/screenshots/; regenerate them with
// `npx playwright test --config tests/e2e/playwright.config.mjs screenshots --update-snapshots`
// and look at every changed PNG before committing it.
import { chartSettled, expect, openExplorer, test } from "./support.mjs";

/** Waits for everything that paints: the chart, the table, web fonts (none, but cheap to ask). */
async function steady(page) {
  await chartSettled(page);
  await page.evaluate(() => document.fonts.ready);
  await expect(page.locator("#figures-table tbody tr").first()).toBeVisible();
  await page.mouse.move(0, 0);
}

test.describe("light, 1280×900", () => {
  test.use({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });

  test("explorer", async ({ page }) => {
    await openExplorer(page);
    await steady(page);
    await expect(page).toHaveScreenshot("explorer-light.png");
  });

  test("chart with a figure's card open", async ({ page }) => {
    await openExplorer(page, "topic=fostering&chart=bars&figure=icsc-2022-018");
    await steady(page);
    await expect(page.locator("#chart .card")).toBeVisible();
    await expect(page.locator("#chart")).toHaveScreenshot("card-open.png");
  });
});

test.describe("dark, 1280×900", () => {
  test.use({ viewport: { width: 1280, height: 900 }, colorScheme: "dark" });

  test("explorer", async ({ page }) => {
    await openExplorer(page);
    await steady(page);
    await expect(page).toHaveScreenshot("explorer-dark.png");
  });
});

test.describe("narrow, 360×800", () => {
  test.use({ viewport: { width: 360, height: 800 }, colorScheme: "light" });

  test("explorer: the top of the page, then the chart", async ({ page }) => {
    await openExplorer(page);
    await steady(page);
    await expect(page).toHaveScreenshot("explorer-narrow.png");
    await page.locator("#chart").scrollIntoViewIfNeeded();
    await expect(page.locator("#chart")).toHaveScreenshot("explorer-narrow-chart.png");
  });
});
