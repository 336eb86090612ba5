//! Native regression tests for what the fuzz targets (fuzz/, scripts/fuzz.sh) found; each input
//! is also in the target's committed corpus. The number reader's case is with its own tests
//! (src/number/phrase/tests.rs).

use cited_stats::chart::{ApproxTextMetrics, ChartSpec, MAX_SIDE_CSS_PX, layout};
use cited_stats::dataset::embedded_figures;
use cited_stats::query::{ChartKind, Selection};

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
