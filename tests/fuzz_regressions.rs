//! Native regression tests for what the fuzz targets (fuzz/, scripts/fuzz.sh) found; each input
//! is also in the target's committed corpus. The number reader's case is with its own tests
//! (src/number/phrase/tests.rs).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use cited_stats::chart::{
    ApproxTextMetrics, ChartSpec, HIT_RADIUS_CSS_PX, MAX_SIDE_CSS_PX, TextMetrics, layout,
};
use cited_stats::dataset::{Figure, check_figures, embedded_figures, from_jsonl, to_jsonl};
use cited_stats::number::Qualifier;
use cited_stats::query::{ChartKind, Selection};

fn a_range() -> Figure {
    embedded_figures()
        .unwrap()
        .into_iter()
        .find(|f| f.qualifier == Qualifier::Range)
        .unwrap()
}

/// `dataset_json`: a range whose upper value is infinite (a JavaScript caller can give one) was
/// accepted, since infinity is above any lower value.
#[test]
fn check_figures_refuses_a_non_finite_upper_value() {
    for high in [f64::INFINITY, f64::NEG_INFINITY, f64::NAN] {
        let mut figure = a_range();
        assert!(check_figures("mine.json", std::slice::from_ref(&figure)).is_empty());
        figure.value_high = Some(high);
        let errors = check_figures("mine.json", &[figure]);
        assert!(
            errors
                .iter()
                .any(|e| e.place.field.as_deref() == Some("value_high")
                    && e.to_string().contains(&format!("{high} is not finite"))),
            "{high}: {errors:?}"
        );
    }
}

/// `layout_hit`: a finite but enormous size (1e300 CSS px) overflowed the hit grid's cell count,
/// a panic with overflow checks and a wrapped or impossible allocation without; 1e9 asks for
/// 4e15 cells. Sizes beyond 20,000 CSS px are refused by name, like sizes below the minimum.
#[test]
fn a_chart_larger_than_the_largest_side_is_a_named_error() {
    let figures = embedded_figures().unwrap();
    let selection = Selection {
        indices: (0..figures.len()).collect(),
        total: figures.len(),
    };
    for kind in ChartKind::ALL {
        let wide = ChartSpec {
            kind: *kind,
            width_css_px: 1e9,
            height_css_px: 1e9,
            ..ChartSpec::default()
        };
        let error = layout(&wide, &figures, &selection, &ApproxTextMetrics).unwrap_err();
        assert_eq!(
            error.to_string(),
            "chart option `widthCssPx`: 1000000000 is not a width of at most 20,000 CSS px"
        );
        let tall = ChartSpec {
            height_css_px: MAX_SIDE_CSS_PX + 1.0,
            ..wide.clone()
        };
        let tall = ChartSpec {
            width_css_px: 640.0,
            ..tall
        };
        let error = layout(&tall, &figures, &selection, &ApproxTextMetrics).unwrap_err();
        assert!(error.to_string().contains("at most 20,000"), "{error}");
        let largest = ChartSpec {
            width_css_px: MAX_SIDE_CSS_PX,
            height_css_px: MAX_SIDE_CSS_PX,
            ..wide
        };
        let drawn = layout(&largest, &figures, &selection, &ApproxTextMetrics).unwrap();
        let centre = drawn.marks[0].shape.centre();
        assert!(drawn.hit(centre.x_css_px, centre.y_css_px).is_some());
    }
}

/// Text measured as taking no room, so the plot starts at the chart's left edge.
struct NoWidth;

impl TextMetrics for NoWidth {
    fn width_css_px(&self, _text: &str, _font_size_css_px: f64) -> f64 {
        0.0
    }
}

/// `layout_hit`: dots of one lane and one date are packed side by side, and in a lane too short
/// for a second row they could reach past the chart's left edge; the hit grid filed them in its
/// edge cells but a pointer left of the edge was never looked up, so such a mark was not hit at
/// its centre. The timeline now keeps a crowded date inside the plot, so no mark is left of the
/// grid any more; every mark is hit at its centre, and a pointer just left of the plot still finds
/// the leftmost mark. (Pointers anywhere, inside the grid or not, are the `layout_hit` target's
/// property: the index's answer equals a search of every mark.)
#[test]
fn a_crowded_date_at_the_left_edge_stays_on_the_chart_and_is_hit() {
    let figures = embedded_figures().unwrap();
    let spec = ChartSpec {
        kind: ChartKind::Timeline,
        width_css_px: 160.0,
        height_css_px: 120.0,
        lane_by: cited_stats::query::GroupField::Speaker,
        ..ChartSpec::default()
    };
    let selection = Selection {
        indices: (0..figures.len()).chain([0; 60]).collect(),
        total: figures.len(),
    };
    let laid_out = layout(&spec, &figures, &selection, &NoWidth).unwrap();
    let contains = |bbox: cited_stats::chart::Rect, x: f64, y: f64| {
        bbox.x_css_px <= x && x <= bbox.right() && bbox.y_css_px <= y && y <= bbox.bottom()
    };
    for (i, mark) in laid_out.marks.iter().enumerate() {
        let c = mark.shape.centre();
        assert!(c.x_css_px >= laid_out.plot.x_css_px, "mark {i} at {c:?}");
        let hit = laid_out.hit(c.x_css_px, c.y_css_px).unwrap();
        assert!(
            contains(hit.bbox, c.x_css_px, c.y_css_px),
            "mark {i} at {c:?}"
        );
    }
    let leftmost = laid_out
        .marks
        .iter()
        .map(|m| m.shape.centre())
        .min_by(|a, b| a.x_css_px.total_cmp(&b.x_css_px))
        .unwrap();
    let pointer_x = laid_out.plot.x_css_px - 1.0;
    assert!(
        laid_out.hit(pointer_x, leftmost.y_css_px).is_some(),
        "a pointer at x {pointer_x} beside the mark at {leftmost:?}"
    );
}

/// `layout_hit`: on a linear axis a bar for a huge negative value (−2.35e301 days, which
/// `check_figures` accepts as finite) mapped far off the chart (to −∞, a bar of NaN width, at the
/// size the fuzzer chose); bars now end at the plot's edge.
#[test]
fn a_bar_for_a_huge_negative_value_stays_on_the_plot() {
    let mut figures = embedded_figures().unwrap();
    figures[0].value = -2.352_990_923_455_598e301;
    figures[0].unit = cited_stats::number::Unit::Days;
    let spec = ChartSpec {
        kind: ChartKind::ValueBars,
        scale: cited_stats::chart::ScaleChoice::Linear,
        unit: Some(cited_stats::number::Unit::Days),
        ..ChartSpec::default()
    };
    let selection = Selection {
        indices: (0..figures.len()).collect(),
        total: figures.len(),
    };
    let laid_out = layout(&spec, &figures, &selection, &ApproxTextMetrics).unwrap();
    let mark = laid_out
        .marks
        .iter()
        .position(|m| m.figures == [0])
        .unwrap();
    let bbox = laid_out.marks[mark].shape.bbox();
    assert!(bbox.x_css_px >= laid_out.plot.x_css_px, "{bbox:?}");
    assert!(bbox.width_css_px.is_finite(), "{bbox:?}");
    let c = bbox.centre();
    assert!(laid_out.hit(c.x_css_px, c.y_css_px).is_some());
}

/// `layout_hit`: a percentage range up to 2.04e306 gave axis ticks of +∞ (tick values were
/// rounded by scaling by 1e9, which overflows above about 1.8e299), so the axis was NaN and grid
/// lines had NaN ends.
#[test]
fn an_axis_up_to_a_huge_value_has_finite_ticks() {
    let mut figures = embedded_figures().unwrap();
    let i = figures
        .iter()
        .position(|f| f.unit == cited_stats::number::Unit::Percent)
        .unwrap();
    figures[i].qualifier = Qualifier::Range;
    figures[i].value_high = Some(2.040_499_288_985_304_4e306);
    assert!(check_figures("mine.json", &figures).is_empty());
    let selection = Selection {
        indices: (0..figures.len()).collect(),
        total: figures.len(),
    };
    for kind in [ChartKind::PercentDots, ChartKind::ValueBars] {
        let spec = ChartSpec {
            kind,
            scale: cited_stats::chart::ScaleChoice::Linear,
            unit: Some(cited_stats::number::Unit::Percent),
            ..ChartSpec::default()
        };
        let laid_out = layout(&spec, &figures, &selection, &ApproxTextMetrics).unwrap();
        for line in &laid_out.lines {
            let ends = [line.from.x_css_px, line.to.x_css_px];
            assert!(ends.iter().all(|v| v.is_finite()), "{kind:?}: {line:?}");
        }
        for label in &laid_out.labels {
            assert!(label.at.x_css_px.is_finite(), "{kind:?}: {label:?}");
        }
    }
}

/// `dataset_json`: exported to JSON Lines and read back, 6.600000000000001e77 came back as 6.6e77
/// (serde_json's default float parsing can be one unit in the last place off).
#[test]
fn json_lines_export_reads_back_every_value_exactly() {
    let mut figures = embedded_figures().unwrap();
    figures.truncate(3);
    figures[0].value = 6.600_000_000_000_001e77;
    figures[1].value = 0.1 + 0.2;
    figures[2].value = f64::MAX;
    let (again, errors) = from_jsonl("again.jsonl", &to_jsonl(&figures));
    assert!(errors.is_empty(), "{errors:?}");
    for (a, b) in again.iter().zip(&figures) {
        assert_eq!(a.value.to_bits(), b.value.to_bits(), "{}", b.value);
    }
    assert_eq!(again, figures);
}

/// `layout_hit`: value bars so many that each band is a fraction of a pixel tall (hundreds of bars
/// in a 120 px chart); the banded search looked at 16 bands either side of the pointer, fewer than
/// the hit radius spans there, so a bar within reach was missed. The index now records how many
/// bands any mark's hit area spans. Every point agrees with a search of every mark.
#[test]
fn thin_bands_are_searched_as_far_as_the_hit_radius_reaches() {
    let figures = embedded_figures().unwrap();
    let money: Vec<usize> = (0..figures.len())
        .filter(|&i| figures[i].unit == cited_stats::number::Unit::Gbp)
        .collect();
    let selection = Selection {
        indices: money.iter().copied().cycle().take(600).collect(),
        total: figures.len(),
    };
    let spec = ChartSpec {
        kind: ChartKind::ValueBars,
        width_css_px: 514.0,
        height_css_px: 120.0,
        scale: cited_stats::chart::ScaleChoice::Log,
        ..ChartSpec::default()
    };
    let laid_out = layout(&spec, &figures, &selection, &ApproxTextMetrics).unwrap();
    assert!(laid_out.marks.len() >= 600, "{}", laid_out.marks.len());
    let nearest = |x: f64, y: f64| {
        let p = cited_stats::chart::Point {
            x_css_px: x,
            y_css_px: y,
        };
        laid_out
            .marks
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let b = m.shape.bbox();
                (m.shape.distance_to(p), b.width_css_px * b.height_css_px, i)
            })
            .filter(|(d, _, _)| *d <= HIT_RADIUS_CSS_PX)
            .min_by(|a, b| a.partial_cmp(b).unwrap())
            .map(|(_, _, i)| i)
    };
    for yi in 0..60 {
        for xi in 0..26 {
            let (x, y) = (xi as f64 * 20.0, yi as f64 * 2.0);
            assert_eq!(
                laid_out.hit(x, y).map(|h| h.mark),
                nearest(x, y),
                "at ({x}, {y})"
            );
        }
    }
}

/// `layout_hit`: large text (26 CSS px, drawn at 24) in a chart 120.875 px tall left the plot a
/// negative height under the legend's and the axis's lines, and the hit index missed a mark that a
/// search of every mark found. Text is drawn no larger than leaves the plot 40 px.
#[test]
fn large_text_in_a_short_chart_leaves_the_plot_its_height() {
    let figures = embedded_figures().unwrap();
    let selection = Selection {
        indices: (0..figures.len()).collect(),
        total: figures.len(),
    };
    for kind in ChartKind::ALL {
        for height in [cited_stats::chart::MIN_HEIGHT_CSS_PX, 120.875, 200.0] {
            let spec = ChartSpec {
                kind: *kind,
                width_css_px: 514.125,
                height_css_px: height,
                text_size_css_px: 26.0,
                ..ChartSpec::default()
            };
            let drawn = layout(&spec, &figures, &selection, &ApproxTextMetrics).unwrap();
            assert!(
                drawn.plot.height_css_px >= 40.0,
                "{kind:?} at {height}: {:?}",
                drawn.plot
            );
            for (i, mark) in drawn.marks.iter().enumerate() {
                let centre = mark.shape.centre();
                let hit = drawn.hit(centre.x_css_px, centre.y_css_px).map(|h| h.mark);
                let nearest = drawn
                    .marks
                    .iter()
                    .map(|m| m.shape.distance_to(centre))
                    .fold(f64::INFINITY, f64::min);
                assert!(
                    hit.is_some() && nearest <= HIT_RADIUS_CSS_PX,
                    "{kind:?} at {height}: mark {i} missed"
                );
            }
        }
    }
}
