// www/lib/attributes.js: the element's attributes as one query string for the core (with a fake
// element: only getAttribute and ownerDocument are read), and the widget attributes' checks.
// Run: node --test tests/js/
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import {
  QUERY_ATTRIBUTES,
  WIDGET_ATTRIBUTES,
  encodeText,
  queryFromAttributes,
  wellFormedQuery,
  widgetAttribute,
} from "../../www/lib/attributes.js";
import { QUERY_PARAMETERS, WIDGET_PARAMETERS } from "../../www/lib/vocabulary.js";

/** An element with these attributes, on a page at `base`. */
function fakeElement(attributes, base = "https://host.example/page/") {
  return {
    getAttribute: (name) => (Object.hasOwn(attributes, name) ? attributes[name] : null),
    ownerDocument: { baseURI: base },
  };
}

test("the attribute names are the core's URL parameters and widget attributes, as generated", () => {
  // The lists the element observes are the vocabulary's, and the vocabulary holds the core's names.
  assert.equal(QUERY_ATTRIBUTES, QUERY_PARAMETERS);
  assert.equal(WIDGET_ATTRIBUTES, WIDGET_PARAMETERS);
  assert.deepEqual(QUERY_PARAMETERS.slice(0, 2), ["chart", "debate"]);
  for (const name of ["q", "figure", "cited", "from", "to"]) assert.ok(QUERY_PARAMETERS.includes(name), name);
  for (const name of ["theme", "height", "src", "scale", "explorer"]) assert.ok(WIDGET_PARAMETERS.includes(name), name);
});

describe("encodeText", () => {
  test("encodes as the core does (a space as +, reserved characters escaped)", () => {
    assert.equal(encodeText("care leavers, £5 & more!"), "care+leavers%2C+%C2%A35+%26+more%21");
  });

  test("writes a lone surrogate as its bytes (the core then names it), never throws", () => {
    assert.equal(encodeText("half \uD83D"), "half+%ED%A0%BD");
    assert.equal(encodeText("\uDC00"), "%ED%B0%80");
  });
});

test("wellFormedQuery is re-exported for the query property", () => {
  assert.equal(wellFormedQuery("q=\uD83D"), "q=%ED%A0%BD");
});

describe("queryFromAttributes", () => {
  test("no attributes: the empty query", () => {
    assert.equal(queryFromAttributes(fakeElement({})), "");
  });

  test("one parameter per attribute, in the core's order, whatever order they are given in", () => {
    const element = fakeElement({ figure: "id-1", q: "care leavers", chart: "bars", from: "2009-01-01" });
    assert.equal(queryFromAttributes(element), "chart=bars&from=2009-01-01&q=care+leavers&figure=id-1");
  });

  test("a list attribute's values are trimmed and encoded one by one; its commas separate", () => {
    const element = fakeElement({ topic: " fostering , care-leavers", speaker: "A & B,C D" });
    assert.equal(queryFromAttributes(element), "speaker=A+%26+B,C+D&topic=fostering,care-leavers");
  });

  test("a comma in q or figure is part of the value", () => {
    assert.equal(queryFromAttributes(fakeElement({ q: "a,b", figure: "x,y" })), "q=a%2Cb&figure=x%2Cy");
  });

  test("an empty attribute is still a parameter, so the core can name it", () => {
    assert.equal(queryFromAttributes(fakeElement({ chart: "", topic: "" })), "chart=&topic=");
  });

  test("widget attributes are not part of the view", () => {
    assert.equal(queryFromAttributes(fakeElement({ theme: "dark", height: "300", src: "x.json", q: "x" })), "q=x");
  });

  test("a lone surrogate in an attribute is written as its bytes", () => {
    assert.equal(
      queryFromAttributes(fakeElement({ q: "\uD83D", party: "Lab,\uDE00" })),
      "party=Lab,%ED%B8%80&q=%ED%A0%BD",
    );
  });
});

describe("widgetAttribute", () => {
  const read = (name, value) => widgetAttribute(fakeElement(value === null ? {} : { [name]: value }), name);

  test("theme: light, dark or auto (the default)", () => {
    assert.deepEqual(read("theme", null), { value: "auto" });
    assert.deepEqual(read("theme", "dark"), { value: "dark" });
    assert.deepEqual(read("theme", "blue").problem, {
      parameter: "theme",
      value: "blue",
      message: 'attribute `theme`: "blue" is not one of (light, dark, auto)',
    });
  });

  test("height: CSS px from 120 to 4000, digits only", () => {
    assert.deepEqual(read("height", "320px"), { value: 320 });
    assert.deepEqual(read("height", "120"), { value: 120 });
    assert.deepEqual(read("height", "4000"), { value: 4000 });
    for (const bad of ["119", "4001", "1e3", "0x200", " ", "-200"]) {
      assert.equal(
        read("height", bad).problem?.message,
        `attribute \`height\`: ${JSON.stringify(bad)} is not a height in CSS px from 120 to 4000`,
      );
    }
  });

  test("scale: auto (the default), linear or log", () => {
    assert.deepEqual(read("scale", null), { value: "auto" });
    assert.deepEqual(read("scale", "log"), { value: "log" });
    assert.equal(read("scale", "sqrt").problem?.message, 'attribute `scale`: "sqrt" is not one of (auto, linear, log)');
  });

  test("explorer: an http(s) URL, resolved against the page", () => {
    assert.deepEqual(read("explorer", "../explore/"), { value: "https://host.example/explore/" });
    assert.equal(
      read("explorer", "javascript:alert(1)").problem?.message,
      'attribute `explorer`: "javascript:alert(1)" is not an http(s) URL',
    );
  });

  test("src: an http(s), blob: or data: URL, resolved against the page; any other scheme is named", () => {
    assert.equal(
      read("src", "javascript:alert(1)").problem?.message,
      'attribute `src`: "javascript:alert(1)" is not an http(s), blob: or data: URL',
    );
    assert.deepEqual(read("src", "data.json"), { value: "https://host.example/page/data.json" });
    assert.deepEqual(read("src", ""), { value: null });
    assert.equal(read("src", "http://[::1").problem?.message, 'attribute `src`: "http://[::1" is not a URL');
  });
});
