// ESLint (flat config): @eslint/js's recommended rules over the browser code in www/ and the Node
// code in scripts/ and the tests; `npm test` runs it with --max-warnings 0.
import js from "@eslint/js";
import globals from "globals";

export default [
  {
    ignores: [
      "www/dist/",
      "www/pkg/",
      "**/node_modules/",
      "tests/e2e/results/",
      "tests/consumers/",
      "target/",
      "fuzz/",
    ],
  },
  js.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  {
    files: ["www/**/*.js"],
    languageOptions: { globals: globals.browser },
  },
  {
    // resizer.js is a classic script for host pages, not a module.
    files: ["www/resizer.js"],
    languageOptions: { sourceType: "script" },
  },
  {
    // The test fixtures' page scripts.
    files: ["tests/e2e/fixtures/**/*.js"],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ["scripts/**/*.{js,mjs}", "tests/**/*.mjs", "eslint.config.js", "bench/**/*.mjs"],
    languageOptions: { globals: globals.node },
  },
  {
    // Playwright callbacks that run in the page (page.evaluate) use the browser's globals.
    files: ["tests/e2e/**/*.mjs", "scripts/bench-browser.mjs", "scripts/bench-many.mjs", "scripts/bench-refuse.mjs"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
];
