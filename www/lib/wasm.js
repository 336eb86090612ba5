// Loads the wasm module once per page (every widget shares it, none shares state) and the
// built-in dataset once per URL.
import initWasm, { datasetTooLarge } from "../pkg/cited_stats.js";
import { datasetUrl } from "./attributes.js";
import { figuresOfColumns } from "./columns.js";
import { guardedDataset, guardedParts } from "./engine.js";
import { fetchWatched } from "./fetch.js";
import { DATASET_LIMITS } from "./vocabulary.js";

/** @typedef {import("../pkg/cited_stats.js").CitedStats} CitedStats */
/** @typedef {import("../pkg/cited_stats.js").InitInput} InitInput */

/** @type {Promise<void> | null} */
let started = null;
/** @type {import("../pkg/cited_stats.js").InitOutput | null} */
let exports = null;

/**
 * Starts the wasm module. Optional `input`: a URL (string or URL), a Response, a Promise of one,
 * or the module's bytes; by default the .wasm next to this package. Safe to call many times.
 * @param {InitInput | Promise<InitInput>} [input]
 * @returns {Promise<void>}
 */
export function init(input) {
  if (!started) {
    started = (async () => {
      const source = input ?? new URL("../pkg/cited_stats_bg.wasm", import.meta.url);
      // A URL is fetched here, so that a failure or a stall names it.
      const url =
        typeof source === "string" || source instanceof URL ? new URL(source, globalThis.document?.baseURI).href : null;
      const what = "the WebAssembly engine";
      const start = (/** @type {InitInput | Promise<InitInput>} */ module_or_path) => initWasm({ module_or_path });
      exports = await (url
        ? fetchWatched(url, what, (response) =>
            start(response).catch((error) => {
              throw new Error(`${what} ${url} could not start: ${error.message}`, { cause: error });
            }),
          )
        : start(source));
    })();
    started.catch(() => {
      started = null;
    });
  }
  return started;
}

/**
 * Bytes of the wasm module's linear memory, or 0 before it has started (for diagnostics). The
 * memory is found by its type: the build shortens every export's name (scripts/wasm-names.mjs).
 */
export function wasmMemoryBytes() {
  const memory = Object.values(exports ?? {}).find((value) => value instanceof WebAssembly.Memory);
  return memory?.buffer.byteLength ?? 0;
}

/** The built-in dataset's URL (every figure whole: the public form of the data). */
export const BUILT_IN_DATASET = new URL("../data/figures.json", import.meta.url).href;
/**
 * The built-in dataset as the element loads it, in two parts: what the first draw, hover, filters
 * and search need, then each figure's quote and provenance (fetched when a card first opens, a
 * search or download needs them, or the page is idle). Both are written column by column
 * (columns.js).
 */
export const BUILT_IN_PARTS = {
  first: new URL("../data/figures-first.json", import.meta.url).href,
  detail: new URL("../data/figures-detail.json", import.meta.url).href,
};

/** @type {Map<string, Promise<unknown>>} */
const datasets = new Map();

/**
 * Fetches a dataset (a JSON array of figures, or a built-in part's columns) once per URL. The body is counted as it streams in
 * and reading stops once it passes the core's byte limit, so a huge or endless response is
 * refused (naming the limit and what arrived) without being held in memory.
 * @param {string} url
 * @returns {Promise<unknown>}
 */
export function fetchDataset(url) {
  if (!datasets.has(url)) {
    const loading = (async () => {
      const response = await fetchWatched(url, "dataset");
      // The limit and its message are the core's: the module starts while the headers arrive.
      await init();
      const text = await readBounded(response, `dataset ${url}`);
      if (!text.trim()) throw new Error(`dataset ${url}: the response is empty (${text.length} bytes)`);
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new Error(`dataset ${url}: not valid JSON (${messageOf(error)})`, { cause: error });
      }
    })();
    loading.catch(() => datasets.delete(url));
    datasets.set(url, loading);
  }
  return /** @type {Promise<unknown>} */ (datasets.get(url));
}

/**
 * The response's body as text, read chunk by chunk up to the byte limit (the core's, from
 * vocabulary.js; the message is the core's too).
 * @param {Response} response
 * @param {string} source
 */
async function readBounded(response, source) {
  const limit = DATASET_LIMITS.bytes;
  const reader = response.body?.getReader();
  if (!reader) return "";
  /** @type {Uint8Array[]} */
  const chunks = [];
  let received = 0;
  for (;;) {
    let read;
    try {
      read = await reader.read();
    } catch (error) {
      throw error instanceof Error && error.message.startsWith(source)
        ? error
        : new Error(
            `${source}: the download broke off after ${received.toLocaleString("en-GB")} bytes (${messageOf(error)})`,
            { cause: error },
          );
    }
    const { done, value } = read;
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      reader.cancel().catch(() => {});
      throw new Error(datasetTooLarge(source, received));
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Resolves a dataset source to its figures: an array is used as it is (copied); a string or URL is
 * fetched (relative to the page) if it is an http(s), blob: or data: URL. Anything else is refused,
 * naming `what` and the value (or its type).
 * @param {unknown} source
 * @param {string} what  how the source is named in messages, e.g. "property `data`"
 * @returns {Promise<{ figures: object[], name: string }>}
 */
export async function datasetFigures(source, what) {
  if (Array.isArray(source)) {
    try {
      return { figures: structuredClone(source), name: what };
    } catch (error) {
      throw new Error(`${what}: the figures cannot be copied (${messageOf(error)}); give plain JSON data`, {
        cause: error,
      });
    }
  }
  if (typeof source === "string" || source instanceof URL) {
    // Held to the same schemes as the element's `src` (attributes.js): a javascript: URL, say, is
    // refused by name here and never handed to fetch.
    const url = datasetUrl(String(source), globalThis.document?.baseURI ?? globalThis.location?.href);
    if (url.problem !== undefined) throw new Error(`${what}: ${JSON.stringify(String(source))} ${url.problem}`);
    // Whether it is an array of figures is the core's to check and name.
    return { figures: /** @type {object[]} */ (await fetchDataset(url.value)), name: url.value };
  }
  const kind =
    source === null ? "null" : typeof source === "object" ? (source.constructor?.name ?? "object") : typeof source;
  throw new Error(`${what}: expected an array of figures or a URL, got ${kind}`);
}

/**
 * A validated dataset for your own use: `source` is an array of figures (the schema of the
 * built-in `figures.json`) or a URL of such a file. Starts the wasm if needed. Rejects with an
 * Error naming every bad record.
 * @param {object[] | string | URL} source
 * @returns {Promise<CitedStats>}
 */
export async function loadDataset(source) {
  const { figures, name } = await datasetFigures(source, "dataset");
  return openDataset(figures, name);
}

/**
 * The built-in dataset's first part, opened: `{ handle, figures, details }`, where `details()`
 * fetches the detail part once, joins it into the handle (checked whole by the core) and into
 * `figures`, and resolves when every figure is whole. The handle survives traps (engine.js).
 */
export async function openBuiltIn() {
  const [columns] = await Promise.all([fetchDataset(BUILT_IN_PARTS.first), init()]);
  const first = figuresOfColumns(columns, `dataset ${BUILT_IN_PARTS.first}`);
  const handle = guardedParts(first, BUILT_IN_PARTS.first);
  // Each record is whole once `details()` has joined its detail part.
  const figures = /** @type {import("../pkg/cited_stats.js").Figure[]} */ (first.map((record) => ({ ...record })));
  /** @type {Promise<void> | null} */
  let joining = null;
  const details = () => {
    joining ??= fetchDataset(BUILT_IN_PARTS.detail).then((columns) => {
      const more = figuresOfColumns(columns, `dataset ${BUILT_IN_PARTS.detail}`);
      handle.addDetails(first, more, BUILT_IN_PARTS.detail);
      figures.forEach((figure, i) => Object.assign(figure, more[i]));
    });
    joining.catch(() => {
      joining = null;
    });
    return joining;
  };
  return { handle, figures, details };
}

/**
 * A handle over `figures`, validated by the core (throws an Error naming every bad record), that
 * survives a trap in the module (see engine.js).
 * @param {object[]} figures
 * @param {string} source  named in messages
 */
export async function openDataset(figures, source) {
  await init();
  return guardedDataset(figures, source, source === BUILT_IN_DATASET);
}

/**
 * An error's message, or the thrown value as text.
 * @param {unknown} error
 */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
