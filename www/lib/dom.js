// Building DOM from data safely: every string becomes a text node, never HTML.
import { MONTHS } from "./vocabulary.js";

/**
 * `h("p", { class: "x" }, "text", child)`: an element with attributes and children; strings and
 * numbers become text nodes, null/false children are skipped.
 * @param {string} tag
 * @param {Record<string, unknown>} [attributes]
 * @param {...unknown} children  nodes, text, numbers, null/undefined/false, or arrays of these
 * @returns {HTMLElement}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/**
 * Text from the data in a <bdi>: its bidirectional controls stay inside it.
 * @param {unknown} text
 */
export function bdi(text) {
  return h("bdi", {}, text);
}

/**
 * "2022-11-24" → "24 November 2022"; null → "date not recorded".
 * @param {string | null | undefined} iso
 */
export function longDate(iso) {
  if (!iso) return "date not recorded";
  const [year, month, day] = iso.split("-").map(Number);
  return MONTHS[month - 1] ? `${day} ${MONTHS[month - 1]} ${year}` : iso;
}
