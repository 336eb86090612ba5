// cited-stats: the package's main entry. Importing it changes nothing on the page: call `init()`
// to start the wasm (optional; the element starts it itself), `defineCitedStats()` to register
// <cited-stats>, and `loadDataset()` for a validated dataset handle of your own. It imports under
// Node (server-side rendering) without touching the DOM.
export { init, loadDataset, BUILT_IN_DATASET } from "./lib/wasm.js";
export { CitedStatsElement, defineCitedStats } from "./lib/element.js";
