//! `cited-stats svg` and `cited-stats fallbacks` end to end: the SVG is what `chart::draw` paints
//! for the same layout, with a viewBox; bad views are named; the fallback index lists canonical
//! queries with files that exist, counts that match `select`, and both themes.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use cited_stats::chart::{ChartSpec, Layout, Theme, draw, summarise};
use cited_stats::dataset::Figure;
use cited_stats::query::{ChartKind, Query, from_query_string, select, to_query_string};
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use support::cli::{run, text};
use support::render::{figures, layout_for};
use support::scratch::Scratch;

/// The explorer's chart for a query: its kind, and its grouping for lanes and counts.
fn layout_of(figures: &[Figure], query: &str, width: f64, height: f64) -> Layout {
    let parsed = from_query_string(query).unwrap();
    let mut spec = ChartSpec {
        kind: parsed.chart,
        width_css_px: width,
        height_css_px: height,
        ..ChartSpec::default()
    };
    if let Some(group) = parsed.group_by {
        spec.group_by = group;
        spec.lane_by = group;
    }
    layout_for(figures, query, &spec)
}

/// `draw` on plotters' SVG backend, straight.
fn drawn(layout: &Layout, theme: &Theme) -> String {
    let size = (layout.width_css_px as u32, layout.height_css_px as u32);
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw(layout, &area, theme).unwrap();
        area.present().unwrap();
    }
    out
}

#[test]
fn svg_is_what_draw_paints_for_the_same_layout_with_a_view_box() {
    let figures = figures();
    for (query, theme, width, height) in [
        ("", "light", 640.0, 420.0),
        ("chart=bars&topic=care-leavers", "dark", 800.0, 500.0),
        ("chart=counts&group=debate", "light", 640.0, 420.0),
        ("chart=dots&q=foster", "dark", 400.0, 300.0),
    ] {
        let mut args = vec!["svg", "--query", query, "--theme", theme];
        let (w, h) = (format!("{width}"), format!("{height}"));
        if width != 640.0 {
            args.extend(["--width", &w, "--height", &h]);
        }
        let out = run(&args);
        assert!(out.status.success(), "{query}: {}", text(&out.stderr));
        let svg = text(&out.stdout);
        let theme = if theme == "dark" {
            Theme::dark()
        } else {
            Theme::light()
        };
        let expected = drawn(&layout_of(&figures, query, width, height), &theme);
        assert_eq!(svg, expected, "{query}");
        assert!(
            svg.starts_with(&format!(
                "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\""
            )),
            "{query}: {}",
            &svg[..90]
        );
    }
}

#[test]
fn svg_writes_a_file_with_output() {
    let folder = Scratch::new("svg-one");
    let path = folder.join("chart.svg");
    let out = run(&[
        "svg",
        "--query",
        "chart=counts",
        "--output",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let layout = layout_of(&figures(), "chart=counts", 640.0, 420.0);
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        drawn(&layout, &Theme::light())
    );
}

#[test]
fn svg_names_each_bad_parameter_and_value_and_exits_2() {
    for (args, named) in [
        (
            &["svg", "--query", "chart=pie&topic=weather"][..],
            &["`chart`", "\"pie\"", "`topic`", "\"weather\""][..],
        ),
        (
            &["svg", "--query", "debate=no-such-debate"],
            &["`debate`", "\"no-such-debate\"", "not a debate id"],
        ),
        (
            &["svg", "--query", "", "--theme", "sepia"],
            &["--theme", "\"sepia\""],
        ),
        (
            &["svg", "--query", "", "--width", "100"],
            &["--width 100", "at least 160"],
        ),
        (
            &["svg", "--query", "", "--height", "tall"],
            &["--height", "\"tall\""],
        ),
        (&["svg"], &["--query"]),
        (&["svg", "--query", "", "--format", "csv"], &["--format"]),
        (&["fallbacks"], &["--output"]),
        (
            &["fallbacks", "--output", "x", "--theme", "dark"],
            &["--theme"],
        ),
    ] {
        let out = run(args);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty(), "{args:?}");
        for word in named {
            assert!(stderr.contains(word), "{args:?}: {word} not in {stderr}");
        }
        assert!(stderr.contains("usage: cited-stats"), "{args:?}");
    }
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Index {
    width: u32,
    height: u32,
    files: String,
    views: Vec<View>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct View {
    query: String,
    slug: String,
    description: String,
}

/// The background `draw` fills first: the first `<rect>`'s fill.
fn background(svg: &str) -> String {
    let rect = &svg[svg.find("<rect").unwrap()..];
    let fill = &rect[rect.find("fill=\"").unwrap() + 6..];
    fill[..fill.find('"').unwrap()].to_string()
}

/// Every chart kind × (all, each topic, each debate in the data), as canonical query strings.
fn standard_queries(figures: &[Figure]) -> BTreeSet<String> {
    let topics: BTreeSet<_> = figures.iter().map(|f| f.topic).collect();
    let debates: BTreeSet<_> = figures.iter().map(|f| f.debate_id.clone()).collect();
    let mut queries = BTreeSet::new();
    // The compare chart: one view per claim.
    let claims: BTreeSet<_> = figures.iter().filter_map(|f| f.claim.clone()).collect();
    for claim in claims {
        let mut q = Query {
            chart: ChartKind::Compare,
            ..Query::default()
        };
        q.claims.insert(claim);
        queries.insert(to_query_string(&q));
    }
    for chart in ChartKind::ALL.iter().filter(|&&c| c != ChartKind::Compare) {
        let base = Query {
            chart: *chart,
            ..Query::default()
        };
        queries.insert(to_query_string(&base));
        for topic in &topics {
            let mut q = base.clone();
            q.topics.insert(*topic);
            queries.insert(to_query_string(&q));
        }
        for debate in &debates {
            let mut q = base.clone();
            q.debates.insert(debate.clone());
            queries.insert(to_query_string(&q));
        }
    }
    queries
}

#[test]
fn fallbacks_write_every_view_in_both_themes_with_an_index() {
    let dir = Scratch::new("svg-fallbacks");
    let out = run(&["fallbacks", "--output", dir.to_str().unwrap()]);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{stderr}");
    let index: Index =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    assert_eq!((index.width, index.height), (640, 420));
    let figures = figures();
    let mut slugs = BTreeSet::new();
    let mut listed = BTreeSet::new();
    for view in &index.views {
        let parsed = from_query_string(&view.query).unwrap();
        assert_eq!(to_query_string(&parsed), view.query, "not canonical");
        assert!(listed.insert(view.query.clone()), "{} twice", view.query);
        assert!(
            !select(&parsed, &figures).indices.is_empty(),
            "{}: a picture of no figures",
            view.query
        );
        assert!(
            !view.slug.is_empty()
                && view
                    .slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_".contains(c)),
            "{}",
            view.slug
        );
        assert!(slugs.insert(view.slug.clone()), "slug {} twice", view.slug);
        let file = |theme: &str| {
            index
                .files
                .replace("{slug}", &view.slug)
                .replace("{theme}", theme)
        };
        assert_eq!(file("light"), format!("{}.light.svg", view.slug));
        let light = std::fs::read_to_string(dir.join(file("light"))).unwrap();
        let dark = std::fs::read_to_string(dir.join(file("dark"))).unwrap();
        let layout = layout_of(&figures, &view.query, 640.0, 420.0);
        assert!(!layout.marks.is_empty(), "{}: nothing drawn", view.query);
        assert_eq!(light, drawn(&layout, &Theme::light()), "{}", view.query);
        assert_eq!(dark, drawn(&layout, &Theme::dark()), "{}", view.query);
        assert!(light.contains("viewBox=\"0 0 640 420\""));
        assert_eq!(
            background(&light),
            Theme::light().background.hex().to_uppercase()
        );
        assert_eq!(
            background(&dark),
            Theme::dark().background.hex().to_uppercase()
        );
        assert_ne!(background(&light), background(&dark));
        describes(view, &parsed, &layout, &figures);
    }
    assert_eq!(index.views[0].query, "", "the default view first");
    assert_eq!(index.views[0].slug, "default");
    // Every standard view is either listed or skipped, named, because it has nothing to draw.
    let expected = standard_queries(&figures);
    let skipped: Vec<&String> = expected.difference(&listed).collect();
    assert!(listed.is_subset(&expected));
    for query in &skipped {
        assert!(stderr.contains(&format!("{query:?}")), "{query} not named");
        assert!(layout_of(&figures, query, 640.0, 420.0).marks.is_empty());
    }
    let files: u64 = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    assert_eq!(
        stdout.trim(),
        format!(
            "{} views written ({} SVG files and index.json), {} skipped, {files} bytes in {}",
            listed.len(),
            2 * listed.len(),
            skipped.len(),
            dir.display()
        )
    );
}

/// The alt text is the core's sentence for the chart (its kind's label first), then the subject.
fn describes(view: &View, query: &Query, layout: &Layout, figures: &[Figure]) {
    let d = &view.description;
    let spec = ChartSpec::for_view(query, 640.0, 420.0);
    assert!(d.starts_with(&summarise(&spec, layout, figures)), "{d}");
    assert!(d.starts_with(&format!("{}: ", query.chart.label())), "{d}");
    let shown: BTreeSet<usize> = layout
        .marks
        .iter()
        .flat_map(|m| m.figures.iter().copied())
        .collect();
    if query.chart != ChartKind::Compare {
        assert!(d.contains(&format!(" {} ", shown.len())), "{d}");
    }
    for topic in &query.topics {
        assert!(
            d.ends_with(&format!("; topic: {}", topic.slug().replace('-', " "))),
            "{d}"
        );
    }
    let titles: BTreeMap<&str, &str> = figures
        .iter()
        .map(|f| (f.debate_id.as_str(), f.debate.as_str()))
        .collect();
    for debate in &query.debates {
        assert!(
            d.ends_with(&format!("; debate: “{}”", titles[debate.as_str()])),
            "{d}"
        );
    }
    let years: BTreeSet<&str> = shown
        .iter()
        .filter_map(|&i| figures[i].date.as_deref().map(|date| &date[..4]))
        .collect();
    match (years.first(), years.last()) {
        // The compare chart's sentence is the claim's ("in the same debate").
        _ if query.chart == ChartKind::Compare => {}
        (Some(a), Some(b)) if a == b => assert!(d.contains(*a), "{d}"),
        (Some(a), Some(b)) => assert!(d.contains(&format!("{a}–{b}")), "{d}"),
        _ => assert!(d.contains("undated"), "{d}"),
    }
}

#[test]
fn fallbacks_take_a_size_and_another_data_folder() {
    let dir = Scratch::new("svg-sized");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let out = run(&[
        "fallbacks",
        "--output",
        dir.to_str().unwrap(),
        "--width",
        "480",
        "--height",
        "300",
        "--data",
        data.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let index: Index =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).unwrap()).unwrap();
    assert_eq!((index.width, index.height), (480, 300));
    let default = std::fs::read_to_string(dir.join("default.dark.svg")).unwrap();
    assert!(default.starts_with("<svg width=\"480\" height=\"300\" viewBox=\"0 0 480 300\""));
    let missing = run(&[
        "fallbacks",
        "--output",
        dir.to_str().unwrap(),
        "--data",
        "/nonexistent/place",
    ]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("/nonexistent/place"));
}
