// The detail card: the verbatim quote with the figure's words highlighted, who said it and where,
// the source they named, anything inferred with its reason, and a ready citation to copy. Every
// text from the data sits in its own <bdi> (or a dir="auto" block), so bidirectional controls in
// it cannot reorder the card's own words. When other figures state the same quantity, an "Also
// quoted" section lists them (card-claims.js). Loaded on first need (widget.js): it imports only
// card-claims.js, quotation.js (the open card's schema.org Quotation for the page's head, which
// element.js asks for through this module) and print.js (the chart drawn again for paper, loaded
// at the same idle moment as the card), which import nothing, and the builders take the page's
// DOM and query helpers (dom.js, query-string.js, explorer-link.js) from the widget, so the card's
// chunk needs no other file. The widget's card is wired here too (`widgetCardBuilder`): the site
// script keeps only the header it shows while this chunk loads.
import { claimSectionBuilder } from "./card-claims.js";

export { syncQuotation } from "./quotation.js";
// Fetched at the same idle moment as the card, so in the same chunk (0.1 kB brotli less than two).
export { printable } from "./print.js";

/** @typedef {import("./widget.js").Widget} Widget */
/** @typedef {import("../pkg/cited_stats.js").State} State */
/** @typedef {import("../pkg/cited_stats.js").Figure} Figure */
/** @typedef {import("../pkg/cited_stats.js").ClaimView} ClaimView */

/**
 * The card's own rules, beyond what the widget's stylesheet (styles.js) gives the card's header and
 * buttons while this chunk loads. CSS comments stay out of the string: every byte of it ships.
 */
const CARD_CSS = `
.card blockquote, .card .quote { margin: 8px 0; padding-left: 12px; border-left: 4px solid var(--accent); }
.card mark { background: var(--highlight); color: inherit; padding: 0 2px; border-bottom: 2px solid var(--text); font-weight: 600; }
.card dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.card dt { color: var(--muted); }
.card dd { margin: 0; }
.card .inferred { font-style: italic; }
.card .citation { font-size: 13px; color: var(--muted); user-select: all; overflow-wrap: anywhere; }
.card .claim { margin-top: 12px; padding-top: 8px; border-top: 1px solid var(--border); }
.card h3 { font-size: 15px; margin: 0 0 4px; }
.card .quotations { list-style: none; margin: 8px 0; padding: 0; }
.card .quotation { margin-bottom: 12px; }
.card .quotation-head { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: baseline; }
.card .agreement, .card .quotation-details { color: var(--muted); font-size: 13px; margin: 0; }
.card .differs .agreement { color: var(--text); font-weight: 600; }
`;

/** @type {CSSStyleSheet | null} */
let sheet = null;

/** The card's stylesheet, shared by every widget on the page (constructed on first use). */
export function cardStyles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
  }
  return sheet;
}

/** @type {Record<string, string>} */
const FIELD_NAMES = {
  speaker: "Speaker",
  date: "Date",
  speaker_role: "Role",
  speaker_party: "Party",
  speaker_constituency: "Constituency",
  debate: "Debate",
  chamber: "Chamber",
};

/**
 * The card's builder, over the page's DOM helpers (`h`, `bdi`, `longDate` from dom.js).
 * @param {Pick<typeof import("./dom.js"), "h" | "bdi" | "longDate">} dom
 */
export function cardBuilder({ h, bdi, longDate }) {
  const claimSection = claimSectionBuilder({ h, bdi, longDate });

  /**
   * "value (inferred: reason)" when the field is inferred, else the value.
   * @param {Figure} figure
   * @param {string} field
   * @param {unknown} value
   */
  function marked(figure, field, value) {
    if (!figure.inferred.includes(field)) return value;
    const reason = figure.notes[field];
    return h("span", { class: "inferred" }, value, " (inferred", reason ? [": ", bdi(reason)] : null, ")");
  }

  /** @param {Figure} figure */
  function who(figure) {
    const details = [figure.speaker_role, figure.speaker_party, figure.speaker_constituency].filter(Boolean);
    const parts = details.flatMap((detail, i) => (i ? [", ", bdi(detail)] : [bdi(detail)]));
    return marked(figure, "speaker", h("span", {}, bdi(figure.speaker), parts.length ? " — " : null, parts));
  }

  /** @param {Figure} figure */
  function when(figure) {
    if (figure.date) return marked(figure, "date", longDate(figure.date));
    const reason = figure.notes.date;
    return h("span", { class: "inferred" }, "not recorded", reason ? [" (", bdi(reason), ")"] : null);
  }

  /**
   * Builds the card's content.
   * @param {Figure} figure a dataset record
   * @param {{ before: string, words: string, after: string, valueText: string, citation: string, parliamentary?: string | null }} view
   * @param {{ step: { at: number, of: number } | null, outside: boolean, permalink: string | null, dataset: string | null, onClose: () => void, onStep: (delta: number) => void, onCopied: (ok: boolean) => void }} options
   * @param {{ view: ClaimView, onOpen: (index: number) => void, onCompare: (key: string) => void } | null} [claim]
   *   the figure's claim (the core's `claimView`) and what its buttons do; null when no other figure
   *   states its quantity
   */
  return function cardContent(figure, view, options, claim = null) {
    const status = h("span", { class: "status", role: "status" });
    /**
     * A button that copies `text`, saying so in the status line.
     * @param {string} label
     * @param {string} className
     * @param {string} text
     * @param {string} done
     */
    const copier = (label, className, text, done) => {
      const button = h("button", { type: "button", class: className }, label);
      button.addEventListener("click", async () => {
        // Inside the try: where there is no clipboard (an insecure page) the call itself throws.
        let ok;
        try {
          await navigator.clipboard.writeText(text);
          ok = true;
        } catch {
          ok = false;
        }
        status.textContent = ok ? done : "Copying was refused: select the citation above and copy it.";
        options.onCopied(ok);
      });
      return button;
    };
    const copy = copier("Copy citation", "copy", view.citation, "Citation copied.");
    // The form a researcher cites Hansard by ("HC Deb 24 November 2022"), from the core.
    const parliamentary = view.parliamentary
      ? copier(
          `Copy “${view.parliamentary}”`,
          "copy-parliamentary",
          view.parliamentary,
          "Parliamentary reference copied.",
        )
      : null;
    const close = h("button", { type: "button", class: "close", "aria-label": "Close the figure's details" }, "Close");
    close.addEventListener("click", options.onClose);
    const steps = [];
    if (options.step && options.step.of > 1) {
      const previous = h("button", { type: "button", class: "previous" }, "‹ Previous");
      const next = h("button", { type: "button", class: "next" }, "Next ›");
      previous.addEventListener("click", () => options.onStep(-1));
      next.addEventListener("click", () => options.onStep(1));
      steps.push(previous, h("span", { class: "step" }, `${options.step.at} of ${options.step.of} in this mark`), next);
    }
    const rows = [
      ["Said by", who(figure)],
      ["Date", when(figure)],
      ["Debate", bdi(figure.debate)],
      ["Chamber", bdi(figure.chamber)],
      // A blank name counts as none, as in the core (`Figure::has_cited_source`).
      ["Source named", figure.cited_source?.trim() ? bdi(figure.cited_source) : "none named by the speaker"],
      [
        "Measures",
        [figure.measure, figure.period, figure.geography]
          .filter(Boolean)
          .flatMap((text, i) => (i ? [" · ", bdi(text)] : [bdi(text)])),
      ],
      ["Value", `${view.valueText} (${figure.qualifier.replaceAll("_", " ")})`],
      ["Record", ["transcript ", bdi(figure.transcript), `, line ${figure.transcript_line}`]],
    ];
    if (options.dataset) rows.unshift(["Dataset", options.dataset]);
    for (const field of figure.inferred) {
      if (!(field in FIELD_NAMES) || field === "speaker" || field === "date") {
        rows.push([
          [FIELD_NAMES[field] ?? bdi(field), " (inferred)"],
          figure.notes[field] ? bdi(figure.notes[field]) : "inferred from the text",
        ]);
      }
    }
    return [
      h("h2", { id: "card-title" }, view.valueText, " — ", bdi(figure.measure)),
      options.outside
        ? h(
            "p",
            { class: "status outside" },
            "This figure is not among those the chart shows now: the filters or search leave it out.",
          )
        : null,
      h("blockquote", { dir: "auto" }, view.before, h("mark", {}, view.words), view.after),
      h(
        "dl",
        {},
        rows.flatMap(([name, value]) => [h("dt", {}, name), h("dd", {}, value)]),
      ),
      h("p", { class: "citation", dir: "auto" }, view.citation),
      h(
        "div",
        { class: "actions" },
        copy,
        parliamentary,
        options.permalink
          ? h("a", { class: "button permalink", href: options.permalink }, "Link to this figure")
          : null,
        ...steps,
        close,
        status,
      ),
      claim ? claimSection(claim.view, claim) : null,
    ].filter((node) => node !== null);
  };
}

/**
 * A widget's card, wired: what the open card shows of the widget's state (its place among its
 * mark's figures, whether the view still holds it, its permalink) and what its buttons do to the
 * widget (close, step through the mark's figures, open another quotation, compare a claim's
 * quotations). The site script keeps only the header shown while this chunk loads. Over the page's
 * DOM and query helpers, handed in so that they stay in the site script.
 * @param {Pick<typeof import("./dom.js"), "h" | "bdi" | "longDate">
 *   & Pick<typeof import("./query-string.js"), "withFigure" | "buildQuery">
 *   & Pick<typeof import("./explorer-link.js"), "explorerLink">} helpers
 */
export function widgetCardBuilder({ h, bdi, longDate, withFigure, buildQuery, explorerLink }) {
  const build = cardBuilder({ h, bdi, longDate });

  /**
   * Shows the quotations of claim `key` side by side (`chart=compare&claim=key`; other filters
   * cleared), keeping figure `id`'s card open, and moves focus to the chart.
   * @param {Widget} widget
   * @param {string} key
   * @param {string} id
   */
  function compareClaim(widget, key, id) {
    widget.apply(withFigure(buildQuery({ chart: ["compare"], claim: [key] }), id), { fromReader: true });
    widget.ui.overlay.focus();
  }

  /**
   * The card's content for dataset index `index` of `widget`, whose card is open (null when the
   * engine failed).
   * @param {Widget} widget
   * @param {number} index
   * @param {Figure} figure
   */
  return function widgetCard(widget, index, figure) {
    const { indices, at } = /** @type {NonNullable<Widget["card"]>} */ (widget.card);
    const options = {
      step: { at: at + 1, of: indices.length },
      outside: !(/** @type {State} */ (widget.state).indices.includes(index)),
      // Only the built-in dataset's figures are in the explorer: a permalink for another
      // dataset's figure would open a different quote that happens to share its id.
      permalink: widget.dataset === null ? explorerLink(widget.host.explorer, withFigure("", figure.id)) : null,
      dataset: widget.dataset,
      onClose: () => widget.closeCard({ moveFocus: true }),
      onStep: (/** @type {number} */ delta) =>
        widget.openFigures(indices, (at + delta + indices.length) % indices.length, { moveFocus: true }),
      onCopied: () => {},
    };
    const view = widget.use((handle) => handle.figureView(index));
    // The other quotations of the same quantity, when there are any (the details are in by now).
    const claim = widget.use((handle) => handle.claimView(index));
    const actions = {
      onOpen: (/** @type {number} */ other) => widget.openFigures([other], 0, { moveFocus: true, reveal: true }),
      onCompare: (/** @type {string} */ key) => compareClaim(widget, key, figure.id),
    };
    return view ? build(figure, view, options, claim ? { view: claim, ...actions } : null) : null;
  };
}
