//! Sizes asked of the browser's renderer brought within what can be laid out and drawn: a size
//! that is not a number (or absurd) is a named error; a size or ratio that is merely too small or
//! too large is clamped, with a notice naming the option, what was asked and what was drawn.

use super::{ChartError, MIN_HEIGHT_CSS_PX, MIN_WIDTH_CSS_PX};
use crate::number::text::Plain;

/// Largest width or height accepted at all, CSS px (anything larger is an error, not clamped).
pub const MAX_ASKED_CSS_PX: f64 = 100_000.0;
/// Largest width or height laid out, CSS px.
pub const MAX_LAYOUT_CSS_PX: f64 = 8_192.0;
/// Largest device-pixel ratio drawn at.
pub const MAX_DEVICE_PIXEL_RATIO: f64 = 8.0;
/// Largest side of the canvas's backing store, device px.
pub const MAX_BACKING_SIDE_PX: f64 = 8_192.0;
/// Largest backing store in all, device px (64 MB of pixels).
pub const MAX_BACKING_AREA_PX: f64 = 16_777_216.0;

/// A size that can be drawn, and what was changed to get it.
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    /// Width laid out, CSS px.
    pub width_css_px: f64,
    /// Height laid out, CSS px.
    pub height_css_px: f64,
    /// Device-pixel ratio drawn at.
    pub device_pixel_ratio: f64,
    /// One line for each value that was clamped.
    pub notices: Vec<String>,
}

fn clamp_css(
    option: &'static str,
    value: f64,
    min: f64,
    notices: &mut Vec<String>,
) -> Result<f64, ChartError> {
    if !value.is_finite() || !(0.0..=MAX_ASKED_CSS_PX).contains(&value) {
        return Err(ChartError {
            option,
            value: Plain(value).to_string(),
            expected: "a number of CSS px from 0 to 100000",
        });
    }
    // Not `f64::clamp`, whose panic message formats floats with `{:?}` (kilobytes of wasm).
    let fitted = value.max(min).min(MAX_LAYOUT_CSS_PX);
    if fitted != value {
        notices.push(format!(
            "chart option `{option}`: {} CSS px is outside {}–{}; drawn at {}",
            Plain(value),
            Plain(min),
            Plain(MAX_LAYOUT_CSS_PX),
            Plain(fitted)
        ));
    }
    Ok(fitted)
}

/// Brings a width, height (CSS px) and device-pixel ratio within the limits above.
pub fn fit(width_css_px: f64, height_css_px: f64, dpr: f64) -> Result<Fitted, ChartError> {
    let mut notices = Vec::new();
    let width = clamp_css("widthCssPx", width_css_px, MIN_WIDTH_CSS_PX, &mut notices)?;
    let height = clamp_css(
        "heightCssPx",
        height_css_px,
        MIN_HEIGHT_CSS_PX,
        &mut notices,
    )?;
    if !dpr.is_finite() || dpr <= 0.0 {
        return Err(ChartError {
            option: "devicePixelRatio",
            value: Plain(dpr).to_string(),
            expected: "a ratio above 0",
        });
    }
    let most = MAX_DEVICE_PIXEL_RATIO
        .min(MAX_BACKING_SIDE_PX / width)
        .min(MAX_BACKING_SIDE_PX / height)
        .min((MAX_BACKING_AREA_PX / (width * height)).sqrt());
    let ratio = dpr.min(most);
    if ratio != dpr {
        notices.push(format!(
            "chart option `devicePixelRatio`: {} would need a backing store of {} × {} device px (at most {} a side, {} in all, and a ratio of at most {}); drawn at {}",
            Plain(dpr),
            Plain((width * dpr).round()),
            Plain((height * dpr).round()),
            Plain(MAX_BACKING_SIDE_PX),
            Plain(MAX_BACKING_AREA_PX),
            Plain(MAX_DEVICE_PIXEL_RATIO),
            // Three decimals, without `{:.3}` (exact float formatting, kilobytes of wasm).
            Plain((ratio * 1000.0).round() / 1000.0)
        ));
    }
    Ok(Fitted {
        width_css_px: width,
        height_css_px: height,
        device_pixel_ratio: ratio,
        notices,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_sizes_are_named_errors() {
        for (w, h, r, named) in [
            (
                200.0,
                1e12,
                1.0,
                "chart option `heightCssPx`: 1000000000000 is not",
            ),
            (
                f64::NAN,
                300.0,
                1.0,
                "chart option `widthCssPx`: NaN is not",
            ),
            (-5.0, 300.0, 1.0, "chart option `widthCssPx`: -5 is not"),
            (
                600.0,
                300.0,
                0.0,
                "chart option `devicePixelRatio`: 0 is not a ratio above 0",
            ),
            (
                600.0,
                300.0,
                f64::INFINITY,
                "chart option `devicePixelRatio`: inf",
            ),
        ] {
            let error = fit(w, h, r).unwrap_err().to_string();
            assert!(error.starts_with(named), "{error}");
        }
    }

    #[test]
    fn small_and_large_sizes_and_ratios_are_clamped_with_a_notice() {
        for asked in [0.0, 1.0, 100_000.0] {
            let f = fit(asked, asked, 1.0).unwrap();
            assert!((MIN_WIDTH_CSS_PX..=MAX_LAYOUT_CSS_PX).contains(&f.width_css_px));
            assert!((MIN_HEIGHT_CSS_PX..=MAX_LAYOUT_CSS_PX).contains(&f.height_css_px));
            assert!(f.notices.len() >= 2, "{:?}", f.notices);
            assert!(
                f.notices[0].starts_with(&format!("chart option `widthCssPx`: {asked} CSS px"))
            );
        }
        for dpr in [0.5, 1.0, 2.0, 3.0, 4.0] {
            let f = fit(640.0, 420.0, dpr).unwrap();
            assert_eq!((f.device_pixel_ratio, f.notices.len()), (dpr, 0));
        }
        // A 2× screen at 500% zoom: drawn at the most allowed, never refused.
        let zoomed = fit(640.0, 400.0, 10.0).unwrap();
        assert_eq!(zoomed.device_pixel_ratio, 8.0);
        assert!(zoomed.notices[0].starts_with("chart option `devicePixelRatio`: 10 would need"));
        // A 20,000 device px tall backing store is brought within 8,192 a side.
        let tall = fit(640.0, 5_000.0, 4.0).unwrap();
        assert!(tall.height_css_px * tall.device_pixel_ratio <= MAX_BACKING_SIDE_PX);
        assert!(
            tall.width_css_px * tall.height_css_px * tall.device_pixel_ratio.powi(2)
                <= MAX_BACKING_AREA_PX
        );
        assert_eq!(tall.notices.len(), 1);
    }
}
