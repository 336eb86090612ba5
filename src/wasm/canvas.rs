//! The `<canvas>` side: sizing the backing store to CSS size × device-pixel ratio, and getting a
//! 2D context and a plotters drawing area on it.

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::convert::js_error;

/// Sets the canvas's backing store to `width_css_px × dpr` by `height_css_px × dpr` device pixels
/// (the page sizes the element in CSS px). Leaves an already-right canvas untouched.
pub fn size_backing_store(
    canvas: &HtmlCanvasElement,
    width_css_px: f64,
    height_css_px: f64,
    dpr: f64,
) {
    let width = (width_css_px * dpr).round().max(1.0) as u32;
    let height = (height_css_px * dpr).round().max(1.0) as u32;
    if canvas.width() != width {
        canvas.set_width(width);
    }
    if canvas.height() != height {
        canvas.set_height(height);
    }
}

/// The canvas's 2D context.
pub fn context_2d(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, JsError> {
    canvas
        .get_context("2d")
        .map_err(|_| js_error("the canvas refused a 2D context"))?
        .ok_or_else(|| js_error("the canvas has no 2D context (is it already used for WebGL?)"))?
        .dyn_into::<CanvasRenderingContext2d>()
        .map_err(|_| js_error("the canvas's 2D context is not a CanvasRenderingContext2D"))
}

/// A plotters drawing area covering the whole canvas.
pub fn drawing_area(
    canvas: &HtmlCanvasElement,
) -> Result<DrawingArea<CanvasBackend, Shift>, JsError> {
    CanvasBackend::with_canvas_object(canvas.clone())
        .map(IntoDrawingArea::into_drawing_area)
        .ok_or_else(|| js_error("plotters could not draw on the canvas"))
}

/// Clears the whole canvas to transparent.
pub fn clear(canvas: &HtmlCanvasElement) -> Result<(), JsError> {
    let context = context_2d(canvas)?;
    context.clear_rect(
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    );
    Ok(())
}
