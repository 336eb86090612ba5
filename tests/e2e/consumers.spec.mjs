// The npm package as apps use it: tests/consumers/vite and tests/consumers/webpack, each built by
// scripts/consumers.sh from the packed tarball, served here under /consumers/<app>/ with the strict
// CSP. In each: the built-in chart draws and a hover shows the hovered figure's words; a dataset of
// the app's own (plain objects) draws only its figures, and loadDataset() agrees; a bad dataset
// shows, in the element and from loadDataset(), the same named problems, and no chart.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CHART_BACKGROUND, chartSettled, expect, longDate, pagePoint, readyRejection, test } from "./support.mjs";
import { BAD_FIGURES, OWN_FIGURES } from "../consumers/shared/own-figures.js";

const APPS = ["vite", "webpack"];

/** Opens app `app`'s page and waits until its script has finished (the `ready` class on body). */
async function openApp(page, app) {
  const dist = fileURLToPath(new URL(`../consumers/${app}/dist/index.html`, import.meta.url));
  expect(existsSync(dist), `${dist} is missing: run bash scripts/consumers.sh first`).toBe(true);
  await page.goto(`/consumers/${app}/`);
  await expect(page.locator("body")).toHaveClass(/\bready\b/);
}

/** How many pixels of the element's chart canvas are not the light background, and how many in all. */
function inkedPixels(page, selector) {
  return page.evaluate(
    ([sel, background]) => {
      const canvas = document.querySelector(sel).shadowRoot.querySelector("canvas.chart");
      const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] !== 255 || background.some((c, k) => Math.abs(data[i + k] - c) > 2)) inked += 1;
      }
      return { inked, total: data.length / 4 };
    },
    [selector, CHART_BACKGROUND.light],
  );
}

/** Whether some pixel inside the mark's box (CSS px) is not the light background. */
function markInked(page, selector, bbox) {
  return page.evaluate(
    ([sel, box, background]) => {
      const canvas = document.querySelector(sel).shadowRoot.querySelector("canvas.chart");
      const dpr = canvas.width / canvas.clientWidth;
      const width = Math.max(1, Math.ceil(box.widthCssPx * dpr));
      const height = Math.max(1, Math.ceil(box.heightCssPx * dpr));
      const data = canvas
        .getContext("2d")
        .getImageData(Math.floor(box.xCssPx * dpr), Math.floor(box.yCssPx * dpr), width, height).data;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] !== 255 || background.some((c, k) => Math.abs(data[i + k] - c) > 2)) return true;
      }
      return false;
    },
    [selector, bbox, CHART_BACKGROUND.light],
  );
}

/** The element's marks (its own `marks()`) and figures. */
function marksAndFigures(page, selector) {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    return { marks: element.marks(), figures: element.figures };
  }, selector);
}

/** The centre of a box, and whether it lies inside any other mark's box. */
function centreOf(mark, marks) {
  const { xCssPx: x, yCssPx: y, widthCssPx: w, heightCssPx: h } = mark.bbox;
  const centre = { x: x + w / 2, y: y + h / 2 };
  const shared = marks.some(
    (other) =>
      other !== mark &&
      centre.x >= other.bbox.xCssPx &&
      centre.x <= other.bbox.xCssPx + other.bbox.widthCssPx &&
      centre.y >= other.bbox.yCssPx &&
      centre.y <= other.bbox.yCssPx + other.bbox.heightCssPx,
  );
  return { centre, shared };
}

/** Hovers the centre of `mark` and checks the tooltip shows that figure's words, speaker and date. */
async function hoverShowsWords(page, selector, mark, figure) {
  const point = await pagePoint(page, centreOf(mark, []).centre, selector);
  await page.mouse.move(point.x, point.y);
  const tooltip = page.locator(`${selector} .tooltip`);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(`“${figure.figure_text}”`);
  await expect(tooltip).toContainText(`${figure.speaker}, ${longDate(figure.date)}`);
}

/** A mark that stands for one figure and whose centre no other mark covers. */
function loneMark(marks) {
  const mark = marks.find((m) => m.figures.length === 1 && !centreOf(m, marks).shared);
  expect(mark, "a mark for one figure, apart from the others").toBeTruthy();
  return mark;
}

/** Problem lines of a dataset message without the source's name ("dataset: record 1 (id …), field …" → ": record 1 …"). */
function problemLines(message, source) {
  return message
    .split("\n")
    .filter((line) => line.startsWith(source))
    .map((line) => line.slice(source.length));
}

for (const app of APPS) {
  test.describe(`the ${app} app`, () => {
    test("draws the built-in chart and answers a hover with the figure's words", async ({ page }) => {
      await openApp(page, app);
      const state = await chartSettled(page, "#built-in");
      expect(state.problems).toEqual([]);
      expect(state.indices.length).toBe(state.total);
      const { marks, figures } = await marksAndFigures(page, "#built-in");
      expect(figures.length).toBe(state.total);
      expect(marks.length).toBeGreaterThan(0);

      const { inked, total } = await inkedPixels(page, "#built-in");
      expect(inked, "pixels drawn on the chart").toBeGreaterThan(0);
      expect(inked, "pixels left as background").toBeLessThan(total);
      for (const mark of marks.slice(0, 10)) {
        expect(
          await markInked(page, "#built-in", mark.bbox),
          `mark ${mark.mark} (${mark.description}) is drawn in its box`,
        ).toBe(true);
      }

      const mark = loneMark(marks);
      await hoverShowsWords(page, "#built-in", mark, figures[mark.figures[0]]);
    });

    test("a dataset of the app's own draws only its figures, and loadDataset() agrees", async ({ page }) => {
      await openApp(page, app);
      const state = await chartSettled(page, "#own");
      expect(state.total).toBe(OWN_FIGURES.length);
      expect(state.problems).toEqual([]);
      const { marks, figures } = await marksAndFigures(page, "#own");
      expect(figures.map((f) => f.id)).toEqual(OWN_FIGURES.map((f) => f.id));
      const drawn = [...new Set(marks.flatMap((m) => m.figures))].sort((a, b) => a - b);
      expect(drawn, "every own figure is drawn, and nothing else").toEqual(OWN_FIGURES.map((_, i) => i));
      for (const mark of marks) expect(await markInked(page, "#own", mark.bbox)).toBe(true);
      await expect(page.locator("#own-api")).toHaveText(`loadDataset() checked ${OWN_FIGURES.length} figures.`);

      const mark = loneMark(marks);
      await hoverShowsWords(page, "#own", mark, OWN_FIGURES[mark.figures[0]]);
    });

    test("with no explorer named, the card offers no permalink to a page the app does not have", async ({ page }) => {
      await openApp(page, app);
      await chartSettled(page, "#built-in");
      expect(await page.evaluate(() => document.getElementById("built-in").explorer)).toBeNull();
      await page.evaluate(() => document.getElementById("built-in").openFigure(0));
      await expect(page.locator("#built-in .card")).toBeVisible();
      await expect(page.locator("#built-in .card blockquote")).toBeVisible();
      await expect(page.locator("#built-in .card a.permalink")).toHaveCount(0);
    });

    test("a bad dataset is named the same way by the element and by loadDataset(), and draws nothing", async ({
      page,
    }) => {
      await openApp(page, app);
      const rejected = await readyRejection(page, "#bad");
      expect(rejected, "the element's ready rejects").not.toBeNull();
      const message = page.locator("#bad .message");
      await expect(message).toBeVisible();
      await expect(message).toContainText(rejected);

      const fromApi = await page.locator("#bad-api").textContent();
      const elementLines = problemLines(rejected, "property `data`");
      const apiLines = problemLines(fromApi, "dataset");
      expect(elementLines.length, `one line per bad record in ${JSON.stringify(rejected)}`).toBe(BAD_FIGURES.length);
      expect(apiLines).toEqual(elementLines);
      for (const [k, figure] of BAD_FIGURES.entries()) {
        const line = elementLines[k];
        expect(line).toMatch(new RegExp(`^: record ${k + 1} \\(id "${figure.id}"\\), field \``));
        const field = /field `([a-z_]+)`/.exec(line)[1];
        expect(figure[field], `the field named in ${JSON.stringify(line)} is one that was broken`).not.toEqual(
          OWN_FIGURES[k][field],
        );
      }

      const drawn = await page.evaluate(() => {
        const element = document.getElementById("bad");
        return {
          draws: element.__e2eDraws || 0,
          stageHidden: element.shadowRoot.querySelector(".stage").hidden,
          state: element.state,
        };
      });
      expect(drawn).toEqual({ draws: 0, stageHidden: true, state: null });
    });
  });
}
