//! A [`Layout`] as a standalone SVG document, drawn by the same [`draw`] the browser's canvas uses,
//! on plotters' SVG backend (native only: the static fallback charts and the tests).
//!
//! The document carries a `viewBox` (plotters' SVG backend writes one; a test checks it), so an
//! `<img>` styled `width: 100%; height: auto` scales it to any width and keeps its proportions.
// Native only (the static fallbacks): the browser module never holds this code.
#![allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]

use plotters::prelude::{IntoDrawingArea, SVGBackend};

use super::draw::draw;
use super::error::DrawError;
use super::layout::Layout;
use super::theme::Theme;

/// Draws `layout` in `theme` as an SVG document whose size, in device pixels, is the layout's CSS
/// size times its device-pixel ratio (a ratio of 1 gives CSS px), with a `viewBox` of that size.
/// Lay the chart out with [`ApproxTextMetrics`](super::ApproxTextMetrics) natively: there is no
/// font to measure with.
pub fn draw_svg(layout: &Layout, theme: &Theme) -> Result<String, DrawError> {
    let size = (
        device_px(layout.width_css_px, layout.device_pixel_ratio),
        device_px(layout.height_css_px, layout.device_pixel_ratio),
    );
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, size).into_drawing_area();
        draw(layout, &area, theme)?;
        area.present().map_err(|e| DrawError(e.to_string()))?;
    }
    Ok(out)
}

fn device_px(css_px: f64, device_pixel_ratio: f64) -> u32 {
    (css_px * device_pixel_ratio).round().max(1.0) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{ApproxTextMetrics, ChartSpec, layout};
    use crate::dataset::embedded_figures;
    use crate::query::{ChartKind, Query, select};

    fn real_layout(kind: ChartKind, device_pixel_ratio: f64) -> Layout {
        let figures = embedded_figures().unwrap();
        let selection = select(&Query::default(), &figures);
        let spec = ChartSpec {
            kind,
            width_css_px: 640.0,
            height_css_px: 420.0,
            device_pixel_ratio,
            ..ChartSpec::default()
        };
        layout(&spec, &figures, &selection, &ApproxTextMetrics).unwrap()
    }

    #[test]
    fn is_exactly_what_draw_paints_on_the_svg_backend_with_a_view_box() {
        for kind in ChartKind::ALL {
            let laid_out = real_layout(*kind, 1.0);
            let mut direct = String::new();
            {
                let area = SVGBackend::with_string(&mut direct, (640, 420)).into_drawing_area();
                draw(&laid_out, &area, &Theme::dark()).unwrap();
                area.present().unwrap();
            }
            let svg = draw_svg(&laid_out, &Theme::dark()).unwrap();
            assert_eq!(svg, direct, "{kind:?}");
            assert!(svg.starts_with("<svg width=\"640\" height=\"420\" viewBox=\"0 0 640 420\""));
            assert_eq!(svg.matches("viewBox").count(), 1);
        }
    }

    #[test]
    fn sizes_in_device_px_at_other_ratios() {
        let svg = draw_svg(&real_layout(ChartKind::Counts, 1.5), &Theme::light()).unwrap();
        assert!(
            svg.starts_with("<svg width=\"960\" height=\"630\" viewBox=\"0 0 960 630\""),
            "{}",
            &svg[..80]
        );
    }
}
