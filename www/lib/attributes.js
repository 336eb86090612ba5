// The element's attributes use the explorer's URL vocabulary: each query attribute is one URL
// parameter with the same name and value. This turns them into one query string for the core,
// which names any bad one.

/** Attributes that are URL parameters, in the core's canonical order. */
export const QUERY_ATTRIBUTES = ["chart", "debate", "speaker", "party", "topic", "unit", "from", "to", "cited", "q", "group", "figure"];

/** Attributes about the widget itself rather than the view. */
export const WIDGET_ATTRIBUTES = ["theme", "height", "src", "scale", "explorer"];

/** One value, percent-encoded; commas separating a list's values stay commas. */
function encodeList(value) {
  return value.split(",").map((part) => encodeText(part.trim())).join(",");
}

/** A lone surrogate's WTF-8 bytes, percent-encoded: "%ED%A0%BD" for U+D83D. */
function loneSurrogate(unit) {
  return [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
    .map((byte) => `%${byte.toString(16).toUpperCase()}`).join("");
}

/** Whether `char` (one code point of a for…of walk) is a lone surrogate. */
function isLone(char) {
  return char.length === 1 && char.charCodeAt(0) >= 0xd800 && char.charCodeAt(0) <= 0xdfff;
}

/**
 * `encodeURIComponent`, except that a lone surrogate (text cut mid-character, e.g. half an emoji)
 * is written as its bytes instead of throwing "URI malformed": the core then names the parameter
 * whose text is not UTF-8, with its value.
 */
export function encodeText(text) {
  if (text.isWellFormed?.()) return encodeURIComponent(text);
  return [...text].map((char) => (isLone(char) ? loneSurrogate(char.charCodeAt(0)) : encodeURIComponent(char))).join("");
}

/** A query string with each lone surrogate written as its bytes (as `encodeText`), the rest as it is. */
export function wellFormedQuery(query) {
  if (query.isWellFormed?.()) return query;
  return [...query].map((char) => (isLone(char) ? loneSurrogate(char.charCodeAt(0)) : char)).join("");
}

/**
 * The query string the element's attributes describe ("" when none is set).
 * @param {Element} element
 */
export function queryFromAttributes(element) {
  const parts = [];
  for (const name of QUERY_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value === null) continue;
    const encoded = name === "q" || name === "figure" ? encodeText(value) : encodeList(value);
    parts.push(`${name}=${encoded}`);
  }
  return parts.join("&");
}

/**
 * Reads a widget attribute, or returns a named problem.
 * @returns {{ value: any } | { problem: { parameter: string, value: string, message: string } }}
 */
export function widgetAttribute(element, name) {
  const raw = element.getAttribute(name);
  const bad = (expected) => ({
    problem: { parameter: name, value: raw, message: `attribute \`${name}\`: ${JSON.stringify(raw)} ${expected}` },
  });
  switch (name) {
    case "theme":
      if (raw === null || raw === "auto") return { value: "auto" };
      return raw === "light" || raw === "dark" ? { value: raw } : bad("is not one of (light, dark, auto)");
    case "height": {
      if (raw === null) return { value: null };
      // Digits only ("320", "320px", "320.5"): Number() would also take "0x200", "1e3", " ".
      const px = /^\d+(\.\d+)?(px)?$/.test(raw.trim()) ? Number(raw.trim().replace(/px$/, "")) : NaN;
      return Number.isFinite(px) && px >= 120 && px <= 4000 ? { value: px } : bad("is not a height in CSS px from 120 to 4000");
    }
    case "scale":
      if (raw === null) return { value: "auto" };
      return ["auto", "linear", "log"].includes(raw) ? { value: raw } : bad("is not one of (auto, linear, log)");
    case "explorer":
      if (raw === null || raw === "") return { value: null };
      try {
        const url = new URL(raw, element.ownerDocument.baseURI);
        return url.protocol === "https:" || url.protocol === "http:" ? { value: url.href } : bad("is not an http(s) URL");
      } catch {
        return bad("is not a URL");
      }
    case "src": {
      if (raw === null || raw === "") return { value: null };
      const url = datasetUrl(raw, element.ownerDocument.baseURI);
      return url.problem ? bad(url.problem) : url;
    }
    default:
      return { value: raw };
  }
}

/**
 * A dataset's URL read against `base`: `{ value }` (the URL) or `{ problem }` (why it cannot be
 * fetched: not a URL, or a scheme such as javascript: that fetch does not read).
 */
export function datasetUrl(text, base) {
  try {
    const url = new URL(text, base);
    return ["http:", "https:", "blob:", "data:"].includes(url.protocol) ? { value: url.href } : { problem: "is not an http(s), blob: or data: URL" };
  } catch {
    return { problem: "is not a URL" };
  }
}
