// The hover tooltip: the figure's words, speaker and date, placed from the mark's box as laid out
// by the core (no geometry is computed here beyond keeping the box inside the chart).
import { bdi, h, longDate } from "./dom.js";

/**
 * Fills and places `tooltip` for `view` (a MarkView) over a chart `width` CSS px wide.
 * @param {HTMLElement} tooltip
 * @param {{ bbox: { xCssPx: number, yCssPx: number, widthCssPx: number, heightCssPx: number }, figures: number[], description: string, marker?: string | null }} view
 * @param {Partial<import("../pkg/cited_stats.js").Figure>[]} figures the dataset
 * @param {number} width
 */
export function showTooltip(tooltip, view, figures, width) {
  const first = figures[view.figures[0]];
  if (view.figures.length === 1 && first) {
    tooltip.replaceChildren(
      h("div", { class: "words" }, "“", bdi(first.figure_text), "”"),
      h("div", { dir: "auto" }, first.measure),
      h("div", { class: "who" }, bdi(first.speaker), `, ${longDate(first.date)}`),
      // The core's words for the sign over the mark, beside the sign itself.
      ...(view.marker ? [h("div", { class: "marker" }, "◆ ", view.marker)] : []),
    );
  } else {
    tooltip.replaceChildren(
      h("div", { class: "words" }, view.description),
      h("div", { class: "who" }, "Click or press Enter to read the quotes"),
    );
  }
  tooltip.hidden = false;
  const box = view.bbox;
  const centre = box.xCssPx + box.widthCssPx / 2;
  const left = Math.max(4, Math.min(centre - tooltip.offsetWidth / 2, width - tooltip.offsetWidth - 4));
  const above = box.yCssPx - tooltip.offsetHeight - 8;
  const top = above >= 0 ? above : box.yCssPx + box.heightCssPx + 8;
  tooltip.style.left = `${left}px`;
  tooltip.style.top = `${top}px`;
}

/**
 * Hides the tooltip.
 * @param {HTMLElement} tooltip
 */
export function hideTooltip(tooltip) {
  tooltip.hidden = true;
}
