// The card's "Also quoted" section: the core's sentence about a figure's claim (how often its
// quantity is quoted and whether the words differ), then each other quotation with its words
// highlighted in its quote, who said it, when and where, a button that opens its own card, and one
// that compares the quotations on one chart. Like card.js it imports nothing: the page's DOM helpers
// come from the widget, so the card's chunk needs no other file.

/** @typedef {import("../pkg/cited_stats.js").ClaimView} ClaimView */
/** @typedef {import("../pkg/cited_stats.js").QuotationView} QuotationView */

/**
 * What the section says of a quotation beside the open figure: where and when it was said, and the
 * period it is about when it names one. Pure: the tests call it.
 * @param {Pick<QuotationView, "speaker" | "date" | "debate" | "period">} quotation
 * @param {(iso: string | null | undefined) => string} longDate
 * @returns {string[]} the parts, in reading order
 */
export function quotationDetails({ speaker, date, debate, period }, longDate) {
  return [speaker, date ? longDate(date) : "undated", debate, ...(period ? [`about ${period}`] : [])];
}

/**
 * The section's builder, over the page's DOM helpers (`h`, `bdi`, `longDate` from dom.js).
 * @param {Pick<typeof import("./dom.js"), "h" | "bdi" | "longDate">} dom
 */
export function claimSectionBuilder({ h, bdi, longDate }) {
  /**
   * One other quotation as a list item.
   * @param {QuotationView} quotation
   * @param {(index: number) => void} onOpen
   */
  function item(quotation, onOpen) {
    const open = h(
      "button",
      {
        type: "button",
        class: "open-quotation",
        "data-figure": quotation.id,
        // The visible words first, then whose they are (an attribute: text, never markup).
        "aria-label": `Open ${quotation.valueText}, said by ${quotation.speaker}`,
      },
      "Open ",
      bdi(quotation.valueText),
    );
    open.addEventListener("click", () => onOpen(quotation.index));
    const agreement = quotation.agrees
      ? h("span", { class: "agreement agrees" }, "agrees with this figure")
      : h(
          "span",
          { class: "agreement differs" },
          h("span", { "aria-hidden": "true" }, "◆ "),
          "differs from this figure",
        );
    const details = quotationDetails(quotation, longDate).flatMap((text, i) => (i ? [" · ", bdi(text)] : [bdi(text)]));
    return h(
      "li",
      { class: quotation.agrees ? "quotation" : "quotation differs" },
      h("div", { class: "quotation-head" }, open, agreement),
      // A paragraph styled as the card's quote, not a second <blockquote>: the card has one quote.
      h("p", { class: "quote", dir: "auto" }, quotation.before, h("mark", {}, quotation.words), quotation.after),
      h("p", { class: "quotation-details" }, details),
    );
  }

  /**
   * The section for `claim` (a `claimView` of the open figure).
   * @param {ClaimView} claim
   * @param {{ onOpen: (index: number) => void, onCompare: (key: string) => void }} actions
   * @returns {HTMLElement}
   */
  return function claimSection(claim, { onOpen, onCompare }) {
    const compare = h("button", { type: "button", class: "compare" }, "Compare these quotations");
    compare.addEventListener("click", () => onCompare(claim.key));
    const summary = claim.differs
      ? h(
          "p",
          { class: "claim-summary differs" },
          h("span", { class: "marker", "aria-hidden": "true" }, "◆ "),
          h("strong", {}, claim.summary),
        )
      : h("p", { class: "claim-summary" }, claim.summary);
    return h(
      "section",
      { class: "claim", "aria-labelledby": "claim-title", "data-claim": claim.key },
      h("h3", { id: "claim-title" }, "Also quoted"),
      summary,
      h(
        "ul",
        { class: "quotations" },
        claim.others.map((quotation) => item(quotation, onOpen)),
      ),
      h("p", { class: "claim-actions" }, compare),
    );
  };
}
