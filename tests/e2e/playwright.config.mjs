// End-to-end tests of the explorer and the <cited-stats> element in Debian's Chromium (no browser
// download). The server is the project's own, with its strict CSP, plus the test fixtures under
// /fixtures/, and the consumer apps' builds (scripts/consumers.sh) under /consumers/vite/ and
// /consumers/webpack/; a second one on E2E_PORT + 1 serves the same files with no CSP at all.
// Run from the repository root: npx playwright test --config tests/e2e/playwright.config.mjs
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT || 8765);
const baseURL = `http://127.0.0.1:${PORT}`;
// E2E_ROOT serves another copy of www/ (e.g. a deliberately broken one, to check that tests fail).
const ROOT = process.env.E2E_ROOT ? ` --root ${JSON.stringify(process.env.E2E_ROOT)}` : "";

const MOUNTS =
  " --mount /fixtures/=tests/e2e/fixtures" +
  " --mount /consumers/vite/=tests/consumers/vite/dist --mount /consumers/webpack/=tests/consumers/webpack/dist" +
  // The element's modules over the test-only module that can trap (scripts/build-trap-test.sh).
  " --mount /trap/lib/=www/lib --mount /trap/pkg/=target/trap-pkg --mount /trap/data/=www/data";

/** `scripts/serve.mjs` on `port`, with `extra` options. */
function server(port, extra) {
  return {
    command: `node scripts/serve.mjs --port ${port}${ROOT}${MOUNTS}${extra}`,
    cwd: "../..",
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    stdout: "ignore",
    stderr: "pipe",
    timeout: 15_000,
  };
}

export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs$/,
  outputDir: "results",
  snapshotPathTemplate: "{testDir}/screenshots/{arg}{ext}",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 20_000,
  expect: {
    timeout: 5_000,
    toHaveScreenshot: {
      // Renders here are pixel for pixel the same from run to run; 0.1% of the pixels still lets a
      // font's hinting move while a missing button (about 0.3% of the card's picture) fails. At 1%
      // the references had fallen behind the page without a test failing.
      maxDiffPixelRatio: Number(process.env.E2E_MAXDIFF ?? 0.001),
      threshold: 0.2,
      animations: "disabled",
      caret: "hide",
      scale: "css",
    },
  },
  reporter: "list",
  use: {
    baseURL,
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    colorScheme: "light",
    locale: "en-GB",
    timezoneId: "Europe/London",
    reducedMotion: "reduce",
    acceptDownloads: true,
    trace: process.env.E2E_TRACE ? "retain-on-failure" : "off",
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--font-render-hinting=none",
      ],
    },
  },
  webServer: [
    // The project's server, with its strict CSP.
    server(PORT, ""),
    // The same files with no Content-Security-Policy at all, as most CMS pages are served
    // (hostile.spec.mjs runs its payloads on both).
    server(PORT + 1, " --no-csp"),
  ],
});
