// The element's attributes use the explorer's URL vocabulary: each query attribute is one URL
// parameter with the same name and value. This turns them into one query string for the core,
// which names any bad one.

import { encodeValue, formatParameter } from "./query-string.js";
import { LIST_PARAMETERS, QUERY_PARAMETERS, SCALES, SIZES, THEMES, WIDGET_PARAMETERS } from "./vocabulary.js";

export { wellFormedQuery } from "./query-string.js";

/** Attributes that are URL parameters, in the core's canonical order. */
export const QUERY_ATTRIBUTES = QUERY_PARAMETERS;

/** Attributes about the widget itself rather than the view. */
export const WIDGET_ATTRIBUTES = WIDGET_PARAMETERS;

/**
 * One attribute's text percent-encoded as the core writes it (`encodeValue` of query-string.js): a
 * lone surrogate (text cut mid-character, e.g. half an emoji) is written as its bytes instead of
 * throwing "URI malformed", so the core names the parameter whose text is not UTF-8, with its value.
 */
export const encodeText = encodeValue;

/**
 * The query string the element's attributes describe ("" when none is set): each attribute one
 * parameter, a list attribute's comma-separated values trimmed and encoded one by one.
 * @param {Pick<Element, "getAttribute">} element
 * @returns {string}
 */
export function queryFromAttributes(element) {
  const parts = [];
  for (const name of QUERY_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const values = LIST_PARAMETERS.includes(name) ? value.split(",").map((part) => part.trim()) : [value];
    parts.push(formatParameter(name, values));
  }
  return parts.join("&");
}

/**
 * Reads a widget attribute, or returns a named problem.
 * @param {Element} element
 * @param {string} name
 * @returns {{ value: any, problem?: undefined } | { problem: { parameter: string, value: string | null, message: string }, value?: undefined }}
 */
export function widgetAttribute(element, name) {
  const raw = element.getAttribute(name);
  /** @param {string} expected */
  const bad = (expected) => ({
    problem: { parameter: name, value: raw, message: `attribute \`${name}\`: ${JSON.stringify(raw)} ${expected}` },
  });
  switch (name) {
    case "theme":
      if (raw === null || raw === "auto") return { value: "auto" };
      return THEMES.includes(raw) ? { value: raw } : bad(`is not one of (${[...THEMES, "auto"].join(", ")})`);
    case "height": {
      if (raw === null) return { value: null };
      // Digits only ("320", "320px", "320.5"): Number() would also take "0x200", "1e3", " ".
      const px = /^\d+(\.\d+)?(px)?$/.test(raw.trim()) ? Number(raw.trim().replace(/px$/, "")) : NaN;
      return Number.isFinite(px) && px >= SIZES.minHeight && px <= SIZES.maxHeightAttribute
        ? { value: px }
        : bad(`is not a height in CSS px from ${SIZES.minHeight} to ${SIZES.maxHeightAttribute}`);
    }
    case "scale":
      if (raw === null) return { value: "auto" };
      return SCALES.includes(raw) ? { value: raw } : bad(`is not one of (${SCALES.join(", ")})`);
    case "explorer":
      if (raw === null || raw === "") return { value: null };
      try {
        const url = new URL(raw, element.ownerDocument.baseURI);
        return url.protocol === "https:" || url.protocol === "http:"
          ? { value: url.href }
          : bad("is not an http(s) URL");
      } catch {
        return bad("is not a URL");
      }
    case "src": {
      if (raw === null || raw === "") return { value: null };
      const url = datasetUrl(raw, element.ownerDocument.baseURI);
      return url.problem === undefined ? { value: url.value } : bad(url.problem);
    }
    default:
      return { value: raw };
  }
}

/**
 * A dataset's URL read against `base`: `{ value }` (the URL) or `{ problem }` (why it cannot be
 * fetched: not a URL, or a scheme such as javascript: that fetch does not read).
 * @param {string} text
 * @param {string | undefined} base
 * @returns {{ value: string, problem?: undefined } | { problem: string, value?: undefined }}
 */
export function datasetUrl(text, base) {
  try {
    const url = new URL(text, base);
    return ["http:", "https:", "blob:", "data:"].includes(url.protocol)
      ? { value: url.href }
      : { problem: "is not an http(s), blob: or data: URL" };
  } catch {
    return { problem: "is not a URL" };
  }
}
