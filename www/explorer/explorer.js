// The standalone explorer page: starts the <cited-stats> chart with the view in the page's URL,
// then builds the filters, the table, the download buttons and the embed snippets around it and
// keeps them all in step with the chart's state. If the figures cannot be loaded it says so and
// hides what cannot work.
import "../dist/cited-stats.js";
import { filters } from "./filters.js";
import { figuresTable } from "./table.js";
import { downloads } from "./downloads.js";
import { embed } from "./embed.js";
import { permalink } from "./permalink.js";
import { buildQuery, parseQuery } from "../lib/query-string.js";
import { byId } from "./dom.js";
import { narrowScreen } from "./narrow.js";

/** @import { State } from "../index.js" */

const chart = byId(document, "chart", "cited-stats");
const form = byId(document, "filters", "form");
const count = byId(document, "shown-count", "p");
const link = permalink(chart);
// On a phone the chart first, the form behind a button beneath it.
narrowScreen(form, byId(document, "filters-toggle", "button"), /** @type {HTMLElement} */ (chart.closest(".results")));

count.textContent = "Loading the figures…";
link.restore();

try {
  await chart.ready;
  // The table, the downloads and the JSON need every figure whole.
  await chart.loadDetails();
  start();
} catch (error) {
  fail(error);
}

function start() {
  const panel = filters(form, chart.choices, {
    onChange(params, typing) {
      // Keep the open card, if any: the reader changed the view around it.
      params.set("figure", parseQuery(chart.state?.query ?? "").get("figure") ?? []);
      link.set(buildQuery(params), typing ? "typing" : null);
    },
  });
  panel.search.addEventListener("blur", link.endTyping);
  byId(document, "reset", "button").addEventListener("click", () => {
    link.endTyping();
    panel.clear();
  });

  const table = figuresTable(byId(document, "figures-table", "table"), { open: openFromTable });
  const files = downloads(chart, {
    csv: byId(document, "download-csv", "button"),
    json: byId(document, "download-json", "button"),
    png: byId(document, "download-png", "button"),
    status: byId(document, "download-status", "span"),
  });
  const snippets = embed(chart, {
    toggle: byId(document, "embed-toggle", "button"),
    panel: byId(document, "embed-panel", "section"),
    element: byId(document, "embed-element", "textarea"),
    iframe: byId(document, "embed-iframe", "textarea"),
    copyElement: byId(document, "copy-element", "button"),
    copyIframe: byId(document, "copy-iframe", "button"),
    status: byId(document, "embed-status", "p"),
  });

  const show = (/** @type {State} */ state) => {
    panel.set(parseQuery(state.query));
    const n = state.indices.length;
    count.textContent = `Showing ${n} of ${state.total} figures`;
    table.update(chart.figures, state.indices, state.selected ?? null, chart.alsoQuoted(state.indices));
    files.update(n);
    snippets.update();
  };
  chart.addEventListener("cited-stats-change", (event) => show(event.detail));
  if (chart.state) show(chart.state);
  link.start();
  form.inert = false;
  document.body.classList.remove("loading");
}

/**
 * Opens a figure chosen in the table, bringing its card (at the foot of the chart) into view.
 * @param {number} index
 */
function openFromTable(index) {
  chart.openFigure(index);
  const box = chart.getBoundingClientRect();
  if (box.bottom < 0 || box.top > innerHeight) chart.scrollIntoView({ block: "end" });
}

/** @param {unknown} error */
function fail(error) {
  const message = byId(document, "load-error", "p");
  message.textContent = `The figures could not be loaded, so the filters, table and downloads are not available. ${error instanceof Error ? error.message : error}`;
  message.hidden = false;
  for (const part of document.querySelectorAll(".needs-data")) if (part instanceof HTMLElement) part.hidden = true;
  document.querySelector(".layout")?.classList.add("failed");
  document.body.classList.remove("loading");
}
