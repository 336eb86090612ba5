// The explorer of the site that serves this copy of cited-stats (www/index.html). Imported only by
// the script-tag entry: it sits one folder deep, like lib/ and the bundle in dist/, so the same
// relative URL is right from all of them.
export const SITE_EXPLORER = new URL("../index.html", import.meta.url).href;
