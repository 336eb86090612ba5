// Figures that state the same quantity (issue 14, "Quoted differently"), as a reader meets them: the
// card's "Also quoted" section and its buttons, the `quoted` and `claim` filters, the compare chart
// under the pointer and the keyboard, the table's "Also quoted" column, the JSON download's claim
// fields, and a bad `quoted` value. Which figures share a claim and which differ is read from
// data/figures.jsonl (written by the core), never assumed here.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import {
  FIGURES,
  afterRedraw,
  chartSettled,
  csvRecords,
  expect,
  longDate,
  openExplorer,
  pagePoint,
  test,
} from "./support.mjs";
import { GROUP_LABELS, QUOTED_DIFFERENTLY, QUOTED_LABELS } from "../../www/lib/vocabulary.js";

/** The dataset as the repository holds it, with each figure's claim fields. */
const RECORDS = readFileSync(fileURLToPath(new URL("../../data/figures.jsonl", import.meta.url)), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));
const RECORD = new Map(RECORDS.map((r) => [r.id, r]));
const DIFFERING = RECORDS.filter((r) => r.claim_agrees === false)
  .map((r) => r.id)
  .sort();
const QUOTED_MORE = RECORDS.filter((r) => r.claim_quotations > 1)
  .map((r) => r.id)
  .sort();
const membersOf = (key) => RECORDS.filter((r) => r.claim === key).map((r) => r.id);

/** A differing figure whose claim has at least three quotations (so it has two others to list). */
const DIFFERS = RECORDS.find((r) => r.claim_agrees === false && r.claim_quotations >= 3);
const PROJECTS = "innovation-programme-projects";

const state = (page) => page.evaluate(() => document.getElementById("chart").state);
const card = (page) => page.locator("#chart .card");
const activeClass = (page) =>
  page.evaluate(() => document.getElementById("chart").shadowRoot.activeElement?.className ?? null);
const idsOf = (indices) => indices.map((i) => FIGURES[i].id);
const sorted = (ids) => [...ids].sort();

test("the data has differing quotations to show", () => {
  expect(DIFFERING.length).toBeGreaterThan(0);
  expect(DIFFERS, "a differing figure with two other quotations").toBeDefined();
  expect(membersOf(PROJECTS).length).toBeGreaterThan(1);
  expect(FIGURES).toHaveLength(RECORDS.length);
});

test.describe("the card's Also quoted section", () => {
  test("a differing figure's card lists the other quotations, words highlighted, and says they differ", async ({
    page,
  }) => {
    await openExplorer(page, `figure=${DIFFERS.id}`);
    await expect(card(page)).toBeVisible();
    const section = card(page).locator("section.claim");
    await expect(section).toBeVisible();
    await expect(section.locator("h3")).toHaveText("Also quoted");
    await expect(section.locator(".claim-summary")).toContainText("differ");
    await expect(section.locator(".claim-summary")).toContainText(`quoted ${DIFFERS.claim_quotations} times`);

    const others = membersOf(DIFFERS.claim).filter((id) => id !== DIFFERS.id);
    const items = section.locator("li.quotation");
    await expect(items).toHaveCount(others.length);
    const shownIds = await items
      .locator("button.open-quotation")
      .evaluateAll((buttons) => buttons.map((b) => b.dataset.figure));
    expect(sorted(shownIds)).toEqual(sorted(others));
    for (const [n, id] of shownIds.entries()) {
      const other = RECORD.get(id);
      const item = items.nth(n);
      expect(await item.locator("p.quote").textContent()).toBe(other.quote);
      await expect(item.locator("p.quote mark")).toHaveText(other.figure_text);
      await expect(item.locator(".quotation-details")).toContainText(other.speaker);
      await expect(item.locator(".quotation-details")).toContainText(other.date ? longDate(other.date) : "undated");
      await expect(item.locator(".quotation-details")).toContainText(other.debate);
      await expect(item.locator(".agreement")).toHaveText(/^(◆ )?(agrees with|differs from) this figure$/);
    }
    // This figure disagrees with at least one of them, and the list says which.
    await expect(section.locator(".agreement.differs").first()).toBeVisible();
    // Text from the data stays text: no element came from it.
    expect(await section.locator("p.quote *:not(mark)").count()).toBe(0);
  });

  test("another quotation's button opens its own card, moves focus to it and updates the URL", async ({ page }) => {
    await openExplorer(page, `figure=${DIFFERS.id}`);
    const first = card(page).locator("button.open-quotation").first();
    const id = await first.getAttribute("data-figure");
    const other = RECORD.get(id);
    // By the keyboard: focus the button, press Enter.
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`[?&]figure=${id}(&|$)`));
    expect((await state(page)).selected).toBe(FIGURES.findIndex((f) => f.id === id));
    expect(await card(page).locator(":scope > blockquote").textContent()).toBe(other.quote);
    expect(await activeClass(page)).toBe("card");
    // Its card lists the first figure among its others.
    const back = card(page).locator(`button.open-quotation[data-figure="${DIFFERS.id}"]`);
    await expect(back).toHaveCount(1);
    // And Space works as well as a click.
    await back.focus();
    await page.keyboard.press(" ");
    await expect(page).toHaveURL(new RegExp(`[?&]figure=${DIFFERS.id}(&|$)`));
    expect(await card(page).locator(":scope > blockquote").textContent()).toBe(DIFFERS.quote);
  });

  test("Compare these quotations shows the claim's quotations on the compare chart", async ({ page }) => {
    await openExplorer(page, `topic=fostering&figure=${DIFFERS.id}`);
    const shown = await afterRedraw(page, () =>
      card(page).getByRole("button", { name: "Compare these quotations" }).click(),
    );
    expect(shown.chart).toBe("compare");
    expect(shown.query).toBe(`chart=compare&claim=${DIFFERS.claim}&figure=${DIFFERS.id}`);
    expect(sorted(idsOf(shown.indices))).toEqual(sorted(membersOf(DIFFERS.claim)));
    await expect(page).toHaveURL(new RegExp(`\\?chart=compare&claim=${DIFFERS.claim}&figure=${DIFFERS.id}$`));
    await expect(page.locator("#chart-kind")).toHaveValue("compare");
    await expect(page.locator(`#filter-claim input[value="${DIFFERS.claim}"]`)).toBeChecked();
    await expect(card(page)).toBeVisible();
    expect(await activeClass(page)).toBe("overlay");
  });

  test("a figure no other figure restates has no Also quoted section", async ({ page }) => {
    const alone = RECORDS.find((r) => r.claim_quotations === 1);
    await openExplorer(page, `figure=${alone.id}`);
    await expect(card(page).locator("blockquote").first()).toBeVisible();
    await expect(card(page).locator("section.claim")).toHaveCount(0);
  });

  test("on a slow link the card opens at once and the section follows the quotes", async ({ page }) => {
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route("**/data/figures-detail.json", async (route) => {
      await held;
      await route.continue().catch(() => {});
    });
    await page.goto("/embed.html");
    const state = await chartSettled(page, "cited-stats");
    const index = FIGURES.findIndex((f) => f.id === DIFFERS.id);
    expect(state.total).toBe(FIGURES.length);
    await page.evaluate((i) => document.querySelector("cited-stats").openFigure(i, { focus: true }), index);
    const loading = page.locator("cited-stats section.card");
    await expect(loading).toBeVisible();
    await expect(loading.locator("h2")).toContainText(DIFFERS.measure);
    await expect(loading.locator("section.claim")).toHaveCount(0);
    release();
    await expect(loading.locator("section.claim .claim-summary")).toContainText("differ");
    await expect(loading.locator("li.quotation")).toHaveCount(DIFFERS.claim_quotations - 1);
  });
});

test.describe("filters", () => {
  test("quoted=differently shows exactly the figures whose words differ", async ({ page }) => {
    await openExplorer(page, "quoted=differently");
    const shown = await state(page);
    expect(shown.problems).toEqual([]);
    expect(sorted(idsOf(shown.indices))).toEqual(DIFFERING);
    await expect(page.locator("#shown-count")).toHaveText(`Showing ${DIFFERING.length} of ${FIGURES.length} figures`);
    await expect(page.locator("#figures-table tbody tr[data-index]")).toHaveCount(DIFFERING.length);
    await expect(page.locator("#filter-quoted")).toHaveValue("differently");
    await expect(page.locator("#filter-quoted option[value='differently']")).toHaveText(/^Quoted differently$/i);
  });

  test("the quoted select and the claim checklist set the URL like the other filters", async ({ page }) => {
    await openExplorer(page);
    let shown = await afterRedraw(page, () => page.locator("#filter-quoted").selectOption("more-than-once"));
    expect(sorted(idsOf(shown.indices))).toEqual(QUOTED_MORE);
    await expect(page).toHaveURL(/\?quoted=more-than-once$/);
    await expect(page.locator("#filter-quoted option[value='more-than-once']")).toHaveText(
      QUOTED_LABELS["more-than-once"].replace(/^./, (c) => c.toUpperCase()),
    );

    await page.locator("#filter-claim summary").click();
    shown = await afterRedraw(page, () => page.locator(`#filter-claim input[value="${PROJECTS}"]`).check());
    expect(sorted(idsOf(shown.indices))).toEqual(sorted(membersOf(PROJECTS)));
    await expect(page).toHaveURL(new RegExp(`\\?claim=${PROJECTS}&quoted=more-than-once$`));

    // Grouping by claim, named in the core's words; and the permalink restores it all.
    const group = page.locator("#group-by option[value='claim']");
    await expect(group).toHaveText(GROUP_LABELS.claim.replace(/^./, (c) => c.toUpperCase()));
    await afterRedraw(page, () => page.locator("#group-by").selectOption("claim"));
    await expect(page).toHaveURL(new RegExp(`\\?claim=${PROJECTS}&quoted=more-than-once&group=claim$`));
    await page.reload();
    await chartSettled(page);
    await expect(page.locator("#filter-quoted")).toHaveValue("more-than-once");
    await expect(page.locator("#group-by")).toHaveValue("claim");
    await expect(page.locator(`#filter-claim input[value="${PROJECTS}"]`)).toBeChecked();

    // The embed snippet carries them.
    await page.locator("#embed-toggle").click();
    await expect(page.locator("#embed-element")).toHaveValue(
      new RegExp(`claim="${PROJECTS}" quoted="more-than-once" group="claim"`),
    );
    await expect(page.locator("#embed-iframe")).toHaveValue(
      new RegExp(`claim=${PROJECTS}&amp;quoted=more-than-once&amp;group=claim`),
    );
  });

  test("a bad quoted value is named, and the rest of the view still applies", async ({ page }) => {
    await openExplorer(page, "quoted=sometimes&chart=bars");
    const message = page.locator("#chart .message");
    await expect(message).toBeVisible();
    await expect(message).toContainText("quoted");
    await expect(message).toContainText('"sometimes"');
    const shown = await state(page);
    expect(shown.problems.map((p) => [p.parameter, p.value])).toEqual([["quoted", "sometimes"]]);
    expect(shown.chart).toBe("bars");
    expect(shown.indices).toHaveLength(FIGURES.length);
    await expect(page.locator("#filter-quoted")).toHaveValue("");
  });
});

test.describe("the compare chart", () => {
  test("each quotation's mark answers the pointer and the keyboard", async ({ page }) => {
    await openExplorer(page, `chart=compare&claim=${PROJECTS}`);
    const shown = await state(page);
    expect(shown.chart).toBe("compare");
    const members = membersOf(PROJECTS);
    expect(sorted(idsOf(shown.indices))).toEqual(sorted(members));
    await expect(page.locator("#chart-kind")).toHaveValue("compare");

    // The element's own marks (the core's layout): one per quotation.
    const marks = await page.evaluate(() => document.getElementById("chart").marks());
    const layout = { marks };
    expect(marks.every((m) => m.figures.length === 1)).toBe(true);
    expect(sorted(idsOf(marks.flatMap((m) => m.figures)))).toEqual(sorted(members));
    const tooltip = page.locator("#chart .tooltip");
    for (const mark of marks) {
      const figure = FIGURES[mark.figures[0]];
      const { xCssPx, yCssPx, widthCssPx, heightCssPx } = mark.bbox;
      const at = await pagePoint(page, { x: xCssPx + widthCssPx / 2, y: yCssPx + heightCssPx / 2 });
      await page.mouse.move(at.x, at.y);
      await expect(tooltip).toBeVisible();
      await expect(tooltip.locator(".words")).toContainText(figure.figure_text);
      // Hover says it too, with the sign drawn over the mark.
      if (DIFFERING.includes(figure.id)) await expect(tooltip.locator(".marker")).toHaveText(`◆ ${QUOTED_DIFFERENTLY}`);
      else await expect(tooltip.locator(".marker")).toHaveCount(0);
    }
    await page.mouse.move(0, 0);

    const live = page.locator("#chart .live");
    await page.locator("#chart canvas.overlay").focus();
    for (const [step, mark] of layout.marks.entries()) {
      await page.keyboard.press("ArrowRight");
      await expect(live).toHaveText(`${mark.description}. Mark ${step + 1} of ${layout.marks.length}.`);
      const figure = FIGURES[mark.figures[0]];
      expect(mark.description.endsWith(`; ${QUOTED_DIFFERENTLY}`)).toBe(DIFFERING.includes(figure.id));
    }
    // Enter opens the focused quotation's card, with its Also quoted section.
    await page.keyboard.press("Enter");
    await expect(card(page).locator("section.claim")).toBeVisible();
  });
});

test.describe("the table and the downloads", () => {
  /** The core's "Also quoted" words for a record, as the data says them. */
  const alsoText = (r) => {
    const n = r.claim_quotations - 1;
    if (n === 0) return "";
    return `${n} ${n === 1 ? "other" : "others"}${r.claim_agrees === false ? "; quoted differently" : ""}`;
  };

  test("the table's Also quoted column says how many others state the quantity, and whether they differ", async ({
    page,
  }) => {
    await openExplorer(page, "topic=" + encodeURIComponent(DIFFERS.topic));
    const headers = await page.locator("#figures-table thead th").allTextContents();
    expect(headers).toContain("Also quoted");
    const rows = page.locator("#figures-table tbody tr[data-index]");
    const n = await rows.count();
    expect(n).toBeGreaterThan(1);
    let claimed = 0;
    for (let i = 0; i < n; i += 1) {
      const index = Number(await rows.nth(i).getAttribute("data-index"));
      const record = RECORD.get(FIGURES[index].id);
      await expect(rows.nth(i).locator("td.cell-also")).toHaveText(alsoText(record));
      if (record.claim_quotations > 1) claimed += 1;
    }
    expect(claimed, "the topic holds a figure quoted more than once").toBeGreaterThan(0);
  });

  test("the JSON download adds claim_quotations and claim_agrees to each figure; the CSV has them too", async ({
    page,
  }) => {
    await openExplorer(page, "quoted=more-than-once");
    const shown = await state(page);
    const [jsonFile] = await Promise.all([page.waitForEvent("download"), page.locator("#download-json").click()]);
    const records = JSON.parse(await readFile(await jsonFile.path(), "utf8"));
    expect(records.map((r) => r.id)).toEqual(idsOf(shown.indices));
    for (const record of records) {
      const expected = RECORD.get(record.id);
      expect(record.claim_quotations).toBe(expected.claim_quotations);
      expect(record.claim_agrees).toBe(expected.claim_agrees);
      expect(record.quote).toBe(expected.quote);
    }
    const [csvFile] = await Promise.all([page.waitForEvent("download"), page.locator("#download-csv").click()]);
    const csv = csvRecords(await readFile(await csvFile.path(), "utf8"));
    expect(csv.header).toContain("claim_quotations");
    expect(csv.header).toContain("claim_agrees");
  });
});
