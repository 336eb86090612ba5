// Types for the package's main entry (`cited-stats`). The data types (Figure, State, MarkView, …)
// are the ones wasm-bindgen generates from the Rust core, re-exported here.
import type { CitedStats, Choices, Derived, Figure, InitInput, MarkView, Rendered, State } from "./pkg/cited_stats.js";

export type {
  Choice, Choices, CitedStats, ClaimView, Derived, Figure, FigureView, InitInput, MarkView, Problem, QuotationView,
  Rect, Rendered, RenderOptions, State,
} from "./pkg/cited_stats.js";

/** A dataset: an array of figures in the schema of the built-in `figures.json`, or the URL of such a file. */
export type DatasetSource = Figure[] | string | URL;

/**
 * Starts the wasm module once per page; every later call returns the same promise (a failed start
 * may be retried). `input`: where the module comes from — a URL (string or `URL`), a `Response`
 * (or a promise of one), the module's bytes, or a compiled `WebAssembly.Module`. Without it, the
 * `.wasm` that ships beside this module (which bundlers copy with the build).
 */
export function init(input?: InitInput | Promise<InitInput>): Promise<void>;

/**
 * A validated dataset handle. Starts the wasm if needed. Rejects with an `Error` naming every bad
 * record by its number and field, in the same words the element shows.
 * Call `free()` on the handle when done with it.
 */
export function loadDataset(source: DatasetSource): Promise<CitedStats>;

/** The URL of the built-in dataset, as resolved beside this module (bundlers copy the file). */
export const BUILT_IN_DATASET: string;

/** The chart kinds (the `chart` attribute). */
export type ChartKind = State["chart"];

/** Registers `<cited-stats>` unless it already is (does nothing outside a browser). */
export function defineCitedStats(): void;

/** Detail of the `cited-stats-error` event. */
export interface CitedStatsErrorDetail {
  message: string;
}

/** What `cited-stats-draw` reports about one redraw. */
export type CitedStatsDrawDetail = Rendered;

/**
 * The `<cited-stats>` element. Attributes: `chart`, `debate`, `speaker`, `party`, `topic`, `unit`,
 * `claim`, `quoted`, `from`, `to`, `cited`, `q`, `group`, `figure` (the explorer's URL vocabulary), and `theme`,
 * `height`, `scale`, `src`, `explorer`, `loading`. Its light-DOM children are shown until the
 * chart is drawn, and where it cannot be.
 */
export class CitedStatsElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /**
   * Resolves when the dataset is loaded and checked and the view applied (the chart is drawn in
   * the next animation frame: `cited-stats-draw`); rejects on failure. Renewed when `data` or
   * `src` changes.
   */
  readonly ready: Promise<void>;
  /**
   * The dataset in place of the built-in one: figures or a URL. It is validated whole; a bad one
   * shows every problem and no chart. `null` goes back to the `src` attribute or the built-in dataset.
   */
  data: DatasetSource | null;
  /**
   * The explorer permalinks and the PNG's source line lead to: the `explorer` attribute, else the
   * serving site's explorer (set by its script, cited-stats.js), else null (no permalinks).
   */
  readonly explorer: string | null;
  /** The whole view as a URL query string; once set, attributes no longer drive the view. */
  query: string;
  /** The last state (null before the first layout). */
  readonly state: State | null;
  /**
   * The dataset's figures (after `ready`). The built-in dataset's quotes and provenance arrive
   * after the first draw: every figure is whole once `loadDetails()` resolves.
   */
  readonly figures: Figure[];
  /** Resolves when every figure carries all its fields (fetching them if needed). */
  loadDetails(): Promise<void>;
  /** What each filter can be set to (after `ready`). */
  readonly choices: Choices | null;
  /** Opens the detail card of dataset figure `index`. */
  openFigure(index: number, options?: { focus?: boolean }): void;
  /** Closes the detail card. */
  closeCard(): void;
  /** The drawn chart's marks in reading order, with their boxes in CSS px. */
  marks(): MarkView[];
  /** CSV (every provenance column) of the figures at `indices`; throws before `loadDetails()` resolves. */
  csv(indices: Uint32Array | number[]): string;
  /**
   * For each of `indices`, the table's "Also quoted" text: "" when no other figure states its
   * quantity, else "1 other" or "2 others", with "; quoted differently" when its words disagree.
   */
  alsoQuoted(indices: Uint32Array | number[]): string[];
  /** What a download adds to figure `index`: `claim_quotations` and `claim_agrees`. */
  derived(index: number): Derived | null;
  /**
   * The drawn view in one sentence, the core's ("Timeline: 126 figures, quoted 2009–2022 and
   * undated by 9 speakers, in lanes by topic"); null before the first draw.
   */
  summary(): string | null;
  /** The chart as a PNG with its source line, and `summary()` as its "Description" (an iTXt chunk). */
  exportPng(): Promise<Blob>;
}

declare global {
  interface HTMLElementTagNameMap {
    "cited-stats": CitedStatsElement;
  }
  interface HTMLElementEventMap {
    "cited-stats-change": CustomEvent<State>;
    "cited-stats-draw": CustomEvent<CitedStatsDrawDetail>;
    "cited-stats-error": CustomEvent<CitedStatsErrorDetail>;
  }
}
