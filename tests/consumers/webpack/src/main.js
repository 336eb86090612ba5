// @ts-check
// The package as a webpack app uses it: start the wasm (the packaged .wasm, which webpack copies),
// register <cited-stats> by calling defineCitedStats(), and show a dataset of our own both in an
// element and through loadDataset(), with a bad one named in both places. Type-checked by `tsc`.
import { defineCitedStats, init, loadDataset } from "cited-stats";
import { BAD_FIGURES, OWN_FIGURES } from "../../shared/own-figures.js";

/** @type {import("cited-stats").Figure[]} */
const own = OWN_FIGURES;
/** @type {import("cited-stats").Figure[]} */
const bad = BAD_FIGURES;

/**
 * A <cited-stats> showing `data`, added to the element with id `place`.
 * @param {import("cited-stats").DatasetSource} data
 * @param {string} id
 * @param {string} place
 */
function chartOf(data, id, place) {
  const element = document.createElement("cited-stats");
  element.id = id;
  element.setAttribute("loading", "eager");
  element.data = data;
  document.getElementById(place)?.append(element);
  return element;
}

/**
 * Writes what loadDataset() made of `data` into the element with id `target`.
 * @param {import("cited-stats").Figure[]} data
 * @param {string} target
 */
async function describe(data, target) {
  const line = /** @type {HTMLElement} */ (document.getElementById(target));
  try {
    const handle = await loadDataset(data);
    line.textContent = `loadDataset() checked ${handle.total} figures.`;
    handle.free();
  } catch (error) {
    line.textContent = error instanceof Error ? error.message : String(error);
    line.classList.add("error");
  }
}

async function main() {
  await init();
  defineCitedStats();
  chartOf(own, "own", "own-place");
  chartOf(bad, "bad", "bad-place");
  await Promise.all([describe(own, "own-api"), describe(bad, "bad-api")]);
  document.body.classList.add("ready");
}

main();
