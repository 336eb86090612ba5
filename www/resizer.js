// cited-stats resizer, for pages that embed charts as <iframe src=".../embed.html?...">. Load it
// once: <script src=".../dist/resizer.js" defer></script> (this file as the build minifies it;
// this one stays served for snippets that name it). Each embed posts
// { type: "cited-stats:height", height } to its parent; this gives that iframe that height, and
// only when the message comes from the iframe's own window, from the origin of its src, and that
// origin is one the page names: data-origins="https://a.example https://b.example" on this script
// tag, or by default the origin this script is served from. Heights above 6,000 CSS px are cut to
// 6,000; a height that is not a number from 1 to 20,000 is ignored.
(() => {
  const MAX_HEIGHT = 6000;
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  const named = script && script.dataset.origins && script.dataset.origins.trim();
  // Without a script element to read (the code inlined into another script), the page's own origin.
  const allowed = new Set(
    (named ? named.split(/\s+/) : [script && script.src ? script.src : location.href])
      .map((text) => {
        try {
          return new URL(text, location.href).origin;
        } catch {
          return "null";
        }
      })
      .filter((origin) => origin !== "null"),
  );
  // The origin of a cited-stats embed's src (…/embed.html) on an allowed origin, or null.
  const origin = (/** @type {HTMLIFrameElement} */ frame) => {
    try {
      const url = new URL(frame.src);
      return !allowed.has(url.origin) || !/\/embed\.html$/.test(url.pathname) ? null : url.origin;
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
        frame.style.setProperty("height", `${Math.ceil(Math.min(height, MAX_HEIGHT))}px`, "important");
      }
    }
  });
  // Embeds that reported before this script ran are asked to report again.
  for (const frame of document.querySelectorAll("iframe")) {
    const to = origin(frame);
    if (to) frame.contentWindow?.postMessage({ type: "cited-stats:ask" }, to);
  }
})();
