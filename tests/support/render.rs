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

/// The box a label's text takes, by the approximate metrics the layout measured it with.
pub fn label_box(label: &cited_stats::chart::Label) -> cited_stats::chart::Rect {
    use cited_stats::chart::{Anchor, TextMetrics};
    let width = ApproxTextMetrics.width_css_px(&label.text, label.size_css_px);
    let left = match label.anchor {
        Anchor::Start => label.at.x_css_px,
        Anchor::Middle => label.at.x_css_px - width / 2.0,
        Anchor::End => label.at.x_css_px - width,
    };
    let half = label.size_css_px / 2.0;
    cited_stats::chart::Rect::from_corners(
        left,
        label.at.y_css_px - half,
        left + width,
        label.at.y_css_px + half,
    )
}
