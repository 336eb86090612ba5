// The package as a Vite app uses it: start the wasm from a URL Vite gives for the packaged .wasm,
// register <cited-stats> by importing the element entry, and show a dataset of our own both in an
// element and through loadDataset(), with a bad one named in both places.
import "cited-stats/element";
import { init, loadDataset, type CitedStatsElement, type DatasetSource, type Figure } from "cited-stats";
import wasmUrl from "cited-stats/cited_stats_bg.wasm?url";
import { BAD_FIGURES, OWN_FIGURES } from "../../shared/own-figures.js";

const own: Figure[] = OWN_FIGURES;
const bad: Figure[] = BAD_FIGURES;

/** A <cited-stats> showing `data`, added to the element with id `place`. */
function chartOf(data: DatasetSource, id: string, place: string): CitedStatsElement {
  const element = document.createElement("cited-stats");
  element.id = id;
  element.setAttribute("loading", "eager");
  element.data = data;
  document.getElementById(place)!.append(element);
  return element;
}

/** Writes what loadDataset() made of `data` into the element with id `target`. */
async function describe(data: Figure[], target: string): Promise<void> {
  const line = document.getElementById(target)!;
  try {
    const handle = await loadDataset(data);
    line.textContent = `loadDataset() checked ${handle.total} figures.`;
    handle.free();
  } catch (error) {
    line.textContent = error instanceof Error ? error.message : String(error);
    line.classList.add("error");
  }
}

await init(wasmUrl);
chartOf(own, "own", "own-place");
chartOf(bad, "bad", "bad-place");
await Promise.all([describe(own, "own-api"), describe(bad, "bad-api")]);
document.body.classList.add("ready");
