// A realistic host page (fixtures/host/: an article whose site stylesheet has blunt global rules —
// `* { box-sizing: content-box }`, `canvas { width: 50% }`, `iframe { height: 100% }` — a dark-mode
// toggle, three <cited-stats> elements and one iframe of embed.html with resizer.js), served with
// the strict CSP: every widget draws, sizes itself, answers hover and keyboard, and follows the
// host's theme; one wasm download serves the three elements; each keeps its own state and its own
// problems; the element's light-DOM fallback shows until it draws; the resizer ignores forged
// messages.
import {
  CHART_BACKGROUND,
  FIGURES,
  chartSettled,
  expect,
  frames,
  markLayout,
  mostlyBackground,
  pagePoint,
  pixelsAround,
  singleMarks,
  test,
} from "./support.mjs";

const HOST = "/fixtures/host/";
const ELEMENTS = ["#first", "#second", "#far"];
/** In the embed page, the one element. */
const EMBEDDED = "cited-stats";

/** The embed page's frame (once its document has loaded). */
async function embedFrame(page) {
  const frame = await (await page.locator("#frame").elementHandle()).contentFrame();
  await frame.waitForLoadState("load");
  return frame;
}

/** Opens the host page, starts the far element by scrolling to it, and waits until everything has drawn. */
async function openHost(page) {
  await page.goto(HOST);
  for (const el of ELEMENTS) {
    await page.locator(el).scrollIntoViewIfNeeded();
    await chartSettled(page, el);
  }
  await page.locator("#frame").scrollIntoViewIfNeeded();
  const frame = await embedFrame(page);
  await chartSettled(frame, EMBEDDED);
  await iframeSized(page, frame);
  return frame;
}

/** Waits until the iframe is as tall as the document inside it (the height it posts), and returns that height. */
async function iframeSized(page, frame) {
  const read = async () => ({
    inner: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
    outer: await page.evaluate(() => document.getElementById("frame").clientHeight),
  });
  await expect
    .poll(
      async () => {
        const { inner, outer } = await read();
        return outer - inner;
      },
      { message: "the iframe's height minus its document's" },
    )
    .toBe(0);
  return (await read()).inner;
}

/** Every widget on the page: [page or frame, selector, name]. */
function widgets(page, frame) {
  return [...ELEMENTS.map((el) => [page, el, el]), [frame, EMBEDDED, "the iframe"]];
}

/** How many opaque pixels of the chart inside `bbox` (CSS px) are not the background `rgb`. */
function inkIn(where, bbox, rgb, selector) {
  return where.evaluate(
    ([sel, box, bg]) => {
      const canvas = document.querySelector(sel).shadowRoot.querySelector("canvas.chart");
      const dpr = canvas.width / canvas.clientWidth;
      const [x, y] = [Math.floor(box.xCssPx * dpr), Math.floor(box.yCssPx * dpr)];
      const [w, h] = [Math.max(1, Math.ceil(box.widthCssPx * dpr)), Math.max(1, Math.ceil(box.heightCssPx * dpr))];
      const data = canvas.getContext("2d").getImageData(x, y, w, h).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] === 255 && bg.some((c, k) => Math.abs(data[i + k] - c) > 2)) ink += 1;
      }
      return ink;
    },
    [selector, bbox, rgb],
  );
}

/**
 * Which background the chart's empty places show: of up to 15 points where no mark is (spread
 * over the plot), how many are the light and how many the dark background (labels and gridlines
 * may cover a few).
 */
async function backgrounds(where, selector) {
  const layout = await markLayout(where, selector);
  const step = Math.max(1, Math.floor(layout.empty.length / 15));
  const points = layout.empty.filter((_, k) => k % step === 0).slice(0, 15);
  const count = { light: 0, dark: 0, of: points.length };
  for (const point of points) {
    const pixels = await pixelsAround(where, point, 2, selector);
    for (const theme of ["light", "dark"]) if (mostlyBackground(pixels, CHART_BACKGROUND[theme])) count[theme] += 1;
  }
  return count;
}

/** Checks that the chart's background is `theme`'s, at most places and at none in the other theme's. */
async function expectBackground(where, selector, theme, name) {
  const count = await backgrounds(where, selector);
  const other = theme === "light" ? "dark" : "light";
  expect(count.of, `${name}: empty points`).toBeGreaterThan(3);
  expect(count[theme], `${name}: empty places with the ${theme} background (of ${count.of})`).toBeGreaterThan(
    count.of / 2,
  );
  expect(count[other], `${name}: empty places with the ${other} background`).toBe(0);
}

/** A mark standing for one figure (one the core's hit test finds at its centre), from the middle of the chart. */
function middleMark(layout) {
  const marks = singleMarks(layout);
  expect(marks.length, "marks standing for one figure").toBeGreaterThan(0);
  return marks[Math.floor(marks.length / 2)];
}

test.describe("a host page with a hostile stylesheet", () => {
  test("every widget draws and sizes itself; the iframe takes the height it posts, not 100% of anything", async ({
    page,
  }) => {
    const posted = [];
    await page.exposeFunction("__e2ePosted", (height) => posted.push(height));
    await page.addInitScript(() => {
      if (window.parent !== window) return;
      addEventListener("message", (event) => {
        if (event.data?.type === "cited-stats:height") window.__e2ePosted(event.data.height);
      });
    });
    const frame = await openHost(page);
    for (const [where, el, name] of widgets(page, frame)) {
      const layout = await markLayout(where, el);
      const mark = middleMark(layout);
      expect(
        await inkIn(where, mark.bbox, CHART_BACKGROUND.light, el),
        `${name}: a mark is drawn in its box`,
      ).toBeGreaterThan(0);
      await expectBackground(where, el, "light", name);
      const size = await where.evaluate((sel) => {
        const element = document.querySelector(sel);
        const style = getComputedStyle(element);
        const px = (name) => parseFloat(style[name]);
        const content =
          element.getBoundingClientRect().width -
          px("paddingLeft") -
          px("paddingRight") -
          px("borderLeftWidth") -
          px("borderRightWidth");
        const canvas = element.shadowRoot.querySelector("canvas.chart");
        const box = canvas.getBoundingClientRect();
        const asked = Number(element.getAttribute("height") ?? 420);
        return {
          content,
          canvas: box.width,
          height: box.height,
          asked,
          backing: canvas.width / (window.devicePixelRatio || 1),
        };
      }, el);
      expect(size.canvas, `${name}: the canvas is as wide as the element's content box`).toBe(Math.floor(size.content));
      expect(size.backing, `${name}: the backing store matches the CSS width`).toBe(size.canvas);
      expect(size.height, `${name}: the canvas has the height asked for`).toBe(size.asked);
    }
    // The site's content-box rule does reach the element: the canvas fills the box inside its padding and border.
    expect(await page.evaluate(() => getComputedStyle(document.getElementById("first")).boxSizing)).toBe("content-box");

    const height = await iframeSized(page, frame);
    await expect.poll(() => posted.at(-1)).toBe(height);
    expect(await page.evaluate(() => document.getElementById("frame").getAttribute("height"))).toBe("480");
    // Nothing inside the frame scrolls: all of it is shown.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
  });

  test("hover on each widget, the iframe's too, shows the words of the figure under the pointer", async ({ page }) => {
    const frame = await openHost(page);
    for (const [where, el, name] of widgets(page, frame)) {
      const layout = await markLayout(where, el);
      const mark = middleMark(layout);
      const point = await pagePoint(where, mark.centre, el);
      await page.mouse.move(point.x, point.y);
      const words = where.locator(`${el} .tooltip .words`);
      await expect(words, name).toBeVisible();
      await expect(words, name).toHaveText(`“${FIGURES[mark.figures[0]].figure_text}”`);
      await page.mouse.move(1, 1);
      await expect(words, name).toBeHidden();
    }
  });

  test("keyboard: Tab into each chart, an arrow names the first mark, Enter opens its card, Escape closes it", async ({
    page,
  }) => {
    const frame = await openHost(page);
    const starts = {
      "#first": "#before-first",
      "#second": "#before-second",
      "#far": "#before-far",
      "the iframe": "#before-frame",
    };
    for (const [where, el, name] of widgets(page, frame)) {
      const layout = await markLayout(where, el);
      const first = layout.marks[0];
      const heightBefore = await page.evaluate(() => document.getElementById("frame").clientHeight);
      await page.focus(starts[name]);
      await page.keyboard.press("Tab");
      const focused = () =>
        where.evaluate((sel) => {
          const element = document.querySelector(sel);
          return document.activeElement === element && element.shadowRoot.activeElement?.classList.contains("overlay");
        }, el);
      expect(await focused(), `${name}: Tab reached the chart`).toBe(true);
      await page.keyboard.press("ArrowRight");
      await expect(where.locator(`${el} .live`)).toHaveText(`${first.description}. Mark 1 of ${layout.marks.length}.`);
      await page.keyboard.press("Enter");
      const card = where.locator(`${el} .card`);
      await expect(card).toBeVisible();
      const figure = FIGURES[first.figures[0]];
      await expect(card.locator("blockquote mark")).toHaveText(figure.figure_text);
      await expect(card.locator("h2")).toContainText(figure.measure);
      if (where === frame) {
        // The card made the embed page taller: the iframe grew to the height it posted.
        const grown = await iframeSized(page, frame);
        expect(grown).toBeGreaterThan(heightBefore);
      }
      await page.keyboard.press("Escape");
      await expect(card).toBeHidden();
      expect(await focused(), `${name}: Escape returned to the chart`).toBe(true);
      if (where === frame) expect(await iframeSized(page, frame)).toBe(heightBefore);
    }
  });

  test("one wasm download and one dataset download serve the three elements; each keeps its own state", async ({
    page,
  }) => {
    const fetched = [];
    page.on("request", (request) => {
      if (request.frame() === page.mainFrame()) fetched.push(new URL(request.url()).pathname);
    });
    await openHost(page);
    expect(fetched.filter((path) => path.endsWith(".wasm"))).toEqual(["/pkg/cited_stats_bg.wasm"]);
    // The built-in dataset's first part once for all three; its detail part at most once.
    expect(fetched.filter((path) => path.endsWith("figures-first.json"))).toEqual(["/data/figures-first.json"]);
    expect(fetched.filter((path) => path.endsWith("figures-detail.json")).length).toBeLessThanOrEqual(1);
    expect(fetched.filter((path) => path.endsWith("/figures.json"))).toEqual([]);

    const before = await page.evaluate(
      (els) => els.map((sel) => document.querySelector(sel).state),
      ["#second", "#far"],
    );
    const searched = await page.evaluate(async () => {
      const first = document.getElementById("first");
      const draws = first.__e2eDraws;
      first.setAttribute("q", "staying");
      await new Promise((resolve) => {
        const wait = () => (first.__e2eDraws > draws ? resolve() : requestAnimationFrame(wait));
        wait();
      });
      return first.state;
    });
    expect(searched.query).toBe("chart=bars&topic=care-leavers&q=staying");
    expect(searched.search).toBe("staying");
    await frames(page);
    const after = await page.evaluate(
      (els) => els.map((sel) => document.querySelector(sel).state),
      ["#second", "#far"],
    );
    expect(after).toEqual(before);
    expect(after.map((s) => s.search)).toEqual(["", ""]);
  });

  test("a bad attribute on one element is named in that element only, and it still draws", async ({ page }) => {
    await openHost(page);
    await page.evaluate(() => document.getElementById("second").setAttribute("unit", "furlongs"));
    await expect(page.locator("#second .message")).toBeVisible();
    await expect(page.locator("#second .message")).toContainText('attribute `unit`: "furlongs"');
    await chartSettled(page, "#second");
    await expect(page.locator("#second canvas.chart")).toBeVisible();
    for (const el of ["#first", "#far"]) await expect(page.locator(`${el} .message`)).toBeHidden();
    await expect(page.frameLocator("#frame").locator(`${EMBEDDED} .message`)).toBeHidden();
    expect((await markLayout(page, "#second")).marks.length).toBeGreaterThan(0);
  });

  test("an element's own fallback content shows until its chart is drawn, then gives way", async ({ page }) => {
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route("**/cited_stats_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(HOST);
    await page.locator("#second").scrollIntoViewIfNeeded();
    const preview = page.locator("#second > img");
    await expect(preview).toBeVisible();
    expect(await preview.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.evaluate(() => document.getElementById("second").state)).toBeNull();
    release();
    await chartSettled(page, "#second");
    await expect(preview).toBeHidden();
    await expect(page.locator("#second canvas.chart")).toBeVisible();
  });

  test("the resizer ignores messages from other windows, from a frame whose origin is not its src's, and bad heights", async ({
    page,
  }) => {
    const frame = await openHost(page);
    const embedHeight = await iframeSized(page, frame);
    // Two more frames of a page that is not an embed: one ordinary, one sandboxed without
    // allow-same-origin (so its origin is opaque and not the origin of its src).
    await page.evaluate(() => {
      window.__e2eSeen = [];
      // Added after the resizer's listener, so a message seen here has been through the resizer.
      addEventListener("message", (event) => {
        if (event.data?.nonce) window.__e2eSeen.push(event.data.nonce);
      });
      window.__e2eStyles = [];
      // Every height the resizer gives the embed's iframe from now on.
      new MutationObserver(() => window.__e2eStyles.push(document.getElementById("frame").style.height)).observe(
        document.getElementById("frame"),
        { attributes: true, attributeFilter: ["style"] },
      );
      for (const [id, sandbox] of [
        ["plain", null],
        ["sandboxed", "allow-scripts"],
      ]) {
        const iframe = document.createElement("iframe");
        iframe.id = id;
        iframe.title = `not an embed (${id})`;
        if (sandbox) iframe.setAttribute("sandbox", sandbox);
        iframe.src = "/fixtures/host/forger.html";
        document.querySelector("article").append(iframe);
      }
    });
    const forger = async (id) => {
      const inner = await (await page.locator(`#${id}`).elementHandle()).contentFrame();
      await inner.waitForLoadState("load");
      return inner;
    };
    const plain = await forger("plain");
    const sandboxed = await forger("sandboxed");
    expect(await sandboxed.evaluate(() => origin)).toBe("null");
    const heights = () =>
      page.evaluate(() => ["frame", "plain", "sandboxed"].map((id) => document.getElementById(id).clientHeight));
    const [, plainHeight, sandboxedHeight] = await heights();
    const send = (where, data) =>
      where.evaluate((message) => {
        window.parent.postMessage(message, "*");
      }, data);
    const seen = (nonce) => page.waitForFunction((n) => window.__e2eSeen.includes(n), nonce);

    // The host page's own window (not any iframe's) claims a height.
    await send(page, { type: "cited-stats:height", height: 77, nonce: "top" });
    await seen("top");
    // The sandboxed frame: its window is an iframe's, but its origin ("null") is not its src's.
    await send(sandboxed, { type: "cited-stats:height", height: 78, nonce: "sandboxed" });
    await seen("sandboxed");
    // Bad heights from the ordinary frame.
    const bad = [
      ["string", "300"],
      ["negative", -5],
      ["zero", 0],
      ["huge", 1e7],
      ["missing", undefined],
      ["NaN", Number.NaN],
      ["infinite", Number.POSITIVE_INFINITY],
    ];
    for (const [nonce, height] of bad) {
      await send(plain, { type: "cited-stats:height", height, nonce });
      await seen(nonce);
    }
    await send(plain, { type: "something-else", height: 300, nonce: "other type" });
    await seen("other type");
    expect(await heights()).toEqual([embedHeight, plainHeight, sandboxedHeight]);

    // A good height from a frame that is not a cited-stats embed (…/embed.html) sizes nothing either.
    await send(plain, { type: "cited-stats:height", height: 123, nonce: "not an embed" });
    await seen("not an embed");
    expect(await heights()).toEqual([embedHeight, plainHeight, sandboxedHeight]);
    for (const height of await page.evaluate(() => window.__e2eStyles)) expect(height).toBe(`${embedHeight}px`);

    // The control: the same good height from the embed's own window sizes its frame, and only it.
    await send(frame, { type: "cited-stats:height", height: 123, nonce: "good" });
    await seen("good");
    expect(await heights()).toEqual([123, plainHeight, sandboxedHeight]);
  });
});

test.describe("the host's dark mode", () => {
  // No emulated preference: a DevTools override of prefers-color-scheme applies to every frame and
  // would hide whether the iframe follows its <iframe> element's color-scheme.
  test.use({ colorScheme: null });

  test("the toggle switches every widget and the iframe to the dark background, and back", async ({ page }) => {
    const frame = await openHost(page);
    const all = widgets(page, frame);
    const isDark = (where, el) =>
      where.evaluate(
        (sel) => document.querySelector(sel).shadowRoot.querySelector(".frame").classList.contains("dark"),
        el,
      );
    for (const [where, el, name] of all) {
      expect(await isDark(where, el), `${name} starts light`).toBe(false);
      await expectBackground(where, el, "light", name);
    }
    for (const theme of ["dark", "light"]) {
      await page.click("#theme-toggle");
      await expect(page.locator("#theme-toggle")).toHaveAttribute("aria-pressed", String(theme === "dark"));
      // (The draw counter can miss draws inside the lazy iframe, so this waits on the widget itself.)
      for (const [where, el, name] of all) {
        await expect.poll(() => isDark(where, el), { message: `${name} is ${theme}` }).toBe(theme === "dark");
        await chartSettled(where, el);
        await expectBackground(where, el, theme, name);
      }
    }
  });
});
