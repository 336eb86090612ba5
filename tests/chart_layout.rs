//! Layout and hit-testing on real slices of the dataset and on synthetic extremes.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

mod support;

use cited_stats::chart::{
    ApproxTextMetrics, ChartSpec, Fill, HIT_RADIUS_CSS_PX, Layout, MAX_HIT_RADIUS_CSS_PX, OpenEnd,
    Point, ScaleChoice, Shape, TOUCH_HIT_RADIUS_CSS_PX, layout,
};
use cited_stats::dataset::Figure;
use cited_stats::number::{Qualifier, Unit};
use cited_stats::query::{ChartKind, GroupField, Query, Selection, group, select};
use support::render::{figures, label_box, layout_for};

fn spec(kind: ChartKind) -> ChartSpec {
    ChartSpec {
        kind,
        ..ChartSpec::default()
    }
}

fn all_kinds() -> [ChartSpec; 4] {
    [
        spec(ChartKind::Timeline),
        ChartSpec {
            height_css_px: 600.0,
            ..spec(ChartKind::ValueBars)
        },
        spec(ChartKind::Counts),
        ChartSpec {
            height_css_px: 900.0,
            ..spec(ChartKind::PercentDots)
        },
    ]
}

fn lay(figures: &[Figure], indices: Vec<usize>, spec: &ChartSpec) -> Layout {
    let selection = Selection {
        indices,
        total: figures.len(),
    };
    layout(spec, figures, &selection, &ApproxTextMetrics).unwrap()
}

fn assert_geometry_is_sane(layout: &Layout) {
    let bounds = cited_stats::chart::Rect::from_corners(
        -20.0,
        -20.0,
        layout.width_css_px + 20.0,
        layout.height_css_px + 20.0,
    );
    for mark in &layout.marks {
        let b = mark.shape.bbox();
        for v in [b.x_css_px, b.y_css_px, b.width_css_px, b.height_css_px] {
            assert!(v.is_finite(), "{:?}", mark.shape);
        }
        assert!(
            bounds.contains(b.centre()),
            "{:?} is off the chart",
            mark.shape
        );
    }
    for label in &layout.labels {
        assert!(label.at.x_css_px.is_finite() && label.at.y_css_px.is_finite());
    }
    for line in &layout.lines {
        for v in [
            line.from.x_css_px,
            line.from.y_css_px,
            line.to.x_css_px,
            line.to.y_css_px,
        ] {
            assert!(v.is_finite(), "{line:?}");
        }
    }
}

#[test]
fn every_mark_is_hit_at_its_centre_in_every_kind() {
    let figures = figures();
    for spec in all_kinds() {
        let layout = layout_for(&figures, "", &spec);
        assert!(!layout.marks.is_empty(), "{:?}", spec.kind);
        assert_geometry_is_sane(&layout);
        for (i, mark) in layout.marks.iter().enumerate() {
            if mark.figures.is_empty() {
                continue;
            }
            let c = mark.shape.centre();
            let hit = layout
                .hit(c.x_css_px, c.y_css_px)
                .unwrap_or_else(|| panic!("{:?} mark {i} not hit", spec.kind));
            assert_eq!(
                hit.mark, i,
                "{:?}: centre of mark {i} hits mark {}",
                spec.kind, hit.mark
            );
            assert_eq!(hit.figures, mark.figures);
            assert_eq!(hit.bbox, mark.shape.bbox());
        }
    }
}

#[test]
fn points_in_the_margins_hit_nothing() {
    let figures = figures();
    for spec in all_kinds() {
        let layout = layout_for(&figures, "", &spec);
        for (x, y) in [
            (1.0, 1.0),
            (layout.width_css_px - 1.0, layout.height_css_px - 1.0),
            (-50.0, 10.0),
            (f64::NAN, 3.0),
            (1e12, 1e12),
        ] {
            assert!(layout.hit(x, y).is_none(), "{:?} at ({x}, {y})", spec.kind);
        }
        // Just outside the hit radius of the first mark, on the side away from the plot, nothing.
        let first = layout.marks[0].shape.bbox();
        assert!(
            layout
                .hit(
                    first.x_css_px - HIT_RADIUS_CSS_PX - 30.0,
                    first.centre().y_css_px
                )
                .is_none(),
            "{:?}",
            spec.kind
        );
    }
}

/// The mark a hit within `radius` must find, by looking at every mark: the nearest, then the
/// smallest, then the earliest.
fn nearest_by_brute_force(layout: &Layout, x: f64, y: f64, radius: f64) -> Option<usize> {
    let p = Point {
        x_css_px: x,
        y_css_px: y,
    };
    let mut best: Option<(f64, f64, usize)> = None;
    for (i, mark) in layout.marks.iter().enumerate() {
        let distance = mark.shape.distance_to(p);
        if distance > radius {
            continue;
        }
        let b = mark.shape.bbox();
        let key = (distance, b.width_css_px * b.height_css_px, i);
        if best.is_none_or(|old| key < old) {
            best = Some(key);
        }
    }
    best.map(|(_, _, i)| i)
}

/// Every point of a grid over the chart, at every radius a hit test is asked for (a mouse's, a
/// finger's, none, the widest and wider still): the index finds what looking at every mark finds.
fn assert_hits_agree_with_brute_force(layout: &Layout, step: f64, what: &str) {
    let radii = [
        0.0,
        HIT_RADIUS_CSS_PX,
        TOUCH_HIT_RADIUS_CSS_PX,
        MAX_HIT_RADIUS_CSS_PX,
        500.0,
    ];
    let mut y = -40.0;
    while y < layout.height_css_px + 40.0 {
        let mut x = -40.0;
        while x < layout.width_css_px + 40.0 {
            for radius in radii {
                let expected =
                    nearest_by_brute_force(layout, x, y, radius.min(MAX_HIT_RADIUS_CSS_PX));
                let found = layout.hit_within(x, y, radius).map(|h| h.mark);
                assert_eq!(found, expected, "{what} at ({x}, {y}) within {radius}");
            }
            x += step;
        }
        y += step;
    }
}

#[test]
fn a_finger_reaches_marks_a_mouse_misses_and_the_index_finds_the_nearest() {
    const {
        assert!(TOUCH_HIT_RADIUS_CSS_PX >= 20.0 && TOUCH_HIT_RADIUS_CSS_PX <= MAX_HIT_RADIUS_CSS_PX)
    };
    let figures = figures();
    for spec in all_kinds() {
        let layout = layout_for(&figures, "", &spec);
        let what = format!("{:?}", spec.kind);
        assert_hits_agree_with_brute_force(&layout, 7.0, &what);
        // 15 px beyond the first mark's left edge: out of a mouse's reach, within a finger's.
        let first = layout.marks[0].shape.bbox();
        let (x, y) = (first.x_css_px - 15.0, first.centre().y_css_px);
        assert!(layout.hit(x, y).is_none(), "{what}");
        assert!(
            layout.hit_within(x, y, HIT_RADIUS_CSS_PX).is_none(),
            "{what}"
        );
        let touched = layout
            .hit_within(x, y, TOUCH_HIT_RADIUS_CSS_PX)
            .unwrap_or_else(|| panic!("{what}: a finger 15 px away hits nothing"));
        assert_eq!(
            Some(touched.mark),
            nearest_by_brute_force(&layout, x, y, 22.0)
        );
        // A radius that is not a number is no radius: only a point on a mark hits it.
        assert!(layout.hit_within(x, y, f64::NAN).is_none(), "{what}");
        assert!(layout.hit_within(x, y, -5.0).is_none(), "{what}");
    }
    // Dense charts: a thousand figures, every index kind.
    let base = figures[0].clone();
    let many = synthetic(&base, 1000);
    for spec in all_kinds() {
        let layout = lay(&many, (0..many.len()).collect(), &spec);
        assert_hits_agree_with_brute_force(&layout, 11.0, &format!("1000 {:?}", spec.kind));
    }
}

#[test]
fn keyboard_order_visits_every_mark_once_and_wraps() {
    let figures = figures();
    for spec in all_kinds() {
        let layout = layout_for(&figures, "", &spec);
        let mut seen = vec![false; layout.marks.len()];
        let mut current = None;
        for _ in 0..layout.marks.len() {
            current = layout.next_mark(current);
            let m = current.unwrap();
            assert!(!seen[m], "{:?}: mark {m} visited twice", spec.kind);
            seen[m] = true;
        }
        assert!(seen.iter().all(|s| *s));
        assert_eq!(
            layout.next_mark(current),
            layout.next_mark(None),
            "wraps to the first"
        );
        let back = layout.previous_mark(layout.next_mark(current));
        assert_eq!(back, current);
        // Reading order: rows top to bottom.
        let rows: Vec<usize> = layout
            .reading_order
            .iter()
            .map(|&m| layout.marks[m].row)
            .collect();
        assert!(rows.windows(2).all(|w| w[0] <= w[1]), "{:?}", spec.kind);
    }
}

#[test]
fn timeline_marks_never_overlap_and_are_deterministic() {
    let figures = figures();
    let a = layout_for(&figures, "", &spec(ChartKind::Timeline));
    let b = layout_for(&figures, "", &spec(ChartKind::Timeline));
    assert_eq!(a.marks, b.marks);
    assert_eq!(a.marks.len(), figures.len());
    for (i, m) in a.marks.iter().enumerate() {
        for n in &a.marks[i + 1..] {
            if let (
                Shape::Circle {
                    centre: c1,
                    radius_css_px: r1,
                },
                Shape::Circle {
                    centre: c2,
                    radius_css_px: r2,
                },
            ) = (m.shape, n.shape)
            {
                let d = (c1.x_css_px - c2.x_css_px).hypot(c1.y_css_px - c2.y_css_px);
                assert!(d >= r1 + r2 - 1e-9, "marks overlap: {c1:?} {c2:?}");
            }
        }
    }
    // Undated figures sit in their own column, labelled.
    assert!(a.labels.iter().any(|l| l.text == "undated"));
}

#[test]
fn value_bars_show_one_unit_sorted_with_bounds_and_ranges_marked() {
    let figures = figures();
    let layout = layout_for(
        &figures,
        "",
        &ChartSpec {
            height_css_px: 600.0,
            ..spec(ChartKind::ValueBars)
        },
    );
    let units: std::collections::BTreeSet<Unit> = layout
        .marks
        .iter()
        .map(|m| figures[m.figures[0]].unit)
        .collect();
    assert_eq!(units.len(), 1, "one unit per bar chart");
    let values: Vec<f64> = layout
        .marks
        .iter()
        .map(|m| figures[m.figures[0]].value)
        .collect();
    assert!(values.windows(2).all(|w| w[0] >= w[1]), "sorted by value");
    assert!(
        layout
            .labels
            .iter()
            .any(|l| l.text.contains("in other units not shown"))
    );
    let money = layout_for(
        &figures,
        "unit=gbp",
        &ChartSpec {
            height_css_px: 600.0,
            ..spec(ChartKind::ValueBars)
        },
    );
    for mark in &money.marks {
        let f = &figures[mark.figures[0]];
        match f.qualifier {
            Qualifier::MoreThan | Qualifier::AtLeast => {
                assert_eq!(mark.open_end, Some(OpenEnd::Beyond), "{}", f.id)
            }
            Qualifier::UpTo | Qualifier::Nearly | Qualifier::LessThan => {
                assert_eq!(mark.open_end, Some(OpenEnd::Within), "{}", f.id)
            }
            _ => assert_eq!(mark.open_end, None, "{}", f.id),
        }
    }
    assert!(
        money.labels.iter().any(|l| l.text.contains("log scale")),
        "money spans £5 to £23bn: log chosen"
    );
    let linear = layout_for(
        &figures,
        "unit=gbp",
        &ChartSpec {
            scale: ScaleChoice::Linear,
            ..spec(ChartKind::ValueBars)
        },
    );
    assert!(!linear.labels.iter().any(|l| l.text.contains("log scale")));
    let ranged = layout_for(
        &figures,
        "unit=count",
        &ChartSpec {
            height_css_px: 900.0,
            ..spec(ChartKind::ValueBars)
        },
    );
    for mark in &ranged.marks {
        let f = &figures[mark.figures[0]];
        assert_eq!(
            matches!(mark.shape, Shape::Interval { .. }),
            f.value_high.is_some(),
            "{}",
            f.id
        );
    }
}

#[test]
fn counts_match_the_groups_with_cited_and_uncited_side_by_side() {
    let figures = figures();
    for by in [
        GroupField::Speaker,
        GroupField::Debate,
        GroupField::Topic,
        GroupField::Unit,
    ] {
        let layout = layout_for(
            &figures,
            "",
            &ChartSpec {
                group_by: by,
                ..spec(ChartKind::Counts)
            },
        );
        let groups = group(&figures, &select(&Query::default(), &figures), by);
        assert_eq!(layout.marks.len(), 2 * groups.len());
        for (g, grp) in groups.iter().enumerate() {
            assert_eq!(
                layout.marks[2 * g].figures.len(),
                grp.cited,
                "{by:?} {}",
                grp.label
            );
            assert_eq!(
                layout.marks[2 * g + 1].figures.len(),
                grp.uncited,
                "{by:?} {}",
                grp.label
            );
            let (a, b) = (
                layout.marks[2 * g].shape.bbox(),
                layout.marks[2 * g + 1].shape.bbox(),
            );
            assert!(
                a.bottom() <= b.y_css_px + 1e-9,
                "cited bar above uncited bar"
            );
        }
    }
}

#[test]
fn percent_dots_hold_only_percentages_on_a_0_to_100_axis() {
    let figures = figures();
    let layout = layout_for(
        &figures,
        "",
        &ChartSpec {
            height_css_px: 900.0,
            ..spec(ChartKind::PercentDots)
        },
    );
    assert!(
        layout
            .marks
            .iter()
            .all(|m| figures[m.figures[0]].unit == Unit::Percent)
    );
    let texts: Vec<&str> = layout.labels.iter().map(|l| l.text.as_str()).collect();
    assert!(
        texts.contains(&"0%") && texts.contains(&"100%"),
        "{texts:?}"
    );
}

#[test]
fn empty_selection_and_one_figure_lay_out() {
    let figures = figures();
    for spec in all_kinds() {
        let empty = lay(&figures, Vec::new(), &spec);
        assert!(empty.marks.is_empty());
        assert!(
            empty
                .labels
                .iter()
                .any(|l| l.text == "No figures match this selection."),
            "{:?}",
            spec.kind
        );
        assert!(empty.hit(100.0, 100.0).is_none());
        assert_eq!(empty.next_mark(None), None);
        let pick = figures
            .iter()
            .position(|f| f.unit == Unit::Percent)
            .unwrap();
        let one = lay(&figures, vec![pick], &spec);
        assert!(!one.marks.is_empty(), "{:?}", spec.kind);
        assert_geometry_is_sane(&one);
    }
}

/// Copies of real figures with the given values, units and dates.
fn synthetic(base: &Figure, n: usize) -> Vec<Figure> {
    let dates = ["2009-03-12", "2016-10-20", "2022-11-24"];
    (0..n)
        .map(|i| {
            let mut f = base.clone();
            f.id = format!("synthetic-{i:06}");
            f.value = ((i * 7919) % 1000) as f64 * 3.3;
            f.value_high = None;
            f.qualifier = Qualifier::Exact;
            f.unit = if i % 3 == 0 {
                Unit::Percent
            } else {
                Unit::Count
            };
            f.date = if i % 50 == 0 {
                None
            } else {
                Some(dates[i % 3].to_string())
            };
            f.topic = cited_stats::dataset::Topic::ALL[i % cited_stats::dataset::Topic::ALL.len()];
            f.speaker = format!("Speaker {}", i % 40);
            f
        })
        .collect()
}

#[test]
fn a_thousand_figures_lay_out_and_hit() {
    let base = figures()[0].clone();
    let many = synthetic(&base, 1000);
    for spec in all_kinds() {
        let layout = lay(&many, (0..many.len()).collect(), &spec);
        assert!(!layout.marks.is_empty());
        assert_geometry_is_sane(&layout);
        let m = &layout.marks[layout.marks.len() / 2];
        let c = m.shape.centre();
        assert!(
            layout.hit(c.x_css_px, c.y_css_px).is_some(),
            "{:?}",
            spec.kind
        );
    }
}

#[test]
fn extreme_values_share_a_chart_sensibly() {
    let base = figures()[0].clone();
    let mut extremes = synthetic(&base, 3);
    for (f, (value, unit)) in
        extremes
            .iter_mut()
            .zip([(0.0, Unit::Gbp), (3e9, Unit::Gbp), (2.0, Unit::Percent)])
    {
        f.value = value;
        f.unit = unit;
    }
    for spec in all_kinds() {
        let layout = lay(&extremes, vec![0, 1, 2], &spec);
        assert_geometry_is_sane(&layout);
    }
    let bars = lay(&extremes, vec![0, 1, 2], &spec(ChartKind::ValueBars));
    assert_eq!(
        bars.marks.len(),
        2,
        "the two money figures; the percentage is left out and said so"
    );
    assert!(
        bars.labels
            .iter()
            .any(|l| l.text == "2 in £; 1 in other units not shown")
    );
    let zero = bars.marks.iter().find(|m| m.figures == [0]).unwrap();
    assert!(
        zero.shape.bbox().width_css_px < 1.5,
        "£0 has (almost) no length"
    );
    let log = lay(
        &extremes,
        vec![0, 1],
        &ChartSpec {
            scale: ScaleChoice::Log,
            ..spec(ChartKind::ValueBars)
        },
    );
    assert_geometry_is_sane(&log);
}

/// `layout_hit`: on a log axis, a value near the largest f64 (2.35e307, or 1.5e308) widened the
/// domain by ×10 to infinity and put a grid line at NaN; the axis now stops at 10^308.
#[test]
fn a_log_axis_near_the_largest_f64_stays_finite() {
    let base = figures()[0].clone();
    for top in [2.35e307, 1.5e308, f64::MAX] {
        let mut pair = synthetic(&base, 2);
        pair[0].value = top;
        pair[1].value = top;
        for f in &mut pair {
            f.unit = Unit::Gbp;
        }
        let log = lay(
            &pair,
            vec![0, 1],
            &ChartSpec {
                scale: ScaleChoice::Log,
                ..spec(ChartKind::ValueBars)
            },
        );
        assert_geometry_is_sane(&log);
        assert!(
            log.lines.iter().any(|l| l.grid),
            "{top}: the axis keeps its grid"
        );
    }
}

#[test]
fn a_spec_that_cannot_be_drawn_is_a_named_error() {
    let figures = figures();
    let selection = Selection {
        indices: vec![0],
        total: figures.len(),
    };
    let cases = [
        (
            ChartSpec {
                width_css_px: 10.0,
                ..ChartSpec::default()
            },
            "chart option `widthCssPx`: 10 is not a width of at least 160 CSS px",
        ),
        (
            ChartSpec {
                height_css_px: f64::INFINITY,
                ..ChartSpec::default()
            },
            "chart option `heightCssPx`: inf is not a height of at least 120 CSS px",
        ),
        (
            ChartSpec {
                device_pixel_ratio: 0.0,
                ..ChartSpec::default()
            },
            "chart option `devicePixelRatio`: 0 is not a ratio above 0 and at most 8",
        ),
    ];
    for (spec, message) in cases {
        let err = layout(&spec, &figures, &selection, &ApproxTextMetrics).unwrap_err();
        assert_eq!(err.to_string(), message);
    }
    // Indices past the end of the figures are ignored, never a panic.
    let stray = Selection {
        indices: vec![0, 99_999],
        total: figures.len(),
    };
    assert_eq!(
        layout(&ChartSpec::default(), &figures, &stray, &ApproxTextMetrics)
            .unwrap()
            .marks
            .len(),
        1
    );
}

/// Counts the characters measured, so the cost of labels is checked without timing anything.
struct CountingMetrics(std::cell::Cell<usize>);

impl cited_stats::chart::TextMetrics for CountingMetrics {
    fn width_css_px(&self, text: &str, font_size_css_px: f64) -> f64 {
        self.0.set(self.0.get() + text.chars().count());
        ApproxTextMetrics.width_css_px(text, font_size_css_px)
    }
}

#[test]
fn huge_labels_are_bounded_before_they_are_measured() {
    let huge = "a very long label ".repeat(100_000 / 18);
    let mut figures = figures();
    figures[0].measure = huge.clone();
    figures[0].speaker = huge.clone();
    figures[0].debate = huge;
    let all: Vec<usize> = (0..figures.len()).collect();
    let grouped = |kind, group| ChartSpec {
        kind,
        lane_by: group,
        group_by: group,
        ..ChartSpec::default()
    };
    for spec in [
        spec(ChartKind::ValueBars),
        spec(ChartKind::PercentDots),
        grouped(ChartKind::Counts, GroupField::Speaker),
        grouped(ChartKind::Timeline, GroupField::Speaker),
        grouped(ChartKind::Timeline, GroupField::Debate),
    ] {
        let metrics = CountingMetrics(std::cell::Cell::new(0));
        let selection = Selection {
            indices: all.clone(),
            total: figures.len(),
        };
        let laid_out = layout(&spec, &figures, &selection, &metrics).unwrap();
        // Before: the 100,000-character label alone was measured about 100,000 times over.
        assert!(
            metrics.0.get() < 200_000,
            "{:?}: {} characters measured",
            spec.kind,
            metrics.0.get()
        );
        assert!(
            laid_out
                .labels
                .iter()
                .all(|l| l.text.chars().count() <= 400)
        );
    }
}

#[test]
fn the_label_column_fits_the_row_labels_drawn_and_no_others() {
    let base = figures()[0].clone();
    let mut many = synthetic(&base, 3000);
    for f in many.iter_mut() {
        f.unit = Unit::Count;
        f.measure = "short".into();
    }
    let spec = spec(ChartKind::ValueBars);
    let lay_out = |many: &[Figure]| lay(many, (0..many.len()).collect(), &spec);
    let before = lay_out(&many);
    let drawn: Vec<&str> = before
        .labels
        .iter()
        .filter(|l| l.text == "short")
        .map(|l| l.text.as_str())
        .collect();
    // With 3,000 rows only some rows are labelled; give a long label to a row that is not.
    assert!(drawn.len() < 3000 / 2, "{} labels drawn", drawn.len());
    let labelled: Vec<f64> = before
        .labels
        .iter()
        .filter(|l| l.text == "short")
        .map(|l| l.at.y_css_px)
        .collect();
    let hidden = before
        .marks
        .iter()
        .find(|m| {
            let y = m.shape.centre().y_css_px;
            labelled.iter().all(|&l| (l - y).abs() > 1e-6)
        })
        .map(|m| m.figures[0])
        .expect("a row without a label");
    many[hidden].measure = "a much longer label that no drawn row carries".into();
    let after = lay_out(&many);
    assert_eq!(after.plot, before.plot, "the label column did not grow");
    // A labelled row's long label does widen it.
    let shown = before.marks[0].figures[0];
    many[hidden].measure = "short".into();
    many[shown].measure = "a much longer label that a drawn row carries".into();
    assert!(lay_out(&many).plot.x_css_px > before.plot.x_css_px);
}

/// One rule for "names a source": a blank name (white space only) is none, in the filter, the
/// groups' counts and every chart's fill alike.
#[test]
fn a_blank_cited_source_counts_as_none_everywhere() {
    let mut figures = figures();
    let bars = lay(&figures, (0..figures.len()).collect(), &all_kinds()[1]);
    let blank = bars
        .marks
        .iter()
        .flat_map(|m| m.figures.iter().copied())
        .find(|&i| figures[i].has_cited_source())
        .expect("a bar for a figure with a source");
    figures[blank].cited_source = Some(" \t ".into());
    assert!(!figures[blank].has_cited_source());
    let cited = Query {
        has_cited_source: Some(true),
        ..Query::default()
    };
    assert!(!select(&cited, &figures).indices.contains(&blank));
    let mut marks_checked = 0;
    for spec in all_kinds() {
        let layout = lay(&figures, (0..figures.len()).collect(), &spec);
        for mark in layout.marks.iter().filter(|m| m.figures.contains(&blank)) {
            assert_eq!(mark.fill, Fill::Outline, "{:?}", spec.kind);
            marks_checked += 1;
        }
    }
    assert!(
        marks_checked >= 3,
        "the figure is drawn in the timeline, bars and counts"
    );
    let groups = group(
        &figures,
        &select(&Query::default(), &figures),
        GroupField::Unit,
    );
    let unit = figures[blank].unit;
    let holding = groups
        .iter()
        .find(|g| g.indices.contains(&blank))
        .unwrap_or_else(|| panic!("a group for {unit:?}"));
    assert_eq!(
        holding.uncited,
        holding
            .indices
            .iter()
            .filter(|&&i| !figures[i].has_cited_source())
            .count()
    );
}

/// Thousands of figures on one date in one lane: the timeline closes the columns up so that the
/// cluster stays inside the plot (it once ran thousands of px off both sides); the marks overlap
/// there, and the pointer at any one's centre hits a mark under it.
#[test]
fn a_crowded_date_stays_inside_the_timeline() {
    let base = figures()[0].clone();
    // 5,000 on one date, and one undated figure in its own column at the right.
    let crowded: Vec<Figure> = (0..5_001)
        .map(|i| {
            let mut f = base.clone();
            f.id = format!("crowded-{i:05}");
            f.date = (i < 5_000).then(|| "2016-10-20".into());
            f
        })
        .collect();
    let layout = lay(
        &crowded,
        (0..crowded.len()).collect(),
        &spec(ChartKind::Timeline),
    );
    assert_eq!(layout.marks.len(), crowded.len());
    assert_geometry_is_sane(&layout);
    let (left, right) = (layout.plot.x_css_px, layout.plot.right());
    for mark in &layout.marks {
        let c = mark.shape.centre();
        assert!(
            left <= c.x_css_px && c.x_css_px <= right,
            "{} outside {left}..{right}",
            c.x_css_px
        );
    }
    let undated = layout
        .marks
        .iter()
        .find(|m| crowded[m.figures[0]].date.is_none())
        .expect("the undated mark");
    let undated_left = undated.shape.bbox().x_css_px;
    for mark in layout
        .marks
        .iter()
        .filter(|m| crowded[m.figures[0]].date.is_some())
    {
        let c = mark.shape.centre();
        assert!(
            c.x_css_px < undated_left,
            "a dated mark at {c:?} in the undated column"
        );
    }
    for mark in [0, 2_500, 4_999].map(|i| &layout.marks[i]) {
        let c = mark.shape.centre();
        let hit = layout.hit(c.x_css_px, c.y_css_px).expect("a hit");
        let under = hit.bbox;
        assert!(
            under.x_css_px <= c.x_css_px
                && c.x_css_px <= under.right()
                && under.y_css_px <= c.y_css_px
                && c.y_css_px <= under.bottom(),
            "{under:?} is not under {c:?}"
        );
    }
}

/// Value bars choose the most common unit by counting each of `Unit::ALL`: every unit, the last
/// one added included, is counted and chosen when it is the only one (a count sized by hand once
/// left no room for a new unit).
#[test]
fn value_bars_choose_every_unit_when_it_is_the_only_one() {
    let base = figures()[0].clone();
    for unit in Unit::ALL {
        let same: Vec<Figure> = (0..5)
            .map(|i| {
                let mut f = base.clone();
                f.id = format!("unit-{i}");
                f.unit = *unit;
                f.value = 10.0 + i as f64;
                f.value_high = None;
                f.qualifier = Qualifier::Exact;
                f
            })
            .collect();
        let layout = lay(
            &same,
            (0..same.len()).collect(),
            &ChartSpec {
                height_css_px: 600.0,
                ..spec(ChartKind::ValueBars)
            },
        );
        assert_eq!(layout.marks.len(), same.len(), "{unit:?}");
    }
}

/// No text is drawn smaller than 12 CSS px, a host's larger type makes it larger (to 24), and
/// no two labels overlap, in every kind of chart at every size of text.
#[test]
fn text_is_at_least_12_px_scales_with_the_host_and_never_collides() {
    let figures = figures();
    let queries = [
        "",
        "unit=gbp",
        "debate=2022-11-24-independent-review-of-childrens-social-care",
        "claim=innovation-programme-projects",
    ];
    for (width, text_size) in [
        (900.0, 6.0),
        (900.0, 12.0),
        (900.0, 16.0),
        (900.0, 24.0),
        (900.0, 40.0),
        (360.0, 12.0),
        (480.0, 16.0),
    ] {
        for kind in ChartKind::ALL {
            for query in queries {
                let spec = ChartSpec {
                    kind: *kind,
                    width_css_px: width,
                    height_css_px: 700.0,
                    text_size_css_px: text_size,
                    ..ChartSpec::default()
                };
                let drawn = layout_for(&figures, query, &spec);
                let expected = f64::clamp(text_size, 12.0, 24.0);
                let labels: Vec<_> = drawn
                    .labels
                    .iter()
                    .chain(drawn.legend.iter().map(|item| &item.label))
                    .collect();
                for label in &labels {
                    assert!(
                        label.size_css_px >= expected,
                        "{kind:?} {query:?} at {text_size}: {label:?}"
                    );
                }
                // The legend fits the chart's width: a third entry takes a second row.
                for item in &drawn.legend {
                    assert!(
                        label_box(&item.label).right() <= width + 0.5,
                        "{kind:?} {query:?} {width}×{text_size}: {:?} runs off the chart",
                        item.label.text
                    );
                }
                for (i, a) in labels.iter().enumerate() {
                    for b in &labels[i + 1..] {
                        let (ba, bb) = (label_box(a), label_box(b));
                        let apart = ba.right() <= bb.x_css_px + 0.5
                            || bb.right() <= ba.x_css_px + 0.5
                            || ba.bottom() <= bb.y_css_px + 0.5
                            || bb.bottom() <= ba.y_css_px + 0.5;
                        assert!(
                            apart,
                            "{kind:?} {query:?} at {text_size}: {:?} overlaps {:?}",
                            a.text, b.text
                        );
                    }
                }
            }
        }
    }
}

/// The core's sentence for a view: its kind, how many figures, the span of their values, when
/// and by how many speakers they were quoted, each counted here from the figures.
#[test]
fn each_view_is_summed_up_in_one_sentence() {
    use cited_stats::chart::summarise;
    use cited_stats::number::format_value;
    use std::collections::BTreeSet;
    let figures = figures();
    let money: Vec<&Figure> = figures.iter().filter(|f| f.unit == Unit::Gbp).collect();
    let values: Vec<f64> = money
        .iter()
        .flat_map(|f| [Some(f.value), f.value_high])
        .flatten()
        .collect();
    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let high = values.iter().copied().fold(0.0, f64::max);
    let speakers: BTreeSet<&str> = money.iter().map(|f| f.speaker.as_str()).collect();
    let spec = ChartSpec {
        height_css_px: 700.0,
        ..spec(ChartKind::ValueBars)
    };
    let bars = layout_for(&figures, "unit=gbp", &spec);
    assert_eq!(
        summarise(&spec, &bars, &figures),
        format!(
            "Value bars: {} figures in money (£) from {} to {}, quoted 2009–2022 and undated by {} speakers",
            money.len(),
            format_value(low, Unit::Gbp),
            format_value(high, Unit::Gbp),
            speakers.len()
        )
    );
    let all_speakers: BTreeSet<&str> = figures.iter().map(|f| f.speaker.as_str()).collect();
    let timeline = spec_for_all(ChartKind::Timeline);
    assert_eq!(
        summarise(&timeline, &layout_for(&figures, "", &timeline), &figures),
        format!(
            "Timeline: {} figures, quoted 2009–2022 and undated by {} speakers, in lanes by topic",
            figures.len(),
            all_speakers.len()
        )
    );
    let counts = ChartSpec {
        group_by: GroupField::Topic,
        ..spec_for_all(ChartKind::Counts)
    };
    let topics: BTreeSet<_> = figures.iter().map(|f| f.topic).collect();
    let cited = figures.iter().filter(|f| f.has_cited_source()).count();
    assert_eq!(
        summarise(&counts, &layout_for(&figures, "", &counts), &figures),
        format!(
            "Counts: {} figures by topic in {} groups, {cited} naming a source, quoted 2009–2022 and undated by {} speakers",
            figures.len(),
            topics.len(),
            all_speakers.len()
        )
    );
    let compare = spec_for_all(ChartKind::Compare);
    assert_eq!(
        summarise(
            &compare,
            &layout_for(&figures, "claim=innovation-programme-projects", &compare),
            &figures
        ),
        "Compare quotations: innovation programme projects, quoted 3 times, 2016–2022 and undated: more than 50, about 50 and nearly 100 — these differ"
    );
    let dots = spec_for_all(ChartKind::PercentDots);
    let empty = layout_for(&figures, "q=zzzz", &dots);
    assert_eq!(
        summarise(&dots, &empty, &figures),
        "Percent dots: no figures match this selection"
    );
}

fn spec_for_all(kind: ChartKind) -> ChartSpec {
    ChartSpec {
        height_css_px: 900.0,
        ..spec(kind)
    }
}
