//! Shared by the chart tests: lay out and draw real slices of the dataset to SVG.

use cited_stats::chart::{ApproxTextMetrics, ChartSpec, Layout, Theme, draw, layout};
use cited_stats::dataset::{Figure, embedded_figures};
use cited_stats::query::{Query, from_query_string, select};
use plotters::prelude::*;

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

/// The layout drawn to an SVG string.
// Each test crate compiles this module separately; not every one draws.
#[allow(dead_code)]
pub fn svg(layout: &Layout, theme: &Theme) -> String {
    let (w, h) = (
        (layout.width_css_px * layout.device_pixel_ratio).round() as u32,
        (layout.height_css_px * layout.device_pixel_ratio).round() as u32,
    );
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
        draw(layout, &area, theme).unwrap();
        area.present().unwrap();
    }
    out
}
