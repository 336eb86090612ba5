// Small helpers for building and finding elements. Text from data is always added as text nodes,
// never parsed as HTML.

/**
 * A new element with an optional class and children (strings become text nodes).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string | null} [className]
 * @param {...(Node | string | null | undefined)} children
 * @returns {HTMLElementTagNameMap[K]}
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

/**
 * The element of `root` with this `id`, which must be a `<tag>`: a page without it is broken, so
 * this throws naming what is missing.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {ParentNode} root
 * @param {string} id
 * @param {K} tag
 * @returns {HTMLElementTagNameMap[K]}
 */
export function byId(root, id, tag) {
  const found = root.querySelector(`#${CSS.escape(id)}`);
  if (found?.localName !== tag) throw new Error(`the page has no <${tag} id="${id}">`);
  return /** @type {HTMLElementTagNameMap[K]} */ (found);
}
