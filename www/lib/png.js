// PNG export: the drawn chart with a source line under it, so a shared image still says where its
// figures come from, and the view's one-sentence summary as the image's own "Description" text (an
// iTXt chunk: UTF-8, for "£" and "–"), so the alt text travels with the file. Imports nothing.

/**
 * @param {HTMLCanvasElement} chart the drawn chart (backing store at the device-pixel ratio)
 * @param {number} dpr
 * @param {string} sourceLine
 * @param {{ background: string, text: string }} colours
 * @returns {Promise<Blob>}
 */
export function chartPng(chart, dpr, sourceLine, colours) {
  const lineHeight = Math.round(24 * dpr);
  const out = document.createElement("canvas");
  out.width = chart.width;
  out.height = chart.height + lineHeight;
  const context = out.getContext("2d");
  if (!context) return Promise.reject(new Error("the browser could not give a canvas to draw the PNG on"));
  context.fillStyle = colours.background;
  context.fillRect(0, 0, out.width, out.height);
  context.drawImage(chart, 0, 0);
  context.fillStyle = colours.text;
  context.font = `${Math.round(12 * dpr)}px system-ui, "DejaVu Sans", sans-serif`;
  context.textBaseline = "middle";
  context.fillText(sourceLine, Math.round(8 * dpr), chart.height + lineHeight / 2, out.width - 16 * dpr);
  // The view's sentence, from the element whose shadow root holds the chart (its `summary()`).
  const host = /** @type {{ host?: { summary?: () => string | null } }} */ (chart.getRootNode()).host;
  const summary = host?.summary?.();
  return new Promise((resolve, reject) => {
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))),
      "image/png",
    );
  }).then((blob) => described(/** @type {Blob} */ (blob), summary));
}

/**
 * CRC-32 of `bytes` (ISO 3309, as every PNG chunk carries).
 * @param {Uint8Array} bytes
 */
export function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/**
 * One PNG iTXt chunk, whole (length, type, data, CRC): the keyword (Latin-1, 1–79 characters, as
 * PNG's are; ASCII here), uncompressed, with no language tag, then the text in UTF-8.
 * @param {string} keyword
 * @param {string} text
 */
export function textChunk(keyword, text) {
  // The type, then the data: keyword, NUL, compression flag and method (0, 0), the language tag
  // and translated keyword (both empty, each ended by NUL), the text. The CRC covers both.
  const typed = new TextEncoder().encode(`iTXt${keyword}\0\0\0\0\0${text}`);
  const chunk = new Uint8Array(typed.length + 8);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, typed.length - 4);
  chunk.set(typed, 4);
  view.setUint32(typed.length + 4, crc32(typed));
  return chunk;
}

/**
 * `png` (a whole PNG file) with a text chunk placed right after its header chunk, where readers
 * find it before the image data.
 * @param {Uint8Array} png
 * @param {string} keyword
 * @param {string} text
 */
export function withText(png, keyword, text) {
  // The 8-byte signature, then IHDR: 4 bytes of length, 4 of type, 13 of data, 4 of CRC.
  const end = 33;
  if (String.fromCharCode(...png.subarray(12, 16)) !== "IHDR") throw new Error("the chart's PNG has no header chunk");
  const chunk = textChunk(keyword, text);
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, end));
  out.set(chunk, end);
  out.set(png.subarray(end), end + chunk.length);
  return out;
}

/**
 * The PNG `blob` with `summary` as its "Description" (the blob as it is when there is none).
 * @param {Blob} blob
 * @param {string | null | undefined} summary
 */
export async function described(blob, summary) {
  if (!summary) return blob;
  const png = new Uint8Array(await blob.arrayBuffer());
  return new Blob([withText(png, "Description", summary)], { type: "image/png" });
}
