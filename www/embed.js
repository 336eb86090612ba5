// The iframe page (embed.html?<the explorer's URL parameters>): one <cited-stats> at full width.
// The view parameters go to the element as one query string (so a bad one is named as a URL
// parameter); theme, height, scale and src become its attributes. Until the chart is drawn, and if
// it cannot be, the element shows a static image of this view (when the build made one) or a link
// to the explorer. The page posts its height to the parent page (see resizer.js), and AMP's
// `embed-size` message, so that an <amp-iframe resizable> takes that height too. Its oEmbed
// discovery link is pointed at the build's response for this view, or removed where there is none.
// The query-string helpers (lib/query-string.js) and the core's names (lib/vocabulary.js) come
// through the site script, which this page loads anyway, so they cost no extra requests.
import { SIZES, WIDGET_PARAMETERS, queryKey, withoutParameters } from "./dist/cited-stats.js";

/**
 * URL parameters about the widget rather than the view: they become attributes. All the element's
 * widget attributes but `explorer`: this page's links lead to this site's explorer, never to one a
 * URL names (it stays in the view query, where the core names it as unknown).
 */
const WIDGET_URL_PARAMETERS = WIDGET_PARAMETERS.filter((name) => name !== "explorer");
/** The default chart height (CSS px), as the element's. */
const DEFAULT_HEIGHT = SIZES.defaultHeight;
/** The heights the element's `height` attribute accepts, CSS px (the upper one as lib/attributes.js's). */
const [MIN_HEIGHT, MAX_HEIGHT] = [SIZES.minHeight, SIZES.maxHeightAttribute];
// Read against this page (embed.html), not this module: the build serves the module minified from
// dist/ (scripts/build-web.sh).
const EXPLORER = new URL("index.html", document.baseURI);
const FALLBACK_INDEX = new URL("data/fallback/index.json", document.baseURI);

const params = new URLSearchParams(location.search);
/** The view parameters exactly as the URL writes them (the core decodes and checks them). */
const viewQuery = withoutParameters(location.search, WIDGET_URL_PARAMETERS);

const element = document.createElement("cited-stats");
/** Problems with the widget parameters that the element cannot name itself. */
const problems = [];
for (const name of WIDGET_URL_PARAMETERS) {
  const values = params.getAll(name);
  if (values.length > 1) {
    problems.push(
      `URL parameter \`${name}\` is given ${values.length} times (${values.map((v) => JSON.stringify(v)).join(", ")}); it takes one value, so only the first is used`,
    );
  }
  if (values.length) element.setAttribute(name, values[0]);
}
const src = params.get("src");
const refused = src === null ? null : refusedSource(src);
if (refused) problems.push(refused);
if (problems.length) document.body.append(problemList(problems));
element.setAttribute("loading", "eager");
element.query = viewQuery;
element.append(explorerLink(viewQuery));
// A dataset from an origin this site does not name is not shown at all: its quotes would appear
// under this site's name.
if (!refused) document.body.append(element);

postHeights();
// With `src` (refused or not) there is no image, and the oEmbed link goes.
showStaticImage().then(pointOembed);

/**
 * Why `src` may not be shown here, or null when it may: it must be on this page's origin or on one
 * that the site lists in embed.html's <meta name="cited-stats-dataset-origins" content="…">
 * (space-separated origins; empty by default).
 * @param {string} src
 * @returns {string | null}
 */
function refusedSource(src) {
  let url;
  try {
    url = new URL(src, location.href);
  } catch {
    return null; // The element names a src that is not a URL, and shows no chart.
  }
  const meta = document.querySelector('meta[name="cited-stats-dataset-origins"]');
  const listed = meta instanceof HTMLMetaElement ? meta.content.trim().split(/\s+/).filter(Boolean) : [];
  const origins = [location.origin, ...listed.map(originOf)];
  if (origins.includes(url.origin)) return null;
  return `URL parameter \`src\`: ${JSON.stringify(src)} is on another origin (${url.origin}); this site's embed page reads datasets only from ${origins.filter(Boolean).join(", ")}`;
}

/**
 * The origin of a URL, or null when `text` is not one.
 * @param {string} text
 */
function originOf(text) {
  try {
    return new URL(text).origin;
  } catch {
    return null;
  }
}

/**
 * The problems as an alert above the chart.
 * @param {string[]} lines
 */
function problemList(lines) {
  const list = document.createElement("div");
  list.className = "embed-problems";
  list.setAttribute("role", "alert");
  for (const line of lines) {
    const item = document.createElement("p");
    item.textContent = line;
    list.append(item);
  }
  return list;
}

/**
 * A paragraph linking to this view in the explorer.
 * @param {string} query
 */
function explorerLink(query) {
  const link = document.createElement("a");
  const url = new URL(EXPLORER);
  url.search = query;
  link.href = url.href;
  link.target = "_blank";
  link.rel = "noopener";
  link.textContent = "Open this chart in the cited-stats explorer";
  const paragraph = document.createElement("p");
  paragraph.className = "explorer-link";
  paragraph.append(link);
  return paragraph;
}

/**
 * Puts the build's static image of this view into the element's fallback, when
 * data/fallback/index.json lists the view (first as the URL gives it, then in the core's canonical
 * form once the widget has started). The images show the built-in dataset, so not with `src`.
 * Resolves to the index's entry for the view, if it lists it.
 */
async function showStaticImage() {
  if (params.get("src")) return;
  let index;
  try {
    const response = await fetch(FALLBACK_INDEX);
    if (!response.ok) return;
    index = await response.json();
  } catch {
    return;
  }
  // An index without its file-name pattern, or a view without its slug, has no picture to show.
  const views = Array.isArray(index?.views) && typeof index.files === "string" ? index.views : [];
  // The `figure` opened does not change the chart.
  const key = (/** @type {string} */ query) => queryKey(query, ["figure"]);
  /** @param {string} query @returns {FallbackView | undefined} */
  const find = (query) =>
    views.find(
      (/** @type {any} */ entry) =>
        typeof entry?.query === "string" && typeof entry.slug === "string" && key(entry.query) === key(query),
    );
  const found =
    find(viewQuery) ??
    (await element.ready.then(
      () => (element.state ? find(element.state.query) : undefined),
      () => undefined,
    ));
  if (found) element.replaceChildren(staticImage(found, index));
  return found;
}

/**
 * One view of data/fallback/index.json: its query, its file names' stem (`slug`) and what it shows.
 * @typedef {{ query: string, slug: string, description: string }} FallbackView
 */

/**
 * Points embed.html's oEmbed discovery link (the default view's response in the HTML) at the
 * build's response for this view, `data/oembed/<slug>.json`, when the fallback index lists the
 * view; removes it when the page shows another view (one not listed, a figure's card opened, a
 * dataset given by `src`), which no response describes. Without the index, the default view keeps it.
 * @param {FallbackView} [entry]  the index's entry for this view
 */
function pointOembed(entry) {
  const link = document.querySelector("link[type$=oembed]");
  if (entry && !params.has("figure")) link?.setAttribute("href", `data/oembed/${entry.slug}.json`);
  else if (viewQuery || params.get("src")) link?.remove();
}

/**
 * The picture of one view (light or dark as the theme asks), with a link to it in the explorer.
 * @param {FallbackView} entry
 * @param {{ width?: unknown, height?: unknown, files: string }} index  the whole index (its image
 *   size, and its pattern for the images' file names)
 */
function staticImage(entry, index) {
  const image = (/** @type {string} */ theme) =>
    new URL(index.files.replace("{slug}", entry.slug).replace("{theme}", theme), FALLBACK_INDEX).href;
  const theme = params.get("theme");
  const img = document.createElement("img");
  img.src = image(theme === "dark" ? "dark" : "light");
  img.alt = `${entry.description} (a still image of the chart)`;
  const { width, height: imageHeight } = index;
  if (
    typeof width === "number" &&
    typeof imageHeight === "number" &&
    Number.isFinite(width) &&
    Number.isFinite(imageHeight)
  ) {
    img.width = width;
    img.height = imageHeight;
  }
  const height = Number(params.get("height"));
  img.style.height = `${height >= MIN_HEIGHT && height <= MAX_HEIGHT ? height : DEFAULT_HEIGHT}px`;
  const picture = document.createElement("picture");
  if (theme !== "light" && theme !== "dark") {
    const dark = document.createElement("source");
    dark.media = "(prefers-color-scheme: dark)";
    dark.srcset = image("dark");
    picture.append(dark);
  }
  picture.append(img);
  const figure = document.createElement("figure");
  figure.className = "still";
  const caption = document.createElement("figcaption");
  caption.append(explorerLink(element.state?.query ?? viewQuery));
  figure.append(picture, caption);
  return figure;
}

/**
 * Posts { type: "cited-stats:height", height } to the parent page whenever this document's height
 * changes, after the first draw, and when the parent's resizer asks; beside it, AMP's resize
 * request { sentinel: "amp", type: "embed-size", height } for an <amp-iframe resizable>
 * (amp.dev's amp-iframe documentation, "Iframe resizing").
 */
function postHeights() {
  if (window.parent === window) return;
  let posted = -1;
  const post = (/** @type {boolean} */ always) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted && !always) return;
    posted = height;
    window.parent.postMessage({ type: "cited-stats:height", height }, "*");
    window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  };
  new ResizeObserver(() => post(false)).observe(document.documentElement);
  element.addEventListener("cited-stats-draw", () => post(true), { once: true });
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && event.data?.type === "cited-stats:ask") post(true);
  });
}
