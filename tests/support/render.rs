//! Shared by the chart tests: lay out and draw real slices of the dataset to SVG.
// Each test crate compiles this module separately; not every one uses every helper.
#![allow(dead_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use cited_stats::chart::{ApproxTextMetrics, ChartSpec, Layout, Theme, draw_svg, layout};
use cited_stats::dataset::{Figure, embedded_figures};
use cited_stats::query::{Query, from_query_string, select};

/// The embedded figures.
pub fn figures() -> Vec<Figure> {
    embedded_figures().unwrap()
}

/// The layout for a URL-style query and a spec.
pub fn layout_for(figures: &[Figure], query: &str, spec: &ChartSpec) -> Layout {
    let query: Query = from_query_string(query).unwrap();
    let selection = select(&query, figures);
    layout(spec, figures, &selection, &ApproxTextMetrics).unwrap()
}

/// The layout drawn to an SVG string (the library's own SVG drawing, as the fallback charts use).
pub fn svg(layout: &Layout, theme: &Theme) -> String {
    draw_svg(layout, theme).unwrap()
}
