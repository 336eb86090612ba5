//! What to draw: the chart kind, its options and its size.

use serde::{Deserialize, Serialize};

use crate::number::Unit;
use crate::number::text::Plain;
use crate::query::{ChartKind, GroupField, Query};

use super::ChartError;

/// Linear or logarithmic value axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ScaleChoice {
    /// Logarithmic when the values span three or more orders of magnitude, else linear.
    #[default]
    Auto,
    /// Always linear.
    Linear,
    /// Always logarithmic (values ≤ 0 sit at the axis start).
    Log,
}

slugs!(ScaleChoice, Auto = "auto", Linear = "linear", Log = "log");

/// A chart's specification. Sizes in CSS pixels; the device-pixel ratio scales only drawing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ChartSpec {
    /// Chart kind.
    pub kind: ChartKind,
    /// Width, CSS px (at least 160, at most 20,000).
    pub width_css_px: f64,
    /// Height, CSS px (at least 120, at most 20,000).
    pub height_css_px: f64,
    /// Device pixels per CSS pixel (0 < dpr ≤ 8), 1 by default.
    pub device_pixel_ratio: f64,
    /// Timeline lanes.
    pub lane_by: GroupField,
    /// Counts grouping.
    pub group_by: GroupField,
    /// Value-bar scale.
    pub scale: ScaleChoice,
    /// Value bars: which unit to compare (default: the most common unit in the selection).
    pub unit: Option<Unit>,
    /// The size of the chart's text, CSS px: the host page's font size where it sets one. Drawn
    /// at no less than [`MIN_TEXT_CSS_PX`] and no more than [`MAX_TEXT_CSS_PX`].
    pub text_size_css_px: f64,
}

impl Default for ChartSpec {
    fn default() -> ChartSpec {
        ChartSpec {
            kind: ChartKind::Timeline,
            width_css_px: 720.0,
            height_css_px: 420.0,
            device_pixel_ratio: 1.0,
            lane_by: GroupField::Topic,
            group_by: GroupField::Speaker,
            scale: ScaleChoice::Auto,
            unit: None,
            text_size_css_px: MIN_TEXT_CSS_PX,
        }
    }
}

/// The smallest the chart's text is drawn, CSS px: tick, lane, legend and value labels alike.
pub const MIN_TEXT_CSS_PX: f64 = 12.0;
/// The largest, CSS px, so that a host's large type still leaves room for the marks.
pub const MAX_TEXT_CSS_PX: f64 = 24.0;

/// Smallest drawable size, CSS px.
pub const MIN_WIDTH_CSS_PX: f64 = 160.0;
/// Smallest drawable height, CSS px.
pub const MIN_HEIGHT_CSS_PX: f64 = 120.0;
/// Largest drawable width or height, CSS px: beyond any canvas a browser allocates, and it bounds
/// the hit index (one cell per 16 CSS px square).
pub const MAX_SIDE_CSS_PX: f64 = 20_000.0;

impl ChartSpec {
    /// The chart a view (`query`) is drawn as, at a size: its kind, and its grouping for both the
    /// timeline's lanes and the counts. The browser and the static fallbacks both start here.
    pub fn for_view(query: &Query, width_css_px: f64, height_css_px: f64) -> ChartSpec {
        let mut spec = ChartSpec {
            kind: query.chart,
            width_css_px,
            height_css_px,
            ..ChartSpec::default()
        };
        if let Some(group) = query.group_by {
            spec.group_by = group;
            spec.lane_by = group;
        }
        spec
    }

    /// The size the chart's text is drawn at: [`ChartSpec::text_size_css_px`] within
    /// [`MIN_TEXT_CSS_PX`]..=[`MAX_TEXT_CSS_PX`], and no larger than leaves the plot 40 CSS px
    /// of the height under the legend's two lines and the axis's three (a short chart keeps 12).
    pub fn text_size(&self) -> f64 {
        let room = ((self.height_css_px - 44.0) / 5.0).max(MIN_TEXT_CSS_PX);
        self.text_size_css_px
            .clamp(MIN_TEXT_CSS_PX, MAX_TEXT_CSS_PX)
            .min(room)
    }

    /// Checks the numbers a layout depends on.
    pub fn validate(&self) -> Result<(), ChartError> {
        let check = |option: &'static str, value: f64, ok: bool, expected: &'static str| {
            if ok {
                Ok(())
            } else {
                Err(ChartError {
                    option,
                    value: Plain(value).to_string(),
                    expected,
                })
            }
        };
        check(
            "widthCssPx",
            self.width_css_px,
            self.width_css_px.is_finite() && self.width_css_px >= MIN_WIDTH_CSS_PX,
            "a width of at least 160 CSS px",
        )?;
        check(
            "heightCssPx",
            self.height_css_px,
            self.height_css_px.is_finite() && self.height_css_px >= MIN_HEIGHT_CSS_PX,
            "a height of at least 120 CSS px",
        )?;
        check(
            "widthCssPx",
            self.width_css_px,
            self.width_css_px <= MAX_SIDE_CSS_PX,
            "a width of at most 20,000 CSS px",
        )?;
        check(
            "heightCssPx",
            self.height_css_px,
            self.height_css_px <= MAX_SIDE_CSS_PX,
            "a height of at most 20,000 CSS px",
        )?;
        let dpr = self.device_pixel_ratio;
        check(
            "devicePixelRatio",
            dpr,
            dpr.is_finite() && dpr > 0.0 && dpr <= 8.0,
            "a ratio above 0 and at most 8",
        )?;
        check(
            "textSizeCssPx",
            self.text_size_css_px,
            self.text_size_css_px.is_finite() && self.text_size_css_px > 0.0,
            "a text size above 0 CSS px (drawn at 12 to 24)",
        )
    }
}
