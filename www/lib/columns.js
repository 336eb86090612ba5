// The built-in dataset's two parts are written column by column (`cited-stats export --format
// json-first` and `json-detail`: one array of values per field, about 0.5 kB brotli smaller each
// than one object per figure). The core reads one object per figure: this turns one into the other.

/**
 * One object per figure from `{ field: [each figure's value, …], … }`. Throws an Error naming
 * `source` and what is wrong when the part is not an object of arrays of one length.
 * @param {unknown} part
 * @param {string} source  named in messages, e.g. "dataset https://…/figures-first.json"
 * @returns {object[]}
 */
export function figuresOfColumns(part, source) {
  if (part === null || typeof part !== "object" || Array.isArray(part))
    throw new Error(
      `${source}: expected the figures column by column (an object of arrays), got ${Array.isArray(part) ? "an array" : part === null ? "null" : typeof part}`,
    );
  const columns = Object.entries(part);
  const [first] = columns;
  for (const [field, values] of columns) {
    if (!Array.isArray(values))
      throw new Error(`${source}: column ${JSON.stringify(field)} is not an array (${typeof values})`);
    if (values.length !== first[1].length)
      throw new Error(
        `${source}: column ${JSON.stringify(field)} has ${values.length} values, column ${JSON.stringify(first[0])} ${first[1].length}`,
      );
  }
  return Array.from({ length: first?.[1].length ?? 0 }, (_, i) =>
    Object.fromEntries(columns.map(([field, values]) => [field, values[i]])),
  );
}
