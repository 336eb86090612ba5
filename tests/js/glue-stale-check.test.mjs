// The wasm-bindgen glue's stale-object check written once (scripts/glue-stale-check.mjs): each
// method's copy becomes a call that throws exactly when the copy did, and a copy in a form the
// script does not know fails the build rather than staying behind.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";

import { oneStaleCheck } from "../../scripts/glue-stale-check.mjs";

const CHECK = `        if (this.__wbg_inst !== undefined && this.__wbg_inst !== __wbg_instance_id) {
            throw new Error('Invalid stale object from previous Wasm instance');
        }
`;
/** A glue of wasm-bindgen's shape: an instance id the reset bumps, and two checked methods. */
const GLUE = `let __wbg_instance_id = 0;
export class Handle {
    constructor() {
        this.__wbg_inst = __wbg_instance_id;
    }
    first() {
${CHECK}        return 1;
    }
    second() {
${CHECK}        return 2;
    }
}
export function reset() {
    __wbg_instance_id++;
}
`;

test("every copy of the check becomes one call, and the message is written once", () => {
  const { glue, replaced } = oneStaleCheck(GLUE);
  assert.equal(replaced, 2);
  assert.equal(glue.split("__wbg_check_instance(this);").length - 1, 2);
  assert.equal(glue.split("Invalid stale object from previous Wasm instance").length - 1, 1);
  assert.deepEqual(oneStaleCheck(glue), { glue, replaced: 0 }, "a second run changes nothing");
});

test("the rewritten methods throw exactly when the originals did", async () => {
  const { glue } = oneStaleCheck(GLUE);
  const { Handle, reset } = await import(`data:text/javascript,${encodeURIComponent(glue)}`);
  const old = new Handle();
  assert.equal(old.first(), 1);
  assert.equal(old.second(), 2);
  reset();
  assert.throws(() => old.first(), { message: "Invalid stale object from previous Wasm instance" });
  assert.throws(() => old.second(), { message: "Invalid stale object from previous Wasm instance" });
  const fresh = new Handle();
  assert.equal(fresh.first(), 1);
  // An object made by hand, with no instance recorded, is never stale (as before).
  assert.equal(Handle.prototype.second.call({}), 2);
});

test("a check in a form the script does not know fails, naming the script", () => {
  const other = GLUE.replace(CHECK, CHECK.replace(/'/g, '"'));
  assert.throws(() => oneStaleCheck(other), /does not know/);
});

const built = new URL("../../www/pkg/cited_stats.js", import.meta.url);
test(
  "the built glue holds no copy of the check but the one",
  { skip: !existsSync(built) && "www/pkg/ is not built" },
  () => {
    const glue = readFileSync(built, "utf8");
    assert.ok(glue.includes("function __wbg_check_instance("));
    assert.equal(glue.split("Invalid stale object from previous Wasm instance").length - 1, 1);
    assert.ok(glue.split("__wbg_check_instance(this);").length - 1 > 10);
  },
);
