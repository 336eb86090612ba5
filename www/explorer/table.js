// The sortable table of the figures shown: the accessible alternative to the chart. Rows follow the
// chart's order until a column header is chosen; each header button cycles ascending, descending
// and back to the chart's order (aria-sort says which). Choosing a row, or its figure button, opens
// that figure's card in the chart. The "Also quoted" column says, in the core's words, how many other
// figures state the same quantity and whether their words differ.
import { make } from "./dom.js";

/** @import { Figure } from "../index.js" */

/**
 * A column: its key, header, the text of its cell, and the text it sorts by (null: by value). Both
 * are given the figure and the core's "Also quoted" text for it.
 * @typedef {{ key: string, title: string, text: (figure: Figure, also: string) => string,
 *   sort: ((figure: Figure, also: string) => string) | null }} Column
 */

/** @param {"speaker" | "measure" | "topic"} key */
const byText = (key) => (/** @type {Figure} */ f) => f[key] || "";
/** @type {Column[]} */
const COLUMNS = [
  { key: "date", title: "Date", text: (f) => f.date || "undated", sort: (f) => f.date || "\uffff" },
  { key: "speaker", title: "Speaker", text: (f) => f.speaker, sort: byText("speaker") },
  { key: "figure", title: "Figure", text: (f) => f.figure_text, sort: null },
  { key: "measure", title: "Measure", text: (f) => f.measure, sort: byText("measure") },
  { key: "topic", title: "Topic", text: (f) => f.topic.replace(/-/g, " "), sort: byText("topic") },
  {
    key: "source",
    title: "Source named",
    text: (f) => f.cited_source || "none named",
    sort: (f) => f.cited_source || "\uffff",
  },
  // "" sorts last; "2 others" after "1 other; quoted differently".
  { key: "also", title: "Also quoted", text: (_, also) => also, sort: (_, also) => also || "\uffff" },
];

/**
 * Figures sort by unit, then value: numbers of different units are not comparable.
 * @param {Figure} a
 * @param {Figure} b
 */
const compareFigures = (a, b) => a.unit.localeCompare(b.unit) || a.value - b.value;

/**
 * @param {HTMLTableElement} table
 * @param {{ open: (index: number) => void }} options
 */
export function figuresTable(table, { open }) {
  const head = table.tHead || table.createTHead();
  const body = table.tBodies[0] || table.createTBody();
  /** @type {Figure[]} */
  let figures = [];
  /** @type {number[]} */
  let shown = [];
  /** @type {number | null} */
  let selected = null;
  /** @type {Map<number, string>} dataset index → its "Also quoted" text */
  let alsoQuoted = new Map();
  const also = (/** @type {number} */ index) => alsoQuoted.get(index) ?? "";
  /** @type {{ key: string, descending: boolean } | null} null for the chart's order */
  let sort = null;

  const headerRow = make("tr");
  const headers = COLUMNS.map((column) => {
    const mark = make("span", "sort-mark");
    mark.setAttribute("aria-hidden", "true");
    const button = make("button", "sort", column.title, mark);
    button.type = "button";
    button.addEventListener("click", () => {
      if (!sort || sort.key !== column.key) sort = { key: column.key, descending: false };
      else if (!sort.descending) sort.descending = true;
      else sort = null;
      render();
    });
    const th = make("th", null, button);
    th.scope = "col";
    headerRow.append(th);
    return { th, mark, column };
  });
  head.replaceChildren(headerRow);

  /** The indices shown, in the order the chosen column sorts them. */
  function ordered() {
    if (!sort) return shown;
    const { key, descending } = sort;
    const by = COLUMNS.find((c) => c.key === key)?.sort;
    /** @type {(a: number, b: number) => number} */
    const compare = by
      ? (a, b) => by(figures[a], also(a)).localeCompare(by(figures[b], also(b)), "en-GB")
      : (a, b) => compareFigures(figures[a], figures[b]);
    const sorted = [...shown].sort((a, b) => compare(a, b) || shown.indexOf(a) - shown.indexOf(b));
    return descending ? sorted.reverse() : sorted;
  }

  /** @param {number} index */
  function row(index) {
    const figure = figures[index];
    const tr = make("tr");
    tr.dataset.index = String(index);
    if (index === selected) {
      tr.classList.add("selected");
      tr.setAttribute("aria-current", "true");
    }
    for (const column of COLUMNS) {
      if (column.key === "figure") {
        const button = make("button", "open", figure.figure_text);
        button.type = "button";
        button.title = "Open this figure's quote and source";
        tr.append(make("td", "figure-cell", button));
      } else {
        const td = make("td", `cell-${column.key}`, column.text(figure, also(index)));
        if (column.key === "source" && !figure.cited_source) td.classList.add("none");
        tr.append(td);
      }
    }
    return tr;
  }

  function render() {
    for (const { th, mark, column } of headers) {
      const descending = sort?.key === column.key ? sort.descending : null;
      if (descending !== null) th.setAttribute("aria-sort", descending ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
      mark.textContent = descending === null ? "" : descending ? " ▼" : " ▲";
    }
    const rows = ordered().map(row);
    if (rows.length === 0) {
      const td = make("td", "empty", "No figures match. Clear a filter or the search to see more.");
      td.colSpan = COLUMNS.length;
      rows.push(make("tr", null, td));
    }
    body.replaceChildren(...rows);
  }

  body.addEventListener("click", (event) => {
    const tr = event.target instanceof Element ? event.target.closest("tr[data-index]") : null;
    if (tr instanceof HTMLElement && !window.getSelection()?.toString()) open(Number(tr.dataset.index));
  });

  return {
    /**
     * Shows `indices` of `all` in that order (unless a column sort is chosen); marks `selectedIndex`.
     * `alsoTexts[i]` is the "Also quoted" text of `indices[i]` (the element's `alsoQuoted`).
     * @param {Figure[]} all
     * @param {number[]} indices
     * @param {number | null} selectedIndex
     * @param {string[]} [alsoTexts]
     */
    update(all, indices, selectedIndex, alsoTexts = []) {
      figures = all;
      shown = indices;
      selected = selectedIndex;
      alsoQuoted = new Map(indices.map((index, i) => [index, alsoTexts[i] ?? ""]));
      render();
    },
  };
}
