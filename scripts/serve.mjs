// Serves www/ on http://127.0.0.1:$PORT (8080 by default) with the right MIME types and a strict
// Content-Security-Policy on every response, so the explorer is always run the way strict hosts
// run it. No dependencies.
// Usage: node scripts/serve.mjs [--root DIR] [--port N] [--mount /prefix/=DIR ...] [--no-csp]
// (--mount serves a second directory under a URL prefix: test fixtures, benchmark pages, node_modules.
// --no-csp sends no Content-Security-Policy at all, as most CMS pages do: the tests' second host.)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { CSP, TYPES } from "./http-types.mjs";

const here = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = resolve(here, option("--root", "www"));
const port = Number(option("--port", process.env.PORT || "8080"));
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(
    `PORT must be a whole number from 1 to 65535, not ${JSON.stringify(option("--port", process.env.PORT))}`,
  );
  process.exit(2);
}

const mounts = args
  .flatMap((arg, i) => (arg === "--mount" && args[i + 1] ? [args[i + 1]] : []))
  .map((spec) => {
    const [prefix, dir] = spec.split("=");
    return { prefix: prefix.endsWith("/") ? prefix : `${prefix}/`, dir: resolve(here, dir) };
  });

const sendCsp = !args.includes("--no-csp");

async function file(urlPath) {
  let decoded = decodeURIComponent(urlPath);
  let base = root;
  const mount = mounts.find((m) => decoded.startsWith(m.prefix));
  if (mount) {
    decoded = decoded.slice(mount.prefix.length);
    base = mount.dir;
  }
  const path = normalize(join(base, decoded));
  if (path !== base && !path.startsWith(base + sep)) return null;
  const info = await stat(path).catch(() => null);
  if (!info) return null;
  const chosen = info.isDirectory() ? join(path, "index.html") : path;
  const body = await readFile(chosen).catch(() => null);
  return body && { body, type: TYPES[extname(chosen)] || "application/octet-stream" };
}

/**
 * The path a request asks for, or null when its target is no URL at all. A target such as `//` is
 * a path here (read against a base URL it would name a host, and throw).
 * @param {string} target
 */
function pathOf(target) {
  try {
    return new URL(target.startsWith("/") ? `http://localhost${target}` : target).pathname;
  } catch {
    return null;
  }
}

createServer(async (request, response) => {
  const path = pathOf(request.url || "/");
  const found = path === null ? null : await file(path).catch(() => null);
  const headers = {
    ...(sendCsp && { "Content-Security-Policy": CSP }),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
  if (!found) {
    response.writeHead(path === null ? 400 : 404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
    response.end(path === null ? `not a URL: ${JSON.stringify(request.url)}\n` : `not found: ${path}\n`);
    return;
  }
  response.writeHead(200, { ...headers, "Content-Type": found.type });
  response.end(found.body);
}).listen(port, "127.0.0.1", () => {
  console.log(`cited-stats explorer: http://127.0.0.1:${port}/${sendCsp ? "" : " (no Content-Security-Policy)"}`);
});
