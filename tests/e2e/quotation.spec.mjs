// The element's schema.org Quotation (issue 16): with the core's `structured-data` attribute, the
// figure whose card is open is described in one <script type="application/ld+json"> in the page's
// <head> (light DOM, where crawlers read it), replaced when the card changes and removed when it
// closes or the attribute goes; never without the attribute, and never inside an iframe (checked
// through embed.html, against the same page opened on its own). A quote holding "</script>" cannot
// end the script, even when the page is serialised and parsed again.
import { FIGURES, chartSettled, expect, firstFigures, frames, test } from "./support.mjs";

const FIXTURE = "/fixtures/quotation.html";
const indexOf = (id) => FIGURES.findIndex((f) => f.id === id);

/** The schema.org properties a Quotation may carry here, with what each must be. */
const PERSON = (value) => value?.["@type"] === "Person" && typeof value.name === "string" && value.name !== "";
const SHAPES = {
  "@context": (v) => v === "https://schema.org",
  "@type": (v) => v === "Quotation",
  text: (v) => typeof v === "string" && v !== "",
  spokenByCharacter: PERSON,
  creator: PERSON,
  dateCreated: (v) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v),
  isPartOf: (v) => v?.["@type"] === "CreativeWork" && typeof v.name === "string" && v.name !== "",
  citation: (v) => typeof v === "string" && v !== "",
};

/**
 * Checks one JSON-LD object against schema.org's Quotation as used here: the context, the type,
 * the text and a Person with a name are required; every other property is one Quotation (a
 * CreativeWork) has, of the type schema.org gives it. Returns the problems, none when valid.
 */
function quotationProblems(json) {
  const problems = [];
  for (const required of ["@context", "@type", "text", "spokenByCharacter"])
    if (!(required in json)) problems.push(`missing ${required}`);
  for (const [key, value] of Object.entries(json))
    if (!(key in SHAPES)) problems.push(`unknown property ${key}`);
    else if (!SHAPES[key](value)) problems.push(`${key}: ${JSON.stringify(value)}`);
  return problems;
}

/** The page's JSON-LD scripts in <head> (and how many there are anywhere in the document), as text. */
function ldScripts(frameOrPage) {
  return frameOrPage.evaluate(() => ({
    head: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
    everywhere: document.querySelectorAll('script[type="application/ld+json"]').length,
  }));
}

/** The Quotations in the page's head, parsed (the test fails on any that is not valid). */
async function quotations(frameOrPage) {
  const { head, everywhere } = await ldScripts(frameOrPage);
  expect(everywhere, "JSON-LD outside <head>").toBe(head.length);
  return head.map((text) => {
    const json = JSON.parse(text);
    expect(quotationProblems(json), text).toEqual([]);
    return json;
  });
}

/** Opens figure `index`'s card in element `selector` and waits until it shows the whole quote. */
async function openCard(frameOrPage, selector, index) {
  await frameOrPage.evaluate(([sel, i]) => document.querySelector(sel).openFigure(i), [selector, index]);
  await expect(frameOrPage.locator(`${selector} .card blockquote`)).toBeVisible();
  // Every figure is whole, and whatever waited for that has run; then a frame for good measure.
  await frameOrPage.evaluate((sel) => document.querySelector(sel).loadDetails(), selector);
  await frames(frameOrPage);
}

/** What the Quotation of figure `figure` must say. */
function expected(figure) {
  const person = { "@type": "Person", name: figure.speaker };
  return {
    "@context": "https://schema.org",
    "@type": "Quotation",
    text: figure.quote,
    spokenByCharacter: person,
    creator: person,
    isPartOf: { "@type": "CreativeWork", name: figure.debate },
    ...(figure.date ? { dateCreated: figure.date } : {}),
    ...(figure.cited_source ? { citation: figure.cited_source } : {}),
  };
}

test.describe("the open card's Quotation", () => {
  test("with the attribute: one Quotation for the open card, replaced when it changes, gone when it closes", async ({
    page,
  }) => {
    await page.goto(FIXTURE);
    await chartSettled(page, "#with");
    expect(await quotations(page)).toEqual([]);

    const dated = indexOf("lac-2016-009");
    expect(FIGURES[dated].cited_source).toBeTruthy();
    await page.evaluate((i) => document.getElementById("with").openFigure(i), dated);
    await expect.poll(() => quotations(page)).toEqual([expected(FIGURES[dated])]);

    // Another figure (undated: no date is made up for it) takes its place.
    const undated = indexOf("wh-undated-006");
    expect(FIGURES[undated].date).toBeNull();
    await page.evaluate((i) => document.getElementById("with").openFigure(i), undated);
    await expect.poll(() => quotations(page)).toEqual([expected(FIGURES[undated])]);
    expect((await quotations(page))[0]).not.toHaveProperty("dateCreated");

    await page.evaluate(() => document.getElementById("with").closeCard());
    await expect.poll(() => quotations(page)).toEqual([]);

    // Removing the attribute with a card open removes it; setting it again brings it back.
    await page.evaluate((i) => document.getElementById("with").openFigure(i), dated);
    await expect.poll(() => quotations(page)).toHaveLength(1);
    await page.evaluate(() => document.getElementById("with").removeAttribute("structured-data"));
    await expect.poll(() => quotations(page)).toEqual([]);
    await page.evaluate(() => document.getElementById("with").setAttribute("structured-data", ""));
    await expect.poll(() => quotations(page)).toEqual([expected(FIGURES[dated])]);

    // Taken out of the page, its Quotation goes; put back with its card still open, it returns.
    await page.evaluate(() => {
      const element = document.getElementById("with");
      /** @type {any} */ (window).parked = [element, element.parentNode, element.nextSibling];
      element.remove();
    });
    await expect.poll(() => quotations(page)).toEqual([]);
    await page.evaluate(() => {
      const [element, parent, next] = /** @type {any} */ (window).parked;
      parent.insertBefore(element, next);
    });
    await expect.poll(() => quotations(page)).toEqual([expected(FIGURES[dated])]);

    // Taking the element out of the page takes its Quotation too.
    await page.evaluate(() => document.getElementById("with").remove());
    await expect.poll(() => quotations(page)).toEqual([]);
  });

  test("without the attribute nothing is added", async ({ page }) => {
    await page.goto(FIXTURE);
    await chartSettled(page, "#without");
    await openCard(page, "#without", indexOf("icsc-2022-018"));
    // The element with the attribute, opened after it, is the only one heard from.
    const other = indexOf("lac-2016-009");
    await openCard(page, "#with", other);
    await expect.poll(() => quotations(page)).toEqual([expected(FIGURES[other])]);
  });

  test("never inside an iframe: embed.html adds one on its own, none when framed", async ({ page }) => {
    const index = indexOf("lac-2016-009");
    // embed.html as the page itself: the same element, the same steps, and the Quotation is there.
    await page.goto("/embed.html?chart=bars&topic=fostering");
    await chartSettled(page, "cited-stats");
    await page.evaluate(() => document.querySelector("cited-stats").setAttribute("structured-data", ""));
    await openCard(page, "cited-stats", index);
    expect(await quotations(page)).toEqual([expected(FIGURES[index])]);

    // Framed by another page: neither the frame's head nor the page's gets one.
    await page.goto("/fixtures/host/blank.html");
    await page.evaluate(() => {
      const iframe = document.createElement("iframe");
      Object.assign(iframe, { id: "frame", src: "/embed.html?chart=bars&topic=fostering", title: "A chart" });
      document.body.append(iframe);
    });
    const frame = await (await page.locator("#frame").elementHandle()).contentFrame();
    await frame.waitForLoadState("load");
    await chartSettled(frame, "cited-stats");
    await frame.evaluate(() => document.querySelector("cited-stats").setAttribute("structured-data", ""));
    await openCard(frame, "cited-stats", index);
    expect(await quotations(frame)).toEqual([]);
    expect(await quotations(page)).toEqual([]);
  });

  test("a quote holding </script> stays inside its script, also when the page is parsed again", async ({ page }) => {
    await page.goto(FIXTURE);
    await chartSettled(page, "#with");
    const hostile = '</script><script>window.__escaped = 1</script><!-- <script> "quoted" ';
    const figures = firstFigures(2);
    figures[0].quote = hostile + figures[0].quote;
    figures[0].figure_offset += [...hostile].length;
    await page.evaluate((data) => {
      const element = document.createElement("cited-stats");
      Object.assign(element, { id: "hostile" });
      element.setAttribute("structured-data", "");
      element.setAttribute("height", "200");
      element.setAttribute("loading", "eager");
      element.data = data;
      document.body.append(element);
      return element.ready;
    }, figures);
    await page.evaluate(() => document.getElementById("hostile").openFigure(0));
    await expect.poll(async () => (await quotations(page)).map((q) => q.text)).toEqual([figures[0].quote]);

    const { head } = await ldScripts(page);
    expect(head[0]).not.toContain("<");
    expect(head[0]).toContain("\\u003c/script>");
    // Serialised (as a crawler's snapshot is) and parsed again: still one script, with the same JSON.
    const reparsed = await page.evaluate(() => {
      const copy = new DOMParser().parseFromString(document.documentElement.outerHTML, "text/html");
      return {
        ld: [...copy.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
        scripts: copy.querySelectorAll("script").length,
        before: document.querySelectorAll("script").length,
      };
    });
    expect(reparsed.scripts).toBe(reparsed.before);
    expect(reparsed.ld.map((text) => JSON.parse(text).text)).toEqual([figures[0].quote]);
    expect(await page.evaluate(() => window.__escaped)).toBeUndefined();
  });
});
