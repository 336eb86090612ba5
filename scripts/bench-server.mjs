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
