// Loads the wasm module once per page (every widget shares it, none shares state) and the
// built-in dataset once per URL.
import initWasm, { CitedStats } from "../pkg/cited_stats.js";

let started = null;

/**
 * Starts the wasm module. Optional `input`: a URL (string or URL), a Response, a Promise of one,
 * or the module's bytes; by default the .wasm next to this package. Safe to call many times.
 * @returns {Promise<void>}
 */
export function init(input) {
  if (!started) {
    const module_or_path = input ?? new URL("../pkg/cited_stats_bg.wasm", import.meta.url);
    started = initWasm({ module_or_path }).then(() => undefined);
    started.catch(() => { started = null; });
  }
  return started;
}

/** The built-in dataset's URL. */
export const BUILT_IN_DATASET = new URL("../data/figures.json", import.meta.url).href;

const datasets = new Map();

/**
 * Fetches a dataset (a JSON array of figures) once per URL.
 * @param {string} url
 * @returns {Promise<object[]>}
 */
export function fetchDataset(url) {
  if (!datasets.has(url)) {
    const loading = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`dataset ${url}: the server answered ${response.status} ${response.statusText}`);
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new Error(`dataset ${url}: not valid JSON (${error.message})`);
      }
    });
    loading.catch(() => datasets.delete(url));
    datasets.set(url, loading);
  }
  return datasets.get(url);
}

/**
 * A handle over `figures`, validated by the core (throws an Error naming every bad record).
 * @param {object[]} figures
 * @param {string} source  named in messages
 */
export async function openDataset(figures, source) {
  await init();
  return new CitedStats(figures, source);
}
