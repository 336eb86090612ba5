// A server for tests/e2e/faults.spec.mjs that serves www/ (and the fixtures under /fixtures/) as
// scripts/serve.mjs does, with the same strict CSP, and under /f/<fault>/ serves the same files
// again with one fault injected: into the wasm module (/f/<fault>/pkg/cited_stats_bg.wasm), into
// the dataset a page names as its own (/f/<fault>/data/figures.json), or into the CSP of every page
// under the prefix. Everything else under a prefix is served unharmed, so the built-in dataset's
// parts, the fallback pictures and the fixtures still arrive. No dependencies.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { CSP, TYPES } from "../../scripts/http-types.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const WWW = join(root, "www");
const FIXTURES = join(root, "tests/e2e/fixtures");

export { CSP };
/** The CSP of a host that allows scripts but not WebAssembly. */
export const CSP_WITHOUT_WASM = "default-src 'self'; script-src 'self'; style-src 'self'";
const WASM = "pkg/cited_stats_bg.wasm";
const DATASET = "data/figures.json";
/** Bytes sent before a stalled response stops (the headers say the whole length is coming). */
const STALL_AFTER = 4096;
/** A slow response: this many parts, one every SLOW_STEP_MS (so the whole takes 12 s, no gap 10 s long). */
const SLOW_PARTS = 7;
const SLOW_STEP_MS = 2000;

/**
 * The faults, by the name used in the URL prefix: what is done to which file.
 * `kind` is one of: 404, plain (served as text/plain), truncated (a complete response holding the
 * first half of the file), cut (the headers promise the whole file, half is sent, the connection
 * is closed), stall (the headers and 4,096 bytes, then nothing, the connection held open), empty
 * (a 200 with no body), html (a 200 with an HTML page, as a host's "not found" page often is), csp,
 * slow (the whole file, in seven parts two seconds apart: 12 s in all, never 10 s without a byte).
 */
export const FAULTS = {
  "wasm-404": { file: WASM, kind: "404" },
  "wasm-plain": { file: WASM, kind: "plain" },
  "wasm-truncated": { file: WASM, kind: "truncated" },
  "wasm-stall": { file: WASM, kind: "stall" },
  "wasm-slow": { file: WASM, kind: "slow" },
  csp: { kind: "csp" },
  "data-404": { file: DATASET, kind: "404" },
  "data-truncated": { file: DATASET, kind: "truncated" },
  "data-cut": { file: DATASET, kind: "cut" },
  "data-empty": { file: DATASET, kind: "empty" },
  "data-html": { file: DATASET, kind: "html" },
  "data-stall": { file: DATASET, kind: "stall" },
};

async function file(path) {
  const [base, rest] = path.startsWith("fixtures/") ? [FIXTURES, path.slice("fixtures/".length)] : [WWW, path];
  const full = normalize(join(base, decodeURIComponent(rest)));
  if (full !== base && !full.startsWith(base + sep)) return null;
  const info = await stat(full).catch(() => null);
  if (!info) return null;
  const chosen = info.isDirectory() ? join(full, "index.html") : full;
  const body = await readFile(chosen).catch(() => null);
  return body && { body, type: TYPES[extname(chosen)] || "application/octet-stream" };
}

/**
 * Starts the server on 127.0.0.1:`port`. Resolves to `{ origin, close }`; `close()` also ends the
 * connections held open by stalls.
 */
export function startFaultServer(port) {
  const sockets = new Set();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url || "/", "http://localhost");
    const prefix = /^\/f\/([a-z0-9-]+)\//.exec(url.pathname);
    const fault = prefix ? FAULTS[prefix[1]] : null;
    const path = url.pathname.slice(prefix ? prefix[0].length : 1);
    const found = await file(path || "index.html").catch(() => null);
    const headers = {
      "Content-Security-Policy": CSP,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    };
    if ((prefix && !fault) || !found) {
      response.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      response.end(`not found: ${url.pathname}\n`);
      return;
    }
    const kind = fault && (fault.file === path || fault.kind === "csp") ? fault.kind : null;
    const half = found.body.subarray(0, Math.floor(found.body.length / 2));
    const send = (status, type, body, more = {}) => {
      response.writeHead(status, { ...headers, "Content-Type": type, "Content-Length": body.length, ...more });
      response.end(body);
    };
    switch (kind) {
      case "404":
        return send(404, "text/plain; charset=utf-8", Buffer.from(`not found: ${url.pathname}\n`));
      case "plain":
        return send(200, "text/plain; charset=utf-8", found.body);
      case "truncated":
        return send(200, found.type, half);
      case "empty":
        return send(200, found.type, Buffer.alloc(0));
      case "html":
        return send(
          200,
          "text/html; charset=utf-8",
          Buffer.from("<!doctype html>\n<title>Page not found</title>\n<h1>Sorry, that page has moved</h1>\n"),
        );
      case "csp":
        return send(
          200,
          found.type,
          found.body,
          found.type.startsWith("text/html") ? { "Content-Security-Policy": CSP_WITHOUT_WASM } : {},
        );
      case "cut":
        response.writeHead(200, { ...headers, "Content-Type": found.type, "Content-Length": found.body.length });
        response.write(half, () => setTimeout(() => response.socket?.destroy(), 50));
        return undefined;
      case "stall":
        response.writeHead(200, { ...headers, "Content-Type": found.type, "Content-Length": found.body.length });
        response.write(found.body.subarray(0, STALL_AFTER));
        return undefined;
      case "slow": {
        response.writeHead(200, { ...headers, "Content-Type": found.type, "Content-Length": found.body.length });
        const size = Math.ceil(found.body.length / SLOW_PARTS);
        let part = 0;
        const next = () => {
          if (response.destroyed) return;
          response.write(found.body.subarray(part * size, (part + 1) * size));
          part += 1;
          if (part < SLOW_PARTS) setTimeout(next, SLOW_STEP_MS);
          else response.end();
        };
        next();
        return undefined;
      }
      default:
        return send(200, found.type, found.body);
    }
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      }),
    );
  });
}
