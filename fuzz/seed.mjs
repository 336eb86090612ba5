// Writes the seed inputs of every fuzz target into fuzz/corpus/<target>/seed-*, from the project's
// own data and tests: records of data/figures.jsonl and data/figures.toml, the figures' words, the
// transcripts (whole, and their first and last lines), query strings written in the tests, and
// a few fixed byte strings for the layout. The committed corpora are these, minimised together
// with what the fuzzer found (`cargo fuzz cmin`). Run from the repository root:
// node fuzz/seed.mjs
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const read = (path) => readFileSync(join(root, path), "utf8");

function write(target, inputs) {
  const dir = join(root, "fuzz", "corpus", target);
  mkdirSync(dir, { recursive: true });
  const unique = new Set(inputs.map((input) => (typeof input === "string" ? Buffer.from(input) : input)));
  for (const bytes of unique) {
    const name = "seed-" + createHash("sha1").update(bytes).digest("hex").slice(0, 16);
    writeFileSync(join(dir, name), bytes);
  }
  console.log(`${target}: ${unique.size} seeds`);
}

const records = read("data/figures.jsonl").split("\n").filter((line) => line.trim());
const figures = records.map((line) => JSON.parse(line));

// dataset_json: JSON arrays of records; the byte after the JSON plants NaN or ±∞ (see the target).
write("dataset_json", [
  ...records.map((line, i) => `[${line}]` + [" ", "\x01", "\x06", "\x07"][i % 4]),
  `[${records.slice(0, 3).join(",\n")}] `,
  `[${records[0]},${records[0]}] `,
  "[] ",
  "[{}] ",
]);

// number_phrase: every figure's words, and phrases the reader's tests use.
const testPhrases = [...read("src/number/phrase/tests.rs").matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]);
write("number_phrase", [...figures.map((f) => f.figure_text), ...testPhrases]);

// query_url: query strings in the Rust and end-to-end tests.
const queryFiles = ["src/query/url/tests.rs", "tests/cli.rs", "tests/cli_svg.rs", "tests/query.rs"]
  .concat(readdirSync(join(root, "tests/e2e")).filter((f) => f.endsWith(".mjs")).map((f) => `tests/e2e/${f}`));
const queries = queryFiles.flatMap((file) =>
  [...read(file).matchAll(/"(\??[a-z]+=[^"\\]*(?:\\\s*[^"\\]*)*)"/g)].map((m) => m[1].replace(/\\\s*/g, "")),
);
write("query_url", [...queries, "", "?", "figure", "%zz=1", "debate=ok,%E2%80"]);

// curated_toml: each [[figure]] table of data/figures.toml alone, and the first three together.
const tables = read("data/figures.toml").split(/^(?=\[\[figure\]\])/m).slice(1);
write("curated_toml", [...tables, tables.slice(0, 3).join("\n")]);

// transcript: each transcript whole, its first 60 lines and its last 60 lines.
const transcripts = readdirSync(join(root, "data/transcripts")).filter((f) => f.endsWith(".txt"));
write(
  "transcript",
  transcripts.flatMap((file) => {
    const text = read(`data/transcripts/${file}`);
    const lines = text.split("\n");
    return [text, lines.slice(0, 60).join("\n"), lines.slice(-60).join("\n")];
  }),
);

// layout_hit: the target reads its case from bytes; fixed pseudo-random strings of a few lengths.
let state = 12345;
const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) >> 16;
write(
  "layout_hit",
  Array.from({ length: 24 }, (_, i) => Buffer.from(Array.from({ length: 16 + 8 * i }, () => next() & 255))),
);
