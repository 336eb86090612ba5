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

/** @param {unknown} error */
function isTrap(error) {
  return typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError;
}

/**
 * Re-instantiates the module and returns the named message for a trap in `call`.
 * @param {string} call
 * @param {Error} error
 */
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
  // Any records: the core checks them against the schema and names every bad one.
  return guarded(
    () => new CitedStats(/** @type {import("../pkg/cited_stats.js").Figure[]} */ (figures), source),
    builtIn,
  );
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

/**
 * A guarded handle that `open` makes (again, in each new instance).
 * @param {() => CitedStats} open
 * @param {boolean} builtIn
 * @returns {CitedStats}
 */
function guarded(open, builtIn) {
  /** @type {CitedStats | null} */
  let inner = null;
  let made = -1;
  /**
   * The message once this handle trapped, or once it was freed.
   * @type {string | null}
   */
  let dead = null;
  // What rebuilds the state in a new instance: the last query applied and the last drawing.
  /** @type {string | null} */
  let query = null;
  /** @type {Parameters<CitedStats["render"]> | null} */
  let drawn = null;
  // The detail part joined, if any: `addDetails`'s arguments.
  /** @type {Parameters<CitedStats["addDetails"]> | null} */
  let details = null;

  const make = () => {
    const stats = open();
    inner = stats;
    made = instance;
    if (builtIn) stats.markBuiltIn();
    if (details) stats.addDetails(...details);
    if (query !== null) stats.setQuery(query);
    if (drawn) stats.render(...drawn);
  };
  /**
   * @template T
   * @param {string} name
   * @param {(stats: CitedStats) => T} run
   * @returns {T}
   */
  const call = (name, run) => {
    if (dead) throw new TrapError(dead);
    try {
      if (made !== instance) make();
      return run(/** @type {CitedStats} */ (inner));
    } catch (error) {
      if (!isTrap(error)) throw error;
      inner = null;
      dead = restart(name, /** @type {Error} */ (error));
      throw new TrapError(dead);
    }
  };
  call("new CitedStats", () => {});

  /** @type {Record<string | symbol, unknown>} */
  const methods = {
    free() {
      // A handle of an older instance is only dropped: its pointer means nothing to the new one.
      if (!dead && made === instance) inner?.free();
      inner = null;
      dead ??= "this dataset handle was freed";
    },
    /** @param {string} text */
    setQuery(text) {
      const state = call("setQuery", (stats) => stats.setQuery(text));
      query = text;
      return state;
    },
    /** @param {Parameters<CitedStats["render"]>} args */
    render(...args) {
      const rendered = call("render", (stats) => stats.render(...args));
      drawn = args;
      return rendered;
    },
    /** @param {Parameters<CitedStats["addDetails"]>} args */
    addDetails(...args) {
      call("addDetails", (stats) => stats.addDetails(...args));
      details = args;
    },
  };
  methods[Symbol.dispose] = methods.free;
  const handle = new Proxy(methods, {
    get(target, name) {
      if (Object.hasOwn(target, name)) return target[name];
      const descriptor = Object.getOwnPropertyDescriptor(CitedStats.prototype, name);
      if (descriptor?.get) return call(String(name), (stats) => /** @type {any} */ (stats)[name]);
      if (typeof descriptor?.value === "function")
        return (/** @type {unknown[]} */ ...args) =>
          call(String(name), (stats) => /** @type {any} */ (stats)[name](...args));
      return undefined;
    },
  });
  return /** @type {CitedStats} */ (/** @type {unknown} */ (handle));
}
