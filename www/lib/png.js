// PNG export: the drawn chart with a source line under it, so a shared image still says where its
// figures come from.

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
  return new Promise((resolve, reject) => {
    out.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))),
      "image/png",
    );
  });
}
