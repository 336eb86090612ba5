//! The wasm boundary in headless Chromium (`cargo test --target wasm32-unknown-unknown --test web`,
//! run by `npm test`): DTOs cross intact, and bad input becomes a JS `Error` with the core's message.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use cited_stats::dataset::EMBEDDED_JSONL;
use cited_stats::wasm::CitedStats;
use js_sys::{Array, JSON, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::HtmlCanvasElement;

wasm_bindgen_test_configure!(run_in_browser);

/// The built-in dataset as JS objects, the way a page hands it over after `JSON.parse`.
fn figures() -> Array {
    EMBEDDED_JSONL
        .lines()
        .map(|line| JSON::parse(line).unwrap())
        .collect()
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap()
}

fn message(error: impl Into<JsValue>) -> String {
    let value: JsValue = error.into();
    assert!(
        value.is_instance_of::<js_sys::Error>(),
        "not a JS Error: {value:?}"
    );
    String::from(value.unchecked_into::<js_sys::Error>().message())
}

fn canvas() -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas = document.create_element("canvas").unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas.unchecked_into()
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

#[wasm_bindgen_test]
fn a_query_state_crosses_as_a_plain_object_with_named_problems() {
    let mut stats = CitedStats::new(figures().into(), "data/figures.json").unwrap();
    assert_eq!(stats.total(), EMBEDDED_JSONL.lines().count());
    let state = stats
        .set_query("q=foster&topic=fostering&colour=red&speaker=Nobody")
        .unwrap();
    assert_eq!(
        get(&state, "query").as_string().unwrap(),
        "topic=fostering&q=foster"
    );
    assert_eq!(get(&state, "chart").as_string().unwrap(), "timeline");
    let problems: Array = get(&state, "problems").unchecked_into();
    let named: Vec<String> = problems
        .iter()
        .map(|p| get(&p, "parameter").as_string().unwrap())
        .collect();
    assert_eq!(named, ["colour", "speaker"]);
    assert!(
        get(&problems.get(1), "message")
            .as_string()
            .unwrap()
            .contains("\"Nobody\"")
    );
    let indices: Array = get(&state, "indices").unchecked_into();
    assert!(indices.length() > 0);
    let first = indices.get(0).as_f64().unwrap() as usize;
    let view = stats.figure_view(first).unwrap();
    let words = get(&view, "words").as_string().unwrap();
    assert!(!words.is_empty());
    let before = get(&view, "before").as_string().unwrap();
    let after = get(&view, "after").as_string().unwrap();
    let figure = figures().get(first as u32);
    assert_eq!(
        format!("{before}{words}{after}"),
        get(&figure, "quote").as_string().unwrap()
    );
}

#[wasm_bindgen_test]
fn a_bad_dataset_throws_an_error_naming_record_id_and_field() {
    let data = figures();
    let broken = data.get(1);
    Reflect::delete_property(
        broken.unchecked_ref::<js_sys::Object>(),
        &JsValue::from_str("quote"),
    )
    .unwrap();
    let id = get(&broken, "id").as_string().unwrap();
    let error = CitedStats::new(data.into(), "mine.json").err().unwrap();
    let text = message(error);
    assert!(
        text.contains(&format!("mine.json: record 2 (id {id:?})")),
        "{text}"
    );
    assert!(text.contains("missing field `quote`"), "{text}");

    let not_an_array = CitedStats::new(JsValue::from_str("nope"), "x.json")
        .err()
        .unwrap();
    assert_eq!(
        message(not_an_array),
        "x.json: the dataset must be an array of figures"
    );

    // An empty array is named in the words of a page's data, not of the curated TOML file.
    let empty = CitedStats::new(Array::new().into(), "empty.json")
        .err()
        .unwrap();
    assert_eq!(message(empty), "empty.json: no records found");
}

#[wasm_bindgen_test]
fn a_bad_render_option_throws_the_cores_message() {
    let mut stats = CitedStats::new(figures().into(), "data/figures.json").unwrap();
    let canvas = canvas();
    let error = stats
        .render(
            &canvas,
            options(r#"{"widthCssPx": -5, "heightCssPx": 300}"#),
        )
        .err()
        .unwrap();
    assert!(message(error).starts_with("chart option `widthCssPx`"));
    let error = stats
        .render(
            &canvas,
            options(r#"{"widthCssPx": 600, "heightCssPx": 300, "colour": 1}"#),
        )
        .err()
        .unwrap();
    assert!(message(error).contains("unknown field `colour`"));
    let error = stats
        .render(
            &canvas,
            options(r#"{"widthCssPx": 600, "heightCssPx": 300, "theme": "pink"}"#),
        )
        .err()
        .unwrap();
    assert_eq!(
        message(error),
        "render option `theme`: \"pink\" is not one of (light, dark)"
    );
    let error = stats
        .render(
            &canvas,
            options(
                r#"{"widthCssPx": 600, "heightCssPx": 300, "colours": {"background": "beige"}}"#,
            ),
        )
        .err()
        .unwrap();
    assert_eq!(
        message(error),
        "render option `colours.background`: \"beige\" is not a colour written #rrggbb"
    );
    let error = stats
        .render(
            &canvas,
            options(
                r##"{"widthCssPx": 600, "heightCssPx": 300, "colours": {"backgrund": "#ffffff"}}"##,
            ),
        )
        .err()
        .unwrap();
    assert!(message(error).contains("unknown field `backgrund`"));
}

#[wasm_bindgen_test]
fn the_pages_own_background_is_the_charts() {
    let mut stats = CitedStats::new(figures().into(), "data/figures.json").unwrap();
    let canvas = canvas();
    stats
        .render(
            &canvas,
            options(r##"{"widthCssPx": 300, "heightCssPx": 200, "colours": {"background": "#f5f0e6"}, "fontFamily": "serif"}"##),
        )
        .unwrap();
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").unwrap().unwrap().unchecked_into();
    let corner = context.get_image_data(1.0, 1.0, 1.0, 1.0).unwrap().data();
    assert_eq!(&corner[..3], &[0xf5, 0xf0, 0xe6]);
}

#[wasm_bindgen_test]
fn a_render_at_twice_the_ratio_doubles_the_backing_store_and_hits_its_marks() {
    let mut stats = CitedStats::new(figures().into(), "data/figures.json").unwrap();
    stats.set_query("").unwrap();
    let canvas = canvas();
    let drawn = stats
        .render(
            &canvas,
            options(r#"{"widthCssPx": 640, "heightCssPx": 360, "devicePixelRatio": 2}"#),
        )
        .unwrap();
    assert_eq!((canvas.width(), canvas.height()), (1280, 720));
    assert!(get(&drawn, "marks").as_f64().unwrap() > 0.0);
    let first = stats.next_mark(None).unwrap();
    let view = stats.mark_view(first).unwrap();
    let bbox = get(&view, "bbox");
    let x =
        get(&bbox, "xCssPx").as_f64().unwrap() + get(&bbox, "widthCssPx").as_f64().unwrap() / 2.0;
    let y =
        get(&bbox, "yCssPx").as_f64().unwrap() + get(&bbox, "heightCssPx").as_f64().unwrap() / 2.0;
    let hit = stats.hit(x, y, None).unwrap();
    assert_eq!(get(&hit, "mark").as_f64().unwrap() as usize, first);
    assert!(stats.hit(-50.0, -50.0, None).unwrap().is_null());
}

/// The built-in dataset split as the build splits it: (first part, detail part).
fn parts() -> (Array, Array) {
    let (first, details) = (Array::new(), Array::new());
    for figure in figures().iter() {
        let (a, b) = (js_sys::Object::new(), js_sys::Object::new());
        for key in js_sys::Object::keys(figure.unchecked_ref::<js_sys::Object>()).iter() {
            let name = key.as_string().unwrap();
            let target = if cited_stats::dataset::is_detail_field(&name) {
                &b
            } else {
                &a
            };
            Reflect::set(target, &key, &Reflect::get(&figure, &key).unwrap()).unwrap();
        }
        Reflect::set(&b, &"id".into(), &get(&figure, "id")).unwrap();
        first.push(&a);
        details.push(&b);
    }
    (first, details)
}

#[wasm_bindgen_test]
fn the_first_part_draws_at_once_and_the_details_join_it_checked() {
    let (first, details) = parts();
    let mut stats = CitedStats::with_details_pending(first.clone().into(), "first.json").unwrap();
    assert!(stats.details_pending());
    stats.set_query("chart=bars").unwrap();
    let drawn = stats
        .render(
            &canvas(),
            options(r#"{"widthCssPx":640,"heightCssPx":420}"#),
        )
        .unwrap();
    assert!(get(&drawn, "marks").as_f64().unwrap() > 0.0);
    let mark = get(&stats.mark_view(0).unwrap(), "description");
    assert!(!mark.as_string().unwrap().is_empty());
    assert!(message(stats.figure_view(0).unwrap_err()).contains("details"));
    assert!(message(stats.csv(vec![0]).unwrap_err()).contains("details"));

    // Details out of step with the figures are refused by name, and the handle keeps waiting.
    let shuffled = details.slice(1, details.length());
    shuffled.push(&details.get(0));
    let refused = stats
        .add_details(first.clone().into(), shuffled.into(), "detail.json")
        .unwrap_err();
    assert!(
        message(refused).contains("detail record 1 is not for figure 1"),
        "refused"
    );
    let bad = details.slice(0, details.length());
    let broken = js_sys::Object::assign(&js_sys::Object::new(), bad.get(2).unchecked_ref());
    Reflect::set(&broken, &"figure_offset".into(), &JsValue::from(9_999)).unwrap();
    bad.set(2, broken.into());
    let refused = stats
        .add_details(first.clone().into(), bad.into(), "detail.json")
        .unwrap_err();
    assert!(message(refused).contains("field `figure_offset`"));
    assert!(stats.details_pending());

    stats
        .add_details(first.into(), details.into(), "detail.json")
        .unwrap();
    assert!(!stats.details_pending());
    let whole = figures().get(0);
    let view = stats.figure_view(0).unwrap();
    let quote = format!(
        "{}{}{}",
        get(&view, "before").as_string().unwrap(),
        get(&view, "words").as_string().unwrap(),
        get(&view, "after").as_string().unwrap()
    );
    assert_eq!(quote, get(&whole, "quote").as_string().unwrap());
    assert!(
        stats
            .csv(vec![0])
            .unwrap()
            .contains(&get(&whole, "id").as_string().unwrap())
    );
}

#[wasm_bindgen_test]
fn a_detail_field_in_the_first_part_is_never_taken() {
    let (first, details) = parts();
    Reflect::set(&first.get(4), &"quote".into(), &"made up".into()).unwrap();
    let mut stats = CitedStats::with_details_pending(first.clone().into(), "first.json").unwrap();
    stats
        .add_details(first.into(), details.into(), "detail.json")
        .unwrap();
    let view = stats.figure_view(4).unwrap();
    assert_ne!(get(&view, "before").as_string().unwrap(), "made up");
    assert_eq!(
        get(&view, "words").as_string().unwrap(),
        get(&figures().get(4), "figure_text").as_string().unwrap()
    );
}

#[wasm_bindgen_test]
fn a_wrong_type_is_named_by_its_field_and_value() {
    let data = figures();
    let first = data.get(0);
    let set = |record: &JsValue, key: &str, value: JsValue| {
        Reflect::set(record, &JsValue::from_str(key), &value).unwrap();
    };
    // Before: "Reflect.get called on non-object", naming no field.
    set(&first, "inferred", JsValue::from_str("speaker"));
    set(&data.get(1), "notes", Array::new().into());
    set(&data.get(2), "value_high", JSON::parse("1e999").unwrap());
    set(&data.get(3), "unit", JsValue::from_str("furlongs"));
    data.set(4, JsValue::from_f64(7.0));
    let text = message(CitedStats::new(data.into(), "mine.json").err().unwrap());
    assert!(
        text.contains(
            "record 1 (id \"laming-2009-001\"), field `inferred`: expected a list of strings, found a string \"speaker\""
        ),
        "{text}"
    );
    assert!(
        text.contains("field `notes`: expected an object whose values are strings, found a list"),
        "{text}"
    );
    assert!(
        text.contains("field `value_high`: inf is not finite"),
        "{text}"
    );
    assert!(
        text.contains("field `unit`: unknown variant `furlongs`"),
        "{text}"
    );
    assert!(
        text.contains("mine.json: record 5: expected a figure (an object), found the number 7"),
        "{text}"
    );
    assert!(!text.contains("Reflect.get"), "{text}");
}

#[wasm_bindgen_test]
fn a_dataset_of_many_bad_records_gives_a_bounded_message() {
    // Before: one line per record, so 800 kB of {"x":0} made a 36.6 MB message.
    let bad: Array = (0..5_000)
        .map(|_| JSON::parse(r#"{"x":0}"#).unwrap())
        .collect();
    let text = message(CitedStats::new(bad.into(), "bad.json").err().unwrap());
    assert_eq!(text.lines().count(), 51, "{text}");
    assert!(text.len() < 20_000, "{} bytes", text.len());
    assert!(
        text.ends_with("… and 4,950 more problems (5,000 in all; the first 50 are shown)"),
        "{text}"
    );
    let too_many: Array = (0..100_001).map(|_| JsValue::NULL).collect();
    assert_eq!(
        message(CitedStats::new(too_many.into(), "big.json").err().unwrap()),
        "big.json: the dataset holds 100,001 figures; at most 100,000 are accepted"
    );
    assert!(
        cited_stats::wasm::dataset_too_large("https://x.test/d.json", 16_000_001)
            .contains("more than 16,000,000 bytes arrived")
    );
}

#[wasm_bindgen_test]
fn absurd_sizes_are_named_and_large_or_small_ones_clamped() {
    let mut stats = CitedStats::new(figures().into(), "data/figures.json").unwrap();
    let canvas = canvas();
    // Before: a trap (the hit grid for a trillion-pixel chart).
    let error = stats
        .render(
            &canvas,
            options(r#"{"widthCssPx": 200, "heightCssPx": 1e12}"#),
        )
        .err()
        .unwrap();
    assert!(message(error).starts_with(
        "chart option `heightCssPx`: 1000000000000 is not a number of CSS px from 0 to 100000"
    ));
    for (asked, side) in [("0", 160), ("1", 160), ("100000", 4096)] {
        let json = format!(r#"{{"widthCssPx": {asked}, "heightCssPx": {asked}}}"#);
        let drawn = stats.render(&canvas, options(&json)).unwrap();
        let notices: Array = get(&drawn, "notices").unchecked_into();
        assert!(notices.length() >= 2, "{asked}");
        assert!(canvas.width() <= 8_192 && canvas.height() <= 8_192);
        assert!(get(&drawn, "widthDevicePx").as_f64().unwrap() as u32 <= side.max(160) * 2);
    }
    // Before: a ratio above 8 (a 2× screen at 500% zoom) was refused and nothing drawn.
    let drawn = stats
        .render(
            &canvas,
            options(r#"{"widthCssPx": 640, "heightCssPx": 400, "devicePixelRatio": 10}"#),
        )
        .unwrap();
    assert_eq!(get(&drawn, "devicePixelRatio").as_f64().unwrap(), 8.0);
    assert_eq!((canvas.width(), canvas.height()), (5120, 3200));
    // A 20,000 px tall backing store is brought within 8,192 device px.
    let drawn = stats
        .render(
            &canvas,
            options(r#"{"widthCssPx": 640, "heightCssPx": 5000, "devicePixelRatio": 4}"#),
        )
        .unwrap();
    assert!(canvas.height() <= 8_192, "{}", canvas.height());
    assert_eq!(get(&drawn, "notices").unchecked_into::<Array>().length(), 1);
    assert!(get(&drawn, "marks").as_f64().unwrap() > 0.0);
}

/// A figure's claim crosses as a plain object worded by the core; a dataset's derived export
/// fields (`claim_quotations`, `claim_agrees`) are read past, not refused.
#[wasm_bindgen_test]
fn a_claim_crosses_with_its_other_quotations_and_derived_fields_are_read_past() {
    let data = figures();
    let index = (0..data.length())
        .find(|&i| get(&data.get(i), "id").as_string().as_deref() == Some("wh-undated-006"))
        .unwrap();
    assert!(
        !get(&data.get(index), "claim_agrees").is_undefined(),
        "the export carries it"
    );
    let stats = CitedStats::new(data.into(), "mine.json").unwrap();
    let view = stats.claim_view(index as usize).unwrap();
    assert_eq!(
        get(&view, "key").as_string().as_deref(),
        Some("innovation-programme-projects")
    );
    let summary = get(&view, "summary").as_string().unwrap();
    assert!(summary.ends_with("— these differ"), "{summary}");
    assert_eq!(get(&view, "thisDiffers").as_bool(), Some(true));
    let others: Array = get(&view, "others").unchecked_into();
    assert_eq!(others.length(), 2);
    let agrees: Vec<bool> = others
        .iter()
        .map(|o| get(&o, "agrees").as_bool().unwrap())
        .collect();
    assert_eq!(
        agrees,
        [true, false],
        "over 50 (2016) agrees; about 50 (2022) does not"
    );
    assert_eq!(
        get(&others.get(1), "words").as_string().as_deref(),
        Some("about 50")
    );
    let derived = stats.derived(index as usize);
    assert_eq!(get(&derived, "claim_quotations").as_f64(), Some(3.0));
    assert_eq!(get(&derived, "claim_agrees").as_bool(), Some(false));
    assert_eq!(
        stats.also_quoted(vec![index as usize, 0]),
        ["2 others; quoted differently", ""]
    );
    assert!(
        stats.claim_view(0).unwrap().is_null(),
        "a figure quoted once"
    );
}

/// A render says the view in the core's one sentence; the host's font size sizes the chart's
/// text (a bad one is named); a figure's view carries its parliamentary citation.
#[wasm_bindgen_test]
fn a_render_sums_up_its_view_and_takes_the_hosts_text_size() {
    let mut stats = CitedStats::new(figures().into(), "data/figures.json").unwrap();
    let canvas = canvas();
    stats
        .set_query("chart=compare&claim=innovation-programme-projects")
        .unwrap();
    assert_eq!(stats.summary(), None, "nothing drawn yet");
    stats
        .render(
            &canvas,
            options(r#"{"widthCssPx": 640, "heightCssPx": 300, "textSizeCssPx": 18}"#),
        )
        .unwrap();
    let summary = stats.summary().unwrap();
    assert!(
        summary.starts_with("Compare quotations: innovation programme projects, quoted 3 times"),
        "{summary}"
    );
    let error = stats
        .render(
            &canvas,
            options(r#"{"widthCssPx": 640, "heightCssPx": 300, "textSizeCssPx": -1}"#),
        )
        .err()
        .unwrap();
    assert!(
        message(error).starts_with("chart option `textSizeCssPx`: -1 is not a text size"),
        "bad text size"
    );
    let view = stats.figure_view(0).unwrap();
    assert_eq!(
        get(&view, "parliamentary").as_string().as_deref(),
        Some("HC Deb 12 March 2009")
    );
}

/// In the browser a power of ten is read by JavaScript's `parseFloat` (`chart::scale::power_of_ten`,
/// for the axes' ticks and the log scale's floor): the same `f64` as Rust reads from "1e{n}" for
/// every exponent from below the smallest subnormal to past `f64::MAX`, and at the ends of `i32`.
#[wasm_bindgen_test]
fn powers_of_ten_are_read_in_the_browser_as_rust_reads_them() {
    use cited_stats::chart::scale::power_of_ten;
    for exponent in (-400..=400).chain([i32::MIN, i32::MAX]) {
        let rust: f64 = format!("1e{exponent}").parse().unwrap();
        assert_eq!(
            power_of_ten(exponent).to_bits(),
            rust.to_bits(),
            "1e{exponent}"
        );
    }
    assert_eq!(power_of_ten(-5), 1e-5);
    assert_eq!(power_of_ten(308), 1e308);
    assert_eq!(power_of_ten(-324), 0.0);
    assert_eq!(power_of_ten(309), f64::INFINITY);
}

/// In the browser a number's digits are JavaScript's (`src/number/text.rs`): they must be the ones
/// Rust's `{}` writes, for whole, fractional, tiny, huge and subnormal values and 20,000 drawn from
/// all bit patterns, but where two strings of the fewest digits are equally near the value.
#[wasm_bindgen_test]
fn numbers_are_written_in_the_browser_as_rust_writes_them() {
    use cited_stats::number::text::Plain;
    let mut values = vec![
        0.0,
        -0.0,
        1.0,
        0.1,
        0.1 + 0.2,
        0.36,
        12_000.0,
        1.2e9,
        1e21,
        1e23,
        1e-7,
        5e-324,
        f64::MIN_POSITIVE,
        f64::MAX,
        f64::MIN,
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
    ];
    let mut state = 0x2545_f491_4f6c_dd1du64;
    for _ in 0..20_000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        values.push(f64::from_bits(state));
        values.push((state % 10_000_000) as f64 / 10f64.powi((state % 5) as i32));
    }
    let mut ties = 0;
    for value in values {
        let (ours, rust) = (Plain(value).to_string(), format!("{value}"));
        if ours == rust {
            continue;
        }
        // Two strings of the fewest digits, equally near the value: JavaScript and Rust may pick
        // either. Both must read back as the value, with as many digits.
        assert_eq!(ours.parse::<f64>().unwrap(), value, "{ours} for {rust}");
        assert_eq!(ours.len(), rust.len(), "{ours} for {rust}");
        ties += 1;
    }
    // Such ties need 16 or 17 digits, exactly halfway: a handful of the 40,000.
    assert!(ties < 100, "{ties} values written differently");
}
