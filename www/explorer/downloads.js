// The download buttons: the figures shown as CSV (every provenance column, from the element) or
// JSON (the dataset's own records, each with what the whole dataset's claims add to it:
// `claim_quotations` and `claim_agrees`, as the CSV's columns), and the chart as PNG with its source line. Each file is saved
// through a Blob, an object URL and a temporary <a download>.

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

  return {
    /**
     * Enables the buttons only when there is something to download.
     * @param {number} count
     */
    update(count) {
      for (const button of [csv, json, png]) button.disabled = count === 0;
      status.textContent = "";
    },
  };
}
