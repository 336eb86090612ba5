// cited-stats: the script a page includes from a site that serves it,
// <script type="module" src="…/cited-stats.js">. It registers <cited-stats>, with permalinks to
// that site's explorer, and exposes `init` for pages that want to start the wasm early or load it
// from a URL of their own.
import { setSiteExplorer } from "./lib/explorer-link.js";
import { SITE_EXPLORER } from "./site/links.js";

export { init, loadDataset, CitedStatsElement } from "./element.js";
export { wasmMemoryBytes } from "./lib/wasm.js";

setSiteExplorer(SITE_EXPLORER);
