// The schema.org Quotation of the figure whose card is open, for search engines: an element with the
// core's `structured-data` attribute (vocabulary.js `STRUCTURED_DATA`) puts one
// <script type="application/ld+json"> in the page's <head> (light DOM: crawlers do not read shadow
// roots), replaces it when the card shows another figure and removes it when the card closes, the
// attribute goes or the element leaves the page. Never inside an iframe: the quotation would be
// credited to the frame's URL, not the page that shows it. Loaded with the card's chunk (card.js);
// element.js calls `syncQuotation` after each change of view. Imports nothing.

/** @typedef {import("../pkg/cited_stats.js").Figure} Figure */
/** @typedef {import("./element.js").CitedStatsElement} Host */

/**
 * The Quotation each element has put in the page's head.
 * @type {WeakMap<Host, HTMLScriptElement>}
 */
const published = new WeakMap();

/**
 * The schema.org Quotation of a whole figure (its quote and provenance in): the verbatim quote,
 * who spoke it (a Person, as `spokenByCharacter` and `creator`), the debate it is part of, the
 * debate's date only when the record states it (an undated debate has none, and an inferred date
 * is left out: the vocabulary has no way to say "inferred"), and the source the speaker named.
 * Only what the record holds: it has no transcript URL, so `isPartOf` has none. Pure: the tests
 * call it.
 * @param {Figure} figure
 */
export function quotationOf(figure) {
  const person = { "@type": "Person", name: figure.speaker };
  /** @type {Record<string, unknown>} */
  const json = {
    "@context": "https://schema.org",
    "@type": "Quotation",
    text: figure.quote,
    spokenByCharacter: person,
    creator: person,
    isPartOf: { "@type": "CreativeWork", name: figure.debate },
  };
  if (figure.date && !figure.inferred.includes("date")) json.dateCreated = figure.date;
  // A blank name counts as none, as in the card.
  if (figure.cited_source?.trim()) json.citation = figure.cited_source;
  return json;
}

/**
 * `value` as the text of a <script type="application/ld+json">: JSON with every "<" written
 * \u003c, so no text from the data (a quote holding "</script>" or "<!--") can end the script
 * when the page is serialised and parsed again, as a crawler's snapshot is. Pure.
 * @param {unknown} value
 */
export function scriptText(value) {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/**
 * Makes the page's head hold `host`'s Quotation of its open card exactly when it should: the
 * element is in the page, has `attribute`, is not inside a frame and shows a card. While the
 * built-in dataset's quotes are still coming, any older Quotation goes at once and the new one
 * follows them.
 * @param {Host} host
 * @param {string} attribute the core's name for the attribute (`STRUCTURED_DATA`)
 * @param {boolean} [wait] whether to try again once the quotes are in (once only)
 */
export function syncQuotation(host, attribute, wait = true) {
  const index = host.state?.selected;
  const figure = index === null || index === undefined ? undefined : host.figures[index];
  const wanted = figure && host.isConnected && host.hasAttribute(attribute) && window.top === window;
  const whole = wanted && typeof figure.quote === "string";
  const text = whole ? scriptText(quotationOf(figure)) : null;
  let script = published.get(host);
  if (text === null) {
    script?.remove();
    published.delete(host);
    if (wanted && wait)
      host.loadDetails().then(
        () => syncQuotation(host, attribute, false),
        () => {},
      );
    return;
  }
  if (!script) {
    script = document.createElement("script");
    script.type = "application/ld+json";
    published.set(host, script);
  }
  if (script.textContent !== text) script.textContent = text;
  if (!script.isConnected) document.head.append(script);
}
