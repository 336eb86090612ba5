// Types for `cited-stats/element`: importing it registers <cited-stats>; it re-exports the main
// entry's `init`, `loadDataset` and `CitedStatsElement`.
export { init, loadDataset, CitedStatsElement } from "./index.js";
