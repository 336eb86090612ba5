// cited-stats: the entry module. Importing it registers the <cited-stats> element (once, however
// many times it is imported) and exposes `init` for pages that want to start the wasm early or
// load it from a URL of their own.
import { defineCitedStats } from "./lib/element.js";

export { init } from "./lib/wasm.js";
export { CitedStatsElement } from "./lib/element.js";

defineCitedStats();
