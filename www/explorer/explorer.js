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
import { buildQuery, parseQuery } from "./query.js";

const $ = (id) => document.getElementById(id);
const chart = $("chart");
const form = $("filters");
const count = $("shown-count");
const link = permalink(chart);

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
  $("reset").addEventListener("click", () => {
    link.endTyping();
    panel.clear();
  });

  const table = figuresTable($("figures-table"), { open: openFromTable });
  const files = downloads(chart, {
    csv: $("download-csv"),
    json: $("download-json"),
    png: $("download-png"),
    status: $("download-status"),
  });
  const snippets = embed(chart, {
    toggle: $("embed-toggle"),
    panel: $("embed-panel"),
    element: $("embed-element"),
    iframe: $("embed-iframe"),
    copyElement: $("copy-element"),
    copyIframe: $("copy-iframe"),
    status: $("embed-status"),
  });

  const show = (state) => {
    panel.set(parseQuery(state.query));
    const n = state.indices.length;
    count.textContent = `Showing ${n} of ${state.total} figures`;
    table.update(chart.figures, state.indices, state.selected ?? null);
    files.update(n);
    snippets.update();
  };
  chart.addEventListener("cited-stats-change", (event) => show(event.detail));
  show(chart.state);
  link.start();
  form.inert = false;
  document.body.classList.remove("loading");
}

/** Opens a figure chosen in the table, bringing its card (at the foot of the chart) into view. */
function openFromTable(index) {
  chart.openFigure(index);
  const box = chart.getBoundingClientRect();
  if (box.bottom < 0 || box.top > innerHeight) chart.scrollIntoView({ block: "end" });
}

function fail(error) {
  const message = $("load-error");
  message.textContent = `The figures could not be loaded, so the filters, table and downloads are not available. ${error?.message ?? error}`;
  message.hidden = false;
  for (const part of document.querySelectorAll(".needs-data")) part.hidden = true;
  document.querySelector(".layout").classList.add("failed");
  document.body.classList.remove("loading");
}
