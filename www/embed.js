// The iframe page (embed.html?<the explorer's URL parameters>): one <cited-stats> at full width.
// The view parameters go to the element as one query string (so a bad one is named as a URL
// parameter); theme, height, scale and src become its attributes. Until the chart is drawn, and if
// it cannot be, the element shows a static image of this view (when the build made one) or a link
// to the explorer. The page posts its height to the parent page (see resizer.js).
import "./dist/cited-stats.js";

/** URL parameters about the widget rather than the view: they become attributes. */
const WIDGET_PARAMETERS = ["theme", "height", "scale", "src"];
/** The default chart height (CSS px), as the element's. */
const DEFAULT_HEIGHT = 420;
const EXPLORER = new URL("index.html", import.meta.url);
const FALLBACK_INDEX = new URL("data/fallback/index.json", import.meta.url);

const params = new URLSearchParams(location.search);
/** The view parameters exactly as the URL writes them (the core decodes and checks them). */
const viewQuery = location.search.replace(/^\?/, "").split("&").filter((part) => part && !WIDGET_PARAMETERS.includes(parameterName(part))).join("&");

const element = document.createElement("cited-stats");
/** Problems with the widget parameters that the element cannot name itself. */
const problems = [];
for (const name of WIDGET_PARAMETERS) {
  const values = params.getAll(name);
  if (values.length > 1) {
    problems.push(`URL parameter \`${name}\` is given ${values.length} times (${values.map((v) => JSON.stringify(v)).join(", ")}); it takes one value, so only the first is used`);
  }
  if (values.length) element.setAttribute(name, values[0]);
}
const refused = params.has("src") ? refusedSource(params.get("src")) : null;
if (refused) problems.push(refused);
if (problems.length) document.body.append(problemList(problems));
element.setAttribute("loading", "eager");
element.query = viewQuery;
element.append(explorerLink(viewQuery));
// A dataset from an origin this site does not name is not shown at all: its quotes would appear
// under this site's name.
if (!refused) document.body.append(element);

postHeights();
if (!refused) showStaticImage();

/**
 * Why `src` may not be shown here, or null when it may: it must be on this page's origin or on one
 * that the site lists in embed.html's <meta name="cited-stats-dataset-origins" content="…">
 * (space-separated origins; empty by default).
 */
function refusedSource(src) {
  let url;
  try {
    url = new URL(src, location.href);
  } catch {
    return null; // The element names a src that is not a URL, and shows no chart.
  }
  const listed = document.querySelector('meta[name="cited-stats-dataset-origins"]')?.content.trim().split(/\s+/).filter(Boolean) ?? [];
  const origins = [location.origin, ...listed.map((text) => { try { return new URL(text).origin; } catch { return null; } })];
  if (origins.includes(url.origin)) return null;
  return `URL parameter \`src\`: ${JSON.stringify(src)} is on another origin (${url.origin}); this site's embed page reads datasets only from ${origins.filter(Boolean).join(", ")}`;
}

/** The problems as an alert above the chart. */
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

/** The decoded name of one `name=value` part of a query string. */
function parameterName(part) {
  const name = part.split("=")[0].replaceAll("+", " ");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** A paragraph linking to this view in the explorer. */
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

/** The parameters of a query string as one order-free key (the `figure` opened does not change the chart). */
function viewKey(query) {
  return [...new URLSearchParams(query)].filter(([name]) => name !== "figure").map(([name, value]) => `${name}=${value}`).sort().join("&");
}

/**
 * Puts the build's static image of this view into the element's fallback, when
 * data/fallback/index.json lists the view (first as the URL gives it, then in the core's canonical
 * form once the widget has started). The images show the built-in dataset, so not with `src`.
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
  const views = Array.isArray(index?.views) ? index.views : [];
  const find = (query) => views.find((entry) => typeof entry?.query === "string" && viewKey(entry.query) === viewKey(query));
  const found = find(viewQuery) ?? (await element.ready.then(() => find(element.state.query), () => undefined));
  if (found) element.replaceChildren(staticImage(found, index));
}

/** The picture of one view (light or dark as the theme asks), with a link to it in the explorer. */
function staticImage(entry, index) {
  const image = (name) => new URL(name, FALLBACK_INDEX).href;
  const theme = params.get("theme");
  const img = document.createElement("img");
  img.src = image(theme === "dark" ? entry.dark : entry.light);
  img.alt = `${entry.description} (a still image of the chart)`;
  if (Number.isFinite(index.width) && Number.isFinite(index.height)) {
    img.width = index.width;
    img.height = index.height;
  }
  const height = Number(params.get("height"));
  img.style.height = `${height >= 120 && height <= 4000 ? height : DEFAULT_HEIGHT}px`;
  const picture = document.createElement("picture");
  if (theme !== "light" && theme !== "dark") {
    const dark = document.createElement("source");
    dark.media = "(prefers-color-scheme: dark)";
    dark.srcset = image(entry.dark);
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
 * changes, after the first draw, and when the parent's resizer asks.
 */
function postHeights() {
  if (window.parent === window) return;
  let posted = -1;
  const post = (always) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === posted && !always) return;
    posted = height;
    window.parent.postMessage({ type: "cited-stats:height", height }, "*");
  };
  new ResizeObserver(() => post(false)).observe(document.documentElement);
  element.addEventListener("cited-stats-draw", () => post(true), { once: true });
  window.addEventListener("message", (event) => {
    if (event.source === window.parent && event.data?.type === "cited-stats:ask") post(true);
  });
}
