// Containment of WebAssembly traps. A trap (a bug in the core, an allocation that fails) leaves the
// module's memory and the trapped handle's borrow flag in an unknown state: every later call could
// fail or corrupt another widget. So on a trap the module is re-instantiated (a fresh instance of
// the same compiled module, `__wbg_reset_state`), the handle that trapped is dropped for good (never
// called again, not even `free`, whose pointer would land in the new memory), and every other
// handle rebuilds its state in the new instance from the figures, query and last drawing it keeps,
// the next time it is used. Handles are guarded wherever they are made (the element and
// `loadDataset`), so this holds however many traps a page sees.
import { CitedStats, __wbg_reset_state, trapMessage } from "../pkg/cited_stats.js";

/** Counts instances: a handle made in an earlier one must be rebuilt before it is used. */
let instance = 0;

/** A call failed because the module trapped; its message (from the core) names the call. */
export class TrapError extends Error {
  name = "TrapError";
}

function isTrap(error) {
  return typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError;
}

/** Re-instantiates the module and returns the named message for a trap in `call`. */
function restart(call, error) {
  __wbg_reset_state();
  instance += 1;
  return trapMessage(call, String(error.message || error));
}

/**
 * A dataset handle over `figures` (validated by the core; throws naming every bad record) with the
 * methods of `CitedStats`, that survives traps as described above. After its own trap every call
 * throws the trap's message and `free()` does nothing.
 * @param {object[]} figures
 * @param {string} source named in messages (and, unless `builtIn`, in the card and PNG)
 * @param {boolean} builtIn whether these are the built-in dataset's figures
 * @returns {CitedStats}
 */
export function guardedDataset(figures, source, builtIn) {
  return guarded(() => new CitedStats(figures, source), builtIn);
}

/**
 * The built-in dataset's first part (`first`, from `source`), guarded the same way; its detail part
 * joins it through `addDetails`, and joins every rebuilt handle too.
 * @param {object[]} first
 * @param {string} source
 * @returns {CitedStats}
 */
export function guardedParts(first, source) {
  return guarded(() => CitedStats.withDetailsPending(first, source), true);
}

/** A guarded handle that `open` makes (again, in each new instance). */
function guarded(open, builtIn) {
  let inner = null;
  let made = -1;
  /** The message once this handle trapped, or once it was freed. */
  let dead = null;
  // What rebuilds the state in a new instance: the last query applied and the last drawing.
  let query = null;
  let drawn = null;
  // The detail part joined, if any: `addDetails`'s arguments.
  let details = null;

  const make = () => {
    inner = open();
    made = instance;
    if (builtIn) inner.markBuiltIn();
    if (details) inner.addDetails(...details);
    if (query !== null) inner.setQuery(query);
    if (drawn) inner.render(...drawn);
  };
  const call = (name, run) => {
    if (dead) throw new TrapError(dead);
    try {
      if (made !== instance) make();
      return run(inner);
    } catch (error) {
      if (!isTrap(error)) throw error;
      inner = null;
      dead = restart(name, error);
      throw new TrapError(dead);
    }
  };
  call("new CitedStats", () => {});

  const methods = {
    free() {
      // A handle of an older instance is only dropped: its pointer means nothing to the new one.
      if (!dead && made === instance) inner?.free();
      inner = null;
      dead ??= "this dataset handle was freed";
    },
    setQuery(text) {
      const state = call("setQuery", (stats) => stats.setQuery(text));
      query = text;
      return state;
    },
    render(...args) {
      const rendered = call("render", (stats) => stats.render(...args));
      drawn = args;
      return rendered;
    },
    addDetails(...args) {
      call("addDetails", (stats) => stats.addDetails(...args));
      details = args;
    },
  };
  methods[Symbol.dispose] = methods.free;
  return new Proxy(methods, {
    get(target, name) {
      if (Object.hasOwn(target, name)) return target[name];
      const descriptor = Object.getOwnPropertyDescriptor(CitedStats.prototype, name);
      if (descriptor?.get) return call(String(name), (stats) => stats[name]);
      if (typeof descriptor?.value === "function")
        return (...args) => call(String(name), (stats) => stats[name](...args));
      return undefined;
    },
  });
}
