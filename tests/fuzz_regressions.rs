//! Native regression tests for what the fuzz targets (fuzz/, scripts/fuzz.sh) found; each input
//! is also in the target's committed corpus. The number reader's case is with its own tests
//! (src/number/phrase/tests.rs).

use cited_stats::chart::{ApproxTextMetrics, ChartSpec, MAX_SIDE_CSS_PX, layout};
use cited_stats::dataset::{Figure, check_figures, embedded_figures};
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
