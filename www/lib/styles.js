// The widget's stylesheet, adopted by each shadow root (so it works under a CSP without
// 'unsafe-inline' and neither leaks out nor lets the page's rules in). Pages theme it with CSS
// custom properties: --cited-stats-font, --cited-stats-text, --cited-stats-muted,
// --cited-stats-background, --cited-stats-accent, --cited-stats-highlight, --cited-stats-border.
// Their defaults in each theme are the core's colours (vocabulary.js), the ones the chart is drawn
// in, so the page round the chart and the chart agree.
import { COLOURS } from "./vocabulary.js";

/**
 * The custom properties of one theme: each of the page's colours, unless the page sets its own,
 * is the core's (the error colour is not the page's to set).
 * @param {keyof typeof COLOURS} theme
 */
function colours(theme) {
  const { error, ...settable } = COLOURS[theme];
  return `${Object.entries(settable)
    .map(([name, hex]) => `--${name}: var(--cited-stats-${name}, ${hex});`)
    .join(" ")} --error: ${error};`;
}

/**
 * The stylesheet's text (exported for the tests). In `.frame`, the page's inherited text settings
 * (letter-spacing, direction, …) stop: the chart measures and draws its own text. CSS comments
 * stay out of the string: every byte of it ships.
 */
export const CSS = `
:host { display: block; position: relative; contain: layout; min-width: 0; }
:host([hidden]) { display: none; }
.frame {
  ${colours("light")}
  font: 15px/1.45 var(--cited-stats-font, system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif);
  color: var(--text); background: var(--background); box-sizing: border-box;
  letter-spacing: normal; word-spacing: normal; text-transform: none; text-indent: 0; text-align: start;
  font-style: normal; font-weight: normal; font-variant: normal; white-space: normal; text-shadow: none;
  direction: ltr; writing-mode: horizontal-tb;
}
.frame.dark {
  ${colours("dark")}
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.message { overflow-wrap: anywhere; border: 2px solid var(--error); border-left-width: 6px; padding: 8px 12px; margin: 0 0 8px; background: var(--background); }
.message p { margin: 0; }
.message p + p { margin-top: 4px; }
.message strong { display: block; }
.stage { position: relative; width: 100%; }
.stage canvas { position: absolute; left: 0; top: 0; display: block; max-width: none; }
.stage .overlay { cursor: default; outline: none; }
.stage .overlay.pointing { cursor: pointer; }
.stage:focus-within { outline: 3px solid var(--accent); outline-offset: 2px; }
.fallback { display: block; width: 100%; }
.scheme-probe {
  position: absolute; width: 0; height: 0; overflow: hidden; visibility: hidden;
  color: var(--cited-stats-text, #000001); background-color: var(--cited-stats-background, #000001);
  border-top-color: var(--cited-stats-accent, #000001); outline-color: var(--cited-stats-muted, #000001);
  font-family: var(--cited-stats-font, serif);
  transition: color-scheme 1ms allow-discrete, font-family 1ms allow-discrete, color 1ms, background-color 1ms, border-top-color 1ms, outline-color 1ms;
}
.tooltip {
  position: absolute; z-index: 2; max-width: min(320px, 90%); pointer-events: none;
  padding: 6px 9px; border: 1px solid var(--border); border-radius: 4px; background: var(--background);
  color: var(--text); box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); font-size: 13px; line-height: 1.35;
}
.tooltip.touch { pointer-events: auto; cursor: pointer; }
.tooltip .words { font-weight: 600; }
.tooltip .who { color: var(--muted); }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.card { margin-top: 10px; padding: 12px 14px; border: 1px solid var(--border); border-radius: 6px; background: var(--background); }
.card:focus { outline: 3px solid var(--accent); outline-offset: 2px; }
.card h2 { font-size: 17px; margin: 0 0 6px; }
.card .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.card button, .card a.button {
  font: inherit; font-size: 14px; padding: 4px 10px; border: 1px solid var(--border); border-radius: 4px;
  background: var(--background); color: var(--text); cursor: pointer; text-decoration: none;
}
.card button:focus-visible, .card a:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
.card .status { color: var(--muted); font-size: 13px; }
`;

/** @type {CSSStyleSheet | null} */
let sheet = null;

/** The one shared stylesheet (constructed on first use). */
export function widgetStyles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
