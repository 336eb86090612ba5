// A small helper for building elements whose text comes from data: text is always added as text
// nodes, never parsed as HTML.

/**
 * A new element with an optional class and children (strings become text nodes).
 * @param {string} tag
 * @param {string | null} [className]
 * @param {...(Node | string | null)} children
 */
export function make(tag, className, ...children) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}
