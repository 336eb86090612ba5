//! Marks: the geometry of each drawn figure (or group of figures), shared by `draw` and `hit`.

use serde::Serialize;

use super::geometry::{Point, Rect};

/// A mark's outline.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum Shape {
    /// A dot.
    Circle {
        /// Centre.
        centre: Point,
        /// Radius, CSS px.
        radius_css_px: f64,
    },
    /// A bar.
    Bar {
        /// The bar's rectangle.
        rect: Rect,
    },
    /// A horizontal interval (a range), drawn as a thick line with end caps.
    Interval {
        /// Left end.
        from: Point,
        /// Right end.
        to: Point,
        /// Cap height, CSS px.
        cap_css_px: f64,
    },
}

/// An interval's three strokes, in CSS px: from one end to the other, then the cap across each end.
pub(crate) fn interval_strokes(from: Point, to: Point, cap_css_px: f64) -> [(Point, Point); 3] {
    let half = cap_css_px / 2.0;
    let cap = |at: Point| {
        (
            Point {
                x_css_px: at.x_css_px,
                y_css_px: at.y_css_px - half,
            },
            Point {
                x_css_px: at.x_css_px,
                y_css_px: at.y_css_px + half,
            },
        )
    };
    [(from, to), cap(from), cap(to)]
}

impl Shape {
    /// The smallest rectangle holding the shape.
    pub fn bbox(&self) -> Rect {
        match *self {
            Shape::Circle {
                centre,
                radius_css_px: r,
            } => Rect::from_corners(
                centre.x_css_px - r,
                centre.y_css_px - r,
                centre.x_css_px + r,
                centre.y_css_px + r,
            ),
            Shape::Bar { rect } => rect,
            Shape::Interval {
                from,
                to,
                cap_css_px,
            } => Rect::from_corners(
                from.x_css_px,
                from.y_css_px - cap_css_px / 2.0,
                to.x_css_px,
                to.y_css_px + cap_css_px / 2.0,
            ),
        }
    }

    /// Distance from a point to the shape (0 inside).
    pub fn distance_to(&self, p: Point) -> f64 {
        match *self {
            Shape::Circle {
                centre,
                radius_css_px,
            } => {
                // The plain square root: CSS-px distances are far from where `hypot`'s care with
                // overflow matters, and it costs the browser module a libm routine.
                let (dx, dy) = (p.x_css_px - centre.x_css_px, p.y_css_px - centre.y_css_px);
                ((dx * dx + dy * dy).sqrt() - radius_css_px).max(0.0)
            }
            _ => self.bbox().distance_to(p),
        }
    }

    /// The point a pointer or focus ring should aim at.
    pub fn centre(&self) -> Point {
        match *self {
            Shape::Circle { centre, .. } => centre,
            _ => self.bbox().centre(),
        }
    }
}

/// How a mark is filled; fill, not colour alone, tells series apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Fill {
    /// Filled with the series colour.
    Solid,
    /// Outlined in the series colour, background inside.
    Outline,
}

/// Which end of a bar is open (the value is a bound, not a point).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum OpenEnd {
    /// "more than", "at least": the true value lies beyond the end; drawn with an arrowhead.
    Beyond,
    /// "up to", "nearly", "less than": the true value is at or below the end; drawn with a bracket.
    Within,
}

/// A sign drawn over a mark and named in the legend, so that what it says does not rest on
/// colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Marker {
    /// The figure's words disagree with another quotation of the same quantity: a diamond.
    QuotedDifferently,
}

/// One drawn mark.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Mark {
    /// Indices (into the dataset) of the figures this mark stands for: one for a figure's mark,
    /// several for a count bar.
    pub figures: Vec<usize>,
    /// Geometry.
    pub shape: Shape,
    /// Series (palette index).
    pub series: usize,
    /// Fill.
    pub fill: Fill,
    /// Open end, for bounds.
    pub open_end: Option<OpenEnd>,
    /// Reading-order row (lane or band), for keyboard navigation.
    pub row: usize,
    /// What a screen reader says for the mark, worded when asked ([`super::describe_mark`]).
    pub description: Description,
    /// A sign over the mark, if any.
    pub marker: Option<Marker>,
}

/// What a mark's description is made from.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Description {
    /// The one figure it stands for: its value in words, what it measures, who said it and when.
    Figure,
    /// A count bar: the group's label, how many figures, and what they have in common.
    Group {
        /// The group's label.
        label: String,
        /// What the bar's figures share, e.g. "cite a source".
        words: &'static str,
    },
}
