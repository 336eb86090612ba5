// cited-stats/element: importing it registers the <cited-stats> element (once, however many times
// it is imported) and re-exports `init`, `loadDataset` and `CitedStatsElement`. Permalinks need the
// element's `explorer` attribute (see README); the site's own script, cited-stats.js, sets them.
import { defineCitedStats } from "./lib/element.js";

export { init, loadDataset } from "./lib/wasm.js";
export { CitedStatsElement } from "./lib/element.js";

defineCitedStats();
