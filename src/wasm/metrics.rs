//! Text measured by the canvas itself, so layout reserves exactly the room the browser's font takes.

use std::cell::Cell;

use web_sys::CanvasRenderingContext2d;

use crate::chart::{ApproxTextMetrics, TextMetrics};
use crate::number::text::Plain;

/// Measures with `measureText` on a 2D context, in the theme's font family.
pub struct CanvasTextMetrics<'a> {
    context: &'a CanvasRenderingContext2d,
    font_family: &'a str,
    font_size_set: Cell<f64>,
}

impl<'a> CanvasTextMetrics<'a> {
    /// Measures on `context` (its font is changed; the chart redraw sets its own).
    pub fn new(context: &'a CanvasRenderingContext2d, font_family: &'a str) -> Self {
        CanvasTextMetrics {
            context,
            font_family,
            font_size_set: Cell::new(0.0),
        }
    }
}

impl TextMetrics for CanvasTextMetrics<'_> {
    fn width_css_px(&self, text: &str, font_size_css_px: f64) -> f64 {
        if self.font_size_set.get() != font_size_css_px {
            self.context.set_font(&format!(
                "{}px {}",
                Plain(font_size_css_px),
                self.font_family
            ));
            self.font_size_set.set(font_size_css_px);
        }
        match self.context.measure_text(text) {
            Ok(measured) => measured.width(),
            // A context that cannot measure still gets a usable estimate.
            Err(_) => ApproxTextMetrics.width_css_px(text, font_size_css_px),
        }
    }
}
