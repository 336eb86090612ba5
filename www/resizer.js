// cited-stats resizer, for pages that embed charts as <iframe src=".../embed.html?...">. Load it
// once: <script src=".../resizer.js" defer></script>. Each embed posts
// { type: "cited-stats:height", height } to its parent; this gives that iframe that height, and
// only when the message comes from the iframe's own window and from the origin of its src.
(() => {
  // The origin of a cited-stats embed's src (…/embed.html), or null for any other frame.
  const origin = (frame) => {
    try {
      const url = new URL(frame.src);
      return url.origin === "null" || !/\/embed\.html$/.test(url.pathname) ? null : url.origin;
    } catch {
      return null;
    }
  };
  addEventListener("message", (event) => {
    const data = event.data;
    const height = data && data.type === "cited-stats:height" ? data.height : NaN;
    if (!event.source || typeof height !== "number" || !(height >= 1 && height <= 20000)) return;
    for (const frame of document.querySelectorAll("iframe")) {
      if (frame.contentWindow === event.source && origin(frame) === event.origin) {
        frame.style.setProperty("height", `${Math.ceil(height)}px`, "important");
      }
    }
  });
  // Embeds that reported before this script ran are asked to report again.
  for (const frame of document.querySelectorAll("iframe")) {
    const to = origin(frame);
    if (to) frame.contentWindow?.postMessage({ type: "cited-stats:ask" }, to);
  }
})();
