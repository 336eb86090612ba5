// The explorer page around the chart: search, the shown count, permalinks and Back/Forward, the
// table, the downloads, a bad URL, and a clean console under the strict CSP.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import {
  CHART_BACKGROUND,
  CSV_COLUMNS,
  FIGURES,
  afterRedraw,
  chartSettled,
  csvRecords,
  expect,
  isBackground,
  markLayout,
  openExplorer,
  pixelsAround,
  pixelsChangedSince,
  shownCount,
  singleMarks,
  snapshotCanvas,
  test,
} from "./support.mjs";

const state = (page) => page.evaluate(() => document.getElementById("chart").state);
const card = (page) => page.locator("#chart .card");
const idsOf = (indices) => indices.map((i) => FIGURES[i].id);
/** What the dataset's claims add to each figure, by id, as the repository's data records it. */
const DERIVED = new Map(
  readFileSync(new URL("../../data/figures.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .map((r) => [r.id, { claim_quotations: r.claim_quotations, claim_agrees: r.claim_agrees }]),
);

/** Figures a search word finds: a word of the measure, speaker, named source or quote starts with it. */
function matching(word) {
  const words = (text) => (text ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return FIGURES.flatMap((f, i) =>
    [f.measure, f.speaker, f.cited_source, f.quote].some((t) => words(t).some((w) => w.startsWith(word))) ? [i] : [],
  );
}

test.describe("search", () => {
  test("typing a search narrows the count, the figures and the drawn marks", async ({ page }) => {
    await openExplorer(page);
    const before = await state(page);
    expect(await shownCount(page)).toBe(126);
    expect(before.indices).toHaveLength(126);
    const marksBefore = (await markLayout(page)).marks.length;
    await snapshotCanvas(page, "all");

    await page.locator("#search").click();
    await afterRedraw(page, () => page.keyboard.type("foster", { delay: 25 }));
    await expect.poll(async () => (await state(page)).search).toBe("foster");
    const after = await chartSettled(page);

    const count = await shownCount(page);
    expect(count).toBeLessThan(126);
    expect(count).toBe(after.indices.length);
    expect(after.indices).not.toEqual(before.indices);
    expect([...after.indices].sort((a, b) => a - b)).toEqual(matching("foster"));
    expect(after.query).toBe("q=foster");
    await expect(page).toHaveURL(/\?q=foster$/);

    const layout = await markLayout(page);
    expect(layout.marks.length).toBeLessThan(marksBefore);
    expect(layout.marks.flatMap((m) => m.figures).sort((a, b) => a - b)).toEqual(
      [...after.indices].sort((a, b) => a - b),
    );
    expect(await pixelsChangedSince(page, "all")).toBeGreaterThan(500);

    // A search nothing matches: an empty chart, a count of 0 and a table that says so.
    await page.locator("#search").fill("zzzzqx");
    await expect(page.locator("#shown-count")).toHaveText("Showing 0 of 126 figures");
    await expect(page.locator("#figures-table tbody td.empty")).toBeVisible();
    await expect(page.locator("#download-csv")).toBeDisabled();
  });
});

test.describe("permalinks", () => {
  const figure = FIGURES.find((f) => f.id === "icsc-2022-018");

  test("a permalink restores the controls, the canonical query and the open card", async ({ page }) => {
    expect(figure, "the permalink's figure is in the dataset").toBeDefined();
    // Parameters out of the canonical order: the page must put them in it.
    await openExplorer(page, `figure=${figure.id}&q=foster&topic=fostering&chart=bars`);
    const canonical = `chart=bars&topic=fostering&q=foster&figure=${figure.id}`;
    const restored = await state(page);
    expect(restored.query).toBe(canonical);
    expect(restored.problems).toEqual([]);
    expect(await page.evaluate(() => location.search)).toBe(`?${canonical}`);

    await expect(page.locator("#chart-kind")).toHaveValue("bars");
    await expect(page.locator("#search")).toHaveValue("foster");
    await expect(page.locator("#group-by")).toHaveValue("");
    await expect(page.locator("#filter-cited")).toHaveValue("");
    await expect(page.locator("#filter-topic input[value='fostering']")).toBeChecked();
    await expect(page.locator("#filter-topic input:checked")).toHaveCount(1);
    await expect(page.locator("#filter-topic summary")).toHaveText("Topics (1)");

    const expected = FIGURES.flatMap((f, i) => (f.topic === "fostering" && matching("foster").includes(i) ? [i] : []));
    expect([...restored.indices].sort((a, b) => a - b)).toEqual(expected);
    expect(await shownCount(page)).toBe(expected.length);

    await expect(card(page)).toBeVisible();
    expect(restored.selected).toBe(FIGURES.indexOf(figure));
    expect(await card(page).locator("blockquote").textContent()).toBe(figure.quote);
    expect(await card(page).locator("blockquote mark").textContent()).toBe(figure.figure_text);
    await expect(page.locator("#figures-table tbody tr[aria-current='true']")).toHaveAttribute(
      "data-index",
      String(FIGURES.indexOf(figure)),
    );
  });

  test("Back and Forward restore the earlier views; a run of typing is one history entry", async ({ page }) => {
    await openExplorer(page, "chart=bars");
    const start = await page.evaluate(() => history.length);

    await page.locator("#search").click();
    await afterRedraw(page, () => page.keyboard.type("carers", { delay: 25 }));
    await expect(page).toHaveURL(/\?chart=bars&q=carers$/);
    expect(await page.evaluate(() => history.length)).toBe(start + 1);
    const searched = await shownCount(page);
    expect(searched).toBeLessThan(126);

    await page.locator("#group-by").selectOption("speaker");
    await expect(page).toHaveURL(/\?chart=bars&q=carers&group=speaker$/);
    expect((await state(page)).group).toBe("speaker");

    await page.goBack();
    await expect(page).toHaveURL(/\?chart=bars&q=carers$/);
    await expect(page.locator("#group-by")).toHaveValue("");
    await expect(page.locator("#search")).toHaveValue("carers");
    expect((await state(page)).group).toBeNull();

    await page.goBack();
    await expect(page).toHaveURL(/\?chart=bars$/);
    await expect(page.locator("#search")).toHaveValue("");
    await expect(page.locator("#chart-kind")).toHaveValue("bars");
    await expect(page.locator("#shown-count")).toHaveText("Showing 126 of 126 figures");
    const back = await chartSettled(page);
    expect(back.query).toBe("chart=bars");
    expect(back.indices).toHaveLength(126);

    await page.goForward();
    await expect(page).toHaveURL(/\?chart=bars&q=carers$/);
    await expect(page.locator("#search")).toHaveValue("carers");
    await expect(page.locator("#shown-count")).toHaveText(`Showing ${searched} of 126 figures`);
    expect((await chartSettled(page)).search).toBe("carers");
  });
});

test.describe("table", () => {
  test("the table lists the figures shown in the chart's order, sorts, and opens a figure's card", async ({ page }) => {
    await openExplorer(page, "topic=care-leavers");
    const shown = await state(page);
    const rows = page.locator("#figures-table tbody tr");
    await expect(rows).toHaveCount(shown.indices.length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.dataset.index)))).toEqual(shown.indices);

    await page.getByRole("button", { name: "Speaker", exact: true }).click();
    await expect(page.locator("#figures-table th[aria-sort='ascending']")).toHaveText(/Speaker/);
    const speakers = await rows.locator(".cell-speaker").allTextContents();
    expect(speakers).toEqual([...speakers].sort((a, b) => a.localeCompare(b, "en-GB")));

    const index = shown.indices[2];
    await page.locator(`#figures-table tbody tr[data-index='${index}'] button.open`).click();
    await expect(card(page)).toBeVisible();
    expect(await card(page).locator("blockquote").textContent()).toBe(FIGURES[index].quote);
    await expect(page).toHaveURL(new RegExp(`figure=${FIGURES[index].id}$`));
  });
});

test.describe("downloads", () => {
  test("the CSV has every provenance column and one row per figure shown; JSON and PNG match the view", async ({
    page,
  }) => {
    await openExplorer(page, "topic=care-leavers,fostering");
    const shown = await state(page);
    expect(shown.indices.length).toBeGreaterThan(5);

    const [csvFile] = await Promise.all([page.waitForEvent("download"), page.locator("#download-csv").click()]);
    expect(csvFile.suggestedFilename()).toBe("cited-stats-figures.csv");
    const { header, records } = csvRecords(await readFile(await csvFile.path(), "utf8"));
    for (const column of CSV_COLUMNS) expect(header, `CSV column ${column}`).toContain(column);
    expect(records.map((r) => r.id)).toEqual(idsOf(shown.indices));
    for (const record of records) {
      const figure = FIGURES.find((f) => f.id === record.id);
      expect(record.quote).toBe(figure.quote);
      expect(record.figure_text).toBe(figure.figure_text);
      expect(Number(record.value)).toBe(figure.value);
      expect(record.unit).toBe(figure.unit);
      expect(record.speaker).toBe(figure.speaker);
      expect(record.speaker_party).toBe(figure.speaker_party ?? "");
      expect(record.date).toBe(figure.date ?? "");
      expect(record.debate).toBe(figure.debate);
      expect(record.chamber).toBe(figure.chamber);
      expect(record.transcript).toBe(figure.transcript);
      expect(Number(record.transcript_line)).toBe(figure.transcript_line);
      expect(record.cited_source).toBe(figure.cited_source ?? "");
      expect(record.citation).toContain(figure.quote);
    }
    await expect(page.locator("#download-status")).toHaveText(`CSV saved: ${shown.indices.length} figures.`);

    const [jsonFile] = await Promise.all([page.waitForEvent("download"), page.locator("#download-json").click()]);
    expect(jsonFile.suggestedFilename()).toBe("cited-stats-figures.json");
    // Each figure's own record with what the whole dataset's claims add to it (data/figures.jsonl holds both).
    expect(JSON.parse(await readFile(await jsonFile.path(), "utf8"))).toEqual(
      shown.indices.map((i) => {
        const { claim_quotations, claim_agrees } = DERIVED.get(FIGURES[i].id);
        return { ...FIGURES[i], claim_quotations, claim_agrees };
      }),
    );

    const [pngFile] = await Promise.all([page.waitForEvent("download"), page.locator("#download-png").click()]);
    expect(pngFile.suggestedFilename()).toBe("cited-stats-chart.png");
    const png = await readFile(await pngFile.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const canvas = await page.evaluate(() => {
      const c = document.getElementById("chart").shadowRoot.querySelector("canvas.chart");
      return { width: c.width, height: c.height };
    });
    // IHDR: the chart's backing store plus a 24 px source line under it.
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: canvas.width,
      height: canvas.height + 24,
    });
  });
});

test.describe("bad URL", () => {
  test("bad parameters are named with their values, and the rest of the view still draws", async ({ page }) => {
    await openExplorer(page, "topic=nonsense&colour=red&chart=bars");
    const message = page.locator("#chart .message");
    await expect(message).toBeVisible();
    await expect(message).toHaveAttribute("role", "alert");
    await expect(message).toContainText("topic");
    await expect(message).toContainText('"nonsense"');
    await expect(message).toContainText("colour");
    await expect(message).toContainText('"red"');
    const shown = await state(page);
    expect(shown.problems.map((p) => [p.parameter, p.value])).toEqual([
      ["topic", "nonsense"],
      ["colour", "red"],
    ]);

    // The rest applies: the bar chart of every figure, drawn.
    expect(shown.chart).toBe("bars");
    expect(shown.indices).toHaveLength(126);
    await expect(page.locator("#chart-kind")).toHaveValue("bars");
    await expect(page.locator("#shown-count")).toHaveText("Showing 126 of 126 figures");
    const layout = await markLayout(page);
    expect(layout.rendered.marks).toBeGreaterThan(0);
    const mark = singleMarks(layout).find((m) => FIGURES[m.figures[0]].cited_source);
    expect(isBackground((await pixelsAround(page, mark.centre))[0], CHART_BACKGROUND.light)).toBe(false);
  });
});

test.describe("console and CSP", () => {
  test("the explorer logs no errors and violates no CSP directive while it is used", async ({ page, problems }) => {
    const response = await page.goto("/");
    expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await chartSettled(page);
    for (const kind of ["bars", "counts", "dots", "timeline"]) {
      await afterRedraw(page, () => page.locator("#chart-kind").selectOption(kind));
      expect((await state(page)).chart).toBe(kind);
    }
    await afterRedraw(page, () => page.locator("#group-by").selectOption("party"));
    await page.locator("#search").fill("social workers");
    await page.locator("#figures-table tbody button.open").first().click();
    await expect(card(page)).toBeVisible();
    await Promise.all([page.waitForEvent("download"), page.locator("#download-csv").click()]);
    await page.locator("#reset").click();
    await expect(page.locator("#search")).toHaveValue("");
    await chartSettled(page);

    expect(problems.page).toEqual([]);
    expect(problems.console).toEqual([]);
    expect(problems.csp).toEqual([]);

    // The watch works: an inline style is refused by the CSP, and that is seen.
    await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "body { outline: 1px solid red; }";
      document.head.append(style);
    });
    await expect.poll(() => problems.csp.length).toBeGreaterThan(0);
    expect(problems.csp[0]).toMatch(/^style-src/);
    problems.allow = true;
  });
});
