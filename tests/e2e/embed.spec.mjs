// The iframe page, www/embed.html?<the explorer's URL parameters>, and www/resizer.js, under the
// strict CSP: parameters reach the element (the view as its query, theme/height/scale/src as
// attributes), a bad one is named as a URL parameter, the widget fills the page's width, the page
// posts its height and the resizer sizes the iframe to it (also when the resizer arrives late, and
// from another origin), theme="auto" follows the host's color-scheme through the <iframe>, the
// build's static image of the view is the fallback until the chart is drawn and when it cannot be
// (a link to the explorer when there is none), and the <noscript> content shows without JavaScript.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import {
  addEmbedFrame,
  CHART_BACKGROUND,
  chartSettled,
  expect,
  markLayout,
  mostlyBackground,
  pagePoint,
  pixelsAround,
  readyRejection,
  singleMarks,
  test,
} from "./support.mjs";

const EL = "cited-stats";

/** The build's index of static fallback images (www/data/fallback/index.json), read from disk. */
function fallbackIndex() {
  const file = fileURLToPath(new URL("../../www/data/fallback/index.json", import.meta.url));
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file} is needed (npm run build makes it): ${error.message}`, { cause: error });
  }
}

/** The index's entry for `query` (the same parameters in any order). */
function listed(query) {
  const key = (q) =>
    [...new URLSearchParams(q)]
      .map(([k, v]) => `${k}=${v}`)
      .sort()
      .join("&");
  return fallbackIndex().views.find((view) => key(view.query) === key(query));
}

/** Holds every request for the wasm module until `release()` is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route("**/cited_stats_bg.wasm", async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  return () => release();
}

/** Loads the resizer the snippet names (dist/resizer.js, the build's minified resizer.js) into the
 * current page, as its <script src> would, and waits until it has run. */
function addResizer(page) {
  return page.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = url;
        script.addEventListener("load", resolve);
        script.addEventListener("error", () => reject(new Error(`${url} did not load`)));
        document.head.append(script);
      }),
    "/dist/resizer.js",
  );
}

/** Records, in the top page, every height an embed posts to it (window.__posted). */
function recordPosts(page) {
  return page.addInitScript(() => {
    if (window.parent !== window) return;
    window.__posted = [];
    addEventListener("message", (event) => {
      if (event.data?.type === "cited-stats:height") window.__posted.push(event.data.height);
    });
  });
}

/**
 * Another site, on another port of the loopback address: one page with `body` (the snippet) and a
 * stylesheet whose .dark class declares color-scheme: dark, under a strict CSP that allows frames,
 * scripts and images from `base`, the widget's origin.
 */
async function anotherSite(base, body) {
  const csp = `default-src 'self'; script-src 'self' ${base}; style-src 'self'; frame-src ${base}; img-src 'self' ${base}`;
  const html = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Another site (test)</title>
  <link rel="icon" href="${base}/explorer/icon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/site.css">
</head>
<body>
  <p>An article on another site.</p>
  ${body}
</body>
</html>`;
  const css =
    "body { margin: 0; padding: 8px; width: 800px; } iframe { border: 0; height: 100%; } :root.dark { color-scheme: dark; }";
  const server = createServer((request, response) => {
    const styles = request.url === "/site.css";
    response.writeHead(200, {
      "Content-Type": styles ? "text/css" : "text/html; charset=utf-8",
      "Content-Security-Policy": csp,
      "Cache-Control": "no-store",
    });
    response.end(styles ? css : html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * Opens the empty host page, records the heights posted to it, loads the resizer (unless
 * `resizer` is false), and adds the documented iframe of embed.html?`query`. Returns the iframe's
 * frame once its chart is drawn.
 */
async function embedIn(page, query, { resizer = true } = {}) {
  await recordPosts(page);
  await page.goto("/fixtures/host/blank.html");
  if (resizer) await addResizer(page);
  return addEmbedFrame(page, query, { loading: "lazy" });
}

/** The embed document's own height, and the iframe's. */
async function heights(page, frame) {
  return {
    inner: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
    iframe: await page.evaluate(() => document.getElementById("frame").clientHeight),
  };
}

/** Waits until the iframe is exactly as tall as its document and that height was posted last; returns it. */
async function sized(page, frame) {
  await expect
    .poll(
      async () => {
        const { inner, iframe } = await heights(page, frame);
        return { iframe: iframe - inner, posted: (await page.evaluate(() => window.__posted.at(-1))) - inner };
      },
      { message: "the iframe's height and the last posted height, minus the embed document's height" },
    )
    .toEqual({ iframe: 0, posted: 0 });
  return (await heights(page, frame)).inner;
}

test.describe("embed.html", () => {
  test("the view parameters become the element's query, the widget parameters its attributes; it fills the page's width", async ({
    page,
  }) => {
    await page.goto("/embed.html?topic=fostering&chart=bars&theme=dark&height=300&scale=log");
    const state = await chartSettled(page, EL);
    expect(state.query).toBe("chart=bars&topic=fostering");
    expect(state.problems).toEqual([]);
    const seen = await page.evaluate((sel) => {
      const element = document.querySelector(sel);
      const root = element.shadowRoot;
      const box = element.getBoundingClientRect();
      const canvas = root.querySelector("canvas.chart").getBoundingClientRect();
      return {
        attributes: Object.fromEntries([...element.attributes].map((a) => [a.name, a.value])),
        dark: root.querySelector(".frame").classList.contains("dark"),
        element: { x: box.x, y: box.y, width: box.width },
        page: document.documentElement.clientWidth,
        bodyMargin: getComputedStyle(document.body).margin,
        canvas: { width: canvas.width, height: canvas.height },
      };
    }, EL);
    expect(seen.attributes).toEqual({ theme: "dark", height: "300", scale: "log", loading: "eager" });
    expect(seen.dark).toBe(true);
    expect(seen.bodyMargin).toBe("0px");
    expect(seen.element).toEqual({ x: 0, y: 0, width: seen.page });
    expect(seen.canvas).toEqual({ width: seen.page, height: 300 });
    const layout = await markLayout(page, EL);
    expect(layout.options.scale).toBe("log");
    expect(
      mostlyBackground(await pixelsAround(page, layout.empty[layout.empty.length - 1], 2, EL), CHART_BACKGROUND.dark),
    ).toBe(true);
  });

  test("a bad URL parameter is named as one, and the rest of the view still shows", async ({ page }) => {
    await page.goto("/embed.html?chart=pie&topic=fostering&colour=red&height=10");
    const state = await chartSettled(page, EL);
    const message = page.locator(`${EL} .message`);
    await expect(message).toBeVisible();
    await expect(message).toContainText('URL parameter `chart`: "pie"');
    await expect(message).toContainText('URL parameter `colour`: "red"');
    await expect(message).toContainText('`height`: "10"');
    expect(state.query).toBe("topic=fostering");
    expect(state.indices.length).toBeGreaterThan(0);
    expect((await markLayout(page, EL)).marks.length).toBeGreaterThan(0);
  });

  test("posts its height; the resizer gives the iframe that height, as the card opens and closes", async ({ page }) => {
    const frame = await embedIn(page, "chart=bars&topic=care-leavers&height=300");
    const closed = await sized(page, frame);
    expect(closed).toBeGreaterThanOrEqual(300);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);

    const mark = singleMarks(await markLayout(frame, EL))[0];
    const point = await pagePoint(frame, mark.centre, EL);
    await page.mouse.click(point.x, point.y);
    await expect(frame.locator(`${EL} .card`)).toBeVisible();
    const open = await sized(page, frame);
    expect(open).toBeGreaterThan(closed);

    await frame.locator(`${EL} .card button.close`).click();
    await expect(frame.locator(`${EL} .card`)).toBeHidden();
    expect(await sized(page, frame)).toBe(closed);
  });

  test("a resizer that starts after the embed has reported asks it again", async ({ page }) => {
    const frame = await embedIn(page, "chart=counts&group=topic", { resizer: false });
    const { inner } = await heights(page, frame);
    await expect.poll(() => page.evaluate(() => window.__posted.at(-1))).toBe(inner);
    // Without the resizer the host's own rule (height: 100% of an auto-height body) decides.
    expect((await heights(page, frame)).iframe).not.toBe(inner);
    await addResizer(page);
    expect(await sized(page, frame)).toBe(inner);
  });

  test.describe("embedded from another origin", () => {
    // No emulated preference: a DevTools override of prefers-color-scheme applies to every frame.
    test.use({ colorScheme: null });

    test("the documented snippet on another site: the resizer sizes the iframe, and theme=auto follows the host's color-scheme", async ({
      page,
      baseURL,
    }) => {
      const query = "chart=timeline&topic=workforce";
      const host = await anotherSite(
        baseURL,
        [
          `<iframe id="frame" src="${baseURL}/embed.html?${query.replace("&", "&amp;")}" title="Figures on the workforce quoted in Parliament" width="100%" height="480" loading="lazy"></iframe>`,
          `<script src="${baseURL}/dist/resizer.js" defer></script>`,
        ].join("\n"),
      );
      try {
        await recordPosts(page);
        await page.goto(`${host.origin}/`);
        const frame = await (await page.locator("#frame").elementHandle()).contentFrame();
        await frame.waitForLoadState("load");
        expect(await frame.evaluate(() => location.origin)).toBe(baseURL);
        expect(host.origin).not.toBe(baseURL);
        await chartSettled(frame, EL);
        await sized(page, frame);

        const dark = () =>
          frame.evaluate(
            (sel) => document.querySelector(sel).shadowRoot.querySelector(".frame").classList.contains("dark"),
            EL,
          );
        expect(await dark()).toBe(false);
        await page.evaluate(() => document.documentElement.classList.add("dark"));
        await expect.poll(dark).toBe(true);
        await chartSettled(frame, EL);
        const layout = await markLayout(frame, EL);
        expect(layout.options.theme).toBe("dark");
        expect(
          mostlyBackground(
            await pixelsAround(frame, layout.empty[layout.empty.length - 1], 2, EL),
            CHART_BACKGROUND.dark,
          ),
        ).toBe(true);
        await page.evaluate(() => document.documentElement.classList.remove("dark"));
        await expect.poll(dark).toBe(false);
      } finally {
        await new Promise((resolve) => host.server.close(resolve));
      }
    });
  });
});

test.describe("embed.html's fallback", () => {
  test("the build's static image of the view shows until the chart is drawn, then gives way", async ({ page }) => {
    const query = "chart=bars&topic=care-leavers";
    const entry = listed(query);
    expect(entry, `data/fallback/index.json lists ${query}`).toBeTruthy();
    const release = await holdWasm(page);
    await page.goto(`/embed.html?topic=care-leavers&chart=bars`);
    const image = page.locator(`${EL} > figure.still img`);
    await expect(image).toBeVisible();
    // Visible comes before loaded on a busy machine: wait for the picture itself.
    await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await image.evaluate((img) => new URL(img.currentSrc).pathname)).toBe(
      `/data/fallback/${entry.slug}.light.svg`,
    );
    await expect(image).toHaveAttribute(
      "alt",
      new RegExp(`^${entry.description.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
    );
    expect(await page.evaluate((sel) => document.querySelector(sel).state, EL)).toBeNull();
    release();
    await chartSettled(page, EL);
    await expect(image).toBeHidden();
  });

  test("a view the index lists only in the core's canonical form still gets its image", async ({ page }) => {
    await page.goto("/embed.html?chart=timeline&topic=care-leavers");
    const state = await chartSettled(page, EL);
    const entry = listed(state.query);
    expect(entry, `data/fallback/index.json lists ${state.query}`).toBeTruthy();
    expect(listed("chart=timeline&topic=care-leavers"), "the URL's own form is not listed").toBeUndefined();
    await expect(page.locator(`${EL} > figure.still img`)).toHaveAttribute(
      "src",
      new RegExp(`/data/fallback/${entry.slug}.light.svg$`),
    );
  });

  test("with theme=dark the fallback is the dark image", async ({ page }) => {
    const entry = listed("chart=counts");
    expect(entry).toBeTruthy();
    const release = await holdWasm(page);
    await page.goto("/embed.html?chart=counts&theme=dark");
    const image = page.locator(`${EL} > figure.still img`);
    await expect(image).toBeVisible();
    // Visible comes before chosen and loaded on a busy machine (currentSrc is empty until then).
    await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await image.evaluate((img) => new URL(img.currentSrc).pathname)).toBe(
      `/data/fallback/${entry.slug}.dark.svg`,
    );
    release();
  });

  test("when the wasm cannot start, the image of a listed view, or a link to the explorer, stays in the chart's place", async ({
    page,
  }) => {
    await page.route("**/cited_stats_bg.wasm", (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("not a wasm module") }),
    );
    await page.goto("/embed.html?chart=dots");
    const failed = await readyRejection(page, EL);
    expect(failed).toMatch(/WebAssembly|wasm|magic/i);
    await expect(page.locator(`${EL} .message`)).toContainText("cited-stats could not show this chart.");
    const image = page.locator(`${EL} > figure.still img`);
    await expect(image).toBeVisible();
    expect(await image.getAttribute("src")).toMatch(
      new RegExp(`/data/fallback/${listed("chart=dots").slug}.light.svg$`),
    );

    await page.goto("/embed.html?q=foster&chart=bars");
    await page.evaluate((sel) => document.querySelector(sel).ready.catch(() => {}), EL);
    expect(listed("chart=bars&q=foster")).toBeUndefined();
    const link = page.locator(`${EL} > .explorer-link a`);
    await expect(link).toBeVisible();
    expect(new URL(await link.getAttribute("href")).pathname).toBe("/index.html");
    expect(new URL(await link.getAttribute("href")).search).toBe("?q=foster&chart=bars");
    await expect(page.locator(`${EL} figure.still`)).toHaveCount(0);
  });
});

test.describe("embed.html without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the <noscript> content explains, links to the explorer and shows the default view, labelled as such", async ({
    page,
  }) => {
    const entry = listed("");
    expect(entry, "data/fallback/index.json lists the default view").toBeTruthy();
    const images = [];
    page.on("response", (response) => {
      if (response.url().includes("/data/fallback/"))
        images.push([new URL(response.url()).pathname, response.status()]);
    });
    await page.goto("/embed.html?chart=bars&topic=care-leavers");
    const box = page.locator(".noscript");
    await expect(box).toBeVisible();
    await expect(box).toContainText("needs JavaScript");
    await expect(box).toContainText("cannot read which view was asked for");
    const link = box.locator("a");
    await expect(link).toHaveAttribute("href", "index.html");
    const image = box.locator("img");
    await expect(image).toBeVisible();
    await expect(image).toHaveAttribute("src", `data/fallback/${entry.slug}.light.svg`);
    await expect(image).toHaveAttribute("alt", /all figures/i);
    await expect(box.locator("figcaption")).toContainText("All figures");
    await expect(box.locator("source")).toHaveAttribute("srcset", `data/fallback/${entry.slug}.dark.svg`);
    expect(images).toEqual([[`/data/fallback/${entry.slug}.light.svg`, 200]]);
    const size = await image.boundingBox();
    expect(size.width).toBeGreaterThan(100);
    await expect(page.locator(EL)).toHaveCount(0);
  });
});
