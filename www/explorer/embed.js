// "Embed this view": a disclosure beside the downloads holding the two snippets (custom element and
// iframe) for the view the chart shows now, each with a Copy button. The snippets are made again
// whenever the view changes while the panel is open, and when it opens. The list of build-time
// fallback images (data/fallback/index.json) is fetched once, the first time the panel opens; if it
// cannot be had, the element's fallback is a text link and nothing else changes.
import { describeView, elementSnippet, iframeSnippet, readFallbackIndex } from "./snippets.js";
import { choiceLabels } from "./filters.js";

/** @import { CitedStatsElement } from "../index.js" */

/**
 * @param {CitedStatsElement} chart
 * @param {{ toggle: HTMLButtonElement, panel: HTMLElement, element: HTMLTextAreaElement,
 *   iframe: HTMLTextAreaElement, copyElement: HTMLButtonElement, copyIframe: HTMLButtonElement,
 *   status: HTMLElement }} parts
 */
export function embed(chart, { toggle, panel, element, iframe, copyElement, copyIframe, status }) {
  /** @type {Promise<void> | null} null until the panel first opens, then the reading of the fallback index */
  let index = null;
  /** @type {ReturnType<typeof readFallbackIndex>} the fallback index once read */
  let fallbacks = null;
  /** @type {Record<string, Map<string, string>> | null} */
  let labels = null;

  const isOpen = () => !panel.hidden;

  function render() {
    const state = chart.state;
    if (!state) return;
    labels ??= choiceLabels(chart.choices);
    const base = new URL(".", location.href).href;
    const description = describeView(state, { labels });
    const view = { base, query: state.query, description };
    fill(element, elementSnippet({ ...view, index: fallbacks }));
    fill(iframe, iframeSnippet(view));
  }

  function loadFallbacks() {
    if (index) return index;
    panel.setAttribute("aria-busy", "true");
    index = fetch(new URL("data/fallback/index.json", location.href))
      .then((response) => (response.ok ? response.json() : null))
      .then(readFallbackIndex)
      .catch(() => null)
      .then((read) => {
        fallbacks = read;
        panel.removeAttribute("aria-busy");
        if (isOpen()) render();
      });
    return index;
  }

  function open() {
    panel.hidden = false;
    toggle.setAttribute("aria-expanded", "true");
    status.textContent = "";
    render();
    loadFallbacks();
    element.focus();
  }

  /** @param {{ focus: boolean }} options */
  function close({ focus }) {
    panel.hidden = true;
    toggle.setAttribute("aria-expanded", "false");
    status.textContent = "";
    if (focus) toggle.focus();
  }

  /**
   * @param {HTMLTextAreaElement} box
   * @param {string} what
   */
  async function copy(box, what) {
    status.textContent = "";
    try {
      if (!navigator.clipboard?.writeText) throw new Error("this browser does not let the page use the clipboard");
      await navigator.clipboard.writeText(box.value);
      status.textContent = `The ${what} snippet is copied.`;
    } catch (error) {
      const why = error instanceof Error ? error.message : error;
      status.textContent = `The ${what} snippet could not be copied (${why}). Select it in the box and copy it yourself.`;
    }
  }

  toggle.addEventListener("click", () => (isOpen() ? close({ focus: false }) : open()));
  for (const target of [toggle, panel]) {
    target.addEventListener("keydown", (event) => {
      if (event.key !== "Escape" || !isOpen()) return;
      event.preventDefault();
      close({ focus: true });
    });
  }
  copyElement.addEventListener("click", () => copy(element, "custom-element"));
  copyIframe.addEventListener("click", () => copy(iframe, "iframe"));

  return {
    /** Makes the snippets again for the chart's current view (only while they are shown). */
    update() {
      if (!isOpen()) return;
      status.textContent = "";
      render();
    },
  };
}

/**
 * Puts `text` in a read-only box, tall enough for every line.
 * @param {HTMLTextAreaElement} box
 * @param {string} text
 */
function fill(box, text) {
  if (box.value !== text) box.value = text;
  box.rows = text.split("\n").length + 1; // a spare line for the horizontal scrollbar
}
