// The build's renaming of the names the wasm module and its glue share (scripts/wasm-names.mjs):
// a module assembled here, with a wasm-bindgen-shaped glue beside it, goes through the same binaryen
// pass as the shipped one; the renamed glue must still run the renamed module, and the checks must
// name what disagrees.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

import { disagreements, GLUE_MODULE, renameGlue, renameTypes, shortenPackage } from "../../scripts/wasm-names.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const IMPORT = "__wbg_double_0123456789abcdef";
const EXPORT = "citedstats_quadruple";

const MODULE_TEXT = `(module
  (import "${GLUE_MODULE}" "${IMPORT}" (func $double (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "${EXPORT}") (param i32) (result i32)
    (call $double (call $double (local.get 0)))))`;

const GLUE = `let wasm;
export function quadruple(x) {
    return wasm.${EXPORT}(x);
}
export function memoryBytes() {
    return wasm.memory.buffer.byteLength;
}
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        ${IMPORT}: function(arg0) {
            return arg0 * 2;
        },
    };
    return {
        __proto__: null,
        "${GLUE_MODULE}": import0,
    };
}
export function initSync(bytes) {
    wasm = new WebAssembly.Instance(new WebAssembly.Module(bytes), __wbg_get_imports()).exports;
}
`;

const TYPES = `export class CitedStats {
    readonly ${EXPORT}: number;
}
export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly ${EXPORT}: (a: number) => number;
}
`;

/** A wasm-pack-shaped folder holding the module above, its glue and its types. */
function packageFolder() {
  const dir = mkdtempSync(join(tmpdir(), "wasm-names-"));
  writeFileSync(join(dir, "module.wat"), MODULE_TEXT);
  execFileSync(join(root, "node_modules/.bin/wasm-as"), [
    join(dir, "module.wat"),
    "-o",
    join(dir, "cited_stats_bg.wasm"),
  ]);
  writeFileSync(join(dir, "cited_stats.js"), GLUE);
  writeFileSync(join(dir, "cited_stats.d.ts"), TYPES);
  writeFileSync(join(dir, "cited_stats_bg.wasm.d.ts"), `export const ${EXPORT}: (a: number) => number;\n`);
  return dir;
}

test("the renamed glue runs the renamed module, and neither keeps the long names", async () => {
  const dir = packageFolder();
  shortenPackage(dir);
  const wasm = readFileSync(join(dir, "cited_stats_bg.wasm"));
  const module = new WebAssembly.Module(wasm);
  const names = [
    ...WebAssembly.Module.imports(module).flatMap((i) => [i.module, i.name]),
    ...WebAssembly.Module.exports(module).map((e) => e.name),
  ];
  for (const name of names) assert.ok(name.length <= 2, `${name} is not shortened`);
  const glue = readFileSync(join(dir, "cited_stats.js"), "utf8");
  for (const long of [IMPORT, EXPORT, GLUE_MODULE]) assert.ok(!glue.includes(long), `the glue still names ${long}`);
  const loaded = await import(pathToFileURL(join(dir, "cited_stats.js")).href);
  loaded.initSync(wasm);
  assert.equal(loaded.quadruple(5), 20);
  assert.equal(loaded.memoryBytes(), 65536);
});

test("the types rename the module's exports, not the classes' members of the same name", () => {
  const dir = packageFolder();
  shortenPackage(dir);
  const types = readFileSync(join(dir, "cited_stats.d.ts"), "utf8");
  const [classPart, interfacePart] = types.split("export interface InitOutput");
  assert.match(classPart, new RegExp(`readonly ${EXPORT}: number;`));
  assert.doesNotMatch(interfacePart, new RegExp(`${EXPORT}|memory:`));
  assert.doesNotMatch(readFileSync(join(dir, "cited_stats_bg.wasm.d.ts"), "utf8"), new RegExp(EXPORT));
});

test("renameGlue names an import the glue does not define, and an import from another module", () => {
  const mapping = { imports: [[GLUE_MODULE, "__wbg_missing_fedcba9876543210", "a"]], exports: [] };
  assert.throws(() => renameGlue(GLUE, mapping, "a"), /the glue defines no import __wbg_missing_fedcba9876543210/);
  const elsewhere = { imports: [["env", IMPORT, "a"]], exports: [] };
  assert.throws(() => renameGlue(GLUE, elsewhere, "a"), new RegExp(`import ${IMPORT} is from env`));
});

test("renameGlue refuses an export renamed to something wasm.<name> cannot spell", () => {
  const mapping = { imports: [], exports: [[EXPORT, "a-b"]] };
  assert.throws(() => renameGlue(GLUE, mapping, "a"), /export citedstats_quadruple was renamed a-b/);
});

test("disagreements names an import the glue lacks and an export the module lacks", () => {
  const glue = renameGlue(GLUE, { imports: [[GLUE_MODULE, IMPORT, "a"]], exports: [[EXPORT, "b"]] }, "m");
  assert.deepEqual(disagreements(glue, [{ module: "m", name: "a" }], [{ name: "b" }, { name: "memory" }]), []);
  assert.deepEqual(disagreements(glue, [{ module: "m", name: "z" }], [{ name: "memory" }]), [
    "the module imports m.z, which the glue does not define",
    "the glue uses wasm.b, which the module does not export",
  ]);
  assert.deepEqual(disagreements(glue, [{ module: "n", name: "a" }], [{ name: "b" }, { name: "memory" }]), [
    "no import object for module n",
  ]);
});

test("renameTypes leaves a file without InitOutput's exports as it was", () => {
  assert.equal(renameTypes("export class A {}\n", { imports: [], exports: [[EXPORT, "a"]] }), "export class A {}\n");
});
