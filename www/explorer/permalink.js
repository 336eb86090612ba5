// Keeps the page URL and the chart's view in step. The URL's query is always the element's own
// canonical query, so a copied address restores exactly the view. A reader's change adds a history
// entry; typing in the search box adds one entry for the first keystroke and then replaces it, so
// Back leaves the search instead of undoing one letter. Back and Forward set the view from the URL.
// The element dispatches "cited-stats-change" synchronously while its query is set, so the reason
// for a change is known while it is being handled.

/** @import { CitedStatsElement } from "../index.js" */

/**
 * Why the chart's query is being set: to restore the URL's view, a search keystroke, or null for
 * any other reader action (in the page or in the chart).
 * @typedef {"restore" | "typing" | null} Reason
 */

/** @param {CitedStatsElement} chart */
export function permalink(chart) {
  /** @type {Reason} */
  let reason = null;
  let typing = false; // whether the current history entry belongs to a run of search keystrokes
  let live = false; // false until the first view is shown: loading a page is not a reader's action

  const urlQuery = () => location.search.replace(/^\?/, "");
  const address = (/** @type {string} */ query) => `${query ? `?${query}` : location.pathname}${location.hash}`;

  chart.addEventListener("cited-stats-change", (event) => {
    if (reason === "restore" || !live) return;
    const query = event.detail.query;
    const continuing = reason === "typing" && typing;
    typing = reason === "typing";
    if (query === urlQuery()) return;
    if (continuing) history.replaceState(null, "", address(query));
    else history.pushState(null, "", address(query));
  });

  /**
   * Sets the chart's query for `why`.
   * @param {string} query
   * @param {Reason} [why]
   */
  function set(query, why = null) {
    reason = why;
    try {
      chart.query = query;
    } finally {
      reason = null;
    }
  }

  window.addEventListener("popstate", () => {
    typing = false;
    set(urlQuery(), "restore");
  });

  return {
    set,
    /** Sets the view from the page's URL, leaving history alone. */
    restore: () => set(urlQuery(), "restore"),
    /** Once the first view is shown: writes its canonical query into the URL, in place. */
    start() {
      live = true;
      const query = chart.state?.query ?? urlQuery();
      if (query !== urlQuery()) history.replaceState(null, "", address(query));
    },
    /** Ends a run of search keystrokes: the next one starts a new history entry. */
    endTyping: () => {
      typing = false;
    },
  };
}
