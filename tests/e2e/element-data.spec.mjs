// <cited-stats> with a dataset of the page's own (the `data` property: figures or a URL), its
// light-DOM fallback content, and theme="auto" following the page's CSS color-scheme.
import {
  CHART_BACKGROUND,
  FIGURES,
  chartSettled,
  expect,
  isBackground,
  pixelsAround,
  readyRejection,
  test,
} from "./support.mjs";

const FOSTERING = FIGURES.filter((figure) => figure.topic === "fostering");

/** Sets `#own`'s data inside the page and waits for the draw or the failure that follows. */
async function setData(page, value) {
  return page.evaluate(async (data) => {
    const element = document.getElementById("own");
    const outcome = new Promise((resolve) => {
      const done = (event) => {
        element.removeEventListener("cited-stats-draw", done);
        element.removeEventListener("cited-stats-error", done);
        resolve(event.type === "cited-stats-error" ? { error: event.detail.message } : { drawn: true });
      };
      element.addEventListener("cited-stats-draw", done);
      element.addEventListener("cited-stats-error", done);
    });
    element.data = data;
    return outcome;
  }, value);
}

test.describe("a dataset of the page's own", () => {
  test("an array of figures draws those figures only", async ({ page }) => {
    await page.goto("/fixtures/byo.html");
    await chartSettled(page, "#own");
    expect(await setData(page, FOSTERING)).toEqual({ drawn: true });
    const state = await chartSettled(page, "#own");
    expect(state.total).toBe(FOSTERING.length);
    const figures = await page.evaluate(() => document.getElementById("own").figures.map((f) => f.id));
    expect(figures).toEqual(FOSTERING.map((f) => f.id));
    const marks = await page.evaluate(() => document.getElementById("own").marks().length);
    expect(marks).toBe(FOSTERING.length);
  });

  test("a URL is fetched and validated like the built-in dataset", async ({ page }) => {
    await page.goto("/fixtures/byo.html");
    await chartSettled(page, "#own");
    expect(await setData(page, "/data/figures.json")).toEqual({ drawn: true });
    expect((await chartSettled(page, "#own")).total).toBe(FIGURES.length);
  });

  test("an invalid dataset names every bad record and draws nothing, even over a chart that was drawn", async ({
    page,
  }) => {
    await page.goto("/fixtures/byo.html");
    await chartSettled(page, "#own");
    const bad = structuredClone(FOSTERING.slice(0, 3));
    bad[1].value = "lots";
    delete bad[2].speaker;
    bad[2].colour = "red";
    const outcome = await setData(page, bad);
    expect(outcome.error).toContain("property `data`");
    expect(outcome.error).toContain(`record 2 (id "${bad[1].id}")`);
    expect(outcome.error).toContain(`record 3 (id "${bad[2].id}")`);
    expect(outcome.error).toContain("colour");
    const message = page.locator("#own .message");
    await expect(message).toBeVisible();
    await expect(message).toContainText(`record 2 (id "${bad[1].id}")`);
    await expect(page.locator("#own .stage")).toBeHidden();
    expect(await page.evaluate(() => document.getElementById("own").marks())).toEqual([]);
    // A change of view afterwards cannot bring the old chart back.
    await page.evaluate(() => document.getElementById("own").setAttribute("chart", "counts"));
    await page.waitForTimeout(100);
    await expect(page.locator("#own .stage")).toBeHidden();
    expect(await page.evaluate(() => document.getElementById("own").state)).toBeNull();
  });

  test("something that is neither figures nor a URL is refused by name", async ({ page }) => {
    await page.goto("/fixtures/byo.html");
    await chartSettled(page, "#own");
    const outcome = await setData(page, { figures: [] });
    expect(outcome.error).toBe("property `data`: expected an array of figures or a URL, got Object");
    await expect(page.locator("#own .message")).toContainText("expected an array of figures or a URL");
  });
});

test.describe("fallback content", () => {
  test("the element's own content shows until the chart is drawn, then gives way to it", async ({ page }) => {
    let release;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    await page.route("**/cited_stats_bg.wasm", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/fixtures/byo.html");
    await expect(page.locator("#fallback-image")).toBeVisible();
    await expect(page.locator("#fallback .stage")).toBeHidden();
    release();
    await chartSettled(page, "#fallback");
    await expect(page.locator("#fallback-image")).toBeHidden();
    await expect(page.locator("#fallback .stage")).toBeVisible();
  });

  test("where the wasm cannot start, the fallback stays with the message", async ({ page, problems }) => {
    await page.route("**/cited_stats_bg.wasm", (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("not a wasm module") }),
    );
    await page.goto("/fixtures/byo.html");
    const rejected = await readyRejection(page, "#fallback");
    expect(rejected).not.toBeNull();
    await expect(page.locator("#fallback .message")).toContainText("cited-stats could not show this chart.");
    await expect(page.locator("#fallback-image")).toBeVisible();
    await expect(page.locator("#fallback .stage")).toBeHidden();
    // The element without fallback content shows the message alone.
    await expect(page.locator("#own .message")).toBeVisible();
    problems.allow = true;
  });
});

test.describe("theme auto", () => {
  /** The colour of the chart's top-left corner (always background). */
  async function corner(page) {
    const [pixel] = await pixelsAround(page, { x: 2, y: 2 }, 0, "#own");
    return pixel;
  }

  test("follows the page's color-scheme when it names one, and the system preference otherwise", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/fixtures/byo.html");
    await chartSettled(page, "#own");
    expect(isBackground(await corner(page), CHART_BACKGROUND.light)).toBe(true);

    await page.evaluate(() => {
      document.documentElement.style.colorScheme = "dark";
    });
    await expect.poll(async () => isBackground(await corner(page), CHART_BACKGROUND.dark)).toBe(true);

    // A page that declares light keeps the chart light even when the system prefers dark.
    await page.evaluate(() => {
      document.documentElement.style.colorScheme = "light";
    });
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(async () => isBackground(await corner(page), CHART_BACKGROUND.light)).toBe(true);

    // A page that declares both (or nothing) leaves it to the system.
    await page.evaluate(() => {
      document.documentElement.style.colorScheme = "light dark";
    });
    await expect.poll(async () => isBackground(await corner(page), CHART_BACKGROUND.dark)).toBe(true);
    await page.emulateMedia({ colorScheme: "light" });
    await expect.poll(async () => isBackground(await corner(page), CHART_BACKGROUND.light)).toBe(true);
  });

  test("an explicit theme attribute wins over the page", async ({ page }) => {
    await page.goto("/fixtures/byo.html");
    await page.evaluate(() => document.getElementById("own").setAttribute("theme", "light"));
    await chartSettled(page, "#own");
    await page.evaluate(() => {
      document.documentElement.style.colorScheme = "dark";
    });
    await page.waitForTimeout(100);
    expect(isBackground(await corner(page), CHART_BACKGROUND.light)).toBe(true);
  });
});

test.describe("the page's own colours and font", () => {
  test("custom properties colour the chart itself, follow changes, and a bad one is named", async ({ page }) => {
    await page.goto("/fixtures/byo.html");
    await chartSettled(page, "#own");
    const corner = async () => (await pixelsAround(page, { x: 2, y: 2 }, 0, "#own"))[0];
    expect(isBackground(await corner(), CHART_BACKGROUND.light)).toBe(true);

    await page.evaluate(() =>
      document.getElementById("own").style.setProperty("--cited-stats-background", "rgb(245, 240, 230)"),
    );
    await expect.poll(async () => isBackground(await corner(), [245, 240, 230])).toBe(true);
    // The frame round the chart takes the same colour, so the two meet without a seam.
    const frame = await page.evaluate(
      () => getComputedStyle(document.getElementById("own").shadowRoot.querySelector(".frame")).backgroundColor,
    );
    expect(frame).toBe("rgb(245, 240, 230)");

    await page.evaluate(() => document.getElementById("own").style.setProperty("--cited-stats-accent", "blurple"));
    const message = page.locator("#own .message");
    await expect(message).toContainText(
      'CSS custom property `--cited-stats-accent`: "blurple" is not an opaque colour',
    );
    // The rest still applies.
    expect(isBackground(await corner(), [245, 240, 230])).toBe(true);
    await page.evaluate(() => document.getElementById("own").style.removeProperty("--cited-stats-accent"));
    await expect(message).toBeHidden();
  });
});

test.describe("where permalinks lead", () => {
  /** Opens the card of `#own`'s first figure and returns its permalink (or null without one). */
  async function permalink(page) {
    await page.evaluate(() => document.getElementById("own").openFigure(0));
    await expect(page.locator("#own .card")).toBeVisible();
    // The whole card, not the one shown at once while the quotes are still on their way.
    await expect(page.locator("#own .card .citation")).toBeVisible();
    const link = page.locator("#own .card a.permalink");
    return (await link.count()) ? link.getAttribute("href") : null;
  }

  test("the site script links to its own explorer; the explorer attribute to another; a bad one is named", async ({
    page,
  }) => {
    await page.goto("/fixtures/byo.html");
    await chartSettled(page, "#own");
    const id = FIGURES[0].id;
    expect(await permalink(page)).toBe(
      `http://127.0.0.1:${new URL(page.url()).port}/index.html?figure=${encodeURIComponent(id)}`,
    );

    await page.evaluate(() => document.getElementById("own").setAttribute("explorer", "https://example.org/figures/"));
    await page.evaluate(() => document.getElementById("own").closeCard());
    expect(await permalink(page)).toBe(`https://example.org/figures/?figure=${encodeURIComponent(id)}`);

    await page.evaluate(() => document.getElementById("own").setAttribute("explorer", "javascript:alert(1)"));
    await expect(page.locator("#own .message")).toContainText(
      'attribute `explorer`: "javascript:alert(1)" is not an http(s) URL',
    );
    await page.evaluate(() => document.getElementById("own").closeCard());
    expect(await permalink(page)).toMatch(/\/index\.html\?figure=/);
  });
});

test.describe("a dataset replaced while it loads", () => {
  test("a slower earlier src does not replace the newer chart when it arrives", async ({ page }) => {
    let releaseSlow;
    const slowHeld = new Promise((resolve) => {
      releaseSlow = resolve;
    });
    await page.route("**/fixtures/slow.json", async (route) => {
      await slowHeld;
      await route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(FIGURES.slice(0, 3)) });
    });
    await page.route("**/fixtures/fostering.json", (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: JSON.stringify(FOSTERING) }),
    );
    await page.goto("/fixtures/byo.html");
    await chartSettled(page, "#own");
    await page.evaluate(() => {
      window.__errors = [];
      const element = document.getElementById("own");
      element.addEventListener("cited-stats-error", (event) => window.__errors.push(event.detail.message));
      element.setAttribute("src", "/fixtures/slow.json");
      element.setAttribute("src", "/fixtures/fostering.json");
    });
    await page.evaluate(() => document.getElementById("own").ready);
    await expect.poll(() => page.evaluate(() => document.getElementById("own").state?.total)).toBe(FOSTERING.length);
    releaseSlow();
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => ({
      total: document.getElementById("own").state?.total,
      errors: window.__errors,
      marks: document.getElementById("own").marks().length,
    }));
    expect(after).toEqual({ total: FOSTERING.length, errors: [], marks: FOSTERING.length });
    await expect(page.locator("#own .message")).toBeHidden();
  });
});
