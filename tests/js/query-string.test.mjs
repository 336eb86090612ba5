// www/lib/query-string.js, the one JS module that reads and writes query strings: its encoding is
// the core's (checked here against the core itself, the wasm under Node), lists split only on bare
// commas, a lone surrogate is written as its bytes, and the helpers the element, the iframe page
// and the explorer use. Run: node --test tests/js/ (after `npm run build`, for the agreement tests).
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  buildQuery,
  decodeValue,
  encodeValue,
  formatParameter,
  parseQuery,
  pieces,
  queryKey,
  wellFormedQuery,
  withFigure,
  withoutParameters,
} from "../../www/lib/query-string.js";
import { LIST_PARAMETERS, QUERY_PARAMETERS } from "../../www/lib/vocabulary.js";

describe("encodeValue", () => {
  test("leaves only A–Z a–z 0–9 - . _ ~ bare and writes a space as +", () => {
    assert.equal(encodeValue("Care leavers-2009_v1.0~"), "Care+leavers-2009_v1.0~");
    assert.equal(encodeValue("!'()*"), "%21%27%28%29%2A");
  });

  test("escapes what would read as syntax: & = + % , # ?", () => {
    assert.equal(encodeValue("a&b=c+d%e,f#g?h"), "a%26b%3Dc%2Bd%25e%2Cf%23g%3Fh");
  });

  test("writes text as UTF-8 bytes, upper-case hex", () => {
    assert.equal(encodeValue("£1.2bn"), "%C2%A31.2bn");
    assert.equal(encodeValue("Ynys Môn"), "Ynys+M%C3%B4n");
    assert.equal(encodeValue("😀"), "%F0%9F%98%80");
    assert.equal(encodeValue("%20"), "%2520", "an escape in the text is text");
  });

  test("writes a lone surrogate as its WTF-8 bytes instead of throwing", () => {
    assert.throws(() => encodeURIComponent("\uD83D"), URIError);
    assert.equal(encodeValue("\uD83D"), "%ED%A0%BD");
    assert.equal(encodeValue("a \uDE00b"), "a+%ED%B8%80b");
    assert.equal(encodeValue("\uD83D\uDE00\uD83D"), "%F0%9F%98%80%ED%A0%BD", "a pair stays one character");
  });
});

describe("decodeValue", () => {
  test("reads + as a space and escapes as UTF-8", () => {
    assert.equal(decodeValue("a+b%2Cc"), "a b,c");
    assert.equal(decodeValue("%C2%A3"), "£");
    assert.equal(decodeValue("a%20b"), "a b");
  });

  test("keeps a malformed escape as it is", () => {
    assert.equal(decodeValue("100%"), "100%");
    assert.equal(decodeValue("%zz"), "%zz");
  });

  test("undoes encodeValue for any well-formed text", () => {
    for (const text of ["", " ", "a b", "a+b", "100%", "x,y", "£ & €", "😀 ok", "=?#&", "~!*'()"]) {
      assert.equal(decodeValue(encodeValue(text)), text);
    }
  });
});

describe("wellFormedQuery", () => {
  test("writes only lone surrogates as bytes and leaves the rest as given", () => {
    assert.equal(wellFormedQuery("q=a b&topic=x,y"), "q=a b&topic=x,y");
    assert.equal(wellFormedQuery("q=\uD83D&chart=bars"), "q=%ED%A0%BD&chart=bars");
    assert.equal(wellFormedQuery("q=😀"), "q=😀");
  });
});

describe("parseQuery", () => {
  test("splits a list on bare commas only, then decodes each value", () => {
    const params = parseQuery("?topic=fostering,adoption&speaker=Smith%2C+John,Jones&q=a,b");
    assert.deepEqual(params.get("topic"), ["fostering", "adoption"]);
    assert.deepEqual(params.get("speaker"), ["Smith, John", "Jones"]);
    assert.deepEqual(params.get("q"), ["a,b"], "q is not a list");
  });

  test("keeps the first of a repeated parameter and skips empty pieces", () => {
    const params = parseQuery("chart=bars&&chart=dots&");
    assert.deepEqual([...params], [["chart", ["bars"]]]);
  });

  test("a parameter without = has one empty value; names are decoded", () => {
    assert.deepEqual(
      [...parseQuery("q&%63hart=bars")],
      [
        ["q", [""]],
        ["chart", ["bars"]],
      ],
    );
  });
});

describe("buildQuery", () => {
  test("writes the view parameters in canonical order, lists joined by bare commas", () => {
    const query = buildQuery({ q: ["care leavers"], chart: ["bars"], topic: ["fostering", "a,b"], figure: ["x-1"] });
    assert.equal(query, "chart=bars&topic=fostering,a%2Cb&q=care+leavers&figure=x-1");
  });

  test("leaves out empty parameters and names that are not view parameters", () => {
    const params = new Map([
      ["chart", []],
      ["q", [""]],
      ["from", ["2009-01-01"]],
      ["theme", ["dark"]],
    ]);
    assert.equal(buildQuery(params), "from=2009-01-01");
  });

  test("round-trips through parseQuery", () => {
    const params = { debate: ["d-1", "d,2"], q: ["£ & 😀"], cited: ["yes"] };
    const read = parseQuery(buildQuery(params));
    assert.deepEqual(Object.fromEntries(read), params);
  });
});

describe("editing a query", () => {
  test("pieces gives each decoded name with its value as written", () => {
    assert.deepEqual(pieces("?%71=a+b&x"), [
      { name: "q", raw: "a+b", piece: "%71=a+b" },
      { name: "x", raw: "", piece: "x" },
    ]);
  });

  test("withoutParameters drops the named ones (by decoded name) and keeps the rest byte for byte", () => {
    const query = "?chart=bars&theme=dark&q=a%2Cb+c&%68eight=300&height2=1";
    assert.equal(withoutParameters(query, ["theme", "height"]), "chart=bars&q=a%2Cb+c&height2=1");
  });

  test("withFigure replaces the open figure, appended last, or removes it", () => {
    assert.equal(withFigure("chart=bars&figure=old&q=x", "new id"), "chart=bars&q=x&figure=new+id");
    assert.equal(withFigure("figure=old", null), "");
    assert.equal(withFigure("", "a&b"), "figure=a%26b");
    assert.equal(withFigure("q=x", "\uD83D"), "q=x&figure=%ED%A0%BD");
  });

  test("queryKey ignores order and the names given, not values", () => {
    assert.equal(queryKey("topic=a&chart=bars&figure=x", ["figure"]), queryKey("chart=bars&topic=a"));
    assert.notEqual(queryKey("chart=bars&topic=a"), queryKey("chart=bars&topic=b"));
    assert.notEqual(queryKey("q=a%26b"), queryKey("q=a&b"));
  });

  test("formatParameter encodes the name and each value", () => {
    assert.equal(formatParameter("q", ["a b", "c,d"]), "q=a+b,c%2Cd");
  });
});

describe("agrees with the core (src/query/url.rs, the wasm under Node)", () => {
  const www = fileURLToPath(new URL("../../www/", import.meta.url));
  let handle;
  let figures;

  before(async () => {
    const wasm = `${www}pkg/cited_stats_bg.wasm`;
    assert.ok(existsSync(wasm), `${wasm} is missing: run \`npm run build\` first`);
    const { init, loadDataset } = await import("../../www/index.js");
    await init(readFileSync(wasm));
    figures = JSON.parse(readFileSync(`${www}data/figures.json`, "utf8"));
    handle = await loadDataset(figures);
  });

  test("the parameter names and lists are the core's", () => {
    const state = handle.setQuery("nonsense=1");
    const named = /\(the parameters are ([^)]*)\)/.exec(state.problems[0].message)?.[1];
    assert.deepEqual(named?.split(", "), QUERY_PARAMETERS);
    for (const name of LIST_PARAMETERS) {
      const repeated = handle
        .setQuery(`${name}=a&${name}=b`)
        .problems.map((p) => p.message)
        .join("\n");
      assert.match(repeated, /give several values once, separated by commas/, name);
    }
  });

  test("what buildQuery writes in canonical order is the core's canonical query, byte for byte", () => {
    const texts = ["care leavers", "£1.2 billion", "a,b", "a&b=c", "100% + 5", "~!*'()", "Môn 😀", "#?/:@", " x "];
    for (const search of texts) {
      const query = buildQuery({ chart: ["bars"], topic: ["care-leavers", "fostering"], q: [search] });
      const state = handle.setQuery(query);
      assert.deepEqual(state.problems, [], query);
      assert.equal(state.search, search);
      assert.equal(state.query, query);
    }
  });

  test("a list value holding a comma stays one value", () => {
    const speakers = [...new Set(figures.map((f) => f.speaker))].slice(0, 2);
    const state = handle.setQuery(buildQuery({ speaker: speakers }));
    assert.deepEqual(state.problems, []);
    assert.deepEqual(parseQuery(state.query).get("speaker")?.sort(), [...speakers].sort());
    const comma = handle.setQuery(buildQuery({ speaker: ["Smith, John"] }));
    assert.deepEqual(
      comma.problems.map((p) => p.value),
      ["Smith, John"],
      "one unknown speaker, not two",
    );
  });

  test("a lone surrogate reaches the core as bytes it names as not UTF-8", () => {
    const state = handle.setQuery(buildQuery({ q: ["half \uD83D"] }));
    assert.equal(state.problems.length, 1);
    assert.equal(state.problems[0].parameter, "q");
    assert.match(state.problems[0].message, /is not UTF-8 text once percent-decoded/);
    assert.equal(state.problems[0].value, "half+%ED%A0%BD");
  });
});
