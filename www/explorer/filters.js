// The filter panel: the search box, chart and group-by switchers, one checklist per multi-value
// filter (claims among them), the date range, the cited-source choice and whether a figure's
// quantity is quoted elsewhere. It turns the controls into URL parameters and
// sets the controls from the parameters of the element's current query.
// Chart kinds, units, the claim grouping and the `quoted` choices are named in the core's words (the
// generated vocabulary).
import { checklist } from "./checklist.js";
import { byId } from "./dom.js";
import { asLabel, labelIn } from "./labels.js";
import { CHART_LABELS, GROUP_LABELS, QUOTED_LABELS, UNIT_LABELS } from "../lib/vocabulary.js";

/** @import { Choice, Choices } from "../index.js" */

/**
 * The multi-value filters: URL parameter, the heading the reader sees, the choices' key, labels.
 * @type {{ name: string, title: string, key: "debates" | "speakers" | "parties" | "topics" | "units" | "claims",
 *   labelOf?: (choice: Choice) => string }[]}
 */
const LISTS = [
  { name: "debate", title: "Debates", key: "debates" },
  { name: "speaker", title: "Speakers", key: "speakers" },
  { name: "party", title: "Parties", key: "parties" },
  { name: "topic", title: "Topics", key: "topics", labelOf: (c) => c.label.replace(/-/g, " ") },
  { name: "unit", title: "Units", key: "units", labelOf: (c) => labelIn(UNIT_LABELS, c.value, c.label) },
  // A claim's label is its key with spaces (the core's `choices`).
  { name: "claim", title: "Claims", key: "claims" },
];

/** @param {Choice} choice */
const ownLabel = (choice) => choice.label;

/**
 * What a reader sees for each value of each multi-value filter: parameter → (value → label), with
 * the same labels as the checklists.
 * @param {Partial<Choices> | null} choices
 * @returns {Record<string, Map<string, string>>}
 */
export function choiceLabels(choices) {
  return Object.fromEntries(
    LISTS.map(({ name, key, labelOf = ownLabel }) => [
      name,
      new Map((choices?.[key] ?? []).map((choice) => [choice.value, labelOf(choice)])),
    ]),
  );
}

/**
 * @param {HTMLFormElement} form  holds #search, #chart-kind, #group-by, #filter-from, #filter-to,
 *   #filter-cited, #filter-quoted and #checklists
 * @param {Choices | null} choices
 * @param {{ onChange: (params: Map<string, string[]>, typing: boolean) => void }} options
 */
export function filters(form, choices, { onChange }) {
  const search = byId(form, "search", "input");
  const singles = {
    chart: byId(form, "chart-kind", "select"),
    group: byId(form, "group-by", "select"),
    from: byId(form, "filter-from", "input"),
    to: byId(form, "filter-to", "input"),
    cited: byId(form, "filter-cited", "select"),
    quoted: byId(form, "filter-quoted", "select"),
  };
  const changed = (typing = false) => onChange(read(), typing);

  const lists = LISTS.map((spec) => ({
    name: spec.name,
    list: checklist({ ...spec, choices: choices?.[spec.key] ?? [], onChange: () => changed() }),
  }));
  byId(form, "checklists", "div").replaceChildren(...lists.map(({ list }) => list.element));

  // The page lists the chart kinds in its own order; their names are the core's.
  for (const option of singles.chart.options) option.textContent = labelIn(CHART_LABELS, option.value, option.text);
  // Grouping by claim, and the `quoted` choices, in the core's words too.
  for (const option of singles.group.options)
    if (option.value === "claim") option.textContent = asLabel(labelIn(GROUP_LABELS, "claim"));
  for (const [value, label] of Object.entries(QUOTED_LABELS)) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = asLabel(label);
    singles.quoted.append(option);
  }

  for (const input of [singles.from, singles.to]) {
    if (choices?.first_date) input.min = choices.first_date;
    if (choices?.last_date) input.max = choices.last_date;
  }

  /** The parameters the controls set (every one but `figure`). */
  function read() {
    const params = new Map();
    for (const { name, list } of lists) params.set(name, list.values());
    for (const [name, control] of Object.entries(singles)) params.set(name, control.value ? [control.value] : []);
    params.set("q", search.value ? [search.value] : []);
    // The timeline is the default chart; leave it out as the canonical query does.
    if (singles.chart.value === "timeline") params.set("chart", []);
    return params;
  }

  /**
   * Sets every control from `params` (a parsed query), without announcing a change.
   * @param {Map<string, string[]>} params
   */
  function set(params) {
    const one = (/** @type {string} */ name) => params.get(name)?.[0] ?? "";
    for (const { name, list } of lists) list.set(params.get(name) || []);
    singles.chart.value = one("chart") || "timeline";
    if (singles.chart.selectedIndex < 0) singles.chart.value = "timeline";
    for (const name of /** @type {const} */ (["group", "from", "to", "cited", "quoted"])) {
      const control = singles[name];
      control.value = one(name);
      if (control instanceof HTMLSelectElement && control.selectedIndex < 0) control.value = "";
    }
    if (search.value !== one("q")) search.value = one("q");
  }

  /** Empties the search and every filter, keeping the chart kind and grouping. */
  function clear() {
    search.value = "";
    for (const { list } of lists) list.set([]);
    for (const name of /** @type {const} */ (["from", "to", "cited", "quoted"])) singles[name].value = "";
    changed();
  }

  search.addEventListener("input", () => changed(true));
  for (const control of Object.values(singles)) control.addEventListener("change", () => changed());
  form.addEventListener("submit", (event) => event.preventDefault());

  return { read, set, clear, search };
}
