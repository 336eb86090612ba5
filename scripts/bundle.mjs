// Bundles the site script for scripts/build-web.sh: www/cited-stats.js with everything it imports
// (the element, its modules and the wasm glue) into one minified ES module, www/dist/cited-stats.js,
// with the code only a click or an idle moment needs split into www/dist/chunks/, a source map for
// each, and www/dist/meta.json recording which file imports which (for `npm run size`). The widget's
// stylesheet literals are minified as CSS on the way (scripts/css-literals.mjs: 0.06 kB brotli less
// on the first load, 0.1 kB with the card's chunk). Then the standalone explorer's own modules
// (www/explorer/, and the two of www/lib/ it reads) into www/dist/explorer.js, the site script left
// as the import it is, so the page shares the widgets' module: one request instead of thirteen
// modules fetched three imports deep, and 6.3 kB brotli instead of 18.2 kB. Then the iframe page's
// script, www/dist/embed.js, importing the site script beside it, and the iframe page's and the
// explorer's stylesheets, minified. Run from the repository's root.
import { build } from "esbuild";
import { readFile, writeFile } from "node:fs/promises";
import { minifyCssLiterals } from "./css-literals.mjs";

/** The modules whose stylesheet literals are minified, each expected to hold exactly one. */
const STYLESHEETS = /[\\/]www[\\/]lib[\\/](styles|card)\.js$/;

/** @type {import("esbuild").Plugin} */
const cssLiterals = {
  name: "css-literals",
  setup(bundle) {
    bundle.onLoad({ filter: STYLESHEETS }, async ({ path }) => {
      const { code, literals } = minifyCssLiterals(await readFile(path, "utf8"), path);
      if (literals !== 1) throw new Error(`${path}: ${literals} stylesheet literals, not one`);
      return { contents: code, loader: "js" };
    });
  },
};

/** How every script in www/dist/ is built: one minified ES module with what it imports, and its
 * source map. @type {import("esbuild").BuildOptions} */
const SCRIPT = {
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  logLevel: "warning",
  sourcemap: true,
};

const result = await build({
  ...SCRIPT,
  entryPoints: ["www/cited-stats.js"],
  splitting: true,
  outdir: "www/dist",
  entryNames: "[name]",
  chunkNames: "chunks/[name]-[hash]",
  metafile: true,
  plugins: [cssLiterals],
});
await writeFile("www/dist/meta.json", JSON.stringify(result.metafile));

await build({
  ...SCRIPT,
  entryPoints: ["www/explorer/explorer.js"],
  outfile: "www/dist/explorer.js",
  // From www/dist/ as from www/explorer/, this names www/dist/cited-stats.js: one module instance.
  external: ["../dist/cited-stats.js"],
});

/** The iframe page's script imports the site script as `./dist/cited-stats.js` (from www/); from
 * www/dist/ that is `./cited-stats.js`, one module instance with the widgets'.
 * @type {import("esbuild").Plugin} */
const siteScriptBeside = {
  name: "site-script-beside",
  setup(bundle) {
    bundle.onResolve({ filter: /^\.\/dist\/cited-stats\.js$/ }, () => ({
      path: "./cited-stats.js",
      external: true,
    }));
  },
};

await build({
  ...SCRIPT,
  entryPoints: ["www/embed.js"],
  outfile: "www/dist/embed.js",
  plugins: [siteScriptBeside],
});

for (const [source, minified] of [
  ["www/embed.css", "www/dist/embed.css"],
  ["www/explorer/explorer.css", "www/dist/explorer.css"],
]) {
  await build({ entryPoints: [source], minify: true, logLevel: "warning", outfile: minified });
}
