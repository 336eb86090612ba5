// www/explorer/snippets.js (the "Embed this view" snippets) and labels.js: HTML escaping,
// describeView in the core's words, the element and iframe snippets for a view, and reading the
// fallback index. Pure functions: no DOM. Run: node --test tests/js/
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  describeView,
  elementSnippet,
  escapeHtml,
  iframeSnippet,
  readFallbackIndex,
} from "../../www/explorer/snippets.js";
import { labelIn } from "../../www/explorer/labels.js";
import { CHART_LABELS, GROUP_LABELS, QUOTED_LABELS, UNIT_LABELS } from "../../www/lib/vocabulary.js";

const BASE = "https://cited.example/stats/";
const view = (query, n = 3) => ({ query, indices: Array.from({ length: n }, (_, i) => i) });

test("escapeHtml escapes the five characters HTML reads and nothing else", () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&amp;</a>`),
    "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
  );
  assert.equal(escapeHtml("£ 😀 é"), "£ 😀 é");
  assert.equal(escapeHtml(42), "42");
});

test("labelIn reads only the table's own keys", () => {
  assert.equal(labelIn(CHART_LABELS, "bars"), "Value bars");
  assert.equal(labelIn(CHART_LABELS, "constructor"), "constructor");
  assert.equal(labelIn(UNIT_LABELS, "toString", "fallback"), "fallback");
  assert.equal(labelIn(UNIT_LABELS, "times"), "multiples");
});

describe("describeView", () => {
  test("the default view: a timeline of all the figures shown", () => {
    assert.equal(
      describeView(view("", 125)),
      "Timeline of 125 figures quoted in UK parliamentary debates on children's social care",
    );
    assert.match(describeView(view("", 1)), /^Timeline of 1 figure quoted/);
    assert.match(describeView(view("", 0)), /^Timeline of no figures quoted/);
  });

  test("the chart kind and grouping in the core's words", () => {
    for (const [slug, label] of Object.entries(CHART_LABELS)) {
      assert.ok(describeView(view(`chart=${slug}`)).startsWith(`${label} of 3 figures`), slug);
    }
    assert.match(describeView(view("group=cited")), new RegExp(`\\(grouped by ${GROUP_LABELS.cited}\\)$`));
    assert.match(describeView(view("group=cited")), /grouped by whether a source is named/);
  });

  test("each filter with the labels a reader sees, dates written out", () => {
    const labels = { topic: new Map([["care-leavers", "care leavers"]]), unit: new Map([["gbp", UNIT_LABELS.gbp]]) };
    const text = describeView(
      view(
        "chart=bars&topic=care-leavers,fostering&unit=gbp&from=2009-03-12&to=2022-11-24&cited=no&q=a+%26+b&figure=x-1",
      ),
      { labels },
    );
    assert.equal(
      text,
      "Value bars of 3 figures quoted in UK parliamentary debates on children's social care (topic: care leavers or fostering; " +
        "unit: money (£); from 12 March 2009; to 24 November 2022; no source named; search “a & b”; figure x-1 open)",
    );
  });

  test("a date that is not one is shown as given", () => {
    assert.match(describeView(view("from=2009-13-01")), /from 2009-13-01/);
  });
});

describe("the snippets", () => {
  const description = describeView(view("chart=bars&q=<script>"));

  test("the element: the module script, one attribute per parameter, theme=auto, a link when no image", () => {
    const html = elementSnippet({
      base: BASE,
      query: "chart=bars&topic=care-leavers,fostering&q=%3Cscript%3E+%22x%22",
      description,
    });
    assert.equal(
      html,
      [
        `<script type="module" src="${BASE}dist/cited-stats.js"></script>`,
        `<cited-stats chart="bars" topic="care-leavers,fostering" q="&lt;script&gt; &quot;x&quot;" theme="auto">`,
        `  <a href="${BASE}index.html?chart=bars&amp;topic=care-leavers,fostering&amp;q=%3Cscript%3E+%22x%22">${escapeHtml(description)}. Open the chart to read each figure&#39;s words and source.</a>`,
        "</cited-stats>",
      ].join("\n"),
    );
    assert.doesNotMatch(html, /<script>/);
  });

  test("the element: the build's picture when the index lists the view", () => {
    const index = readFallbackIndex({
      width: 640,
      height: 420,
      files: "{slug}.{theme}.svg",
      views: [{ query: "chart=bars", slug: "bars", description: 'Bars "all"' }],
    });
    const html = elementSnippet({ base: BASE, query: "chart=bars", description: "d", index });
    assert.match(
      html,
      /<source srcset="https:\/\/cited\.example\/stats\/data\/fallback\/bars\.dark\.svg" media="\(prefers-color-scheme: dark\)">/,
    );
    assert.match(
      html,
      /<img src="https:\/\/cited\.example\/stats\/data\/fallback\/bars\.light\.svg" alt="Bars &quot;all&quot;" width="640" height="420">/,
    );
    assert.doesNotMatch(elementSnippet({ base: BASE, query: "chart=dots", description: "d", index }), /<picture>/);
  });

  test("the iframe: embed.html with the query, titled, then the resizer", () => {
    assert.equal(
      iframeSnippet({ base: BASE, query: "chart=bars&q=%22", description: 'A "view" <b>' }),
      `<iframe src="${BASE}embed.html?chart=bars&amp;q=%22" title="A &quot;view&quot; &lt;b&gt;" width="100%" height="480" loading="lazy"></iframe>\n` +
        `<script src="${BASE}dist/resizer.js" defer></script>`,
    );
    assert.match(
      iframeSnippet({ base: BASE, query: "", description: "d" }),
      /src="https:\/\/cited\.example\/stats\/embed\.html"/,
    );
  });
});

describe("readFallbackIndex", () => {
  test("refuses what is not an index", () => {
    for (const json of [
      null,
      3,
      {},
      { views: {} },
      { width: 0, height: 1, views: [] },
      { width: 1, height: "2", views: [] },
    ]) {
      assert.equal(readFallbackIndex(json), null, JSON.stringify(json));
    }
  });

  test("keeps the first entry for a query and skips malformed ones", () => {
    const index = readFallbackIndex({
      width: 640,
      height: 420,
      files: "{slug}.{theme}.svg",
      views: [
        { query: "", slug: "a", description: "first" },
        { query: "", slug: "c", description: "second" },
        { query: "chart=dots", slug: "", description: "no slug" },
        { query: "chart=bars", slug: 5, description: "slug not a string" },
        null,
      ],
    });
    assert.equal(index?.width, 640);
    assert.deepEqual([...(index?.views.keys() ?? [])], [""]);
    assert.equal(index?.views.get("")?.description, "first");
    assert.equal(index?.views.get("")?.dark, "a.dark.svg");
    for (const files of [undefined, 5, "{slug}.svg", "{theme}.svg"]) {
      const views = [{ query: "", slug: "a", description: "d" }];
      assert.equal(readFallbackIndex({ width: 640, height: 420, files, views }), null, String(files));
    }
  });
});

test("describeView: the claims and the `quoted` filter in the reader's and the core's words", () => {
  const labels = { claim: new Map([["innovation-programme-projects", "innovation programme projects"]]) };
  const text = describeView(view("chart=compare&claim=innovation-programme-projects&quoted=differently"), { labels });
  assert.ok(text.startsWith(`${CHART_LABELS.compare} of 3 figures`), text);
  assert.match(text, /claim: innovation programme projects/);
  assert.ok(text.includes(QUOTED_LABELS.differently), text);
  assert.doesNotMatch(describeView(view("quoted=more-than-once")), /quoted differently/);
  assert.ok(describeView(view("quoted=more-than-once")).includes(QUOTED_LABELS["more-than-once"]));
});

test("elementSnippet: claim and quoted become attributes like the other parameters", () => {
  const snippet = elementSnippet({
    base: BASE,
    query: "chart=compare&claim=innovation-programme-funding,innovation-programme-projects&quoted=differently",
    description: "d",
  });
  assert.match(
    snippet,
    /<cited-stats chart="compare" claim="innovation-programme-funding,innovation-programme-projects" quoted="differently" theme="auto">/,
  );
});
