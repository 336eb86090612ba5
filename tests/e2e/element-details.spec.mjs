// The built-in dataset in two parts: the chart draws and answers hover from the first part alone;
// a card opens at once and fills in when the quotes arrive (or says why they could not be had); a
// part that is not the build's columns of one length is named, never drawn short; a search waits
// for the quotes before anything is drawn; the explorer's table and downloads get whole figures.
import { FIGURES, RECORDS, chartSettled, expect, openExplorer, readyRejection, test } from "./support.mjs";

const EL = "cited-stats";
const DETAIL = "**/data/figures-detail.json";

/** Holds every request for the detail part until the returned function is called. */
async function holdDetails(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  const seen = [];
  await page.route(DETAIL, async (route) => {
    seen.push(route.request().url());
    await held;
    await route.continue().catch(() => {});
  });
  return { release: () => release(), seen };
}

/** A word of figure `index`'s quote that no figure's measure, speaker or named source holds. */
function wordOnlyInQuotes(index) {
  const elsewhere = FIGURES.map((f) => `${f.measure} ${f.speaker} ${f.cited_source ?? ""}`)
    .join(" ")
    .toLowerCase();
  return FIGURES[index].quote
    .toLowerCase()
    .split(/[^a-z]+/)
    .find((w) => w.length >= 7 && !elsewhere.includes(w));
}

test.describe("the built-in dataset's two parts", () => {
  test("the chart draws and hovers without the detail part; a card opens at once and fills in when it arrives", async ({
    page,
  }) => {
    const details = await holdDetails(page);
    await page.goto("/embed.html?chart=bars&topic=fostering");
    const state = await chartSettled(page, EL);
    expect(state.indices.length).toBeGreaterThan(0);
    expect(await page.evaluate((sel) => document.querySelector(sel).marks().length, EL)).toBeGreaterThan(0);

    const index = state.indices[0];
    const figure = FIGURES[index];
    await page.evaluate(([sel, i]) => document.querySelector(sel).openFigure(i, { focus: true }), [EL, index]);
    const card = page.locator(`${EL} section.card`);
    await expect(card).toBeVisible();
    await expect(card.locator("h2")).toHaveText(`“${figure.figure_text}” — ${figure.measure}`);
    await expect(card.locator(".status.loading")).toHaveText("Loading the quote and its source…");
    await expect(card).toBeFocused();
    expect(details.seen.length).toBeGreaterThanOrEqual(1);

    details.release();
    await expect(card.locator("blockquote")).toHaveText(figure.quote);
    await expect(card.locator("blockquote mark")).toHaveText(figure.figure_text);
    await expect(card.locator(".citation")).toContainText(figure.quote);
    const whole = await page.evaluate((sel) => document.querySelector(sel).figures, EL);
    expect(whole).toEqual(RECORDS);
  });

  test("a detail part that cannot be had is named in the card, and the chart keeps working", async ({
    page,
    problems,
  }) => {
    await page.route(DETAIL, (route) => route.fulfill({ status: 404, body: "gone" }));
    await page.goto("/embed.html?chart=bars&topic=fostering");
    const state = await chartSettled(page, EL);
    await page.evaluate(([sel, i]) => document.querySelector(sel).openFigure(i), [EL, state.indices[0]]);
    const status = page.locator(`${EL} section.card .status.loading`);
    await expect(status).toHaveText(
      /^The quote could not be loaded: dataset http:\/\/127\.0\.0\.1:\d+\/data\/figures-detail\.json: the server answered 404/,
    );
    const rejected = await page.evaluate(
      (sel) =>
        document
          .querySelector(sel)
          .loadDetails()
          .then(
            () => null,
            (error) => error.message,
          ),
      EL,
    );
    expect(rejected).toMatch(/figures-detail\.json: the server answered 404/);
    expect(await page.evaluate((sel) => document.querySelector(sel).marks().length, EL)).toBeGreaterThan(0);
    expect(problems.console.every((line) => /status of 404/.test(line))).toBe(true);
    problems.console.length = 0;
  });

  test("a detail part that is not the build's columns is named in the card, and the chart keeps working", async ({
    page,
  }) => {
    // One object per figure, the form of figures.json, where the build writes one array per field.
    await page.route(DETAIL, (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify([{ id: FIGURES[0].id }]) }),
    );
    await page.goto("/embed.html?chart=bars&topic=fostering");
    const state = await chartSettled(page, EL);
    await page.evaluate(([sel, i]) => document.querySelector(sel).openFigure(i), [EL, state.indices[0]]);
    await expect(page.locator(`${EL} section.card .status.loading`)).toHaveText(
      /^The quote could not be loaded: dataset http:\/\/127\.0\.0\.1:\d+\/data\/figures-detail\.json: expected the figures column by column \(an object of arrays\), got an array$/,
    );
    expect(await page.evaluate((sel) => document.querySelector(sel).marks().length, EL)).toBeGreaterThan(0);
  });

  test("a first part whose columns differ in length is refused by name, never drawn short", async ({ page }) => {
    await page.route("**/data/figures-first.json", async (route) => {
      const columns = await (await route.fetch()).json();
      columns.value = columns.value.slice(1);
      await route.fulfill({ contentType: "application/json", body: JSON.stringify(columns) });
    });
    await page.goto("/embed.html");
    const rejected = await readyRejection(page, EL);
    expect(rejected).toMatch(
      new RegExp(
        `^dataset http://127\\.0\\.0\\.1:\\d+/data/figures-first\\.json: column "value" has ${FIGURES.length - 1} values, column "\\w+" ${FIGURES.length}$`,
      ),
    );
    const message = page.locator(`${EL} .message`);
    await expect(message).toContainText("cited-stats could not show this chart.");
    await expect(message).toContainText(rejected);
  });

  test("a search in the first view waits for the quotes, so a word found only in a quote is found", async ({
    page,
  }) => {
    const index = FIGURES.findIndex((_, i) => wordOnlyInQuotes(i));
    const word = wordOnlyInQuotes(index);
    expect(word, "a word found only in quotes").toBeTruthy();
    const details = await holdDetails(page);
    await page.goto(`/embed.html?q=${encodeURIComponent(word)}`);
    await expect.poll(() => details.seen.length).toBeGreaterThanOrEqual(1);
    // Nothing is drawn from the first part alone while the search waits.
    expect(await page.evaluate((sel) => document.querySelector(sel).__e2eDraws || 0, EL)).toBe(0);
    details.release();
    const state = await chartSettled(page, EL);
    expect(state.search).toBe(word);
    expect(state.indices).toContain(index);
  });

  test("the explorer's table and JSON download hold whole figures", async ({ page }) => {
    await openExplorer(page, "topic=fostering");
    const figures = await page.evaluate(() => document.getElementById("chart").figures);
    expect(figures).toEqual(RECORDS);
    await expect(page.locator("#figures-table tbody tr").first()).toBeVisible();
  });
});
