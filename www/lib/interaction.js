// Pointer and keyboard on the chart. Every position question is answered by the core's hit test
// on the drawn layout; this file only routes events to the widget. Listeners sit on the widget's
// own nodes, never on window or document.

/**
 * @param {import("./widget.js").Widget} widget
 * @param {HTMLCanvasElement} overlay the focusable top canvas
 */
export function wireInteraction(widget, overlay) {
  overlay.addEventListener("pointermove", (event) => widget.pointAt(event.offsetX, event.offsetY));
  overlay.addEventListener("pointerdown", (event) => {
    if (event.pointerType !== "mouse") widget.pointAt(event.offsetX, event.offsetY);
  });
  overlay.addEventListener("pointerleave", () => widget.pointAway());
  overlay.addEventListener("click", (event) => {
    const mark = widget.markAt(event.offsetX, event.offsetY);
    if (mark !== null) widget.openMark(mark, { moveFocus: false });
  });
  overlay.addEventListener("keydown", (event) => {
    /** @type {Record<string, () => void>} */
    const keys = {
      ArrowRight: () => widget.stepFocus(1),
      ArrowDown: () => widget.stepFocus(1),
      ArrowLeft: () => widget.stepFocus(-1),
      ArrowUp: () => widget.stepFocus(-1),
      Home: () => widget.focusEnd(true),
      End: () => widget.focusEnd(false),
      Enter: () => widget.openFocused(),
      " ": () => widget.openFocused(),
      Escape: () => widget.escape(),
    };
    const action = Object.hasOwn(keys, event.key) ? keys[event.key] : undefined;
    if (action && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      action();
    }
  });
  overlay.addEventListener("blur", () => widget.pointAway());
}
