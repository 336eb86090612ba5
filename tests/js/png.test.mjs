// The PNG's text chunk writer (www/lib/png.js): the view's sentence goes into the downloaded PNG as
// its "Description", an iTXt chunk (UTF-8) after the header chunk, with the CRC every
// chunk carries. Checked against Node's own CRC-32 (zlib) and read back by a reader of its own.
import assert from "node:assert/strict";
import { test } from "node:test";
import { crc32 as zlibCrc32, deflateSync, inflateSync } from "node:zlib";

import { crc32, described, textChunk, withText } from "../../www/lib/png.js";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * One chunk as PNG writes it, made here with zlib's CRC (not the one under test).
 * @param {string} type
 * @param {Uint8Array} data
 */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(zlibCrc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A whole 2×1 RGB PNG: one red and one blue pixel. */
function tinyPng() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 0, 255]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from(SIGNATURE),
      chunk("IHDR", header),
      chunk("IDAT", pixels),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}

/**
 * Every chunk of a PNG file: `{ type, data, crcOk }`; throws on a bad signature or a chunk cut short.
 * @param {Uint8Array} bytes
 */
function chunks(bytes) {
  const buffer = Buffer.from(bytes);
  assert.deepEqual([...buffer.subarray(0, 8)], SIGNATURE);
  const out = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    assert.ok(at + 12 + length <= buffer.length, "chunk cut short");
    const type = buffer.toString("latin1", at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    const crcOk = buffer.readUInt32BE(at + 8 + length) === zlibCrc32(buffer.subarray(at + 4, at + 8 + length));
    out.push({ type, data, crcOk });
    at += 12 + length;
  }
  return out;
}

/**
 * The keyword and text of a tEXt or iTXt chunk's data (iTXt uncompressed only).
 * @param {string} type
 * @param {Buffer} data
 */
function readText(type, data) {
  const nul = data.indexOf(0);
  const keyword = data.toString("latin1", 0, nul);
  if (type === "tEXt") return { keyword, text: data.toString("latin1", nul + 1) };
  assert.equal(data[nul + 1], 0, "iTXt compression flag");
  assert.equal(data[nul + 2], 0, "iTXt compression method");
  const language = data.indexOf(0, nul + 3);
  const translated = data.indexOf(0, language + 1);
  return { keyword, text: new TextDecoder("utf-8", { fatal: true }).decode(data.subarray(translated + 1)) };
}

test("crc32 is CRC-32 as PNG and zlib compute it", () => {
  assert.equal(crc32(new TextEncoder().encode("123456789")), 0xcbf43926);
  assert.equal(crc32(new TextEncoder().encode("IEND")), 0xae426082);
  const bytes = new Uint8Array(1000).map((_, i) => (i * 37 + 11) & 0xff);
  assert.equal(crc32(bytes), zlibCrc32(bytes));
  assert.equal(crc32(new Uint8Array()), 0);
});

test("a sentence is an iTXt chunk with a correct CRC, ASCII or not", () => {
  const ascii = chunks(Uint8Array.from([...SIGNATURE, ...textChunk("Description", "Counts: 3 figures")]));
  assert.deepEqual(
    ascii.map(({ type, crcOk }) => ({ type, crcOk })),
    [{ type: "iTXt", crcOk: true }],
  );
  assert.deepEqual(readText("iTXt", ascii[0].data), { keyword: "Description", text: "Counts: 3 figures" });

  const sentence = "Value bars: 6 figures in £ from £5 to £200m, quoted 2009–2022 by 4 speakers";
  const utf8 = chunks(Uint8Array.from([...SIGNATURE, ...textChunk("Description", sentence)]));
  assert.deepEqual(
    utf8.map(({ type, crcOk }) => ({ type, crcOk })),
    [{ type: "iTXt", crcOk: true }],
  );
  assert.deepEqual(readText("iTXt", utf8[0].data), { keyword: "Description", text: sentence });
});

test("withText puts the chunk after IHDR and leaves the image as it was", () => {
  const png = tinyPng();
  const sentence = "Timeline: 126 figures, quoted 2009–2022 and undated by 9 speakers, in lanes by topic";
  const out = withText(png, "Description", sentence);
  const read = chunks(out);
  assert.deepEqual(
    read.map((c) => c.type),
    ["IHDR", "iTXt", "IDAT", "IEND"],
  );
  assert.ok(read.every((c) => c.crcOk));
  assert.deepEqual(readText("iTXt", read[1].data), { keyword: "Description", text: sentence });
  // The other chunks are byte for byte the original's, and the pixels decode the same.
  const before = chunks(png);
  assert.deepEqual(
    read.filter((c) => c.type !== "iTXt").map((c) => [c.type, [...c.data]]),
    before.map((c) => [c.type, [...c.data]]),
  );
  assert.deepEqual([...inflateSync(read[2].data)], [0, 255, 0, 0, 0, 0, 255]);
});

test("withText refuses bytes that do not start with a PNG header chunk", () => {
  assert.throws(() => withText(new Uint8Array(40), "Description", "x"), /no header chunk/);
});

test("described adds the sentence to a PNG blob, and leaves it alone without one", async () => {
  const blob = new Blob([tinyPng()], { type: "image/png" });
  assert.equal(await described(blob, null), blob);
  const out = await described(blob, "Counts: 2 figures");
  assert.equal(out.type, "image/png");
  const read = chunks(new Uint8Array(await out.arrayBuffer()));
  assert.deepEqual(readText(read[1].type, read[1].data), { keyword: "Description", text: "Counts: 2 figures" });
});
