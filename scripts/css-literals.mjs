// The stylesheets the widget writes as template literals (`const CSS = \`…\`` in www/lib/styles.js,
// `const CARD_CSS = \`…\`` in www/lib/card.js), minified for the bundle by esbuild's CSS minifier:
// the source keeps its readable rules, the reader downloads them without indentation, line breaks
// and the spaces after colons. An interpolation (`${…}`) must stand where declarations go (a
// stylesheet with one anywhere else is refused) and itself end with a semicolon when declarations
// follow it; it is kept as it is. The lines after a literal keep their numbers,
// so the source map still leads to them. Used by scripts/bundle.mjs; tested by
// tests/js/css-literals.test.mjs.
import { transformSync } from "esbuild";

/** A `const NAME_CSS = \`…\`;` (or `CSS`) whose text has no backquote, backslash or nested literal. */
const LITERAL = /(\bconst [A-Z_]*CSS = `)([^`\\]*)(`;)/g;
const INTERPOLATION = /\$\{[^{}`]*\}/g;

/**
 * `source` with each stylesheet literal's text minified as CSS.
 * @param {string} source a module's text.
 * @param {string} file its name, for messages.
 * @returns {{ code: string, literals: number }} the new text, and how many literals it minified.
 */
export function minifyCssLiterals(source, file) {
  let literals = 0;
  const code = source.replace(LITERAL, (_, head, text, tail) => {
    literals += 1;
    /** @type {string[]} */
    const kept = [];
    const slot = (/** @type {number} */ n) => `--cited-stats-slot-${n}`;
    const placeheld = text.replace(INTERPOLATION, (interpolation) => {
      kept.push(interpolation);
      return `${slot(kept.length - 1)}:0;`;
    });
    const minified = transformSync(placeheld, { loader: "css", minify: true }).code.trim();
    const restored = kept.reduce((css, interpolation, n) => {
      // Where it was, as a declaration of its own: after a `{` or `;`, before a `;` or `}`.
      const declaration = new RegExp(`(?<=[{;])${slot(n)}:0(;|(?=\\}))`, "g");
      const found = css.match(declaration)?.length ?? 0;
      if (found !== 1 || css.split(slot(n)).length !== 2) {
        throw new Error(`${file}: interpolation ${interpolation} is not where a declaration goes in the stylesheet`);
      }
      return css.replace(declaration, () => interpolation);
    }, minified);
    if (/[`\\]|\$\{/.test(restored.replace(INTERPOLATION, ""))) {
      throw new Error(`${file}: the minified stylesheet has a backquote, a backslash or a \${ of its own`);
    }
    const lines = (text.match(/\n/g) ?? []).length;
    return `${head}${restored}${tail}${"\n".repeat(lines)}`;
  });
  return { code, literals };
}
