// oEmbed: the explorer and the iframe page advertise an oEmbed response through <link
// rel="alternate" type="application/json+oembed"> in the HTML a CMS reads; the link resolves to
// JSON with the fields the oEmbed specification requires (version "1.0", a type, and for "rich":
// html, width and height); embed.html's script points it at the response for the view it shows, or
// removes it where the build wrote none; and every response's html is the explorer's iframe snippet
// (www/explorer/snippets.js) for its view, differing from what "Embed this view" writes on screen
// only in the site's address and the title's words.
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { iframeSnippet } from "../../www/explorer/snippets.js";
import { expect, openExplorer, test } from "./support.mjs";

const DIR = fileURLToPath(new URL("../../www/data/", import.meta.url));
const read = (path) => JSON.parse(readFileSync(`${DIR}${path}`, "utf8"));

/** The fields the oEmbed specification requires of a response, and those of type "rich". */
function expectValid(response, where) {
  expect(response.version, where).toBe("1.0");
  expect(response.type, where).toBe("rich");
  expect(typeof response.html === "string" && response.html.length > 0, `${where}: html`).toBe(true);
  for (const size of ["width", "height"]) {
    expect(Number.isInteger(response[size]) && response[size] > 0, `${where}: ${size}`).toBe(true);
  }
}

/** The iframe's src in a response's html. */
function iframeSrc(html) {
  const match = /^<iframe src="([^"]*)"/.exec(html);
  expect(match, html).toBeTruthy();
  return new URL(match[1].replaceAll("&amp;", "&"));
}

/** Fetches the discovery link's target as a consumer would and checks it; returns the response. */
async function resolve(request, href, where) {
  const answer = await request.get(href);
  expect(answer.status(), `${where}: ${href}`).toBe(200);
  expect(answer.headers()["content-type"], `${where}: ${href}`).toMatch(/^application\/json\b/);
  const response = await answer.json();
  expectValid(response, where);
  return response;
}

test.describe("oEmbed discovery", () => {
  for (const page of ["index.html", "embed.html"]) {
    test(`${page}'s HTML advertises the default view's response, which resolves and is valid`, async ({
      request,
      baseURL,
    }) => {
      // The HTML as a CMS fetches it, without running its scripts.
      const url = new URL(`/${page}`, baseURL);
      const html = await (await request.get(url.href)).text();
      const links = [
        ...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)">/g),
      ];
      expect(links.length, `one oEmbed link in ${page}`).toBe(1);
      const response = await resolve(request, new URL(links[0][1], url).href, page);
      const src = iframeSrc(response.html);
      expect(src.pathname.endsWith("/embed.html")).toBe(true);
      expect(src.search).toBe("");
      expect(response.title).toBe(read("fallback/index.json").views.find((v) => v.query === "").description);
    });
  }

  test("embed.html points its link at the response for the standard view it shows", async ({ page, request }) => {
    await page.goto("/embed.html?topic=care-leavers&chart=bars");
    const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
    await expect(link).toHaveAttribute("href", "data/oembed/chart-bars_topic-care-leavers.json");
    const href = await link.evaluate((element) => element.href);
    const response = await resolve(request, href, "embed.html?topic=care-leavers&chart=bars");
    expect(iframeSrc(response.html).search).toBe("?chart=bars&topic=care-leavers");
  });

  for (const query of ["q=foster", "chart=bars&topic=care-leavers&figure=icsc-2022-003", "src=data/figures.json"]) {
    test(`embed.html?${query}: no response describes the view, so the link is removed`, async ({ page }) => {
      await page.goto(`/embed.html?${query}`);
      await page.locator("cited-stats").evaluate((element) => element.ready.catch(() => {}));
      await expect(page.locator('link[type="application/json+oembed"]')).toHaveCount(0);
    });
  }
});

test.describe("the static responses", () => {
  test("one for every view in the fallback index, each valid, its html the explorer's iframe snippet for that view", () => {
    const { views } = read("fallback/index.json");
    expect(readdirSync(`${DIR}oembed`).sort()).toEqual(views.map((v) => `${v.slug}.json`).sort());
    for (const view of views) {
      const response = read(`oembed/${view.slug}.json`);
      expectValid(response, view.slug);
      expect(response.title, view.slug).toBe(view.description);
      expect(response.html, view.slug).toBe(
        iframeSnippet({ base: response.provider_url, query: view.query, description: response.title }),
      );
      expect(iframeSrc(response.html).search, view.slug).toBe(view.query ? `?${view.query}` : "");
    }
  });

  test("the explorer's own iframe snippet for a view differs from the response's html only in the site's address and the title", async ({
    page,
    baseURL,
  }) => {
    const query = "chart=bars&topic=care-leavers";
    await openExplorer(page, query);
    await page.locator("#embed-toggle").click();
    const onScreen = await page.locator("#embed-iframe").inputValue();
    const response = read("oembed/chart-bars_topic-care-leavers.json");
    const title = (html) => /title="([^"]*)"/.exec(html)[1];
    expect(
      onScreen.replaceAll(`${baseURL}/`, response.provider_url).replace(title(onScreen), title(response.html)),
    ).toBe(response.html);
  });
});
