// Printing. Before the page prints, each chart on it is drawn again at print resolution (about
// 300 dots an inch), in the light theme where it is dark, with its source line (the core's words,
// as under the PNG) beneath it; after printing, as it was. A chart wider than the paper is
// scaled down to fit it. Loaded with the card's chunk (card.js) when the page is first idle after a
// chart is drawn (widget.js), so none of it is in the element's first load. It imports nothing: a
// module shared with the first load would be split into a chunk of its own.

/** @typedef {import("./widget.js").Widget} Widget */

/** @type {CSSStyleSheet | null} */
let sheet = null;
/**
 * Each printable widget, weakly held, with its source line and what it was drawn with on screen.
 * @type {Set<WeakRef<Widget>>}
 */
const widgets = new Set();
/** @type {WeakMap<Widget, { line: HTMLElement, paper?: HTMLCanvasElement, screen?: Pick<Widget, "size" | "look"> }>} */
const parts = new WeakMap();

/**
 * Has `widget`'s chart drawn for paper whenever the page is printed (once per widget).
 * @param {Widget} widget
 */
export function printable(widget) {
  if (parts.has(widget)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      ".source{margin:6px 0 0;font:12px/1.4 system-ui,sans-serif}.paper{display:none;max-width:100%;height:auto}@media print{.paper{display:block}.stage{display:none}}",
    );
    addEventListener("beforeprint", () => each(true));
    addEventListener("afterprint", () => each(false));
  }
  const root = /** @type {ShadowRoot} */ (widget.ui.frame.getRootNode());
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const line = document.createElement("p");
  line.className = "source";
  line.hidden = true;
  // Outside the frame, so that showing it (or the paper's canvas) does not resize the chart.
  widget.ui.frame.after(line);
  parts.set(widget, { line });
  widgets.add(new WeakRef(widget));
}

/**
 * Draws every live widget for paper (or again for the screen), forgetting the ones gone.
 * @param {boolean} paper
 */
function each(paper) {
  for (const ref of widgets) {
    const widget = ref.deref();
    const part = widget && parts.get(widget);
    if (!widget || !part) widgets.delete(ref);
    else if (paper && widget.drawn && widget.host.isConnected) {
      const { size, look } = widget;
      part.screen = { size, look };
      // Paper is light: a dark chart is printed in the core's light colours.
      if (size.theme === "dark") widget.look = { ...look, colours: {} };
      widget.resize({ dpr: Math.max(size.dpr, 3), theme: "light" });
      // At once: the page is laid out for print before another frame comes.
      widget.paint();
      // Chromium prints a blank where a shown canvas was drawn again for print, but prints a new
      // one: the drawing is copied to a canvas that only paper shows.
      const chart = widget.ui.chart;
      const paper = (part.paper = document.createElement("canvas"));
      paper.className = "paper";
      paper.width = chart.width;
      paper.height = chart.height;
      paper.style.width = chart.style.width;
      paper.getContext("2d")?.drawImage(chart, 0, 0);
      widget.ui.frame.after(paper);
      const words = widget.sourceLine();
      part.line.textContent = words;
      part.line.hidden = !words;
    } else if (!paper && part.screen) {
      part.line.hidden = true;
      part.paper?.remove();
      delete part.paper;
      widget.look = part.screen.look;
      // The ratio and theme it had; its size is the one it has now.
      widget.resize({ dpr: part.screen.size.dpr, theme: part.screen.size.theme });
      delete part.screen;
    }
  }
}
