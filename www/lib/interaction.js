// Pointer and keyboard on the chart. Every position question is answered by the core's hit test
// on the drawn layout (within a finger's reach of a touch, the core's radius); this file only
// routes events to the widget. Listeners sit on the widget's own nodes, never on window or document.

/**
 * A mouse or pen points and clicks. A finger's first tap on a mark shows its tooltip; a second tap
 * on it, or a tap on the tooltip, opens its card; a tap anywhere else closes the tooltip.
 * @param {import("./widget.js").Widget} widget
 * @param {HTMLCanvasElement} overlay the focusable top canvas
 * @param {HTMLElement} tooltip
 */
export function wireInteraction(widget, overlay, tooltip) {
  let touch = false;
  const open = (/** @type {number} */ mark) => {
    widget.openMark(mark, { moveFocus: false });
    if (touch) widget.pointAway();
  };
  overlay.addEventListener("pointerdown", (event) => (touch = event.pointerType === "touch"));
  overlay.addEventListener("pointermove", (event) => {
    if (event.pointerType !== "touch") widget.pointAt(event.offsetX, event.offsetY);
  });
  overlay.addEventListener("pointerleave", (event) => {
    if (event.pointerType !== "touch") widget.pointAway();
  });
  overlay.addEventListener("click", ({ offsetX: x, offsetY: y }) => {
    const mark = widget.markAt(x, y, touch);
    if (touch && mark !== widget.hover) widget.pointAt(x, y, true);
    else if (mark !== null) open(mark);
  });
  // A tap on the tooltip keeps the chart's focus (so the tooltip stays) and opens the card.
  tooltip.addEventListener("mousedown", (event) => event.preventDefault());
  tooltip.addEventListener("click", () => widget.hover !== null && open(widget.hover));
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
