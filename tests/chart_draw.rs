//! Drawing: what plotters draws for each mark is where the layout says it is, at any device-pixel
//! ratio; and golden SVGs for every chart kind in both themes.
//!
//! Golden discipline: numbers are normalised to 3 decimals; on a mismatch `<name>.changed.svg` is
//! written beside the golden and the first differing line is named; `UPDATE_GOLDEN=1` regenerates;
//! a missing golden fails and is never created silently.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

mod support;

use std::path::Path;

use cited_stats::chart::{ChartSpec, Fill, Shape, Theme};
use cited_stats::query::{ChartKind, GroupField};
use support::render::{figures, layout_for, svg};

fn device(v: f64, dpr: f64) -> i64 {
    (v * dpr).round() as i64
}

#[test]
fn plotters_draws_each_mark_where_the_layout_puts_it() {
    let figures = figures();
    for dpr in [1.0, 2.0, 1.5] {
        for kind in [
            ChartKind::Timeline,
            ChartKind::ValueBars,
            ChartKind::Counts,
            ChartKind::PercentDots,
        ] {
            let spec = ChartSpec {
                kind,
                device_pixel_ratio: dpr,
                height_css_px: 900.0,
                ..ChartSpec::default()
            };
            let layout = layout_for(&figures, "", &spec);
            let out = svg(&layout, &Theme::light());
            assert!(out.starts_with(&format!(
                "<svg width=\"{}\" height=\"{}\"",
                device(720.0, dpr),
                device(900.0, dpr)
            )));
            for mark in &layout.marks {
                let expected = match mark.shape {
                    Shape::Circle {
                        centre,
                        radius_css_px,
                    } => format!(
                        "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"",
                        device(centre.x_css_px, dpr),
                        device(centre.y_css_px, dpr),
                        (radius_css_px * dpr).round().max(1.0) as i64
                    ),
                    Shape::Bar { rect } => format!(
                        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"",
                        device(rect.x_css_px, dpr),
                        device(rect.y_css_px, dpr),
                        device(rect.right(), dpr) - device(rect.x_css_px, dpr),
                        device(rect.bottom(), dpr) - device(rect.y_css_px, dpr)
                    ),
                    Shape::Interval { from, to, .. } => format!(
                        "points=\"{},{} {},{} \"",
                        device(from.x_css_px, dpr),
                        device(from.y_css_px, dpr),
                        device(to.x_css_px, dpr),
                        device(to.y_css_px, dpr)
                    ),
                };
                assert!(
                    out.contains(&expected),
                    "{kind:?} at dpr {dpr}: no {expected}"
                );
                if mark.fill == Fill::Outline && !matches!(mark.shape, Shape::Interval { .. }) {
                    let colour = Theme::light().series(mark.series).hex().to_uppercase();
                    assert!(
                        out.contains(&format!("fill=\"none\" stroke=\"{colour}\"")),
                        "{kind:?}: outline in {colour}"
                    );
                }
            }
        }
    }
}

/// The dataset's figures copied until there are `n`, each copy with its own id: thousands of marks
/// on one chart, many of them on the same device pixels.
fn copies(n: usize) -> Vec<cited_stats::dataset::Figure> {
    let base = figures();
    (0..n)
        .map(|i| {
            let mut figure = base[i % base.len()].clone();
            figure.id = format!("copy-{i:05}");
            figure
        })
        .collect()
}

/// The device pixels a mark paints, computed here from the layout alone: `None` for a mark with a
/// sign or an open end, which is drawn whatever else is there.
fn painted(mark: &cited_stats::chart::Mark, dpr: f64) -> Option<(u8, Vec<i64>, usize, bool)> {
    if mark.marker.is_some() || mark.open_end.is_some() {
        return None;
    }
    let (kind, points) = match mark.shape {
        Shape::Circle {
            centre,
            radius_css_px,
        } => (
            0,
            vec![
                device(centre.x_css_px, dpr),
                device(centre.y_css_px, dpr),
                (radius_css_px * dpr).round().max(1.0) as i64,
            ],
        ),
        Shape::Bar { rect } => (
            1,
            vec![
                device(rect.x_css_px, dpr),
                device(rect.y_css_px, dpr),
                device(rect.right(), dpr),
                device(rect.bottom(), dpr),
            ],
        ),
        Shape::Interval { .. } => return None,
    };
    Some((kind, points, mark.series, mark.fill == Fill::Solid))
}

#[test]
fn marks_painting_the_same_pixels_are_drawn_once() {
    let many = copies(4_000);
    for (chart, element, kind) in [
        (ChartKind::Timeline, "<circle", 0),
        (ChartKind::PercentDots, "<circle", 0),
        (ChartKind::ValueBars, "<rect", 1),
    ] {
        for dpr in [1.0, 2.0] {
            let spec = ChartSpec {
                kind: chart,
                device_pixel_ratio: dpr,
                ..ChartSpec::default()
            };
            let layout = layout_for(&many, "", &spec);
            let marks = layout
                .marks
                .iter()
                .filter(|m| match m.shape {
                    Shape::Circle { .. } => kind == 0,
                    Shape::Bar { .. } => kind == 1,
                    Shape::Interval { .. } => false,
                })
                .collect::<Vec<_>>();
            let elements = |mark: &&cited_stats::chart::Mark| match mark.fill {
                Fill::Solid => 1,
                Fill::Outline => 2,
            };
            let always: usize = marks
                .iter()
                .filter(|m| painted(m, dpr).is_none())
                .map(elements)
                .sum();
            let mut distinct = std::collections::BTreeMap::new();
            for mark in marks.iter().filter(|m| painted(m, dpr).is_some()) {
                distinct.insert(painted(mark, dpr), elements(mark));
            }
            let expected = always + distinct.values().sum::<usize>();
            let every: usize = marks.iter().map(elements).sum();
            let drawn = svg(&layout, &Theme::light()).matches(element).count();
            let what = format!("{chart:?} at dpr {dpr}: {} marks", marks.len());
            assert!(expected < every, "{what}: no shared pixels to test with");
            if kind == 0 {
                assert_eq!(drawn, expected, "{what}");
            } else {
                // Besides the marks: the background and the legend's swatches.
                assert!(
                    (expected..=expected + 1 + 2 * layout.legend.len()).contains(&drawn),
                    "{what}: {drawn} drawn, {expected} expected"
                );
            }
        }
    }
}

/// Numbers to at most 3 decimals, so tiny float noise does not churn the goldens.
fn normalise(svg: &str) -> String {
    let mut out = String::with_capacity(svg.len());
    let mut number = String::new();
    let flush = |number: &mut String, out: &mut String| {
        // A trailing dot is punctuation ("w3.org"), not a decimal point.
        let trailing_dot = number.ends_with('.');
        if trailing_dot {
            number.pop();
        }
        if number.contains('.') {
            match number.parse::<f64>() {
                Ok(v) => out.push_str(&format!("{}", (v * 1000.0).round() / 1000.0)),
                Err(_) => out.push_str(number),
            }
        } else {
            out.push_str(number);
        }
        if trailing_dot {
            out.push('.');
        }
        number.clear();
    };
    for c in svg.chars() {
        if c.is_ascii_digit() || (c == '.' && !number.is_empty()) {
            number.push(c);
        } else {
            flush(&mut number, &mut out);
            out.push(c);
        }
    }
    flush(&mut number, &mut out);
    out
}

fn check_golden(name: &str, actual: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let golden = dir.join(format!("{name}.svg"));
    let changed = dir.join(format!("{name}.changed.svg"));
    let actual = normalise(actual);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &actual).unwrap();
        let _ = std::fs::remove_file(&changed);
        return;
    }
    let expected = std::fs::read_to_string(&golden).unwrap_or_else(|e| {
        panic!(
            "golden {} is missing ({e}); run with UPDATE_GOLDEN=1 to create it, then look at it",
            golden.display()
        )
    });
    if expected != actual {
        std::fs::write(&changed, &actual).unwrap();
        let line = expected
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || expected.lines().count().min(actual.lines().count()) + 1,
                |i| i + 1,
            );
        panic!(
            "{name}.svg differs from line {line}; see {} (UPDATE_GOLDEN=1 to accept)",
            changed.display()
        );
    }
    let _ = std::fs::remove_file(changed);
}

#[test]
fn golden_charts_for_every_kind_in_both_themes() {
    let figures = figures();
    let cases = [
        (
            "timeline-by-topic",
            "",
            ChartSpec {
                kind: ChartKind::Timeline,
                ..ChartSpec::default()
            },
        ),
        (
            "timeline-foster-by-speaker",
            "q=foster",
            ChartSpec {
                kind: ChartKind::Timeline,
                lane_by: GroupField::Speaker,
                height_css_px: 260.0,
                ..ChartSpec::default()
            },
        ),
        (
            "bars-money",
            "unit=gbp",
            ChartSpec {
                kind: ChartKind::ValueBars,
                height_css_px: 560.0,
                ..ChartSpec::default()
            },
        ),
        (
            "bars-workforce-counts",
            "topic=workforce&unit=count",
            ChartSpec {
                kind: ChartKind::ValueBars,
                height_css_px: 360.0,
                ..ChartSpec::default()
            },
        ),
        (
            "counts-by-speaker",
            "",
            ChartSpec {
                kind: ChartKind::Counts,
                group_by: GroupField::Speaker,
                ..ChartSpec::default()
            },
        ),
        (
            "dots-2022",
            "debate=2022-11-24-independent-review-of-childrens-social-care",
            ChartSpec {
                kind: ChartKind::PercentDots,
                height_css_px: 720.0,
                ..ChartSpec::default()
            },
        ),
        (
            "compare-innovation-projects",
            "claim=innovation-programme-projects",
            ChartSpec {
                kind: ChartKind::Compare,
                height_css_px: 260.0,
                ..ChartSpec::default()
            },
        ),
        (
            "compare-innovation-funding",
            "claim=innovation-programme-funding",
            ChartSpec {
                kind: ChartKind::Compare,
                height_css_px: 220.0,
                ..ChartSpec::default()
            },
        ),
        (
            "empty",
            "q=zzzz",
            ChartSpec {
                kind: ChartKind::ValueBars,
                height_css_px: 200.0,
                ..ChartSpec::default()
            },
        ),
    ];
    for (name, query, spec) in cases {
        let layout = layout_for(&figures, query, &spec);
        for theme in [Theme::light(), Theme::dark()] {
            check_golden(&format!("{name}-{}", theme.name), &svg(&layout, &theme));
        }
    }
}

#[test]
fn normalising_keeps_three_decimals() {
    assert_eq!(
        normalise("x=\"1.23456\" y=\"20\" z=\"0.5\""),
        "x=\"1.235\" y=\"20\" z=\"0.5\""
    );
    assert_eq!(
        normalise("http://www.w3.org/2000/svg 1.2."),
        "http://www.w3.org/2000/svg 1.2."
    );
}
