// cited-stats: the script a page includes from a site that serves it,
// <script type="module" src="…/cited-stats.js">. It registers <cited-stats>, with permalinks to
// that site's explorer, and exposes `init` for pages that want to start the wasm early or load it
// from a URL of their own.
import { setSiteExplorer } from "./lib/explorer-link.js";
import { SITE_EXPLORER } from "./site/links.js";

export { init, loadDataset, CitedStatsElement } from "./element.js";
export { wasmMemoryBytes } from "./lib/wasm.js";
// For this site's iframe page (embed.js), which loads this script anyway: the query-string helpers
// and the core's names it shares with the element, without fetching their modules again.
export { queryKey, withoutParameters } from "./lib/query-string.js";
export { SIZES, WIDGET_PARAMETERS } from "./lib/vocabulary.js";

setSiteExplorer(SITE_EXPLORER);
