//! A [`Layout`] as a standalone SVG document, drawn by the same [`draw`] the browser's canvas uses,
//! on plotters' SVG backend (native only: the static fallback charts and the tests).
//!
//! The document carries a `viewBox`, so an `<img>` styled `width: 100%; height: auto` scales it to
//! any width and keeps its proportions.
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
    with_view_box(out, size)
}

fn device_px(css_px: f64, device_pixel_ratio: f64) -> u32 {
    (css_px * device_pixel_ratio).round().max(1.0) as u32
}

/// `svg` with a `viewBox="0 0 width height"` on its root element, added only when the root has
/// none, so that the document scales. Fails when there is no `<svg …>` start tag.
fn with_view_box(svg: String, (width, height): (u32, u32)) -> Result<String, DrawError> {
    let start = root_start(&svg).ok_or_else(|| {
        DrawError("the SVG backend wrote no <svg> element to add a viewBox to".to_string())
    })?;
    let end = tag_end(&svg, start)
        .ok_or_else(|| DrawError("the SVG backend's <svg> start tag is not closed".to_string()))?;
    if has_attribute(&svg[start..end], "viewBox") {
        return Ok(svg);
    }
    let at = start + "<svg".len();
    let mut out = String::with_capacity(svg.len() + 32);
    out.push_str(&svg[..at]);
    out.push_str(&format!(" viewBox=\"0 0 {width} {height}\""));
    out.push_str(&svg[at..]);
    Ok(out)
}

/// Byte offset of the first `<svg` followed by whitespace, `>` or `/`.
fn root_start(svg: &str) -> Option<usize> {
    svg.match_indices("<svg").map(|(i, _)| i).find(|&i| {
        svg[i + "<svg".len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_whitespace() || c == '>' || c == '/')
    })
}

/// Byte offset of the `>` closing the tag that starts at `start`, skipping quoted values.
fn tag_end(svg: &str, start: usize) -> Option<usize> {
    let mut quote = None;
    for (i, c) in svg[start..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(start + i),
            _ => {}
        }
    }
    None
}

/// Whether the start tag `tag` has an attribute `name` (outside quoted values).
fn has_attribute(tag: &str, name: &str) -> bool {
    let mut quote = None;
    let mut previous = ' ';
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, _) if previous.is_whitespace() && tag[i..].starts_with(name) => {
                let rest = tag[i + name.len()..].trim_start();
                if rest.starts_with('=') {
                    return true;
                }
            }
            _ => {}
        }
        previous = c;
    }
    false
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

    #[test]
    fn adds_a_view_box_only_where_there_is_none() {
        let added = with_view_box(
            "<?xml version=\"1.0\"?>\n<svg width=\"10\" height=\"20\" data-x=\"a>b\"><rect/></svg>"
                .to_string(),
            (10, 20),
        )
        .unwrap();
        assert_eq!(
            added,
            "<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 10 20\" width=\"10\" height=\"20\" data-x=\"a>b\"><rect/></svg>"
        );
        let kept = "<svg viewBox = \"0 0 5 5\" width=\"10\"></svg>".to_string();
        assert_eq!(with_view_box(kept.clone(), (10, 20)).unwrap(), kept);
        // The words in a quoted value are not an attribute.
        let quoted = "<svg data-x=\" viewBox=1\"></svg>".to_string();
        assert!(
            with_view_box(quoted, (1, 2))
                .unwrap()
                .starts_with("<svg viewBox=\"0 0 1 2\"")
        );
        // `<svgx` is not the root; a missing or unclosed root is an error.
        assert!(with_view_box("<svgx></svgx>".to_string(), (1, 1)).is_err());
        let unclosed = with_view_box("<svg width=\"1".to_string(), (1, 1)).unwrap_err();
        assert!(unclosed.to_string().contains("not closed"), "{unclosed}");
    }
}
