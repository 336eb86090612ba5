// The explorer's "Embed this view": the control opens by keyboard and mouse; both snippets follow
// the view (search, filters, chart kind, Back); Copy puts exactly the snippet on the clipboard and a
// refused clipboard is reported; a hostile search gives a safe snippet; the build-time fallback
// picture is used when its index lists the view and a text link otherwise. The strongest check:
// each snippet, served as a host page with the strict CSP, shows the same figures as the explorer
// view it came from. (The iframe check needs www/embed.html and the built www/dist/resizer.js.)
import { chartSettled, expect, openExplorer, test } from "./support.mjs";

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const NO_FALLBACKS = { width: 640, height: 420, files: "{slug}.{theme}.svg", views: [] };
const HOSTILE = `"><script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'&amp;`;

const state = (page) => page.evaluate(() => document.getElementById("chart").state);
const toggle = (page) => page.locator("#embed-toggle");
const panel = (page) => page.locator("#embed-panel");

/** Answers data/fallback/index.json with `index` (an object) and counts the requests for it. */
async function routeFallbackIndex(page, index) {
  const seen = { requests: 0 };
  await page.route("**/data/fallback/index.json", (route) => {
    seen.requests += 1;
    return typeof index === "function" ? index(route) : route.fulfill({ json: index });
  });
  return seen;
}

/** Opens the panel with the mouse (if it is closed) and waits until the fallback index is read. */
async function openPanel(page) {
  if ((await toggle(page).getAttribute("aria-expanded")) !== "true") await toggle(page).click();
  await expect(panel(page)).toBeVisible();
  await expect(panel(page)).not.toHaveAttribute("aria-busy", /.*/);
}

/** The two snippets as shown. */
async function snippets(page) {
  return {
    element: await page.locator("#embed-element").inputValue(),
    iframe: await page.locator("#embed-iframe").inputValue(),
  };
}

/**
 * A snippet parsed by the browser's HTML parser (nothing in it runs): every element with its
 * attributes in order, and the text of the links.
 */
function parseSnippet(page, html) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${text}`, "text/html");
    const all = [...doc.head.querySelectorAll("*"), ...doc.body.querySelectorAll("*")];
    return {
      elements: all.map((el) => ({
        tag: el.localName,
        parent: el.parentElement.localName,
        attributes: [...el.attributes].map((a) => [a.name, a.value]),
        text: el.localName === "a" ? el.textContent.trim() : null,
      })),
    };
  }, html);
}

/** One element of a parsed snippet by tag (there must be exactly one). */
function only(parsed, tag) {
  const found = parsed.elements.filter((e) => e.tag === tag);
  expect(found, `exactly one <${tag}> in the snippet`).toHaveLength(1);
  return { ...found[0], attr: Object.fromEntries(found[0].attributes) };
}

/** The attributes the element snippet must carry for a canonical query, decoded independently. */
function expectedAttributes(query) {
  return [...new URLSearchParams(query)].concat([["theme", "auto"]]);
}

/** Checks both snippets describe the view `shown` (the explorer's state), served from `origin`. */
async function expectSnippetsFor(page, shown, origin) {
  await expect
    .poll(async () => {
      const parsed = await parseSnippet(page, (await snippets(page)).element);
      return parsed.elements.find((e) => e.tag === "cited-stats")?.attributes;
    }, `element snippet for ${shown.query}`)
    .toEqual(expectedAttributes(shown.query));
  const { element, iframe } = await snippets(page);
  const parsedElement = await parseSnippet(page, element);
  expect(parsedElement.elements.filter((e) => e.tag === "script")).toEqual([
    {
      tag: "script",
      parent: "body",
      attributes: [
        ["type", "module"],
        ["src", `${origin}/dist/cited-stats.js`],
      ],
      text: null,
    },
  ]);
  const link = only(parsedElement, "a");
  expect(link.parent).toBe("cited-stats");
  expect(link.attr.href).toBe(`${origin}/index.html${shown.query ? `?${shown.query}` : ""}`);

  const parsedIframe = await parseSnippet(page, iframe);
  const frame = only(parsedIframe, "iframe");
  expect(frame.attributes.map(([name]) => name)).toEqual(["src", "title", "width", "height", "loading"]);
  expect(frame.attr.src).toBe(`${origin}/embed.html${shown.query ? `?${shown.query}` : ""}`);
  expect({ width: frame.attr.width, height: frame.attr.height, loading: frame.attr.loading }).toEqual({
    width: "100%",
    height: "480",
    loading: "lazy",
  });
  const count = shown.indices.length;
  expect(frame.attr.title).toContain(count === 0 ? "no figures " : count === 1 ? "1 figure " : `${count} figures `);
  expect(parsedIframe.elements.filter((e) => e.tag === "script")).toEqual([
    {
      tag: "script",
      parent: "body",
      attributes: [
        ["src", `${origin}/dist/resizer.js`],
        ["defer", ""],
      ],
      text: null,
    },
  ]);
  return { element, iframe, parsedElement, frame, link };
}

/** Serves `body` at `path` on the test server's origin, as a strict host would (CSP header). */
async function hostPage(page, origin, path, body) {
  const url = `${origin}${path}`;
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": CSP },
      body:
        `<!doctype html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>A host page</title>` +
        `<link rel="icon" href="/explorer/icon.svg" type="image/svg+xml"></head>\n<body>\n${body}\n</body>\n</html>\n`,
    }),
  );
  const response = await page.goto(url);
  expect(response.headers()["content-security-policy"]).toBe(CSP);
}

/** What a view shows: canonical query, figures, and each drawn mark's figures and description. */
function shownBy(target, selector) {
  return target.evaluate((sel) => {
    const el = document.querySelector(sel);
    return {
      query: el.state.query,
      indices: el.state.indices,
      selected: el.state.selected ?? null,
      marks: el.marks().map((m) => ({ figures: m.figures, description: m.description })),
    };
  }, selector);
}

test.describe("the control", () => {
  test("opens by keyboard and mouse, moves focus into the snippets, and Escape closes it", async ({ page }) => {
    await routeFallbackIndex(page, NO_FALLBACKS);
    await openExplorer(page, "chart=bars&topic=care-leavers");
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
    await expect(toggle(page)).toHaveAttribute("aria-controls", "embed-panel");
    await expect(panel(page)).toBeHidden();

    // Keyboard: Tab from the last button of the downloads (copy the alt text) reaches the control; Enter opens it.
    await page.locator("#copy-alt-text").focus();
    await page.keyboard.press("Tab");
    await expect(toggle(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(panel(page)).toBeVisible();
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "true");
    await expect(page.getByRole("region", { name: "Embed this view" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: /custom element/ })).toBeFocused();
    await expect(page.getByRole("textbox", { name: /custom element/ })).toHaveAttribute("readonly", "");
    await expect(page.getByRole("textbox", { name: /iframe/ })).toHaveAttribute("readonly", "");
    await expect(page.getByRole("button", { name: "Copy the custom-element snippet" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy the iframe snippet" })).toBeVisible();
    expect((await snippets(page)).element).toContain("<cited-stats");

    // Tab moves through the snippets and their Copy buttons; Escape closes and returns focus.
    await page.keyboard.press("Tab");
    await expect(page.locator("#copy-element")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(panel(page)).toBeHidden();
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
    await expect(toggle(page)).toBeFocused();

    // Space opens it too.
    await page.keyboard.press("Space");
    await expect(panel(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(panel(page)).toBeHidden();

    // Mouse: a click opens, a second click closes.
    await toggle(page).click();
    await expect(panel(page)).toBeVisible();
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "true");
    await toggle(page).click();
    await expect(panel(page)).toBeHidden();
    await expect(toggle(page)).toHaveAttribute("aria-expanded", "false");
  });
});

test.describe("the snippets", () => {
  test("follow the view: search, filters, chart kind and Back", async ({ page }) => {
    const index = await routeFallbackIndex(page, NO_FALLBACKS);
    await openExplorer(page);
    const origin = await page.evaluate(() => location.origin);
    await openPanel(page);

    const all = await state(page);
    expect(all.query).toBe("");
    const first = await expectSnippetsFor(page, all, origin);
    expect(first.frame.attr.title).toContain(`${all.indices.length} figures`);

    // Search: typed while the panel stays open.
    await page.locator("#search").fill("foster");
    await expect.poll(async () => (await state(page)).query).toBe("q=foster");
    const searched = await state(page);
    expect(searched.indices.length).toBeLessThan(all.indices.length);
    const afterSearch = await expectSnippetsFor(page, searched, origin);
    expect(afterSearch.frame.attr.title).toContain("“foster”");
    expect(afterSearch.link.text).toContain(`${searched.indices.length} figures`);

    // Filters: two speakers (names with spaces) and a topic, from the dataset's own choices.
    const choices = await page.evaluate(() => document.getElementById("chart").choices);
    await page.locator("#search").fill("");
    await expect.poll(async () => (await state(page)).query).toBe("");
    const speakers = choices.speakers.filter((c) => c.value.includes(" ")).slice(0, 2);
    expect(speakers).toHaveLength(2);
    await page.locator("#filter-speaker summary").click();
    for (const speaker of speakers) await page.locator(`#filter-speaker input[value="${speaker.value}"]`).check();
    await expect.poll(async () => (await state(page)).query).toMatch(/^speaker=[^&]+,[^&]+$/);
    const bySpeaker = await state(page);
    const attributes = (await expectSnippetsFor(page, bySpeaker, origin)).parsedElement.elements.find(
      (e) => e.tag === "cited-stats",
    ).attributes;
    const wanted = speakers.map((s) => s.value).sort();
    expect(attributes[0][0]).toBe("speaker");
    expect(attributes[0][1].split(",").sort()).toEqual(wanted);

    const topic = choices.topics[0];
    await page.locator("#filter-topic summary").click();
    await page.locator(`#filter-topic input[value="${topic.value}"]`).check();
    await expect.poll(async () => (await state(page)).query).toContain(`topic=${topic.value}`);
    const withTopic = await expectSnippetsFor(page, await state(page), origin);
    expect(withTopic.frame.attr.title).toContain(topic.value.replace(/-/g, " "));

    // Chart kind and group-by.
    await page.locator("#chart-kind").selectOption("counts");
    await page.locator("#group-by").selectOption("party");
    await expect.poll(async () => (await state(page)).query).toMatch(/^chart=counts&.*&group=party$/);
    const counts = await state(page);
    await expectSnippetsFor(page, counts, origin);

    // Back restores the earlier view, and the snippets follow it.
    await page.goBack();
    await expect.poll(async () => (await state(page)).query).not.toBe(counts.query);
    await expectSnippetsFor(page, await state(page), origin);

    // Closed and opened again: the same view, and the fallback index was fetched once.
    await toggle(page).click();
    await openPanel(page);
    await expectSnippetsFor(page, await state(page), origin);
    expect(index.requests).toBe(1);
  });

  test("Copy puts exactly the snippet on the clipboard; a refused clipboard is reported", async ({ page, context }) => {
    await routeFallbackIndex(page, NO_FALLBACKS);
    await openExplorer(page, "chart=dots&unit=percent");
    const origin = await page.evaluate(() => location.origin);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await openPanel(page);
    const shown = await snippets(page);
    const status = page.locator("#embed-status");
    await expect(status).toHaveAttribute("role", "status");

    await page.getByRole("button", { name: "Copy the custom-element snippet" }).click();
    await expect(status).toHaveText("The custom-element snippet is copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown.element);

    await page.getByRole("button", { name: "Copy the iframe snippet" }).click();
    await expect(status).toHaveText("The iframe snippet is copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown.iframe);

    // A clipboard that refuses: a message, not an uncaught error (the fixture fails on those).
    await page.evaluate(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    });
    await page.getByRole("button", { name: "Copy the iframe snippet" }).click();
    await expect(status).toHaveText(
      /^The iframe snippet could not be copied \(Write permission denied\.\)\. Select it/,
    );

    // No clipboard at all.
    await page.evaluate(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    await page.getByRole("button", { name: "Copy the custom-element snippet" }).click();
    await expect(status).toHaveText(/^The custom-element snippet could not be copied/);
  });

  test("a hostile search gives a safe snippet that keeps the search exactly", async ({ page }) => {
    await routeFallbackIndex(page, NO_FALLBACKS);
    await openExplorer(page);
    const origin = await page.evaluate(() => location.origin);
    await page.locator("#search").fill(HOSTILE);
    await expect.poll(async () => (await state(page)).search).toBe(HOSTILE);
    await openPanel(page);
    const shown = await state(page);
    const { element, iframe, parsedElement, frame, link } = await expectSnippetsFor(page, shown, origin);

    expect(parsedElement.elements.map((e) => e.tag)).toEqual(["script", "cited-stats", "a"]);
    expect(only(parsedElement, "cited-stats").attr.q).toBe(HOSTILE);
    expect(link.text).toContain(HOSTILE);
    expect(element.match(/<script/g)).toHaveLength(1);
    expect(element).not.toContain('"><script');
    expect(element).not.toContain("<img");
    expect((await parseSnippet(page, iframe)).elements.map((e) => e.tag)).toEqual(["iframe", "script"]);
    expect(new URL(frame.attr.src).searchParams.get("q")).toBe(HOSTILE);
    expect(frame.attr.title).toContain(HOSTILE);

    // Served as a host page: the search arrives whole and nothing in it runs.
    await hostPage(page, origin, "/e2e-host/hostile.html", element);
    const hosted = await chartSettled(page, "cited-stats");
    expect(hosted.search).toBe(HOSTILE);
    expect(hosted.query).toBe(shown.query);
    expect(await page.evaluate(() => window.__pwned ?? null)).toBeNull();
    expect(await page.locator("script").count()).toBe(1);
  });
});

test.describe("the fallback inside the element", () => {
  test("a view the index lists gets its picture; another view a text link; the index is fetched once", async ({
    page,
  }) => {
    let listed = null;
    const index = await routeFallbackIndex(page, (route) => route.fulfill({ json: listed }));
    await openExplorer(page, "chart=bars&topic=care-leavers");
    const origin = await page.evaluate(() => location.origin);
    const view = await state(page);
    listed = {
      ...NO_FALLBACKS,
      views: [
        {
          query: "chart=counts",
          slug: "other",
          description: "another view",
        },
        {
          query: view.query,
          slug: "bars-care",
          description: `Bars of "care" & <leavers>`,
        },
      ],
    };
    await openPanel(page);
    const { parsedElement, link } = await expectSnippetsFor(page, view, origin);
    expect(parsedElement.elements.map((e) => [e.tag, e.parent])).toEqual([
      ["script", "body"],
      ["cited-stats", "body"],
      ["a", "cited-stats"],
      ["picture", "a"],
      ["source", "picture"],
      ["img", "picture"],
    ]);
    expect(only(parsedElement, "source").attributes).toEqual([
      ["srcset", `${origin}/data/fallback/bars-care.dark.svg`],
      ["media", "(prefers-color-scheme: dark)"],
    ]);
    expect(only(parsedElement, "img").attributes).toEqual([
      ["src", `${origin}/data/fallback/bars-care.light.svg`],
      ["alt", `Bars of "care" & <leavers>`],
      ["width", "640"],
      ["height", "420"],
    ]);
    expect(link.text).toBe("");

    // A view the index does not list: a text link saying what the chart shows.
    await page.locator("#search").fill("care");
    await expect.poll(async () => (await state(page)).query).toBe(`${view.query}&q=care`);
    const unlisted = await state(page);
    const text = await expectSnippetsFor(page, unlisted, origin);
    expect(text.parsedElement.elements.map((e) => e.tag)).toEqual(["script", "cited-stats", "a"]);
    expect(text.link.text).toContain(`${unlisted.indices.length} figures`);
    expect(text.link.text).toContain("care leavers");
    expect(index.requests).toBe(1);
  });

  test("an index that cannot be had gives the text link and no error on screen", async ({ page, problems }) => {
    await routeFallbackIndex(page, (route) =>
      route.fulfill({ status: 404, contentType: "text/plain", body: "not found" }),
    );
    await openExplorer(page, "chart=bars");
    const origin = await page.evaluate(() => location.origin);
    await openPanel(page);
    const { parsedElement } = await expectSnippetsFor(page, await state(page), origin);
    expect(parsedElement.elements.map((e) => e.tag)).toEqual(["script", "cited-stats", "a"]);
    await expect(page.locator("#embed-status")).toHaveText("");
    await expect(page.locator("#load-error")).toBeHidden();
    // The browser logs the 404 itself; that one line is expected.
    await expect.poll(() => problems.console.length).toBe(1);
    expect(problems.console[0]).toMatch(/404.*data\/fallback\/index\.json/);
    problems.console.length = 0;
  });

  test("an index that is not JSON gives the text link", async ({ page }) => {
    await routeFallbackIndex(page, (route) =>
      route.fulfill({ status: 200, contentType: "application/json", body: "{ not json" }),
    );
    await openExplorer(page, "q=foster");
    const origin = await page.evaluate(() => location.origin);
    await openPanel(page);
    const { parsedElement } = await expectSnippetsFor(page, await state(page), origin);
    expect(parsedElement.elements.map((e) => e.tag)).toEqual(["script", "cited-stats", "a"]);
  });
});

test.describe("served as a host page under the strict CSP", () => {
  const SVG =
    '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="420"><rect width="640" height="420" fill="#ccc"/></svg>';

  for (const view of [
    "chart=bars&topic=care-leavers,fostering",
    "q=foster&cited=yes",
    "chart=counts&group=party&from=2016-01-01",
    "chart=bars&topic=fostering&figure=icsc-2022-018",
    "speakers",
  ]) {
    test(`the element snippet shows the explorer's figures: ${view}`, async ({ page }) => {
      let listed = NO_FALLBACKS;
      await routeFallbackIndex(page, (route) => route.fulfill({ json: listed }));
      await page.route("**/data/fallback/*.svg", (route) => route.fulfill({ contentType: "image/svg+xml", body: SVG }));
      if (view === "speakers") {
        // Two speakers from the dataset's own choices: values with spaces, a list of two.
        await openExplorer(page);
        const speakers = await page.evaluate(() =>
          document
            .getElementById("chart")
            .choices.speakers.filter((c) => c.value.includes(" "))
            .slice(0, 2),
        );
        await openExplorer(page, `speaker=${speakers.map((s) => encodeURIComponent(s.value)).join(",")}&chart=dots`);
      } else {
        await openExplorer(page, view);
      }
      const origin = await page.evaluate(() => location.origin);
      const explorer = await shownBy(page, "#chart");
      expect(explorer.indices.length).toBeGreaterThan(0);
      expect(explorer.marks.length).toBeGreaterThan(0);
      listed = {
        ...NO_FALLBACKS,
        views: [
          {
            query: explorer.query,
            slug: "v",
            description: "the view",
          },
        ],
      };
      await openPanel(page);
      const { element, parsedElement } = await expectSnippetsFor(page, await state(page), origin);
      expect(parsedElement.elements.some((e) => e.tag === "picture")).toBe(true);
      const width = await page.evaluate(() => document.getElementById("chart").getBoundingClientRect().width);

      // The host's body has the browser's 8 px margins: the element gets the explorer chart's width.
      await page.setViewportSize({ width: Math.round(width) + 16, height: 900 });
      await hostPage(page, origin, "/e2e-host/element.html", element);
      await chartSettled(page, "cited-stats");
      const hosted = await shownBy(page, "cited-stats");
      expect(hosted).toEqual(explorer);
    });
  }

  test("the iframe snippet shows the explorer's figures (needs embed.html and resizer.js)", async ({ page }) => {
    await routeFallbackIndex(page, NO_FALLBACKS);
    await openExplorer(page, "chart=bars&topic=care-leavers,fostering&q=care");
    const origin = await page.evaluate(() => location.origin);
    const explorer = await shownBy(page, "#chart");
    expect(explorer.indices.length).toBeGreaterThan(0);
    await openPanel(page);
    const { iframe } = await expectSnippetsFor(page, await state(page), origin);

    await hostPage(page, origin, "/e2e-host/iframe.html", iframe);
    await expect.poll(() => page.frames().length).toBe(2);
    const inner = page.frames()[1];
    await inner.waitForLoadState("load");
    expect(new URL(inner.url()).pathname).toBe("/embed.html");
    // Wait for the chart's layout (its draw events may come before a test hook could be added in a frame).
    await inner.evaluate(() => document.querySelector("cited-stats").ready);
    await inner.waitForFunction(() => document.querySelector("cited-stats").marks().length > 0);
    const hosted = await shownBy(inner, "cited-stats");
    expect(hosted.query).toBe(explorer.query);
    expect(hosted.indices).toEqual(explorer.indices);
    expect(hosted.marks.flatMap((m) => m.figures).sort((a, b) => a - b)).toEqual(
      explorer.marks.flatMap((m) => m.figures).sort((a, b) => a - b),
    );

    // The snippet's resizer script gives the iframe the height of the page inside it.
    await expect
      .poll(async () => {
        const inside = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        const frame = await page.evaluate(() => document.querySelector("iframe").clientHeight);
        return frame === inside && frame !== 480;
      })
      .toBe(true);
  });
});
