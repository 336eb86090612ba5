// <cited-stats>: the custom element every page uses (the explorer, embeds, npm consumers). It reads
// its attributes (the explorer's URL vocabulary plus theme, height, scale and src), starts when
// scrolled near the viewport (or at once with loading="eager"), follows its own width and the
// page's colour scheme, shows its light-DOM children as a fallback until the chart is drawn (and
// where it cannot be), and exposes a small API for host pages. Importing it under Node (server-side
// rendering) defines nothing and does not throw.
import { datasetFigures, init, openBuiltIn, openDataset } from "./wasm.js";
import {
  QUERY_ATTRIBUTES,
  WIDGET_ATTRIBUTES,
  queryFromAttributes,
  wellFormedQuery,
  widgetAttribute,
} from "./attributes.js";
import { defaultExplorer } from "./explorer-link.js";
import { pageLook } from "./look.js";
import { widgetStyles } from "./styles.js";
import { Widget } from "./widget.js";
import { SIZES, STRUCTURED_DATA } from "./vocabulary.js";

/** @typedef {import("../pkg/cited_stats.js").Figure} Figure */

/** How near the viewport (CSS px) an element starts. */
const NEAR_PX = 300;

/** Outside a browser (server-side rendering) there is no HTMLElement; the class is then inert. */
const ElementBase = globalThis.HTMLElement ?? class {};

/** The `<cited-stats>` element. */
export class CitedStatsElement extends ElementBase {
  static observedAttributes = [...QUERY_ATTRIBUTES, ...WIDGET_ATTRIBUTES, STRUCTURED_DATA];

  /** @type {Widget} */
  #widget;
  /** @type {string | null} */
  #queryProperty = null;
  /**
   * The dataset given through the `data` property (figures or a URL), or null for `src`/built-in.
   * @type {unknown}
   */
  #data = null;
  #started = false;
  #generation = 0;
  /** @type {(ResizeObserver | IntersectionObserver)[]} */
  #observers = [];
  /** @type {MediaQueryList | null} */
  #media = null;
  #onMedia = () => this.#readWidgetAttributes();
  /**
   * Settles `ready`: resolves it, or rejects it with `error`.
   * @type {(error?: Error) => void}
   */
  #settle = () => {};
  /**
   * Resolves when the dataset is loaded and checked and the view applied (the chart is drawn in
   * the next animation frame: `cited-stats-draw`); rejects on failure. Renewed when `data` or `src`
   * changes.
   * @type {Promise<void>}
   */
  ready = this.#renew();

  constructor() {
    super();
    const root = this.attachShadow({ mode: "open" });
    root.adoptedStyleSheets = [widgetStyles()];
    this.#widget = new Widget(root, this);
    // The probe's transitions report a change of the page's color-scheme or custom properties.
    this.#widget.ui.schemeProbe.addEventListener("transitionrun", () => this.#readWidgetAttributes());
    for (const type of ["cited-stats-change", "cited-stats-error"]) this.addEventListener(type, () => this.#quote());
  }

  /**
   * With the `structured-data` attribute (or when it changes), brings the page's schema.org
   * Quotation of the open card up to date: quotation.js, in the card's chunk.
   * @param {boolean} [changed]
   */
  #quote(changed) {
    if (changed || this.hasAttribute(STRUCTURED_DATA))
      import("./card.js").then((card) => card.syncQuotation(this, STRUCTURED_DATA));
  }

  /**
   * A new `ready` promise, for the load that starts next (`#settle` settles it).
   * @returns {Promise<void>}
   */
  #renew() {
    const ready = new Promise((resolve, reject) => {
      this.#settle = (error) => (error ? reject(error) : resolve(undefined));
    });
    ready.catch(() => {});
    return ready;
  }

  connectedCallback() {
    // A page may set `data` or `query` before the element is defined; those values sit on the
    // instance and would hide the class's own properties. Take them over.
    const self = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (this));
    for (const name of ["data", "query"]) {
      if (Object.hasOwn(this, name)) {
        const value = self[name];
        delete self[name];
        self[name] = value;
      }
    }
    this.#media = matchMedia("(prefers-color-scheme: dark)");
    this.#media.addEventListener("change", this.#onMedia);
    this.#readWidgetAttributes();
    const resize = new ResizeObserver((entries) => {
      const width = Math.floor(entries[entries.length - 1].contentRect.width);
      this.#widget.resize({ width, dpr: devicePixelRatio || 1 });
    });
    resize.observe(this.#widget.ui.frame);
    this.#observers.push(resize);
    // Moved within the page with a card open: its Quotation comes back with it.
    this.#quote();
    if (!this.#started && (this.getAttribute("loading") === "eager" || this.#nearViewport())) {
      this.#start();
    } else if (!this.#started) {
      const visible = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            visible.disconnect();
            this.#start();
          }
        },
        { rootMargin: `${NEAR_PX}px` },
      );
      visible.observe(this);
      this.#observers.push(visible);
    }
  }

  /** Whether the element is within 300 px of the viewport now (so starting need not wait a frame for the observer). */
  #nearViewport() {
    const box = this.getBoundingClientRect();
    const height = this.ownerDocument.documentElement.clientHeight;
    return box.bottom > -NEAR_PX && box.top < height + NEAR_PX && (box.width > 0 || box.height > 0);
  }

  disconnectedCallback() {
    this.#observers.forEach((observer) => observer.disconnect());
    this.#observers = [];
    this.#media?.removeEventListener("change", this.#onMedia);
    this.#quote();
  }

  /** @param {string} name */
  attributeChangedCallback(name) {
    if (name === STRUCTURED_DATA) {
      this.#quote(true);
    } else if (WIDGET_ATTRIBUTES.includes(name)) {
      if (name === "src" && this.#started && this.#data === null) {
        this.#restart();
      } else {
        this.#readWidgetAttributes();
      }
    } else if (this.#queryProperty === null && this.#widget.handle) {
      this.#widget.apply(queryFromAttributes(this), { fromReader: false, from: "attributes" });
    }
  }

  #restart() {
    this.#started = false;
    this.ready = this.#renew();
    this.#start();
  }

  async #start() {
    if (this.#started) return;
    this.#started = true;
    // Each start has a number; a load that finishes after a newer start began is dropped.
    const generation = ++this.#generation;
    const stale = () => generation !== this.#generation;
    const data = this.#data;
    try {
      const src = widgetAttribute(this, "src");
      // A `src` that cannot be read shows its problem and no chart, never the built-in figures.
      if (data === null && src.problem) throw new Error(src.problem.message);
      const source = data ?? src.value;
      // Read when the view is applied: the query property may be set while the data loads.
      const from = () => (this.#queryProperty === null ? "attributes" : "url");
      if (source === null || source === undefined) {
        // The built-in dataset's first part and the module download side by side.
        const { handle, figures, details } = await openBuiltIn();
        if (stale()) return handle.free();
        await this.#widget.open(handle, figures, this.query, from(), details);
      } else {
        // The module and the dataset download side by side. A URL given as `data` is held to the
        // same schemes as `src` there (wasm.js `datasetFigures`).
        const [{ figures, name }] = await Promise.all([datasetFigures(source, "property `data`"), init()]);
        if (stale()) return;
        const handle = await openDataset(figures, name);
        // Checked against the schema by the core as the handle was made.
        await this.#widget.open(handle, /** @type {Figure[]} */ (figures), this.query, from());
      }
      if (stale()) return;
      this.#settle();
    } catch (error) {
      if (stale()) return;
      const message = error instanceof Error ? error.message : String(error);
      this.#widget.fail(message, { dropData: true });
      this.dispatchEvent(new CustomEvent("cited-stats-error", { detail: { message }, bubbles: true, composed: true }));
      this.#settle(error instanceof Error ? error : new Error(message));
    }
  }

  #readWidgetAttributes() {
    const read = Object.fromEntries(WIDGET_ATTRIBUTES.map((name) => [name, widgetAttribute(this, name)]));
    const look = this.isConnected
      ? pageLook(this)
      : { colours: {}, fontFamily: undefined, textSize: undefined, problems: [], key: "" };
    this.#widget.problems.widget = [
      ...Object.values(read).flatMap((r) => (r.problem ? [r.problem] : [])),
      ...look.problems,
    ];
    this.#widget.showMessages();
    const theme = read.theme.value ?? "auto";
    this.#widget.resize(
      {
        theme: theme === "auto" ? this.#pageTheme() : theme,
        height: read.height.value ?? SIZES.defaultHeight,
        scale: read.scale.value ?? "auto",
        look: look.key,
      },
      look,
    );
  }

  /**
   * The theme the page asks for: its CSS `color-scheme` on this element when it names only one of
   * light and dark, otherwise the reader's system preference.
   */
  #pageTheme() {
    const scheme = this.isConnected ? getComputedStyle(this).colorScheme.split(/\s+/) : [];
    const dark = scheme.includes("dark");
    const light = scheme.includes("light");
    if (dark !== light) return dark ? "dark" : "light";
    return this.#media?.matches ? "dark" : "light";
  }

  /**
   * The dataset in place of the built-in one: an array of figures (the schema of `figures.json`)
   * or a URL of such a file. It is validated whole; a bad one shows every problem and no chart.
   * `null` goes back to the `src` attribute or the built-in dataset.
   */
  get data() {
    return this.#data;
  }
  /** @param {unknown} value */
  set data(value) {
    this.#data = value ?? null;
    if (this.#started) this.#restart();
  }

  /** The explorer permalinks lead to: the `explorer` attribute, else the serving site's, else null. */
  get explorer() {
    return widgetAttribute(this, "explorer").value ?? defaultExplorer();
  }

  /**
   * The view as a URL query string (canonical once the widget has started).
   * @returns {string}
   */
  get query() {
    return this.#widget.state?.query ?? this.#queryProperty ?? queryFromAttributes(this);
  }

  /** Sets the whole view from a URL query string; attributes are ignored from then on. */
  /** @param {unknown} value */
  set query(value) {
    this.#queryProperty = wellFormedQuery(String(value ?? "").replace(/^\?/, ""));
    if (this.#widget.handle) this.#widget.apply(this.#queryProperty, { fromReader: false });
  }

  /** The last state (query, problems, shown indices, total, chart, selected figure). */
  get state() {
    return this.#widget.state;
  }
  /**
   * The dataset's figures (after `ready`). The built-in dataset's quotes and provenance arrive
   * after the first draw: every figure is whole once `loadDetails()` resolves.
   */
  get figures() {
    return this.#widget.figures;
  }
  /**
   * Resolves when every figure carries all its fields (fetching the built-in dataset's detail
   * part if it has not arrived); rejects, naming what failed, when it cannot be had.
   */
  loadDetails() {
    return this.#widget.whole();
  }
  /** What each filter can be set to (after `ready`). */
  get choices() {
    return this.#widget.use((handle) => handle.choices());
  }
  /**
   * Opens the detail card of dataset index `index` (scrolled into view; focused when `focus`).
   * @param {number} index
   * @param {{ focus?: boolean }} [options]
   */
  openFigure(index, { focus = false } = {}) {
    this.#widget.openFigure(index, { moveFocus: focus });
  }
  /** Closes the detail card. */
  closeCard() {
    this.#widget.closeCard({ moveFocus: false });
  }
  /** The drawn chart's marks in reading order: { mark, figures, bbox (CSS px), description }. */
  marks() {
    return this.#widget.use((handle) => handle.marks(), []);
  }
  /**
   * CSV (every provenance column) of the figures at `indices`; after `loadDetails()`.
   * @param {number[] | Uint32Array} indices
   */
  csv(indices) {
    return this.#widget.use((handle) => handle.csv(indices));
  }
  /**
   * For each of `indices`, the table's "Also quoted" text (the core's words): "" when no other
   * figure states its quantity, else "1 other" or "2 others", with "; quoted differently" when its
   * words disagree with another quotation.
   * @param {number[] | Uint32Array} indices
   * @returns {string[]}
   */
  alsoQuoted(indices) {
    return this.#widget.use((handle) => handle.alsoQuoted(Uint32Array.from(indices)), []) ?? [];
  }
  /**
   * What a download adds to figure `index` from the whole dataset's claims: `claim_quotations`
   * (how many figures state its quantity) and `claim_agrees` (null without a claim).
   * @param {number} index
   */
  derived(index) {
    return this.#widget.use((handle) => handle.derived(index));
  }
  /** The drawn view in one sentence (the core's; null before the first draw): the chart's accessible name and the PNG's alt text. */
  summary() {
    return this.#widget.use((handle) => handle.summary());
  }
  /** The chart as a PNG with its source line, and the view's sentence (`summary()`) as its "Description" text. */
  exportPng() {
    return this.#widget.png();
  }
}

/** Registers `<cited-stats>` unless it already is. */
export function defineCitedStats() {
  if (typeof customElements !== "undefined" && !customElements.get("cited-stats")) {
    customElements.define("cited-stats", CitedStatsElement);
  }
}
