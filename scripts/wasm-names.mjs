// Shortens the names the wasm module and its wasm-bindgen glue share, after `wasm-pack build`
// (scripts/build-web.sh runs `node scripts/wasm-names.mjs www/pkg`). wasm-bindgen names every
// import `__wbg_<name>_<16 hex digits>` under the module "./cited_stats_bg.js" and every export
// after its Rust function; both sides carry each name, and the hashes do not compress. binaryen's
// `--minify-imports-and-exports-and-modules` renames them in the module and prints the mapping;
// this script then renames the same names in the glue (its import object's keys, its `wasm.<export>`
// uses) and in the two type files, strips the `producers` and `target_features` sections that no
// browser reads, and runs `-Oz` once more on the result. It checks the result against the module
// itself (every import the module asks for is defined, every export the glue uses exists) and
// fails the build otherwise.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The module name wasm-bindgen gives the glue's imports (`--target web`). */
export const GLUE_MODULE = "./cited_stats_bg.js";

/** A name usable as a property in `wasm.<name>` and as a TypeScript declaration name. */
const PLAIN_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * @typedef {object} NameMapping What binaryen printed: each import as [module, old name, new
 *   name], each export as [old name, new name].
 * @property {[string, string, string][]} imports
 * @property {[string, string][]} exports
 */

/**
 * Escapes a string for use inside a regular expression.
 * @param {string} text
 */
function literal(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The glue with the mapping's names: each import object key `old: function` becomes `"new":
 * function`, the import object's module key becomes `module`, and each `wasm.old` becomes
 * `wasm.new`. Throws, naming it, when an import or export of the mapping is not where the glue is
 * expected to name it, or when the glue still names the old module afterwards.
 * @param {string} glue wasm-bindgen's `--target web` JS.
 * @param {NameMapping} mapping
 * @param {string} module The module name the renamed wasm imports from.
 * @returns {string}
 */
export function renameGlue(glue, mapping, module) {
  let out = glue;
  for (const [from, oldName, newName] of mapping.imports) {
    if (from !== GLUE_MODULE) throw new Error(`import ${oldName} is from ${from}, not ${GLUE_MODULE}`);
    const key = new RegExp(`^(\\s+)${literal(oldName)}(: function\\()`, "m");
    if (!key.test(out)) throw new Error(`the glue defines no import ${oldName}`);
    out = out.replace(key, `$1${JSON.stringify(newName)}$2`);
  }
  for (const [oldName, newName] of mapping.exports) {
    if (!PLAIN_NAME.test(newName)) throw new Error(`export ${oldName} was renamed ${newName}, not a plain name`);
    out = out.replace(new RegExp(`\\bwasm\\.${literal(oldName)}\\b`, "g"), `wasm.${newName}`);
  }
  const moduleKey = `${JSON.stringify(GLUE_MODULE)}: import0`;
  if (!out.includes(moduleKey)) throw new Error(`the glue has no ${moduleKey}`);
  out = out.replace(moduleKey, `${JSON.stringify(module)}: import0`);
  if (out.includes(GLUE_MODULE)) throw new Error(`the glue still names ${GLUE_MODULE}`);
  return out;
}

/**
 * A type file with each export's declaration renamed: `readonly old:` inside the glue's
 * `InitOutput` interface (the classes' members keep their names), `export const old:` anywhere (the
 * module's own types).
 * @param {string} types
 * @param {NameMapping} mapping
 * @returns {string}
 */
export function renameTypes(types, mapping) {
  /** @param {string} text @param {string} declaration */
  const rename = (text, declaration) =>
    mapping.exports.reduce(
      (out, [oldName, newName]) =>
        out.replace(new RegExp(`^(\\s*${declaration} )${literal(oldName)}:`, "gm"), `$1${newName}:`),
      text,
    );
  const start = types.indexOf("export interface InitOutput {");
  const end = start < 0 ? -1 : types.indexOf("\n}", start);
  const withInterface =
    end < 0 ? types : types.slice(0, start) + rename(types.slice(start, end), "readonly") + types.slice(end);
  return rename(withInterface, "export const");
}

/**
 * The problems of a renamed glue against its module's own imports and exports: an import the glue
 * does not define, or a `wasm.<name>` the module does not export. Empty when they agree.
 * @param {string} glue
 * @param {{module: string, name: string}[]} imports `WebAssembly.Module.imports` of the module.
 * @param {{name: string}[]} exports `WebAssembly.Module.exports` of the module.
 * @returns {string[]}
 */
export function disagreements(glue, imports, exports) {
  const problems = [];
  for (const { module, name } of imports) {
    if (!glue.includes(`${JSON.stringify(module)}: import0`)) problems.push(`no import object for module ${module}`);
    if (!new RegExp(`^\\s+${literal(JSON.stringify(name))}: function\\(`, "m").test(glue))
      problems.push(`the module imports ${module}.${name}, which the glue does not define`);
  }
  const exported = new Set(exports.map((e) => e.name));
  for (const [, name] of glue.matchAll(/\bwasm\.([A-Za-z_$][A-Za-z0-9_$]*)/g))
    if (!exported.has(name)) problems.push(`the glue uses wasm.${name}, which the module does not export`);
  return [...new Set(problems)];
}

/**
 * Renames the names of `dir`'s `cited_stats_bg.wasm` and its glue (`cited_stats.js`) and types
 * (`cited_stats.d.ts`, `cited_stats_bg.wasm.d.ts`) in place. Throws, and leaves the glue and types
 * as they were, when the renamed module and glue disagree.
 * @param {string} dir wasm-pack's output folder.
 */
export function shortenPackage(dir) {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const wasmFile = join(dir, "cited_stats_bg.wasm");
  const printed = execFileSync(
    join(root, "node_modules/.bin/wasm-opt"),
    [
      wasmFile,
      "--minify-imports-and-exports-and-modules",
      "--strip-producers",
      "--strip-target-features",
      // Optimised once more with the short names (0.26 kB brotli less than without this pass).
      "-Oz",
      "-o",
      wasmFile,
    ],
    { encoding: "utf8" },
  );
  /** @type {NameMapping} */
  const mapping = JSON.parse(printed.slice(printed.indexOf("{")));
  const wasm = new WebAssembly.Module(readFileSync(wasmFile));
  const imports = WebAssembly.Module.imports(wasm);
  const modules = [...new Set(imports.map((i) => i.module))];
  if (modules.length !== 1) throw new Error(`the renamed module imports from ${modules.length} modules: ${modules}`);
  const glueFile = join(dir, "cited_stats.js");
  const glue = renameGlue(readFileSync(glueFile, "utf8"), mapping, modules[0]);
  const problems = disagreements(glue, imports, WebAssembly.Module.exports(wasm));
  if (problems.length) throw new Error(`the renamed glue and module disagree:\n  ${problems.join("\n  ")}`);
  writeFileSync(glueFile, glue);
  for (const types of ["cited_stats.d.ts", "cited_stats_bg.wasm.d.ts"]) {
    const file = join(dir, types);
    writeFileSync(file, renameTypes(readFileSync(file, "utf8"), mapping));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node scripts/wasm-names.mjs <wasm-pack output folder>");
    process.exit(2);
  }
  try {
    shortenPackage(dir);
  } catch (error) {
    console.error(`scripts/wasm-names.mjs: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
