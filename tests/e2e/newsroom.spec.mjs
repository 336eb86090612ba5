// Newsroom habits (issue 16, the parts built so far): the chart's text follows the host page's
// font size, the chart's accessible name is the core's one-sentence summary of the view, and the
// card copies the parliamentary form of a citation as well as the sentence.
import { FIGURES, chartSettled, expect, openExplorer, test } from "./support.mjs";

const card = (page) => page.locator("#chart .card");

test.describe("the view in one sentence", () => {
  test("the chart's accessible name is the core's sentence for the view", async ({ page }) => {
    await openExplorer(page);
    const speakers = new Set(FIGURES.map((f) => f.speaker)).size;
    await expect(page.locator("#chart canvas.overlay")).toHaveAttribute(
      "aria-label",
      `Timeline: ${FIGURES.length} figures, quoted 2009–2022 and undated by ${speakers} speakers, in lanes by topic. Arrow keys move between marks; Enter opens the quote; Escape closes it. The table is the accessible alternative.`,
    );
    await openExplorer(page, "chart=compare&claim=innovation-programme-projects");
    await expect(page.locator("#chart canvas.overlay")).toHaveAttribute(
      "aria-label",
      /^Compare quotations: innovation programme projects, quoted 3 times, 2016–2022 and undated: more than 50, about 50 and nearly 100 — these differ\. Arrow keys/,
    );
  });
});

test.describe("the host's font size", () => {
  test("larger page text draws larger chart text: the legend row grows and the marks move down", async ({ page }) => {
    await openExplorer(page, "chart=bars&unit=gbp");
    const firstMark = () => page.evaluate(() => document.getElementById("chart").marks()[0].bbox);
    const before = await firstMark();
    // Through the CSSOM, which a strict CSP allows (an inline style attribute it would not).
    await page.evaluate(() => {
      document.getElementById("chart").style.fontSize = "28px";
      document.getElementById("chart").setAttribute("height", "640");
    });
    await chartSettled(page);
    await expect.poll(async () => (await firstMark()).yCssPx).toBeGreaterThan(before.yCssPx);
  });
});

test.describe("citation forms", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("the card copies the sentence or the parliamentary form", async ({ page }) => {
    await openExplorer(page, "figure=icsc-2022-009");
    await expect(card(page)).toBeVisible();
    const form = card(page).getByRole("button", { name: "Copy “HC Deb 24 November 2022”" });
    await expect(form).toBeVisible();
    await page.evaluate(() => navigator.clipboard.writeText("(nothing copied yet)"));
    await form.click();
    await expect(card(page).locator(".status")).toHaveText("Parliamentary reference copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("HC Deb 24 November 2022");
    await card(page).getByRole("button", { name: "Copy citation" }).click();
    await expect(card(page).locator(".status")).toHaveText("Citation copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("24 November 2022, ‘");
  });

  test("an undated Westminster Hall figure says its date is not recorded", async ({ page }) => {
    await openExplorer(page, "figure=wh-undated-006");
    await expect(card(page).getByRole("button", { name: "Copy “WH Deb, date not recorded”" })).toBeVisible();
  });
});
