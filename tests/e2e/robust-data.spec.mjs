// Issue 17 ("Robustness, second pass"), in the element: long labels cost little to measure, a bad
// or huge dataset is refused with a bounded message naming the place, the limit and what arrived,
// numbers are finite and not negative, every type error names its field, lone surrogates and
// bidirectional controls in the data or attributes are named or contained, a dataset other than
// the built-in one says so in the card, citation and PNG, and the device-pixel ratio or an absurd
// size never stops a chart. Each test fails on the code before the fixes.
import { FIGURES, chartSettled, expect, firstFigures, test } from "./support.mjs";

/** Sets `#own`'s data and waits for the draw or the failure that follows: { drawn } or { error }. */
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

async function openOwn(page) {
  await page.goto("/fixtures/byo.html");
  await chartSettled(page, "#own");
}

const message = (page) => page.locator("#own .message");

test.describe("labels", () => {
  test("a 2,000-character measure, speaker or debate costs a bounded number of characters measured", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const measure = CanvasRenderingContext2D.prototype.measureText;
      window.__measured = 0;
      CanvasRenderingContext2D.prototype.measureText = function (text) {
        window.__measured += String(text).length;
        return measure.call(this, text);
      };
    });
    await openOwn(page);
    const long = "children in care placed far from home ".repeat(60).slice(0, 2000);
    const figures = structuredClone(FIGURES);
    Object.assign(figures[0], { measure: long, speaker: long, debate: long });
    expect(await setData(page, figures)).toEqual({ drawn: true });
    // Bars show one unit: the long figure's, so its label is drawn.
    for (const query of [
      `chart=bars&unit=${figures[0].unit}`,
      "chart=counts&group=speaker",
      "chart=timeline&group=speaker",
      "chart=timeline&group=debate",
    ]) {
      await page.evaluate(() => {
        window.__measured = 0;
      });
      await page.evaluate((q) => {
        document.getElementById("own").query = q;
      }, query);
      await chartSettled(page, "#own");
      // Before: the label was re-measured whole once per character dropped, about 2,000 × 1,000.
      const measured = await page.evaluate(() => window.__measured);
      expect(measured, `${query}: characters measured`).toBeLessThan(400_000);
      expect(measured, `${query}: something was measured`).toBeGreaterThan(0);
    }
  });
});

test.describe("datasets over a limit or with bad records", () => {
  test("800 kB of bad records gives a short message naming the limit and what arrived", async ({ page }) => {
    await openOwn(page);
    // Before: a 36.6 MB message, one line per record, put whole into the DOM.
    const outcome = await setData(
      page,
      Array.from({ length: 114_286 }, () => ({ x: 0 })),
    );
    expect(outcome.error).toBe("property `data`: the dataset holds 114,286 figures; at most 100,000 are accepted");
    const some = await setData(
      page,
      Array.from({ length: 5_000 }, () => ({ x: 0 })),
    );
    expect(some.error.split("\n")).toHaveLength(51);
    expect(some.error).toContain("… and 4,950 more problems (5,000 in all; the first 50 are shown)");
    expect((await message(page).textContent()).length).toBeLessThan(20_000);
  });

  test("a body larger than the byte limit is cut off as it streams, and named", async ({ page }) => {
    await page.addInitScript(() => {
      const real = window.fetch;
      // An endless body: only a reader that counts as it goes ever finishes.
      window.fetch = (input, init) =>
        String(input).endsWith("/endless.json")
          ? Promise.resolve(
              new Response(
                new ReadableStream({
                  pull(controller) {
                    controller.enqueue(new Uint8Array(1 << 20).fill(32));
                  },
                }),
                { headers: { "Content-Type": "application/json" } },
              ),
            )
          : real(input, init);
    });
    await openOwn(page);
    const outcome = await setData(page, "/fixtures/endless.json");
    expect(outcome.error).toMatch(
      /^dataset http:\/\/127\.0\.0\.1:\d+\/fixtures\/endless\.json: the dataset is too large: more than 16,000,000 bytes arrived \(16,777,216 when reading stopped\); at most 16,000,000 bytes are read$/,
    );
  });

  test("a network failure names the URL", async ({ page, problems }) => {
    problems.allow = true; // the refused request is logged by the browser
    await page.route("**/fixtures/down.json", (route) => route.abort("connectionrefused"));
    await openOwn(page);
    const outcome = await setData(page, "/fixtures/down.json");
    expect(outcome.error).toMatch(
      /^dataset http:\/\/127\.0\.0\.1:\d+\/fixtures\/down\.json: could not be fetched \(Failed to fetch\)/,
    );
  });

  test("a src that is not a URL is named and no chart, built-in or other, is drawn", async ({ page }) => {
    await page.goto("/fixtures/byo.html");
    await page.evaluate(() => {
      const element = document.createElement("cited-stats");
      element.id = "unreadable";
      element.setAttribute("src", "http://[nope");
      element.setAttribute("loading", "eager");
      document.body.append(element);
    });
    const el = page.locator("#unreadable");
    await expect(el.locator(".message")).toContainText('attribute `src`: "http://[nope" is not a URL');
    await expect(el.locator(".stage")).toBeHidden();
    expect(await page.evaluate(() => document.getElementById("unreadable").figures.length)).toBe(0);
    await expect(page.evaluate(() => document.getElementById("unreadable").ready)).rejects.toThrow(/is not a URL/);
  });

  test("numbers are finite and not negative; types, notes and dates are named by field", async ({ page }) => {
    await openOwn(page);
    const range = FIGURES.findIndex((f) => f.qualifier === "range");
    // 1e999 only exists in JSON text: serve it.
    const figures = firstFigures(6);
    figures.push(structuredClone(FIGURES[range]));
    figures[1].value = -3;
    figures[2].inferred = "speaker";
    figures[3].notes = [];
    figures[4].date = "2020-+1-+1";
    figures[5].date = "+999-01-01";
    const text = JSON.stringify(figures).replace(`"value_high":${FIGURES[range].value_high}`, '"value_high":1e999');
    expect(text).toContain("1e999");
    await page.route("**/fixtures/numbers.json", (route) =>
      route.fulfill({ contentType: "application/json", body: text }),
    );
    const { error } = await setData(page, "/fixtures/numbers.json");
    const at = (n) => `record ${n} (id "${figures[n - 1].id}"), field`;
    // Before: Infinity passed ("1%–inf%" on the card), -3 drew off the canvas, "Reflect.get
    // called on non-object" named no field, and these notes and dates were accepted.
    expect(error).toContain(`${at(7)} \`value_high\`: inf is not finite`);
    expect(error).toContain(`${at(2)} \`value\`: -3 is negative`);
    expect(error).toContain(`${at(3)} \`inferred\`: expected a list of strings, found a string "speaker"`);
    expect(error).toContain(`${at(4)} \`notes\`: expected an object whose values are strings, found a list`);
    expect(error).toContain(`${at(5)} \`date\`: "2020-+1-+1" is not a date`);
    expect(error).toContain(`${at(6)} \`date\`: "+999-01-01" is not a date`);
    expect(error).not.toContain("Reflect");
  });
});

test.describe("attributes", () => {
  test('height="0x200" is named, not read as 512', async ({ page }) => {
    await openOwn(page);
    await page.evaluate(() => document.getElementById("own").setAttribute("height", "0x200"));
    await expect(message(page)).toContainText('attribute `height`: "0x200" is not a height in CSS px from 120 to 4000');
  });

  test("a lone surrogate in an attribute or the query is named by its parameter, at start and when set later", async ({
    page,
  }) => {
    await page.goto("/fixtures/byo.html");
    await page.evaluate(() => {
      const element = document.createElement("cited-stats");
      element.id = "cut";
      element.setAttribute("loading", "eager");
      element.setAttribute("speaker", "Ann \uD83D");
      document.body.append(element);
    });
    await chartSettled(page, "#cut");
    const cut = page.locator("#cut .message");
    // Before: "URI malformed", naming nothing.
    await expect(cut).toContainText("attribute `speaker`");
    await expect(cut).toContainText("is not UTF-8 text once percent-decoded");
    // Before: an uncaught URIError (the problems fixture fails the test on any).
    await page.evaluate(() => document.getElementById("cut").setAttribute("q", "cut \uDE00 here"));
    await expect(cut).toContainText("attribute `q`");
    await page.evaluate(() => {
      document.getElementById("cut").query = "speaker=Ann \uD83D";
    });
    await expect(cut).toContainText("URL parameter `speaker`");
    await expect(cut).toContainText("is not UTF-8 text once percent-decoded");
  });
});

test.describe("text from the data", () => {
  test("bidirectional controls in a speaker stay inside it in the card and the copied citation", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openOwn(page);
    const figures = firstFigures(5);
    figures[0].speaker = "\u202EMallory";
    expect(await setData(page, figures)).toEqual({ drawn: true });
    await page.evaluate(() => document.getElementById("own").openFigure(0));
    const card = page.locator("#own .card");
    await expect(card).toBeVisible();
    const said = card.locator("dt", { hasText: /^Said by$/ }).locator("xpath=following-sibling::dd[1]");
    // Before: one text node, so U+202E reversed " — role, party" after the name too.
    await expect(said.locator("bdi").first()).toHaveText("\u202EMallory");
    await expect(card.locator("h2 bdi")).toHaveText(figures[0].measure);
    const citation = await card.locator(".citation").textContent();
    expect(citation.startsWith("\u2068\u202EMallory\u2069")).toBe(true);
    await card.getByRole("button", { name: "Copy citation" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
  });

  test("a dataset of the page's own is named in the card, the citation and the PNG, with no permalink to the built-in explorer", async ({
    page,
  }) => {
    await openOwn(page);
    const lines = async () =>
      page.evaluate(async () => {
        const fill = CanvasRenderingContext2D.prototype.fillText;
        const seen = [];
        CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
          if (String(text).startsWith("Source:")) seen.push(String(text));
          return fill.call(this, text, ...rest);
        };
        try {
          await document.getElementById("own").exportPng();
        } finally {
          CanvasRenderingContext2D.prototype.fillText = fill;
        }
        return seen;
      });
    const builtIn = await lines();
    expect(builtIn).toHaveLength(1);
    expect(builtIn[0]).toMatch(
      /^Source: figures quoted in UK parliamentary debates.* View: http:\/\/127\.0\.0\.1:\d+\/index\.html/,
    );

    const figures = firstFigures(5);
    figures[0].quote = figures[0].quote.replace(figures[0].figure_text, figures[0].figure_text); // the same words, a different dataset
    expect(await setData(page, figures)).toEqual({ drawn: true });
    // Before: the built-in dataset's source line, and a permalink to the built-in explorer.
    const own = await lines();
    expect(own).toEqual([
      "Source: the dataset \u2068property `data`\u2069, given to this page: not the cited-stats dataset, and not checked by it.",
    ]);
    await page.evaluate(() => document.getElementById("own").openFigure(0));
    const card = page.locator("#own .card");
    await expect(card.locator("a.permalink")).toHaveCount(0);
    await expect(card.locator("dt", { hasText: /^Dataset$/ })).toHaveCount(1);
    await expect(card.locator(".citation")).toContainText("given to this page (not the cited-stats dataset)");
  });
});

test.describe("sizes and ratios", () => {
  test.use({ deviceScaleFactor: 10 });

  test("a device-pixel ratio of 10 (a 2× screen at 500% zoom) still draws, with the backing store clamped", async ({
    page,
  }) => {
    await openOwn(page);
    const drawn = await page.evaluate(() => {
      const el = document.getElementById("own");
      return {
        marks: el.marks().length,
        backing: el.shadowRoot.querySelector("canvas.chart").width,
        css: el.shadowRoot.querySelector("canvas.chart").clientWidth,
        message: el.shadowRoot.querySelector(".message").hidden,
      };
    });
    // Before: "chart option `devicePixelRatio`: 10 is not a ratio above 0 and at most 8", no chart.
    expect(drawn.marks).toBeGreaterThan(0);
    expect(drawn.message).toBe(true);
    expect(drawn.backing).toBeLessThanOrEqual(8192);
    expect(drawn.backing).toBeGreaterThan(drawn.css);
  });
});

test("render() on a loadDataset handle: absurd sizes are named, the rest clamped and drawn", async ({ page }) => {
  await openOwn(page);
  const results = await page.evaluate(async () => {
    const { loadDataset } = await import("/cited-stats.js");
    const stats = await loadDataset("/data/figures.json");
    const canvas = document.createElement("canvas");
    const out = [];
    const sizes = [
      [200, 1e12, 1],
      [0, 0, 1],
      [1, 1, 1],
      [100000, 100000, 1],
      [640, 5000, 4],
      ...[0.5, 1, 2, 3, 4].map((r) => [640, 420, r]),
    ];
    for (const [w, h, r] of sizes) {
      try {
        const drawn = stats.render(canvas, { widthCssPx: w, heightCssPx: h, devicePixelRatio: r });
        out.push({
          asked: [w, h, r],
          marks: drawn.marks,
          notices: drawn.notices.length,
          backing: [canvas.width, canvas.height],
        });
      } catch (error) {
        out.push({ asked: [w, h, r], error: error.message });
      }
    }
    stats.free();
    return out;
  });
  // Before: the first one trapped ("unreachable") and locked the handle.
  expect(results[0].error).toBe("chart option `heightCssPx`: 1000000000000 is not a number of CSS px from 0 to 100000");
  for (const result of results.slice(1)) {
    expect(result.error, JSON.stringify(result.asked)).toBeUndefined();
    expect(result.marks).toBeGreaterThan(0);
    expect(Math.max(...result.backing)).toBeLessThanOrEqual(8192);
  }
  expect(results.slice(1, 5).map((r) => r.notices > 0)).toEqual([true, true, true, true]);
  expect(results.slice(5).map((r) => r.notices)).toEqual([0, 0, 0, 0, 0]);
});
