// Looking up the core's words (the generated vocabulary, lib/vocabulary.js) for a name.

/**
 * The label `table` gives `key`, or `fallback` when it gives none (only the table's own keys
 * count: "constructor" is not a chart kind).
 * @param {Readonly<Record<string, string>>} table
 * @param {string} key
 * @param {string} [fallback]
 * @returns {string}
 */
export function labelIn(table, key, fallback = key) {
  return Object.hasOwn(table, key) ? table[key] : fallback;
}

/**
 * `text` with its first letter capitalised, to stand alone as a control's label ("claim (the
 * quantity stated)" → "Claim (the quantity stated)").
 * @param {string} text
 * @returns {string}
 */
export function asLabel(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
