// The download buttons: the figures shown as CSV (every provenance column, from the element) or
// JSON (the dataset's own records, each with what the whole dataset's claims add to it:
// `claim_quotations` and `claim_agrees`, as the CSV's columns), and the chart as PNG with its source line. Each file is saved
// through a Blob, an object URL and a temporary <a download>. The chart as SVG is drawn at build
// time for the standard views (data/download/<slug>.svg, listed by canonical query in
// data/download/index.json: the views data/fallback/index.json lists);
// for any other view the SVG button is disabled and a note beside it says why. Beside them, the
// view's one sentence (the element's `summary()`, also the PNG's and the SVG's description) as alt
// text for an editor's CMS, with a button that copies it. The SVG button, its note and the alt text
// are found in the page by id.
import { withoutParameters } from "../lib/query-string.js";
import { byId } from "./dom.js";

/** @import { CitedStatsElement } from "../index.js" */

/**
 * Saves `blob` as `name`.
 * @param {Blob} blob
 * @param {string} name
 */
function save(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Wires the three buttons to the chart element `chart`; `status` tells the reader what happened.
 * @param {CitedStatsElement} chart
 * @param {{ csv: HTMLButtonElement, json: HTMLButtonElement, png: HTMLButtonElement, status: HTMLElement }} parts
 */
export function downloads(chart, { csv, json, png, status }) {
  const svg = byId(document, "download-svg", "button");
  const note = byId(document, "svg-note", "span");
  const altText = byId(document, "alt-text", "span");
  const copyAlt = byId(document, "copy-alt-text", "button");
  const shown = () => chart.state?.indices ?? [];
  const done = (/** @type {string} */ what) => {
    const n = shown().length;
    status.textContent = `${what} saved: ${n} ${n === 1 ? "figure" : "figures"}.`;
  };

  csv.addEventListener("click", () => {
    save(new Blob([chart.csv(shown())], { type: "text/csv;charset=utf-8" }), "cited-stats-figures.csv");
    done("CSV");
  });
  json.addEventListener("click", () => {
    const records = shown().map((i) => ({ ...chart.figures[i], ...chart.derived(i) }));
    const text = `${JSON.stringify(records, null, 2)}\n`;
    save(new Blob([text], { type: "application/json" }), "cited-stats-figures.json");
    done("JSON");
  });
  png.addEventListener("click", async () => {
    png.disabled = true;
    status.textContent = "Making the PNG…";
    try {
      save(await chart.exportPng(), "cited-stats-chart.png");
      done("PNG of the chart");
    } catch (error) {
      status.textContent = `The PNG could not be made: ${error instanceof Error ? error.message : error}`;
    } finally {
      png.disabled = shown().length === 0;
    }
  });

  /** @type {Map<string, string> | null | undefined} query → file; null when unreadable, undefined while read */
  let standard;
  const standardViews = fetch(new URL("data/download/index.json", location.href))
    .then((response) => (response.ok ? response.json() : null))
    .then(readDownloads)
    .catch(() => null)
    .then((views) => {
      standard = views;
      offerSvg();
    });
  /** The build's SVG of the view shown (the open card aside), or null when it has none. */
  const svgFile = () => standard?.get(withoutParameters(chart.state?.query ?? "", ["figure"])) ?? null;
  /** Enables the SVG button for a standard view; otherwise says why it is not offered. */
  const offerSvg = () => {
    const file = svgFile();
    svg.disabled = file === null;
    note.hidden = file !== null || standard === undefined;
    if (standard === null) note.textContent = "SVG is not offered: the list of standard views could not be loaded.";
  };
  svg.addEventListener("click", async () => {
    const file = svgFile();
    if (!file) return;
    svg.disabled = true;
    try {
      const url = new URL(`data/download/${file}`, location.href);
      const response = await fetch(url);
      if (!response.ok)
        throw new Error(`${url.pathname}: the server answered ${response.status} ${response.statusText}`);
      save(new Blob([await response.text()], { type: "image/svg+xml" }), "cited-stats-chart.svg");
      done("SVG of the chart");
    } catch (error) {
      status.textContent = `The SVG could not be downloaded: ${error instanceof Error ? error.message : error}`;
    } finally {
      offerSvg();
    }
  });

  /** The drawn view's sentence, as alt text. */
  const describe = () => {
    altText.textContent = chart.summary() ?? "";
    copyAlt.disabled = altText.textContent === "";
  };
  chart.addEventListener("cited-stats-draw", describe);
  describe();
  copyAlt.addEventListener("click", async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error("this browser does not let the page use the clipboard");
      await navigator.clipboard.writeText(altText.textContent ?? "");
      status.textContent = "Alt text copied.";
    } catch (error) {
      const why = error instanceof Error ? error.message : error;
      status.textContent = `The alt text could not be copied (${why}). Select it and copy it yourself.`;
    }
  });

  return {
    /** Resolves once the list of standard views is read (or could not be). */
    standardViews,
    /**
     * Enables the buttons only when there is something to download.
     * @param {number} count
     */
    update(count) {
      for (const button of [csv, json, png]) button.disabled = count === 0;
      offerSvg();
      status.textContent = "";
    },
  };
}

/**
 * data/download/index.json (parsed) as canonical query → file name; null for anything not in its
 * shape, and only plain file names (no path) are taken.
 * @param {any} json
 * @returns {Map<string, string> | null}
 */
export function readDownloads(json) {
  if (!Array.isArray(json?.views)) return null;
  /** @type {Map<string, string>} */
  const views = new Map();
  for (const view of json.views) {
    const ok = typeof view?.query === "string" && typeof view?.file === "string" && /^[\w-]+\.svg$/.test(view.file);
    if (ok && !views.has(view.query)) views.set(view.query, view.file);
  }
  return views;
}
