// scripts/serve.mjs (what `npm start` runs) answers every request target, odd ones included, and
// keeps serving: a target like `//` once threw while being parsed and stopped the server.
import { test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { freePort, startServer } from "../../scripts/bench-server.mjs";

/** The status of a raw GET of `target` (sent as written, not normalised by a URL parser). */
function statusOf(port, target) {
  return new Promise((resolve, reject) => {
    const sent = request({ host: "127.0.0.1", port, path: target, method: "GET" }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode));
    });
    sent.on("error", reject);
    sent.end();
  });
}

test("odd request targets get an answer and the server keeps serving", async () => {
  const port = await freePort(0);
  assert.ok(port);
  const { child } = await startServer(port, [], "/index.html");
  try {
    const answers = {};
    for (const target of [
      "//",
      "//example.org/x",
      "/%E0%A4%A",
      "/../../etc/passwd",
      "/%2e%2e/%2e%2e/etc/passwd",
      "*",
    ]) {
      answers[target] = await statusOf(port, target);
    }
    assert.deepEqual(answers, {
      "//": 200,
      "//example.org/x": 404,
      "/%E0%A4%A": 404,
      "/../../etc/passwd": 404,
      "/%2e%2e/%2e%2e/etc/passwd": 404,
      "*": 400,
    });
    assert.equal(await statusOf(port, "/index.html"), 200);
    assert.equal(child.exitCode, null);
  } finally {
    child.kill("SIGTERM");
  }
});
