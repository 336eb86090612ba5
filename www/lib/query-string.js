// The one place the JS host reads and writes URL query strings in the explorer's vocabulary (the
// element's attributes, the iframe page's URL, the explorer's permalinks and snippets). The core
// (src/query/url.rs) is the judge of what a query means; these functions only move text in and out
// of its format, by its rules:
//   - parameters are `name=value` pieces joined by `&`; a list is one parameter whose values are
//     separated by bare commas (`topic=fostering,adoption`), so a comma inside a value is `%2C`;
//   - a value is percent-encoded UTF-8 with only `A–Z a–z 0–9 - . _ ~` left as they are and a space
//     written `+` (the core's `encode`, so a query written here in canonical order is canonical);
//   - a lone surrogate (text cut mid-character) is written as its WTF-8 bytes ("%ED%A0%BD"), which
//     the core reads as text that is not UTF-8 and names with its parameter, where
//     `encodeURIComponent` would throw and `URLSearchParams` would silently write U+FFFD.
// Decoding goes through URLSearchParams (`+` as a space, bad escapes kept, bytes that are not UTF-8
// as U+FFFD); lists are split on their bare commas before their values are decoded.
import { LIST_PARAMETERS, QUERY_PARAMETERS } from "./vocabulary.js";

/** A lone surrogate's WTF-8 bytes, percent-encoded: "%ED%A0%BD" for U+D83D. */
function loneSurrogate(/** @type {number} */ unit) {
  return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
    .map((byte) => `%${byte.toString(16).toUpperCase()}`)
    .join("");
}

/** Whether `char` (one code point of a for…of walk) is a lone surrogate. */
function isLone(/** @type {string} */ char) {
  return char.length === 1 && char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff;
}

/** `encodeURIComponent` leaves these bare; the core's encoder does not. */
const RESERVED = /[!'()*]/g;

/**
 * One name or value percent-encoded as the core writes it: only `A–Z a–z 0–9 - . _ ~` bare, a
 * space as `+`, every other UTF-8 byte as `%XX`, and a lone surrogate as its bytes.
 * @param {string} text
 * @returns {string}
 */
export function encodeValue(text) {
  // Old browsers lack isWellFormed: they take the slow path, which is right for any text.
  const encoded = text.isWellFormed?.()
    ? encodeURIComponent(text)
    : [...text].map((char) => (isLone(char) ? loneSurrogate(char.charCodeAt(0)) : encodeURIComponent(char))).join("");
  // Every `%` of `encoded` starts an escape, so "%20" is only ever an encoded space.
  return encoded
    .replaceAll("%20", "+")
    .replace(RESERVED, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * One raw name or value decoded (`+` as a space; a malformed escape kept as it is).
 * @param {string} raw
 * @returns {string}
 */
export function decodeValue(raw) {
  return new URLSearchParams(`v=${raw}`).get("v") ?? "";
}

/**
 * A query string with each lone surrogate written as its bytes (as `encodeValue` does) and
 * everything else as it is: for a query given whole (the element's `query` property).
 * @param {string} query
 * @returns {string}
 */
export function wellFormedQuery(query) {
  if (query.isWellFormed?.()) return query;
  return [...query].map((char) => (isLone(char) ? loneSurrogate(char.charCodeAt(0)) : char)).join("");
}

/**
 * The `name=value` pieces of a query string (a leading "?" dropped, empty pieces skipped), each with
 * its decoded name and its value still encoded.
 * @param {string} query
 * @returns {{ name: string, raw: string, piece: string }[]}
 */
export function pieces(query) {
  return query
    .replace(/^\?/, "")
    .split("&")
    .filter(Boolean)
    .map((piece) => {
      const at = piece.indexOf("=");
      return { name: decodeValue(at < 0 ? piece : piece.slice(0, at)), raw: at < 0 ? "" : piece.slice(at + 1), piece };
    });
}

/**
 * A query string as a Map from parameter name to its decoded values: an array for every parameter,
 * a list parameter's split on its bare commas, one item for the others. The first of a repeated
 * parameter wins (as in the core).
 * @param {string} query  with or without the leading "?"
 * @returns {Map<string, string[]>}
 */
export function parseQuery(query) {
  /** @type {Map<string, string[]>} */
  const params = new Map();
  for (const { name, raw } of pieces(query)) {
    if (params.has(name)) continue;
    params.set(name, LIST_PARAMETERS.includes(name) ? raw.split(",").map(decodeValue) : [decodeValue(raw)]);
  }
  return params;
}

/**
 * One parameter: its name and values encoded, the values joined by bare commas.
 * @param {string} name
 * @param {readonly string[]} values
 */
export function formatParameter(name, values) {
  return `${encodeValue(name)}=${values.map(encodeValue).join(",")}`;
}

/**
 * A query string (no "?") of the view parameters in canonical order, from a Map or object of
 * parameter → values. Parameters with no values, or a single empty value for one that is not a
 * list, are left out; names that are not view parameters are ignored.
 * @param {Map<string, readonly string[]> | Record<string, readonly string[] | undefined>} params
 * @returns {string}
 */
export function buildQuery(params) {
  /** @param {string} name */
  const get = (name) => (params instanceof Map ? params.get(name) : params[name]) ?? [];
  const parts = [];
  for (const name of QUERY_PARAMETERS) {
    const values = get(name);
    if (values.length === 0) continue;
    if (!LIST_PARAMETERS.includes(name) && values[0] === "") continue;
    parts.push(formatParameter(name, values));
  }
  return parts.join("&");
}

/**
 * `query` without the parameters named in `names` (matched by decoded name); every other piece
 * stays exactly as written.
 * @param {string} query
 * @param {readonly string[]} names
 * @returns {string}
 */
export function withoutParameters(query, names) {
  return pieces(query)
    .filter(({ name }) => !names.includes(name))
    .map(({ piece }) => piece)
    .join("&");
}

/**
 * `query` with the figure `id` open (appended as the last parameter, where the core's canonical
 * order puts it), or with no figure when `id` is null.
 * @param {string} query
 * @param {string | null} id
 * @returns {string}
 */
export function withFigure(query, id) {
  const rest = withoutParameters(query, ["figure"]);
  if (id === null) return rest;
  return [rest, formatParameter("figure", [id])].filter(Boolean).join("&");
}

/**
 * The parameters of a query string as one key that ignores their order (and those in `ignore`), so
 * two queries for the same view compare equal however they were written.
 * @param {string} query
 * @param {readonly string[]} [ignore]
 * @returns {string}
 */
export function queryKey(query, ignore = []) {
  return [...new URLSearchParams(query)]
    .filter(([name]) => !ignore.includes(name))
    .map(([name, value]) => formatParameter(name, [value]))
    .sort()
    .join("&");
}
