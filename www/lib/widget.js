// One widget's state and drawing: the dataset handle, the current query, the card, hover and
// focus. The chart layer is redrawn only when data, size or theme change; hover and focus rings
// go on the overlay; everything is painted at most once per animation frame.
import { bdi, h, longDate } from "./dom.js";
import { hideTooltip, showTooltip } from "./tooltip.js";
import { wireInteraction } from "./interaction.js";
import { explorerLink } from "./explorer-link.js";
import { TrapError } from "./engine.js";
import { buildQuery, withFigure } from "./query-string.js";
import { COLOURS, SIZES } from "./vocabulary.js";

/** @typedef {import("../pkg/cited_stats.js").CitedStats} CitedStats */
/** @typedef {import("../pkg/cited_stats.js").Figure} Figure */
/** @typedef {import("../pkg/cited_stats.js").State} State */
/** @typedef {import("../pkg/cited_stats.js").Rendered} Rendered */
/** @typedef {import("../pkg/cited_stats.js").Problem} Problem */
/** @typedef {import("./element.js").CitedStatsElement} Host */
/**
 * What the chart is drawn at: CSS px, device-pixel ratio, theme, scale and the page look's key.
 * @typedef {{ width: number, height: number, dpr: number, theme: "light" | "dark", scale: "auto" | "linear" | "log", look: string }} Size
 */
/**
 * The open card: the figures of its mark (dataset indices), which one shows, and whether focus and
 * scrolling are still to move to it.
 * @typedef {{ indices: number[], at: number, moveFocus: boolean, reveal?: boolean }} Card
 */
/** @typedef {{ parameter: string, value: string | null, message: string }} WidgetProblem */

/** Builds the shadow DOM and keeps one widget's view in step with its query. */
export class Widget {
  /**
   * @param {ShadowRoot} root
   * @param {Host} host
   */
  constructor(root, host) {
    this.host = host;
    /** @type {CitedStats | null} */
    this.handle = null;
    /**
     * Null for the built-in dataset; otherwise the core's words naming where the figures come from.
     * @type {string | null}
     */
    this.dataset = null;
    /** @type {Figure[]} */
    this.figures = [];
    /** @type {(() => Promise<void>) | null} */
    this.details = null;
    /** @type {State | null} */
    this.state = null;
    /** @type {Rendered | null} */
    this.drawn = null;
    /** @type {Size} */
    this.size = { width: 0, height: SIZES.defaultHeight, dpr: 1, theme: "light", scale: "auto", look: "" };
    /**
     * The page's own chart colours and font (see look.js).
     * @type {{ colours: { background?: string, text?: string, muted?: string, accent?: string }, fontFamily: string | undefined, textSize?: number }}
     */
    this.look = { colours: {}, fontFamily: undefined };
    this.chartDirty = true;
    this.ringsDirty = false;
    /** Whether drawing waits until `open` has the view final. */
    this.holding = false;
    this.frame = 0;
    /** @type {number | null} */
    this.hover = null;
    /** @type {number | null} */
    this.focus = null;
    /** @type {Card | null} */
    this.card = null;
    /** @type {{ widget: WidgetProblem[], query: WidgetProblem[], fatal: string | null }} */
    this.problems = { widget: [], query: [], fatal: null };
    const message = h("div", { class: "message", role: "alert", hidden: true });
    // The host's light-DOM children (e.g. a static image of the chart), shown until the chart is
    // drawn and again if it cannot be.
    this.slot = /** @type {HTMLSlotElement} */ (h("slot"));
    const fallback = h("div", { class: "fallback", part: "fallback" }, this.slot);
    const stage = h("div", { class: "stage", part: "stage" });
    const live = h("div", { class: "live", "aria-live": "polite", "aria-atomic": "true" });
    const card = h("section", { class: "card", tabindex: "-1", "aria-labelledby": "card-title", hidden: true });
    this.ui = {
      message,
      fallback,
      // Inherits the page's color-scheme; a discrete transition on it reports every change.
      schemeProbe: h("span", { class: "scheme-probe", "aria-hidden": "true" }),
      stage,
      chart: /** @type {HTMLCanvasElement} */ (h("canvas", { class: "chart", "aria-hidden": "true" })),
      overlay: /** @type {HTMLCanvasElement} */ (
        h("canvas", {
          class: "overlay",
          tabindex: "0",
          role: "application",
          "aria-roledescription": "chart",
          "aria-label": "Chart loading",
        })
      ),
      tooltip: h("div", { class: "tooltip", role: "tooltip", hidden: true }),
      live,
      card,
      frame: h("div", { class: "frame", part: "frame" }, message, fallback, stage, live, card),
    };
    this.ui.stage.append(this.ui.chart, this.ui.overlay, this.ui.tooltip);
    root.append(this.ui.schemeProbe, this.ui.frame);
    this.slot.addEventListener("slotchange", () => this.showFallback());
    this.showFallback();
    wireInteraction(this, this.ui.overlay, this.ui.tooltip);
    this.ui.card.addEventListener("keydown", (event) => {
      if (event.key === "Escape") {
        event.preventDefault();
        this.closeCard({ moveFocus: true });
      }
    });
  }

  /**
   * Takes a validated dataset handle and its figures, then applies `query`. `details`, for a
   * dataset opened from its first part (wasm.js `openBuiltIn`), fetches and joins the rest; it is
   * called when a card, a search or a download needs it, and when the page is next idle.
   * Resolves when the view is final (a search waits for the quotes before anything is drawn).
   * @param {CitedStats} handle
   * @param {Figure[]} figures
   * @param {string} query
   * @param {"url" | "attributes"} from
   * @param {(() => Promise<void>) | null} [details]
   */
  async open(handle, figures, query, from, details = null) {
    this.handle?.free();
    this.handle = handle;
    this.figures = figures;
    this.details = details;
    this.dataset = handle.datasetNote() ?? null;
    this.problems.fatal = null;
    this.drawn = null;
    // Nothing of the previous dataset's view carries over.
    this.card = null;
    this.focus = null;
    this.hover = null;
    hideTooltip(this.ui.tooltip);
    this.showFallback();
    this.holding = true;
    this.apply(query, { fromReader: false, from });
    if (this.state?.search && handle.detailsPending) await this.whole().catch(() => {});
    this.holding = false;
    // The first chart is drawn at once rather than in the next frame (a frame later on a busy
    // page); later changes are painted at most once per frame.
    if (this.handle === handle) this.paint();
  }

  /**
   * Resolves when every figure carries all its fields: at once for a whole dataset, else once the
   * detail part is fetched and joined (then a search is run again over the quotes and an open
   * card is filled). Rejects, naming what failed, when it cannot be had.
   */
  whole() {
    const handle = this.handle;
    const parts = [loadCardCode()];
    if (handle?.detailsPending && this.details) {
      parts.push(
        this.details().then(() => {
          if (this.handle === handle && this.state?.search) this.apply(this.state.query, { fromReader: true });
        }),
      );
    }
    return Promise.all(parts).then(() => {
      if (this.handle === handle && this.state) this.syncCard();
    });
  }

  /**
   * Shows a failure that stops the widget. With `dropData` (a bad dataset, a wasm that cannot
   * start) the previous dataset is let go too, so nothing of it can be drawn again.
   * @param {string} message
   * @param {{ dropData?: boolean }} [options]
   */
  fail(message, { dropData = false } = {}) {
    if (dropData) {
      this.handle?.free();
      this.handle = null;
      this.figures = [];
      this.state = null;
      hideTooltip(this.ui.tooltip);
      this.ui.card.hidden = true;
      this.ui.card.replaceChildren();
    }
    this.problems.fatal = message;
    this.drawn = null;
    this.showFallback();
    this.ui.overlay.setAttribute("aria-label", "Chart unavailable");
    this.showMessages();
  }

  /**
   * Applies a query string; problems are shown, the rest applies.
   * @param {string} query
   * @param {{ fromReader: boolean, from?: "url" | "attributes" }} options
   */
  apply(query, { fromReader, from = "url" }) {
    const state = this.use((handle) => handle.setQuery(query));
    if (!state) return;
    if (!fromReader)
      this.problems.query = from === "attributes" ? state.problems.map(asAttributeProblem) : state.problems;
    this.state = state;
    // A search covers the quotes too: run it again once they have arrived.
    if (state.search && this.handle?.detailsPending && !this.holding) this.whole().catch(() => {});
    if (state.redraw || !this.drawn) this.chartDirty = true;
    this.showMessages();
    this.syncCard();
    this.schedule();
    this.host.dispatchEvent(new CustomEvent("cited-stats-change", { detail: state, bubbles: true, composed: true }));
  }

  /**
   * Runs `run` on the dataset handle and returns its result (`otherwise` without a handle). A trap
   * in the module stops this widget only: it shows its fallback and the core's message naming the
   * call, and the other widgets go on in a fresh instance (engine.js).
   * @template T
   * @param {(handle: CitedStats) => T} run
   * @param {T | null} [otherwise]
   * @returns {T | null}
   */
  use(run, otherwise = null) {
    if (!this.handle) return otherwise;
    try {
      return run(this.handle);
    } catch (error) {
      if (!(error instanceof TrapError)) throw error;
      this.fail(error.message, { dropData: true });
      this.host.dispatchEvent(
        new CustomEvent("cited-stats-error", { detail: { message: error.message }, bubbles: true, composed: true }),
      );
      return otherwise;
    }
  }

  /**
   * Sets size, ratio, theme, scale or the page's look; redraws only when one changed.
   * @param {Partial<Size>} changes
   * @param {{ colours: Widget["look"]["colours"], fontFamily: string | undefined, textSize?: number }} [look]
   */
  resize(changes, look) {
    if (look) this.look = { colours: look.colours, fontFamily: look.fontFamily, textSize: look.textSize };
    const next = { ...this.size, ...changes };
    if (/** @type {(keyof Size)[]} */ (Object.keys(next)).some((key) => next[key] !== this.size[key])) {
      this.size = next;
      this.ui.stage.style.height = `${next.height}px`;
      this.ui.frame.classList.toggle("dark", next.theme === "dark");
      this.chartDirty = true;
      this.schedule();
    }
  }

  schedule() {
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  paint() {
    this.frame = 0;
    if (!this.handle || this.size.width <= 0 || this.holding) return;
    if (this.chartDirty) {
      this.chartDirty = false;
      const { width, height, dpr, theme, scale } = this.size;
      try {
        const drawn = this.use((handle) =>
          handle.render(this.ui.chart, {
            widthCssPx: Math.max(width, SIZES.minWidth),
            heightCssPx: height,
            devicePixelRatio: dpr,
            theme,
            scale,
            colours: this.look.colours,
            fontFamily: this.look.fontFamily,
            textSizeCssPx: this.look.textSize,
          }),
        );
        if (!drawn) return;
        this.drawn = drawn;
        if (this.problems.fatal !== null) {
          // A size or view that could not be drawn before can be now.
          this.problems.fatal = null;
          this.showMessages();
        }
      } catch (error) {
        this.fail(`The chart could not be drawn: ${/** @type {Error} */ (error).message}`);
        return;
      }
      const { widthCssPx, heightCssPx } = /** @type {Rendered} */ (this.drawn);
      for (const canvas of [this.ui.chart, this.ui.overlay]) {
        canvas.style.width = `${widthCssPx}px`;
        canvas.style.height = `${heightCssPx}px`;
      }
      const state = /** @type {State} */ (this.state);
      this.showFallback();
      this.hover = null;
      this.focus = this.cardMark();
      hideTooltip(this.ui.tooltip);
      const keys =
        "Arrow keys move between marks; Enter opens the quote; Escape closes it. The table is the accessible alternative.";
      this.ui.overlay.setAttribute("aria-label", `Chart of ${state.indices.length} of ${state.total} figures. ${keys}`);
      // Then the core's sentence for the view, worded when the page is idle (for 100,000 figures
      // it counts their speakers).
      whenIdle(() => {
        const summary = this.use((handle) => handle.summary());
        if (summary) this.ui.overlay.setAttribute("aria-label", `${summary}. ${keys}`);
      });
      this.ringsDirty = true;
      this.host.dispatchEvent(
        new CustomEvent("cited-stats-draw", { detail: this.drawn, bubbles: true, composed: true }),
      );
      // The quotes (when they come later) and the card's code, before a reader asks for them;
      // then the code that draws the chart again for printing.
      whenIdle(() => {
        this.whole().catch(noop);
        loadCardCode().then(() => printable?.(this), noop);
      });
    }
    if (this.ringsDirty) {
      this.ringsDirty = false;
      this.use((handle) => handle.drawRings(this.ui.overlay, this.hover ?? undefined, this.focus ?? undefined));
    }
  }

  /**
   * Shows the fallback (the host's own content) in the chart's place until a chart is drawn, and
   * when it cannot be; without fallback content the empty stage keeps the chart's space instead.
   */
  showFallback() {
    const hasFallback = this.slot
      .assignedNodes({ flatten: true })
      .some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim() !== "");
    const showFallback = hasFallback && !this.drawn;
    this.ui.fallback.hidden = !showFallback;
    this.ui.stage.hidden = showFallback || this.problems.fatal !== null;
  }

  /**
   * The mark under a point in CSS px (within a finger's reach with `touch`), or null.
   * @param {number} x
   * @param {number} y
   * @param {boolean} [touch]
   */
  markAt(x, y, touch) {
    return this.use((handle) => handle.hit(x, y, touch))?.mark ?? null;
  }

  /**
   * @param {number} x
   * @param {number} y
   * @param {boolean} [touch] a finger: the tooltip can be tapped
   */
  pointAt(x, y, touch = false) {
    const view = this.use((handle) => handle.hit(x, y, touch));
    this.ui.overlay.classList.toggle("pointing", view !== null);
    this.ui.tooltip.classList.toggle("touch", touch);
    if ((view?.mark ?? null) === this.hover) return;
    this.hover = view?.mark ?? null;
    if (view) showTooltip(this.ui.tooltip, view, this.figures, this.size.width);
    else hideTooltip(this.ui.tooltip);
    this.ringsDirty = true;
    this.schedule();
  }

  pointAway() {
    if (this.hover === null) return;
    this.hover = null;
    hideTooltip(this.ui.tooltip);
    this.ringsDirty = true;
    this.schedule();
  }

  /**
   * @param {number} delta
   */
  stepFocus(delta) {
    if (!this.handle) return;
    const current = this.focus ?? undefined;
    const mark = this.use((handle) => (delta > 0 ? handle.nextMark(current) : handle.previousMark(current)));
    this.focusMark(mark ?? null);
  }

  /**
   * @param {boolean} first
   */
  focusEnd(first) {
    this.focusMark(this.use((handle) => (first ? handle.nextMark(undefined) : handle.previousMark(undefined))) ?? null);
  }

  /**
   * @param {number | null} mark
   */
  focusMark(mark) {
    if (mark === null) {
      this.ui.live.textContent = "No figures in this chart.";
      return;
    }
    this.focus = mark;
    const view = this.use((handle) => handle.markView(mark));
    if (view) {
      this.ui.live.textContent = `${view.description}. Mark ${view.position} of ${view.of}.`;
      showTooltip(this.ui.tooltip, view, this.figures, this.size.width);
    }
    this.ringsDirty = true;
    this.schedule();
  }

  openFocused() {
    if (this.focus !== null) this.openMark(this.focus, { moveFocus: true });
  }

  escape() {
    if (this.card) this.closeCard({ moveFocus: true });
    else this.pointAway();
  }

  /**
   * Opens the card for the figures of a mark.
   * @param {number} mark
   * @param {{ moveFocus: boolean }} options
   */
  openMark(mark, { moveFocus }) {
    const view = this.use((handle) => handle.markView(mark));
    if (!view) return;
    this.focus = mark;
    this.openFigures(view.figures, 0, { moveFocus });
  }

  /**
   * Opens the card for dataset index `index` and scrolls it into view.
   * @param {number} index
   * @param {{ moveFocus?: boolean }} [options]
   */
  openFigure(index, { moveFocus = false } = {}) {
    if (!this.figures[index])
      throw new RangeError(`figure index ${index} is out of range (the dataset holds ${this.figures.length})`);
    this.openFigures([index], 0, { moveFocus, reveal: true });
  }

  /**
   * @param {number[]} indices
   * @param {number} at
   * @param {{ moveFocus: boolean, reveal?: boolean }} options
   */
  openFigures(indices, at, { moveFocus, reveal = false }) {
    this.card = { indices, at, moveFocus, reveal };
    this.apply(withFigure(/** @type {State} */ (this.state).query, this.figures[indices[at]].id), { fromReader: true });
  }

  /**
   * @param {{ moveFocus: boolean }} options
   */
  closeCard({ moveFocus }) {
    if (!this.card && !this.state?.selected) return;
    this.card = null;
    this.apply(withFigure(/** @type {State} */ (this.state).query, null), { fromReader: true });
    if (moveFocus) this.ui.overlay.focus();
  }

  /** The mark standing for the open card's figure, if any. */
  cardMark() {
    const index = this.state?.selected;
    return index === null || index === undefined
      ? this.focus
      : (this.use((handle) => handle.markOfFigure(index)) ?? null);
  }

  /** Shows the card the state's selected figure calls for (or hides it). */
  syncCard() {
    const index = this.state?.selected;
    if (index === null || index === undefined) {
      this.card = null;
      this.ui.card.hidden = true;
      this.ui.card.replaceChildren();
      return;
    }
    let card = this.card;
    if (!card || card.indices[card.at] !== index) card = this.card = { indices: [index], at: 0, moveFocus: false };
    const { moveFocus } = card;
    const figure = this.figures[index];
    const ready = cardCode !== null && !this.use((handle) => handle.detailsPending, true);
    const content = ready
      ? /** @type {NonNullable<typeof cardCode>} */ (cardCode)(this, index, figure)
      : this.cardWhileLoading(figure);
    if (!content) return;
    const root = this.ui.frame.getRootNode();
    if (ready && cardSheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(cardSheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, cardSheet];
    this.ui.card.replaceChildren(...content);
    this.ui.card.hidden = false;
    if (moveFocus) {
      card.moveFocus = false;
      this.ui.card.focus({ preventScroll: true });
    }
    if (moveFocus || card.reveal) {
      card.reveal = false;
      this.ui.card.scrollIntoView({ block: "nearest" });
    }
  }

  /**
   * The card at once on a slow link: what the figure's first part gives, with the quote and its
   * provenance to follow (or why they could not be had).
   * @param {Figure} figure
   */
  cardWhileLoading(figure) {
    const status = h("p", { class: "status loading", role: "status" }, "Loading the quote and its source…");
    this.whole().catch((error) => {
      if (this.ui.card.contains(status)) status.textContent = `The quote could not be loaded: ${error.message}`;
    });
    const close = h("button", { type: "button", class: "close", "aria-label": "Close the figure's details" }, "Close");
    close.addEventListener("click", () => this.closeCard({ moveFocus: true }));
    return [
      h("h2", { id: "card-title" }, `“${figure.figure_text}” — ${figure.measure}`),
      h("p", {}, `${figure.speaker}${figure.date ? `, ${longDate(figure.date)}` : ""} — ${figure.debate}`),
      status,
      h("div", { class: "actions" }, close),
    ];
  }

  showMessages() {
    const lines = [...this.problems.widget.map((p) => p.message), ...this.problems.query.map((p) => p.message)];
    const parts = [];
    if (this.problems.fatal)
      parts.push(h("p", {}, h("strong", {}, "cited-stats could not show this chart."), this.problems.fatal));
    if (lines.length)
      parts.push(
        h(
          "p",
          {},
          h("strong", {}, "Some settings were not understood and are ignored:"),
          ...lines.map((line) => h("span", { class: "problem" }, line, h("br"))),
        ),
      );
    this.ui.message.replaceChildren(...parts);
    this.ui.message.hidden = parts.length === 0;
  }

  /** The line naming the chart's dataset and, for the built-in one, linking to the view (the core's words). */
  sourceLine() {
    const view = this.dataset === null ? explorerLink(this.host.explorer, this.state?.query ?? "") : null;
    return this.use((handle) => handle.sourceLine(view ?? undefined));
  }

  /** The chart as a PNG with a source line naming its dataset (the core's words). */
  async png() {
    const line = this.sourceLine();
    if (line === null) throw new Error("cited-stats: there is no chart to export");
    // Code used only on a click comes with the first click.
    const { chartPng } = await import("./png.js");
    // The theme's colours (the core's, vocabulary.js), unless the page set its own.
    const { background = COLOURS[this.size.theme].background, text = COLOURS[this.size.theme].text } =
      this.look.colours;
    return chartPng(this.ui.chart, this.drawn?.devicePixelRatio ?? this.size.dpr, line, { background, text });
  }
}

/** The card's builder (card.js), loaded on first need or when the page is idle; null until then. */
/** @type {ReturnType<typeof import("./card.js").widgetCardBuilder> | null} */
let cardCode = null;
/** The card's stylesheet (card.js), adopted by a widget's shadow root when it first shows a card. */
/** @type {CSSStyleSheet | null} */
let cardSheet = null;
/** Has a widget's chart drawn again whenever the page prints (print.js, in the card's chunk). */
/** @type {typeof import("./card.js").printable | null} */
let printable = null;
/** @type {Promise<void> | null} */
let cardLoading = null;

/** Loads the card's code once per page (again after a failure). */
function loadCardCode() {
  cardLoading ??= import("./card.js").then((module) => {
    cardCode = module.widgetCardBuilder({ h, bdi, longDate, withFigure, buildQuery, explorerLink });
    cardSheet = module.cardStyles();
    printable = module.printable;
  });
  cardLoading.catch(() => {
    cardLoading = null;
  });
  return cardLoading;
}

function noop() {}

/**
 * Runs `work` when the page is next idle (or soon, where the browser cannot say).
 * @param {() => void} work
 */
function whenIdle(work) {
  if (typeof requestIdleCallback === "function") requestIdleCallback(work, { timeout: 3000 });
  else setTimeout(work, 200);
}

/**
 * A problem with a URL parameter, reworded for the attribute of the same name.
 * @param {Problem} problem
 */
function asAttributeProblem(problem) {
  return { ...problem, message: problem.message.replace(/^URL parameter `/, "attribute `") };
}
