// The two embed snippets for a view of the explorer: a <cited-stats> element (one attribute per
// parameter of the view's canonical query, with a static fallback inside it) and an iframe of
// embed.html with the resizer script. Pure functions of the view: no DOM, no network. Every value
// that reaches the HTML is escaped here, so any search text gives a safe snippet.
// Chart kinds, groupings and months are named in the core's words (the generated vocabulary).
import { parseQuery } from "../lib/query-string.js";
import {
  CHART_LABELS,
  GROUP_LABELS,
  LIST_PARAMETERS,
  MONTHS,
  QUERY_PARAMETERS,
  QUOTED_LABELS,
} from "../lib/vocabulary.js";
import { labelIn } from "./labels.js";

/**
 * The static images made at build time (data/fallback/index.json, read by `readFallbackIndex`): their
 * size and, by the canonical query each shows, the two files (named by the index's `files`
 * pattern from the view's `slug`) and what it shows.
 * @typedef {{ width: number, height: number,
 *   views: Map<string, { query: string, light: string, dark: string, description: string }> }} FallbackIndex
 */

/** The characters HTML gives a meaning, and how each is written as text. */
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * `text` safe inside an HTML attribute value (double-quoted) or element content.
 * @param {unknown} text
 * @returns {string}
 */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => labelIn(ENTITIES, c));
}

/**
 * "2009-03-12" → "12 March 2009"; anything else as it is.
 * @param {string} iso
 */
function longDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/**
 * `base` + `page` + the query (no "?" when the query is empty).
 * @param {string} base
 * @param {string} page
 * @param {string} query
 */
function pageUrl(base, page, query) {
  return `${base}${page}${query ? `?${query}` : ""}`;
}

/**
 * A plain-words description of a view, for the fallback link, the image's alt text and the
 * iframe's title: the chart kind, how many figures, and each filter with the labels a reader sees.
 * @param {{ query: string, indices: ArrayLike<number> }} state  the element's state
 * @param {{ labels?: Record<string, Map<string, string>> }} [names]  per list parameter, slug → label
 * @returns {string}
 */
export function describeView(state, { labels = {} } = {}) {
  const params = parseQuery(state.query);
  const one = (/** @type {string} */ name) => params.get(name)?.[0] ?? "";
  /** @param {string} name @param {string} value */
  const label = (name, value) => (Object.hasOwn(labels, name) ? labels[name].get(value) : undefined) ?? value;
  const n = state.indices.length;

  const parts = [];
  for (const name of LIST_PARAMETERS) {
    const values = params.get(name) ?? [];
    if (values.length) parts.push(`${name}: ${values.map((v) => label(name, v)).join(" or ")}`);
  }
  if (one("from")) parts.push(`from ${longDate(one("from"))}`);
  if (one("to")) parts.push(`to ${longDate(one("to"))}`);
  if (one("cited") === "yes") parts.push("a source named");
  if (one("cited") === "no") parts.push("no source named");
  if (one("quoted")) parts.push(labelIn(QUOTED_LABELS, one("quoted")));
  if (one("q")) parts.push(`search “${one("q")}”`);
  if (one("group")) parts.push(`grouped by ${labelIn(GROUP_LABELS, one("group"))}`);
  if (one("figure")) parts.push(`figure ${one("figure")} open`);

  const kind = labelIn(CHART_LABELS, one("chart") || "timeline");
  const count = n === 0 ? "no figures" : n === 1 ? "1 figure" : `${n} figures`;
  const filters = parts.length ? ` (${parts.join("; ")})` : "";
  return `${kind} of ${count} quoted in UK parliamentary debates on children's social care${filters}`;
}

/**
 * Reads data/fallback/index.json (already parsed): the static images made at build time, by the
 * canonical query they show. Returns null for anything not in that shape.
 * @param {any} json
 * @returns {FallbackIndex | null}
 */
export function readFallbackIndex(json) {
  if (!json || typeof json !== "object" || !Array.isArray(json.views)) return null;
  const size = (/** @type {unknown} */ v) => (typeof v === "number" && Number.isFinite(v) && v > 0 ? v : null);
  const width = size(json.width);
  const height = size(json.height);
  if (width === null || height === null) return null;
  /** @type {FallbackIndex["views"]} */
  const views = new Map();
  const pattern = json.files;
  if (typeof pattern !== "string" || !pattern.includes("{slug}") || !pattern.includes("{theme}")) return null;
  for (const view of json.views) {
    const strings = ["query", "slug", "description"].every((key) => typeof view?.[key] === "string");
    if (!strings || !view.slug || views.has(view.query)) continue;
    const file = (/** @type {string} */ theme) => pattern.replace("{slug}", view.slug).replace("{theme}", theme);
    views.set(view.query, {
      query: view.query,
      light: file("light"),
      dark: file("dark"),
      description: view.description,
    });
  }
  return { width, height, views };
}

/**
 * The light-DOM fallback inside the element: the build-time picture of this view when `index`
 * lists its query, otherwise a link saying what the chart shows. Lines indented by two spaces.
 * @param {{ base: string, query: string, description: string, index: FallbackIndex | null }} view
 * @returns {string[]}
 */
function fallbackHtml({ base, query, description, index }) {
  const href = escapeHtml(pageUrl(base, "index.html", query));
  const view = index?.views.get(query);
  if (!index || !view)
    return [
      `  <a href="${href}">${escapeHtml(`${description}. Open the chart to read each figure's words and source.`)}</a>`,
    ];
  const dir = new URL("data/fallback/", base);
  const image = (/** @type {string} */ name) => escapeHtml(new URL(name, dir).href);
  return [
    `  <a href="${href}">`,
    "    <picture>",
    `      <source srcset="${image(view.dark)}" media="(prefers-color-scheme: dark)">`,
    `      <img src="${image(view.light)}" alt="${escapeHtml(view.description)}" width="${index.width}" height="${index.height}">`,
    "    </picture>",
    "  </a>",
  ];
}

/**
 * The custom-element snippet: the module script and a <cited-stats> with one attribute per
 * parameter of `query` (values decoded; list values joined by commas) and theme="auto", holding
 * the fallback.
 * @param {{ base: string, query: string, description: string, index?: FallbackIndex | null }} view
 *   `base`: the absolute URL of the explorer's directory, ending in "/"
 */
export function elementSnippet({ base, query, description, index = null }) {
  const params = parseQuery(query);
  const attributes = [];
  for (const name of QUERY_PARAMETERS) {
    const values = params.get(name);
    if (!values || values.length === 0) continue;
    attributes.push(` ${name}="${escapeHtml(LIST_PARAMETERS.includes(name) ? values.join(",") : values[0])}"`);
  }
  attributes.push(' theme="auto"');
  return [
    `<script type="module" src="${escapeHtml(`${base}dist/cited-stats.js`)}"></script>`,
    `<cited-stats${attributes.join("")}>`,
    ...fallbackHtml({ base, query, description, index }),
    "</cited-stats>",
  ].join("\n");
}

/**
 * The iframe snippet: embed.html with the view's query, titled with its description, then the
 * resizer that sets the iframe's height from the page inside it.
 * @param {{ base: string, query: string, description: string }} view
 */
export function iframeSnippet({ base, query, description }) {
  return [
    `<iframe src="${escapeHtml(pageUrl(base, "embed.html", query))}" title="${escapeHtml(description)}" width="100%" height="480" loading="lazy"></iframe>`,
    `<script src="${escapeHtml(`${base}dist/resizer.js`)}" defer></script>`,
  ].join("\n");
}
