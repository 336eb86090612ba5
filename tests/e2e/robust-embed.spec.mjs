// Issue 17 ("Robustness, second pass"), in the iframe page and the resizer: `src` may name only
// this site's origin or one embed.html lists, so another site's made-up quotes never appear under
// this site's name; a dataset of one's own is named and gets no permalink to the built-in explorer;
// a repeated parameter is named; the resizer sizes only frames from origins the page names, and
// never taller than 6,000 CSS px. Each test fails on the code before the issue's fixes.
import { createServer } from "node:http";
import { FIGURES, chartSettled, expect, firstFigures, test } from "./support.mjs";

const EL = "cited-stats";

test.describe("embed.html", () => {
  test("src on another origin is refused and named, and no chart or quote is shown", async ({ page, baseURL }) => {
    const other = baseURL.replace("127.0.0.1", "localhost");
    const id = FIGURES[0].id;
    await page.goto(`/embed.html?src=${encodeURIComponent(`${other}/data/figures.json`)}&figure=${id}`);
    const alert = page.locator(".embed-problems");
    // Before: the other origin's dataset was fetched and its quote shown under this site's name.
    await expect(alert).toHaveText(
      `URL parameter \`src\`: "${other}/data/figures.json" is on another origin (${other}); this site's embed page reads datasets only from ${baseURL}`,
    );
    await expect(page.locator(EL)).toHaveCount(0);
  });

  test("a dataset of this origin's own is named in its card, which links to no other quote", async ({ page }) => {
    const own = firstFigures(4);
    await page.route("**/fixtures/own-figures.json", (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify(own) }),
    );
    await page.goto(`/embed.html?src=/fixtures/own-figures.json&figure=${own[0].id}`);
    await chartSettled(page, EL);
    const card = page.locator(`${EL} .card`);
    await expect(card).toBeVisible();
    // Before: "Link to this figure" opened the built-in explorer's quote with the same id.
    await expect(card.locator("a.permalink")).toHaveCount(0);
    const dataset = card.locator("dt", { hasText: /^Dataset$/ }).locator("xpath=following-sibling::dd[1]");
    await expect(dataset).toContainText("/fixtures/own-figures.json");
    await expect(dataset).toContainText("not the cited-stats dataset");
    await expect(page.locator(".embed-problems")).toHaveCount(0);
  });

  test("a repeated widget parameter is named", async ({ page }) => {
    await page.goto("/embed.html?chart=bars&theme=dark&theme=light&height=300");
    await chartSettled(page, EL);
    // Before: the first value was kept and nothing said so.
    await expect(page.locator(".embed-problems")).toHaveText(
      'URL parameter `theme` is given 2 times ("dark", "light"); it takes one value, so only the first is used',
    );
    expect(await page.evaluate((sel) => document.querySelector(sel).getAttribute("theme"), EL)).toBe("dark");
  });
});

/** A server for tests on another origin: `routes` maps a path to [content type, body, CSP or null]. */
async function serve(pages) {
  const routes = { "/favicon.ico": ["image/x-icon", "", null], ...pages };
  const server = createServer((request, response) => {
    const [type, body, csp] = routes[new URL(request.url, "http://x").pathname] ?? ["text/plain", "not found", null];
    response.writeHead(routes[new URL(request.url, "http://x").pathname] ? 200 : 404, {
      "Content-Type": type,
      "Cache-Control": "no-store",
      ...(csp ? { "Content-Security-Policy": csp } : {}),
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

test.describe("resizer.js", () => {
  test("sizes only frames from the origins the page names, never taller than 6,000 px", async ({ page, baseURL }) => {
    // A page on another site that is not cited-stats, serving its own /embed.html that claims a height.
    const forger = await serve({
      "/embed.html": [
        "text/html; charset=utf-8",
        '<!doctype html><title>not cited-stats</title><script>parent.postMessage({ type: "cited-stats:height", height: 15001 }, "*");</script>',
        null,
      ],
    });
    const frames = (named) =>
      [
        `<iframe id="real" src="${baseURL}/embed.html?chart=counts" title="cited-stats" width="100%" height="300"></iframe>`,
        `<iframe id="fake" src="${forger.origin}/embed.html" title="another site" width="100%" height="300"></iframe>`,
        `<script src="${baseURL}/resizer.js"${named ? ` data-origins="${named}"` : ""} defer></script>`,
      ].join("\n");
    const csp = `default-src 'self'; script-src 'self' ${baseURL}; style-src 'self'; frame-src ${baseURL} ${forger.origin}; img-src 'self' ${baseURL}`;
    const host = await serve({
      "/": ["text/html; charset=utf-8", `<!doctype html><title>host</title><body>${frames(null)}</body>`, csp],
      "/named": [
        "text/html; charset=utf-8",
        `<!doctype html><title>host</title><body>${frames("https://example.org")}</body>`,
        csp,
      ],
    });
    const height = (id) => page.evaluate((i) => document.getElementById(i).clientHeight, id);
    try {
      await page.goto(`${host.origin}/`);
      const real = await (await page.locator("#real").elementHandle()).contentFrame();
      await chartSettled(real, EL);
      await expect.poll(() => height("real")).not.toBe(300);
      // Before: any frame whose path ended in /embed.html was sized, to 15,001 px here.
      await page.locator("#fake").evaluate(
        (frame) =>
          new Promise((resolve) => {
            if (frame.contentDocument === null) resolve();
            else frame.addEventListener("load", resolve);
          }),
      );
      await real.evaluate(() => window.parent.postMessage({ type: "cited-stats:height", height: 15001 }, "*"));
      await expect.poll(() => height("real")).toBe(6000);
      expect(await height("fake")).toBe(300);

      // A page that names only another origin: its cited-stats frame is not sized either.
      await page.goto(`${host.origin}/named`);
      const named = await (await page.locator("#real").elementHandle()).contentFrame();
      await chartSettled(named, EL);
      await named.evaluate(() => window.parent.postMessage({ type: "cited-stats:height", height: 500 }, "*"));
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
      expect(await height("real")).toBe(300);
    } finally {
      await new Promise((resolve) => host.server.close(resolve));
      await new Promise((resolve) => forger.server.close(resolve));
    }
  });
});
