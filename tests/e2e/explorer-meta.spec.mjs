// What the explorer page tells search engines and readers without JavaScript: the schema.org
// Dataset JSON-LD in its <head> (the types schema.org requires, each download it names served as
// that format) and never in the iframe page; and the <noscript> block, the default view's static
// picture with the core's sentence for it as alt text, and links to the downloads.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CSV_COLUMNS, FIGURES, csvRecords, expect, test } from "./support.mjs";

/** The fallback index's entry for the default view. */
function defaultView() {
  const file = fileURLToPath(new URL("../../www/data/fallback/index.json", import.meta.url));
  return JSON.parse(readFileSync(file, "utf8")).views.find((view) => view.query === "");
}

test.describe("schema.org Dataset", () => {
  test("the explorer carries one Dataset with the required types, and each download it names is served", async ({
    page,
    request,
  }) => {
    await page.goto("/index.html");
    const blocks = page.locator('head script[type="application/ld+json"]');
    await expect(blocks).toHaveCount(1);
    const dataset = JSON.parse(await blocks.textContent());
    expect(dataset["@context"]).toBe("https://schema.org");
    expect(dataset["@type"]).toBe("Dataset");
    for (const field of ["name", "description"])
      expect(typeof dataset[field] === "string" && dataset[field]).toBeTruthy();
    expect(dataset.description).toContain(`${FIGURES.length} statistics`);
    const dates = FIGURES.map((f) => f.date)
      .filter(Boolean)
      .sort();
    expect(dataset.temporalCoverage).toBe(`${dates[0]}/${dates.at(-1)}`);
    expect(dataset.distribution.map((d) => d["@type"])).toEqual(["DataDownload", "DataDownload"]);
    const byFormat = {};
    for (const download of dataset.distribution) {
      expect(typeof download.contentUrl).toBe("string");
      const url = new URL(download.contentUrl, page.url()).href;
      const answer = await request.get(url);
      expect(answer.status(), url).toBe(200);
      expect(answer.headers()["content-type"], url).toMatch(new RegExp(`^${download.encodingFormat}\\b`));
      byFormat[download.encodingFormat] = await answer.text();
    }
    // Every figure in both, with every provenance column in the CSV.
    expect(JSON.parse(byFormat["application/json"])).toHaveLength(FIGURES.length);
    const { header, records } = csvRecords(byFormat["text/csv"]);
    expect(records).toHaveLength(FIGURES.length);
    for (const column of CSV_COLUMNS) expect(header).toContain(column);
  });

  test("the iframe page carries none (it would be credited to the iframe's URL)", async ({ page }) => {
    await page.goto("/embed.html?chart=bars&topic=care-leavers");
    await page.locator("cited-stats").evaluate((element) => element.ready);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  });
});

test.describe("the explorer without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("shows the default view's picture, described by the core's sentence, and links to the downloads", async ({
    page,
  }) => {
    const entry = defaultView();
    await page.goto("/index.html");
    // The first thing in the page's body.
    expect(await page.evaluate(() => document.body.firstElementChild.localName)).toBe("noscript");
    const box = page.locator("body > noscript > .noscript");
    await expect(box).toBeVisible();
    await expect(box).toContainText("needs JavaScript");
    const image = box.locator("img");
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute("src", `data/fallback/${entry.slug}.light.svg`);
    await expect(image).toHaveAttribute("alt", entry.description);
    expect(await image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect((await image.boundingBox()).width).toBeGreaterThan(100);
    await expect(box.getByRole("link", { name: "CSV" })).toHaveAttribute("href", "data/figures.csv");
    await expect(box.getByRole("link", { name: "JSON" })).toHaveAttribute("href", "data/figures.json");
  });
});
