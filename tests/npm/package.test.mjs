// The npm package as it ships: the packed tarball (CITED_STATS_TARBALL, or `npm pack` run here),
// unpacked into a scratch node_modules. Checks what it holds (everything its modules need, nothing
// else), its package.json (exports, types, sideEffects, licence), that it imports under Node without
// a DOM and registers the element only from the element entry, that no shipped module uses
// top-level await, and that init() takes a URL, a Response or the bytes and loadDataset() then
// checks a dataset. Run: node --test tests/npm/
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Files the package must hold (paths inside the package). */
const REQUIRED = [
  "package.json",
  "README.md",
  "LICENSE-MIT",
  "LICENSE-APACHE",
  "www/index.js",
  "www/index.d.ts",
  "www/element.js",
  "www/element.d.ts",
  "www/pkg/cited_stats.js",
  "www/pkg/cited_stats.d.ts",
  "www/pkg/cited_stats_bg.wasm",
  "www/data/figures.json",
  "www/data/figures-first.json",
  "www/data/figures-detail.json",
];
/** Besides those, only the element's modules may ship. */
const ALSO_ALLOWED = /^www\/lib\/[a-z-]+\.js$/;

let scratch;
let tarball;
let files;
let pkgDir;
let manifest;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), "cited-stats-npm-"));
  tarball = process.env.CITED_STATS_TARBALL ? resolve(process.env.CITED_STATS_TARBALL) : pack(scratch);
  files = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line && !line.endsWith("/"))
    .map((line) => line.replace(/^package\//, ""));
  pkgDir = join(scratch, "node_modules", "cited-stats");
  mkdirSync(pkgDir, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", pkgDir, "--strip-components=1"]);
  manifest = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
});

after(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Packs the repository into `dir` (its prepack builds www/pkg and www/data if missing); the tarball's path. */
function pack(dir) {
  const out = execFileSync("npm", ["pack", "--json", "--pack-destination", dir], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return join(dir, JSON.parse(out)[0].filename);
}

/** Runs ES module `code` in a fresh Node process whose bare imports resolve to the unpacked package. */
function runModule(code) {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: scratch, encoding: "utf8" });
  assert.equal(result.status, 0, `node exited ${result.status}:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

/** Every path string in an `exports` map. */
function exportTargets(value) {
  if (typeof value === "string") return [value];
  return Object.values(value ?? {}).flatMap(exportTargets);
}

/** The relative module specifiers and `new URL("…", import.meta.url)` files a module names. */
function referencedFiles(source) {
  const imports = [...source.matchAll(/(?:^|[\s;])(?:import|export)\s[^;]*?from\s*["'](\.{1,2}\/[^"']+)["']/g)].map(
    (m) => m[1],
  );
  const bare = [...source.matchAll(/(?:^|[\s;])import\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]);
  const urls = [...source.matchAll(/new URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)].map((m) => m[1]);
  return [...imports, ...bare, ...urls];
}

describe("the packed tarball", () => {
  test("holds every file the package needs", () => {
    for (const path of REQUIRED) assert.ok(files.includes(path), `${tarball} lacks ${path}`);
  });

  test("holds nothing else (no explorer, fallback images, tests or sources)", () => {
    const extra = files.filter((path) => !REQUIRED.includes(path) && !ALSO_ALLOWED.test(path));
    assert.deepEqual(extra, [], "files that should not ship");
  });

  test("every module's imports and `new URL(…, import.meta.url)` files are in it", () => {
    const modules = files.filter((path) => path.endsWith(".js"));
    assert.ok(modules.length > 3);
    for (const path of modules) {
      const source = readFileSync(join(pkgDir, path), "utf8");
      for (const ref of referencedFiles(source)) {
        const target = posix.normalize(posix.join(posix.dirname(path), ref));
        assert.ok(
          files.includes(target),
          `${path} refers to ${JSON.stringify(ref)}, which resolves to ${target}, not in the package`,
        );
      }
    }
  });
});

describe("package.json", () => {
  test("is publishable, with a licence whose texts ship", () => {
    assert.equal(manifest.name, "cited-stats");
    assert.equal(manifest.private, undefined);
    assert.match(manifest.version, /^\d+\.\d+\.\d+$/);
    assert.equal(manifest.license, "MIT OR Apache-2.0");
    assert.match(readFileSync(join(pkgDir, "LICENSE-MIT"), "utf8"), /Permission is hereby granted, free of charge/);
    assert.match(readFileSync(join(pkgDir, "LICENSE-APACHE"), "utf8"), /Apache License\s+Version 2\.0/);
    assert.equal(manifest.type, "module");
  });

  test("exports the module, the element, the wasm, the dataset and itself, each a file in the tarball", () => {
    const { exports } = manifest;
    assert.deepEqual(Object.keys(exports).sort(), [
      ".",
      "./cited_stats_bg.wasm",
      "./element",
      "./figures.json",
      "./package.json",
    ]);
    for (const entry of [".", "./element"]) {
      assert.deepEqual(Object.keys(exports[entry]), ["types", "default"], `${entry}: types first, then default`);
    }
    for (const target of [...exportTargets(exports), manifest.main, manifest.types]) {
      assert.ok(target.startsWith("./"), `${target} starts with ./`);
      assert.ok(files.includes(target.slice(2)), `${target} is in the tarball`);
    }
  });

  test("marks only the element entry as having side effects", () => {
    assert.deepEqual(manifest.sideEffects, ["./www/element.js"]);
    assert.ok(!manifest.sideEffects.includes(exportTargets(manifest.exports["."]).find((t) => t.endsWith(".js"))));
  });

  test("declares a type for every export of the main entry, and no more", () => {
    const runtime = runModule(
      `const m = await import("cited-stats"); console.log(JSON.stringify(Object.keys(m).sort()));`,
    );
    const declarations = readFileSync(join(pkgDir, "www/index.d.ts"), "utf8");
    const declared = [...declarations.matchAll(/^export (?:declare )?(?:function|const|class) (\w+)/gm)]
      .map((m) => m[1])
      .sort();
    assert.deepEqual(declared, runtime);
  });
});

describe("under Node (server-side rendering)", () => {
  test("both entries import without a DOM; init and loadDataset are functions; defining does nothing", () => {
    const seen = runModule(`
      const main = await import("cited-stats");
      const element = await import("cited-stats/element");
      main.defineCitedStats();
      console.log(JSON.stringify({
        init: typeof main.init, loadDataset: typeof main.loadDataset, define: typeof main.defineCitedStats,
        element: typeof main.CitedStatsElement, sameClass: element.CitedStatsElement === main.CitedStatsElement,
        sameInit: element.init === main.init,
      }));`);
    assert.deepEqual(seen, {
      init: "function",
      loadDataset: "function",
      define: "function",
      element: "function",
      sameClass: true,
      sameInit: true,
    });
  });

  test("the main entry registers nothing; the element entry registers <cited-stats>", () => {
    const seen = runModule(`
      const defined = [];
      globalThis.HTMLElement = class {};
      globalThis.customElements = { get: (name) => defined.find((d) => d.name === name)?.constructor, define: (name, constructor) => defined.push({ name, constructor }) };
      const main = await import("cited-stats");
      const afterMain = defined.map((d) => d.name);
      await import("cited-stats/element");
      console.log(JSON.stringify({ afterMain, afterElement: defined.map((d) => d.name), theClass: defined[0]?.constructor === main.CitedStatsElement }));`);
    assert.deepEqual(seen, { afterMain: [], afterElement: ["cited-stats"], theClass: true });
  });

  test("no shipped module uses top-level await", () => {
    const requireHere = createRequire(join(scratch, "index.js"));
    for (const path of files.filter((p) => p.endsWith(".js"))) {
      // Node refuses to require() an ES module graph with top-level await (ERR_REQUIRE_ASYNC_MODULE).
      assert.doesNotThrow(() => requireHere(join(pkgDir, path)), `${path} loads synchronously`);
    }
  });
});

describe("init() and loadDataset()", () => {
  const withDataset = `
    import { readFileSync } from "node:fs";
    import { fileURLToPath } from "node:url";
    const wasmFile = fileURLToPath(import.meta.resolve("cited-stats/cited_stats_bg.wasm"));
    const figures = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve("cited-stats/figures.json")), "utf8"));
    const { init, loadDataset } = await import("cited-stats");
    async function report(input) {
      const started = init(input);
      const again = init();
      await started;
      const handle = await loadDataset(figures);
      const bad = structuredClone(figures.slice(0, 3));
      // Without claims: the first three would leave a claim of one figure, named on its own.
      for (const figure of bad) delete figure.claim;
      bad[0].figure_offset += 1;
      bad[2].id = bad[1].id;
      const message = await loadDataset(bad).then(() => null, (error) => error.message);
      console.log(JSON.stringify({ sameStart: started === again, total: handle.total, expected: figures.length, message }));
    }`;

  /** Checks what `report` printed: the whole dataset loaded, the two broken records named. */
  function check(seen) {
    assert.equal(seen.sameStart, true, "a second init() shares the first start");
    assert.equal(seen.total, seen.expected);
    assert.ok(seen.expected > 0);
    assert.match(seen.message, /^dataset: record 1 \(id "[^"]+"\), field `figure_offset`: /m);
    assert.match(
      seen.message,
      /^dataset: record 3 \(id "[^"]+"\), field `id`: id "[^"]+" is already used by record 2$/m,
    );
    assert.equal(seen.message.split("\n").length, 2, seen.message);
  }

  test("from the module's bytes", () => {
    check(runModule(`${withDataset} await report(readFileSync(wasmFile));`));
  });

  test("from a Response", () => {
    check(
      runModule(
        `${withDataset} await report(new Response(readFileSync(wasmFile), { headers: { "Content-Type": "application/wasm" } }));`,
      ),
    );
  });

  test("from a URL", () => {
    check(
      runModule(`${withDataset}
      import { createServer } from "node:http";
      const server = createServer((request, response) => {
        response.writeHead(200, { "Content-Type": "application/wasm" });
        response.end(readFileSync(wasmFile));
      });
      await new Promise((done) => server.listen(0, "127.0.0.1", done));
      try {
        await report(new URL(\`http://127.0.0.1:\${server.address().port}/cited_stats_bg.wasm\`));
      } finally {
        server.close();
      }`),
    );
  });

  test("a dataset that is not an array of figures or a URL is refused by name", () => {
    const seen = runModule(`
      import { readFileSync } from "node:fs";
      import { fileURLToPath } from "node:url";
      const { init, loadDataset } = await import("cited-stats");
      await init(readFileSync(fileURLToPath(import.meta.resolve("cited-stats/cited_stats_bg.wasm"))));
      const messages = [];
      for (const source of [42, { figures: [] }, []]) messages.push(await loadDataset(source).then(() => null, (error) => error.message));
      console.log(JSON.stringify(messages));`);
    assert.equal(seen.length, 3);
    assert.match(seen[0], /^dataset: expected an array of figures or a URL, got number$/);
    assert.match(seen[1], /^dataset: expected an array of figures or a URL, got Object$/);
    assert.ok(seen[2], "an empty dataset is refused");
  });
});
