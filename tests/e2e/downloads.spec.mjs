// The explorer's chart downloads (issue 16): the PNG carries the view's sentence as its
// "Description" (an iTXt chunk), which the explorer also shows beside the downloads as alt text to
// copy; the SVG of a standard view (drawn at build time by the same chart code) downloads with its
// title, description and source line, and any other view says why SVG is not offered.
import { readFile } from "node:fs/promises";
import { crc32 } from "node:zlib";
import { afterRedraw, expect, openExplorer, test } from "./support.mjs";

const SOURCE_LINE =
  "Source: figures quoted in UK parliamentary debates, each with its words, speaker and date (cited-stats).";

/** The text chunks of a PNG file (`{ type, keyword, text }`), each chunk's CRC checked. */
function textChunks(png) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    if (type === "iTXt" || type === "tEXt") {
      const nul = data.indexOf(0);
      const keyword = data.toString("latin1", 0, nul);
      // iTXt: compression flag and method, then the language tag and translated keyword.
      const start = type === "tEXt" ? nul + 1 : data.indexOf(0, data.indexOf(0, nul + 3) + 1) + 1;
      if (type === "iTXt") expect(data[nul + 1], "uncompressed").toBe(0);
      out.push({ type, keyword, text: data.subarray(start).toString(type === "tEXt" ? "latin1" : "utf8") });
    }
    at += 12 + length;
  }
  return out;
}

test.describe("the PNG's alt text", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the PNG's Description is the view's sentence, which the explorer shows and copies", async ({ page }) => {
    await openExplorer(page, "chart=bars&unit=gbp");
    const summary = await page.evaluate(() => document.getElementById("chart").summary());
    expect(summary).toMatch(/^Value bars: \d+ figures in money \(£\) from £/);
    await expect(page.locator("#alt-text")).toHaveText(summary);

    const [file] = await Promise.all([page.waitForEvent("download"), page.locator("#download-png").click()]);
    const png = await readFile(await file.path());
    expect(textChunks(png)).toEqual([{ type: "iTXt", keyword: "Description", text: summary }]);

    await page.evaluate(() => navigator.clipboard.writeText("(nothing copied yet)"));
    await page.getByRole("button", { name: "Copy alt text" }).click();
    await expect(page.locator("#download-status")).toHaveText("Alt text copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(summary);

    // Another view: the alt text follows it.
    await afterRedraw(page, () => page.locator("#chart-kind").selectOption("counts"));
    await expect(page.locator("#alt-text")).toHaveText(/^Counts: /);
    await expect(page.locator("#alt-text")).toHaveText(
      await page.evaluate(() => document.getElementById("chart").summary()),
    );
  });
});

test.describe("the SVG download", () => {
  test("a standard view downloads the build's SVG, with its title, the view's sentence and the source line", async ({
    page,
  }) => {
    // A card open on a standard view: the chart is still the standard one.
    await openExplorer(page, "chart=bars&topic=care-leavers&figure=icsc-2022-018");
    const button = page.locator("#download-svg");
    await expect(button).toBeEnabled();
    await expect(page.locator("#svg-note")).toBeHidden();
    const [file] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(file.suggestedFilename()).toBe("cited-stats-chart.svg");
    await expect(page.locator("#download-status")).toHaveText(/^SVG of the chart saved: \d+ figures\.$/);
    const text = await readFile(await file.path(), "utf8");
    expect(text).toContain(SOURCE_LINE);
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        root: doc.documentElement.localName,
        title: doc.querySelector("svg > title")?.textContent,
        desc: doc.querySelector("svg > desc")?.textContent,
        source: doc.getElementById("source")?.textContent,
      };
    }, text);
    const summary = await page.evaluate(() => document.getElementById("chart").summary());
    expect(parsed).toEqual({
      error: null,
      root: "svg",
      title: "Value bars: figures on care leavers quoted in UK parliamentary debates (cited-stats)",
      desc: summary,
      source: SOURCE_LINE,
    });
  });

  test("any other view says SVG is available for the standard views, and the button is disabled", async ({ page }) => {
    await openExplorer(page, "chart=bars&topic=care-leavers&q=leav");
    await expect(page.locator("#download-svg")).toBeDisabled();
    const note = page.locator("#svg-note");
    await expect(note).toBeVisible();
    await expect(note).toContainText("SVG is available for the standard views");
    await expect(page.locator("#download-svg")).toHaveAccessibleDescription(/SVG is available for the standard views/);

    // Clearing the search makes it a standard view again.
    await afterRedraw(page, () => page.locator("#reset").click());
    await expect(page.locator("#download-svg")).toBeEnabled();
    await expect(note).toBeHidden();
  });
});
