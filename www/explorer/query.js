// Reads and writes the explorer's URL query strings (the <cited-stats> vocabulary). Lists are one
// parameter with comma-separated values; each value is percent-encoded on its own, so a comma inside
// a value becomes %2C and only the separating commas stay bare.

/** Parameters, in the order the core writes them. */
export const PARAMETERS = ["chart", "debate", "speaker", "party", "topic", "unit", "from", "to", "cited", "q", "group", "figure"];

/** Parameters that take a list of values. */
export const LISTS = ["debate", "speaker", "party", "topic", "unit"];

function decode(text) {
  const spaced = text.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * A query string (with or without "?") as a Map from parameter name to its values: an array for
 * every parameter (one item for single-valued ones). The first of a repeated parameter wins.
 * @param {string} text
 * @returns {Map<string, string[]>}
 */
export function parseQuery(text) {
  const params = new Map();
  for (const piece of text.replace(/^\?/, "").split("&")) {
    if (!piece) continue;
    const at = piece.indexOf("=");
    const name = decode(at < 0 ? piece : piece.slice(0, at));
    const raw = at < 0 ? "" : piece.slice(at + 1);
    if (params.has(name)) continue;
    params.set(name, LISTS.includes(name) ? raw.split(",").map(decode) : [decode(raw)]);
  }
  return params;
}

/**
 * A query string (no "?") from a Map or object of parameter → values; parameters with no values,
 * or a single empty value for a non-list, are left out.
 * @param {Map<string, string[]> | Record<string, string[]>} params
 */
export function buildQuery(params) {
  const get = (name) => (params instanceof Map ? params.get(name) : params[name]) || [];
  const parts = [];
  for (const name of PARAMETERS) {
    const values = get(name);
    if (values.length === 0) continue;
    if (!LISTS.includes(name) && values[0] === "") continue;
    parts.push(`${name}=${values.map((v) => encodeURIComponent(v)).join(",")}`);
  }
  return parts.join("&");
}
