// The wasm-bindgen glue's stale-object check, written once. With the reset-state function (see
// scripts/wasm-pack-bin/wasm-bindgen), wasm-bindgen repeats the same three lines at the top of
// every method: "throw if this object belongs to an instance since replaced". This rewrites each
// into a call of one function that does the same (about 60 bytes brotli less in the site script),
// and fails when the glue holds the check in a form it does not recognise, so that a wasm-bindgen
// update cannot leave a copy behind unseen.
//
// Usage: node scripts/glue-stale-check.mjs www/pkg/cited_stats.js (run by scripts/build-web.sh)
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const MESSAGE = "Invalid stale object from previous Wasm instance";
const CHECK =
  /^([ \t]*)if \(this\.__wbg_inst !== undefined && this\.__wbg_inst !== __wbg_instance_id\) \{\s*throw new Error\('Invalid stale object from previous Wasm instance'\);\s*\}\n/gm;
const HELPER = `
/** Throws when \`object\` belongs to an instance the reset-state function has since replaced. */
function __wbg_check_instance(object) {
    if (object.__wbg_inst !== undefined && object.__wbg_inst !== __wbg_instance_id) {
        throw new Error('${MESSAGE}');
    }
}
`;

/**
 * `glue` with each method's stale-object check replaced by a call of one function, and how many
 * were replaced. Throws if a check is left that this does not recognise.
 * @param {string} glue
 * @returns {{ glue: string, replaced: number }}
 */
export function oneStaleCheck(glue) {
  // Already rewritten: its helper holds the one copy of the message.
  const helpers = glue.includes("function __wbg_check_instance(") ? 1 : 0;
  let replaced = 0;
  let out = glue.replace(CHECK, (_, indent) => {
    replaced += 1;
    return `${indent}__wbg_check_instance(this);\n`;
  });
  if (out.split(MESSAGE).length - 1 > helpers)
    throw new Error(`the glue checks for stale objects in a form ${fileURLToPath(import.meta.url)} does not know`);
  if (replaced > 0 && helpers === 0) out += HELPER;
  return { glue: out, replaced };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: node scripts/glue-stale-check.mjs GLUE.js");
    process.exit(2);
  }
  const { glue, replaced } = oneStaleCheck(readFileSync(file, "utf8"));
  if (replaced === 0) {
    console.error(`${file}: no stale-object check found (is the reset-state function on?)`);
    process.exit(1);
  }
  writeFileSync(file, glue);
}
