// The page's own look for the chart. The custom properties that theme the widget's DOM
// (--cited-stats-background, -text, -muted, -accent and -font) are read off the element and
// normalised by a canvas to #rrggbb, so the chart drawn by the core matches the frame round it;
// the page's font size sizes the chart's text.

/** The chart's colours a page may set, each through `--cited-stats-<name>`. */
const CHART_COLOURS = ["background", "text", "muted", "accent"];

/** @type {CanvasRenderingContext2D | null} */
let scratch = null;

/**
 * Any CSS colour as #rrggbb, or null when it is not a colour or not opaque (or no canvas reads it).
 * @param {string} value
 */
function opaqueHex(value) {
  scratch ??= document.createElement("canvas").getContext("2d");
  const canvas = scratch;
  if (!canvas) return null;
  // A value the canvas refuses leaves fillStyle as it was; two different starting points tell.
  const read = (/** @type {string} */ start) => {
    canvas.fillStyle = start;
    canvas.fillStyle = value;
    return canvas.fillStyle;
  };
  const first = read("#000001");
  return first === read("#000002") && /^#[0-9a-f]{6}$/.test(first) ? first : null;
}

/**
 * The chart colours and font the page sets on `element` through custom properties, with a named
 * problem for each value that is not an opaque colour.
 * @param {Element} element
 * @returns {{ colours: Record<string, string>, fontFamily: string | undefined, textSize: number | undefined, problems: { parameter: string, value: string, message: string }[], key: string }}
 */
export function pageLook(element) {
  const style = getComputedStyle(element);
  /** @type {Record<string, string>} */
  const colours = {};
  /** @type {{ parameter: string, value: string, message: string }[]} */
  const problems = [];
  for (const name of CHART_COLOURS) {
    const property = `--cited-stats-${name}`;
    const raw = style.getPropertyValue(property).trim();
    if (!raw) continue;
    const hex = opaqueHex(raw);
    if (hex) colours[name] = hex;
    else
      problems.push({
        parameter: property,
        value: raw,
        message: `CSS custom property \`${property}\`: ${JSON.stringify(raw)} is not an opaque colour`,
      });
  }
  const font = style.getPropertyValue("--cited-stats-font").trim();
  const textSize = chartTextSize(parseFloat(style.fontSize));
  return { colours, fontFamily: font || undefined, textSize, problems, key: JSON.stringify([colours, font, textSize]) };
}

/**
 * The chart's text size for a page whose text is `pageFontPx`: three quarters of it, as a chart's
 * labels sit beside body text (12 px beside the usual 16). The core draws it at 12 to 24 px.
 * Pure: the tests call it.
 * @param {number} pageFontPx
 * @returns {number | undefined} undefined when the page's size is not a positive number
 */
export function chartTextSize(pageFontPx) {
  return Number.isFinite(pageFontPx) && pageFontPx > 0 ? pageFontPx * 0.75 : undefined;
}
