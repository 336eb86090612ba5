// scripts/css-literals.mjs: the widget's stylesheet literals minified as CSS for the bundle, their
// interpolations kept, the lines after them kept in place, and what it cannot do refused by name.
// Run: node --test tests/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { minifyCssLiterals } from "../../scripts/css-literals.mjs";
import { CSS } from "../../www/lib/styles.js";

test("a stylesheet literal loses its indentation, line breaks and spaces; the code round it does not change", () => {
  const source = [
    "// before",
    "const CARD_CSS = `",
    ".card dl { display: grid;  gap: 2px 12px; }",
    ".card dt,",
    "  .card dd { color: var(--muted, #ffffff); }",
    "`;",
    "export const later = `keep  these  spaces`;",
  ].join("\n");
  const { code, literals } = minifyCssLiterals(source, "card.js");
  assert.equal(literals, 1);
  assert.equal(
    code,
    [
      "// before",
      "const CARD_CSS = `.card dl{display:grid;gap:2px 12px}.card dt,.card dd{color:var(--muted, #ffffff)}`;",
      "",
      "",
      "",
      "",
      "export const later = `keep  these  spaces`;",
    ].join("\n"),
  );
  assert.equal(code.split("\n").length, source.split("\n").length);
});

test("interpolations stay where their declarations were, each once", () => {
  const source = "export const CSS = `\n.a {\n  ${one()}\n  color: red;\n}\n.b { ${two('x')} }\n`;";
  const { code } = minifyCssLiterals(source, "styles.js");
  assert.equal(code.split("\n")[0], "export const CSS = `.a{${one()}color:red}.b{${two('x')}}`;");
});

test("an interpolation anywhere but where declarations go is refused by name", () => {
  for (const text of [
    ".a${x} { color: red }",
    ".a { color: ${x}; }",
    "@media (width > ${x}px) { .a { color: red } }",
    "${x}",
  ]) {
    assert.throws(
      () => minifyCssLiterals(`const CSS = \`${text}\`;`, "bad.js"),
      /^Error: bad\.js: interpolation \$\{x\} is not where a declaration goes in the stylesheet$/,
      text,
    );
  }
});

test("text that is not a stylesheet literal is left alone", () => {
  const source = "const message = `a  b\n c`;\nconst CSS_NAME = 'x';";
  assert.deepEqual(minifyCssLiterals(source, "other.js"), { code: source, literals: 0 });
});

test("the widget's stylesheet keeps every rule's selector and declarations once minified", () => {
  const source = readFileSync(new URL("../../www/lib/styles.js", import.meta.url), "utf8");
  const { code, literals } = minifyCssLiterals(source, "styles.js");
  assert.equal(literals, 1);
  const minified = code.slice(code.indexOf("CSS = `") + 7, code.indexOf("`;", code.indexOf("CSS = `")));
  // Every class the source's stylesheet names is still named, and the text is shorter.
  const classes = (css) => new Set([...css.matchAll(/\.[a-z][a-z-]*/g)].map(([name]) => name));
  assert.deepEqual(classes(minified), classes(CSS.replace(/var\([^)]*\)/g, "")));
  assert.ok(minified.length < source.slice(source.indexOf("CSS = `")).indexOf("`;"), "shorter");
  assert.equal(code.split("\n").length, source.split("\n").length);
});
