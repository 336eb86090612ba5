// What the browser benchmarks share (scripts/bench-browser.mjs, bench-many.mjs, bench-refuse.mjs):
// their preconditions, a free port, the project's server (scripts/serve.mjs, strict CSP) started and
// awaited, and Chromium's flags for a quiet headless run.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's root folder. */
export const root = fileURLToPath(new URL("..", import.meta.url));

/** Debian's Chromium, or the one CHROMIUM names. */
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

/** Chromium's flags for a headless benchmark with nothing else running in the browser. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Exits naming what is missing and how to get it: each [path, message] of `need` (relative to the
 * root), playwright-core, and Chromium. `fail` prints the benchmark's own prefix and exits.
 * @param {Array<[string, string]>} need
 * @param {(message: string) => never} fail
 */
export function requireBuilt(need, fail) {
  const all = [
    ...need,
    ["node_modules/playwright-core/package.json", "playwright-core is not installed: run `npm ci`"],
  ];
  for (const [path, message] of all) if (!existsSync(join(root, path))) fail(`${message} (${path} not found)`);
  if (!existsSync(CHROMIUM))
    fail(`no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM=/path/to/chromium`);
}

/**
 * `port` when it is free, else null (0 asks for any free port).
 * @param {number} port
 * @returns {Promise<number | null>}
 */
export function freePort(port) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(null));
    probe.listen(port, "127.0.0.1", () => {
      const address = probe.address();
      const chosen = typeof address === "object" && address ? address.port : null;
      probe.close(() => resolve(chosen));
    });
  });
}

/**
 * Opens `url` in `page` and waits until `expression` (JS evaluated in the page) is true, asking
 * through the DevTools protocol every 25 ms; false when `timeoutMs` passes first. Playwright's
 * `waitForFunction` would compile its injected script on the page's main thread (13-20 ms in a
 * trace) in the middle of the load being measured, and leave listeners of its own on the page.
 * @param {import("playwright-core").BrowserContext} context
 * @param {import("playwright-core").Page} page
 * @param {string} url
 * @param {string} expression
 * @param {number} timeoutMs
 * @returns {Promise<boolean>}
 */
export async function loadAndWait(context, page, url, expression, timeoutMs) {
  const devtools = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      // Asked between two documents, there may be no page to answer yet: that is a "not yet".
      const answer = await devtools.send("Runtime.evaluate", { expression, returnByValue: true }).catch(() => null);
      if (answer?.result.value === true) return true;
      if (Date.now() > deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  } finally {
    await devtools.detach().catch(() => {});
  }
}

/**
 * Starts scripts/serve.mjs on `port` with `mounts` (["/prefix/=folder", …]) and waits until
 * `readyPath` answers, at most 10 s.
 * @param {number} port
 * @param {string[]} mounts
 * @param {string} readyPath
 * @returns {Promise<{ child: import("node:child_process").ChildProcess, base: string }>}
 */
export async function startServer(port, mounts, readyPath) {
  const args = [join(root, "scripts/serve.mjs"), "--port", String(port)];
  for (const mount of mounts) args.push("--mount", mount);
  const child = spawn(process.execPath, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`scripts/serve.mjs exited (${child.exitCode}): ${stderr.trim()}`);
    const ok = await fetch(`${base}${readyPath}`, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGTERM");
  throw new Error(`scripts/serve.mjs did not answer on ${base} within 10 s: ${stderr.trim()}`);
}
