// Probe for the <cited-stats> benchmark page. cited-stats.html loads this module *before* the
// embed snippet (`<script type="module" src="/dist/cited-stats.js">`, the bundled site script); module scripts run in document
// order and the element only starts after an IntersectionObserver callback and the wasm + data
// fetches, so these listeners are in place before the first chart can be drawn. Nothing here runs
// until then except adding three listeners; everything else is called by scripts/bench-browser.mjs
// through `window.bench` once the first chart is drawn.
//
// All times are performance.now() values: ms since the navigation started (performance.timeOrigin).

const result = { page: "cited-stats", draws: 0 };
window.benchResult = result;

let onNextDraw = null;

// Until the first draw, one trivial requestAnimationFrame callback per frame notes when the
// frame's callbacks start. It is always registered a frame ahead, so in the frame that paints it
// runs before the element's paint callback (the rAF timestamp is no use for this: it is the frame's
// begin time, which can precede the callbacks by tens of ms while the page is still loading).
let frameCallbacksStarted = null;
const frameLoop = () => {
  frameCallbacksStarted = performance.now();
  if (result.firstDraw === undefined) requestAnimationFrame(frameLoop);
};
requestAnimationFrame(frameLoop);
document.addEventListener("cited-stats-draw", (event) => {
  const now = performance.now();
  result.draws += 1;
  if (result.firstDraw === undefined) {
    result.firstDraw = now;
    // When this frame's callbacks started (see frameLoop below): firstDraw − this is the
    // element's first paint (layout + drawing, with the wasm code still cold).
    result.firstDrawFrame = frameCallbacksStarted;
    result.marks = event.detail?.marks;
    result.resources = Object.fromEntries(
      performance.getEntriesByType("resource").map((entry) => [new URL(entry.name).pathname, { start: entry.startTime, end: entry.responseEnd }]),
    );
  }
  if (onNextDraw) {
    const resolve = onNextDraw;
    onNextDraw = null;
    resolve({ at: now, marks: event.detail?.marks });
  }
});
document.addEventListener("cited-stats-change", () => {
  // The first one is dispatched when the dataset is open and the first query applied (the first
  // chart is drawn right after, in the same task; later ones in the next animation frame).
  if (result.firstChange === undefined) result.firstChange = performance.now();
});
document.addEventListener("cited-stats-error", (event) => {
  result.error = event.detail?.message ?? "cited-stats-error";
});

const element = () => document.querySelector("cited-stats");
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * A promise of the next `cited-stats-draw` (rejects after `timeoutMs`), and `cancel()` for when
 * no draw is coming after all (the view selected the same figures).
 */
function nextDraw(timeoutMs = 3000) {
  let cancel;
  const promise = new Promise((resolve, reject) => {
    const waiter = (value) => {
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => {
      if (onNextDraw === waiter) onNextDraw = null;
      reject(new Error(`no cited-stats-draw within ${timeoutMs} ms`));
    }, timeoutMs);
    cancel = () => {
      clearTimeout(timer);
      if (onNextDraw === waiter) onNextDraw = null;
    };
    onNextDraw = waiter;
  });
  promise.catch(() => {});
  return { promise, cancel };
}

/** Small deterministic PRNG (mulberry32), so every run types with the same pauses. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hover = { records: [], installed: false };

window.bench = {
  /** Whether performance.now() has its fine (5 µs) resolution here. */
  timer() {
    return { crossOriginIsolated: globalThis.crossOriginIsolated === true };
  },

  /**
   * Installs the hover probes and returns the centre of every mark of the drawn chart, in
   * viewport CSS px (what page.mouse.move takes).
   *
   * The centres come from the element's own public API, `marks()`: each drawn mark's box from the
   * layout it drew; the benchmark reports how many moves actually hit one.
   *
   * What one hover sample covers (all inside the page, on the main thread):
   *   t0 = performance.now() at the start of a *capturing* pointermove listener on the overlay
   *        canvas (at the target, capturing listeners run before the element's own, which is
   *        non-capturing);
   *   then the element's listener runs: the core's hit test (wasm), the MarkView crossing into
   *        JS, the tooltip's DOM rebuilt, its size read (a forced style + layout) and its
   *        position written;
   *   t1 = performance.now() at the start of a non-capturing listener added after the element's
   *        (so it runs right after it): "handler";
   *   t2 = after tooltip.getBoundingClientRect(), which forces the layout that the position
   *        write invalidated: "handler + layout" — the tooltip is then shown, laid out, in place;
   *        only paint and compositing (the browser's, not ours) remain.
   *   fromTimeStamp = t1 − event.timeStamp: also counts the time the browser held the event
   *        before any script ran — Chromium dispatches continuous input such as mouse moves
   *        aligned to the next animation frame — so it is mostly frame wait, not the widget's cost.
   *   ring = time from t0 to a requestAnimationFrame callback registered after the handler,
   *        which runs after the element's own (registered inside the handler) has drawn the hover
   *        ring on the overlay; pointer events are dispatched at the start of a frame, so this is
   *        normally the same frame.
   * A sample is "shown" when, after the handler, the tooltip is visible and its content nodes
   * were replaced or it was hidden before (the pointer reached a new mark); "same" when the
   * pointer stayed on the mark already shown (the element does nothing); "none" when no mark is
   * under the pointer (tooltip hidden).
   */
  async hoverSetup() {
    const el = element();
    await el.ready;
    const overlay = el.shadowRoot.querySelector("canvas.overlay");
    const tooltip = el.shadowRoot.querySelector(".tooltip");
    const rect = overlay.getBoundingClientRect();
    // Where the element drew its marks, from its own layout.
    const centres = el.marks().map(({ bbox: box }) => ({ x: rect.left + box.xCssPx + box.widthCssPx / 2, y: rect.top + box.yCssPx + box.heightCssPx / 2 }));
    if (!hover.installed) {
      hover.installed = true;
      let current = null;
      overlay.addEventListener("pointermove", (event) => {
        current = { t0: performance.now(), timeStamp: event.timeStamp, before: tooltip.firstChild, wasHidden: tooltip.hidden };
      }, { capture: true });
      overlay.addEventListener("pointermove", () => {
        const t1 = performance.now();
        if (!current) return;
        const shown = !tooltip.hidden;
        const kind = shown ? (current.wasHidden || tooltip.firstChild !== current.before ? "shown" : "same") : "none";
        tooltip.getBoundingClientRect();
        const t2 = performance.now();
        const record = { kind, handler: t1 - current.t0, withLayout: t2 - current.t0, fromTimeStamp: t1 - current.timeStamp, ring: null };
        const t0 = current.t0;
        if (kind === "shown") requestAnimationFrame(() => { record.ring = performance.now() - t0; });
        hover.records.push(record);
        current = null;
      });
    }
    hover.records = [];
    return { centres, rect: { left: rect.left, top: rect.top, width: rect.width, height: rect.height }, marks: centres.length };
  },

  /** The hover samples so far (after one more frame, so every ring time is in). */
  async hoverResults() {
    await nextFrame();
    await nextFrame();
    return hover.records;
  },

  /**
   * Types: for each prefix, waits a pseudo-random 0–33 ms (so keystrokes land anywhere in the
   * 16.7 ms frame, as real typing does), then sets `el.query = "q=" + prefix` and waits for the
   * redraw. Per keystroke:
   *   sync   = the assignment itself: the core's query parse + search + selection (wasm), the
   *            state crossing into JS, the card/messages sync and the cited-stats-change event;
   *   draw   = from the start of a requestAnimationFrame callback registered just before the
   *            assignment (so it runs first in the frame that paints) to the cited-stats-draw
   *            event: the element's paint, i.e. the core's layout + plotters drawing into the
   *            canvas + the canvas style writes;
   *   total  = assignment → cited-stats-draw, including the wait for the next animation frame.
   * When the new prefix selects exactly what the last one did the element has nothing to redraw
   * (state.redraw is false); such keystrokes count in `sync` only.
   */
  async search(prefixes, seed = 1) {
    const el = element();
    await el.ready;
    const rand = random(seed);
    const records = [];
    for (const prefix of prefixes) {
      await sleep(rand() * 33);
      let frameStart = null;
      requestAnimationFrame(() => { frameStart = performance.now(); });
      const drawn = nextDraw();
      const t0 = performance.now();
      el.query = `q=${encodeURIComponent(prefix)}`;
      const t1 = performance.now();
      const state = el.state;
      if (!state.redraw) {
        drawn.cancel();
        records.push({ prefix, sync: t1 - t0, redraw: false, shown: state.indices.length });
        await nextFrame();
        continue;
      }
      try {
        const { at, marks } = await drawn.promise;
        records.push({ prefix, sync: t1 - t0, draw: frameStart === null ? null : at - frameStart, total: at - t0, redraw: true, shown: state.indices.length, marks });
      } catch (error) {
        const message = el.shadowRoot.querySelector(".message");
        const why = frameStart === null ? "no animation frame ran" : message && !message.hidden ? message.textContent : "a frame ran but the element drew nothing";
        records.push({ prefix, sync: t1 - t0, redraw: true, error: `${error.message} (${why})` });
      }
    }
    return records;
  },

  /** Sets `count` views in turn from `queries`, waiting for each redraw. */
  async redraws(count, queries) {
    const el = element();
    await el.ready;
    let drawn = 0;
    let skipped = 0;
    const started = performance.now();
    for (let i = 0; i < count; i += 1) {
      const next = nextDraw();
      el.query = queries[i % queries.length];
      if (!el.state.redraw) {
        next.cancel();
        skipped += 1;
        continue;
      }
      await next.promise;
      drawn += 1;
    }
    return { drawn, skipped, ms: performance.now() - started, query: el.state.query };
  },

  /** Bytes of the wasm module's linear memory (the instance the element uses: the same site script). */
  async wasmMemory() {
    const { wasmMemoryBytes } = await import("/dist/cited-stats.js");
    return wasmMemoryBytes();
  },

  /**
   * `count` synthetic figures (copies of the built-in ones with their own ids and values) given
   * to the element through its `data` property, as a page with a large dataset of its own would.
   * Returns ms from the assignment to the first chart drawn (checks + layout + draw), then, for
   * each chart kind, from a change of view to its chart drawn (query + layout + draw; the next
   * frame included), and the wasm memory at the end.
   */
  async manyFigures(count) {
    const el = element();
    await el.ready;
    await el.loadDetails();
    const base = el.figures;
    const figures = Array.from({ length: count }, (_, i) => {
      const f = { ...base[i % base.length], id: `synthetic-${i}`, value_high: null, qualifier: "exact" };
      f.value = f.unit === "percent" ? (i * 7919) % 100 : ((i * 7919) % 100_000) * 1.7 + 1;
      return f;
    });
    const drawn = nextDraw(120_000);
    const t0 = performance.now();
    el.data = figures;
    await el.ready;
    await drawn.promise;
    const first = performance.now() - t0;
    const views = {};
    for (const chart of ["bars", "dots", "counts", "timeline"]) {
      const next = nextDraw(60_000);
      const t = performance.now();
      el.query = chart === "counts" ? "chart=counts&group=speaker" : `chart=${chart}`;
      await next.promise;
      views[chart] = performance.now() - t;
    }
    return { count: el.figures.length, first, views, wasm: await window.bench.wasmMemory() };
  },

};
