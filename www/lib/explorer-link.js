// Where permalinks and the PNG's source line point: a standalone explorer. A page that loads
// cited-stats from a site serving it (the script-tag entry, cited-stats.js) links to that site's
// explorer; an app built from the npm package names one with the `explorer` attribute, or has no
// permalinks at all rather than links to a page that is not there.

/** @type {string | null} */
let siteExplorer = null;

/**
 * Sets the explorer every element links to unless its `explorer` attribute names another.
 * @param {string | URL | null | undefined} url
 */
export function setSiteExplorer(url) {
  siteExplorer = url ? String(url) : null;
}

/** The explorer for links from elements without an `explorer` attribute, or null. */
export function defaultExplorer() {
  return siteExplorer;
}

/**
 * A link to the explorer showing `query` (a URL query string), or null with no explorer.
 * @param {string | null} explorer
 * @param {string} query
 */
export function explorerLink(explorer, query) {
  if (!explorer) return null;
  const url = new URL(explorer);
  url.search = query ? `?${query}` : "";
  return url.href;
}
