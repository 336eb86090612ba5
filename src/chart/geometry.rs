//! Points and rectangles in CSS pixels.

use serde::Serialize;

/// A point in CSS pixels from the chart's top-left corner.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    /// Distance from the left edge, CSS px.
    pub x_css_px: f64,
    /// Distance from the top edge, CSS px.
    pub y_css_px: f64,
}

/// An axis-aligned rectangle in CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rect {
    /// Left edge, CSS px.
    pub x_css_px: f64,
    /// Top edge, CSS px.
    pub y_css_px: f64,
    /// Width, CSS px (≥ 0).
    pub width_css_px: f64,
    /// Height, CSS px (≥ 0).
    pub height_css_px: f64,
}

impl Rect {
    /// A rectangle from its corners, whichever way round they are given.
    pub fn from_corners(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect {
            x_css_px: x0.min(x1),
            y_css_px: y0.min(y1),
            width_css_px: (x1 - x0).abs(),
            height_css_px: (y1 - y0).abs(),
        }
    }

    /// Right edge.
    pub fn right(&self) -> f64 {
        self.x_css_px + self.width_css_px
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f64 {
        self.y_css_px + self.height_css_px
    }

    /// The centre point.
    pub fn centre(&self) -> Point {
        Point {
            x_css_px: self.x_css_px + self.width_css_px / 2.0,
            y_css_px: self.y_css_px + self.height_css_px / 2.0,
        }
    }

    /// Grown by `by` on every side.
    pub fn inflate(&self, by: f64) -> Rect {
        Rect {
            x_css_px: self.x_css_px - by,
            y_css_px: self.y_css_px - by,
            width_css_px: self.width_css_px + 2.0 * by,
            height_css_px: self.height_css_px + 2.0 * by,
        }
    }

    /// Whether the point is inside or on the edge.
    pub fn contains(&self, p: Point) -> bool {
        p.x_css_px >= self.x_css_px
            && p.x_css_px <= self.right()
            && p.y_css_px >= self.y_css_px
            && p.y_css_px <= self.bottom()
    }

    /// Distance from the point to the nearest point of the rectangle (0 inside).
    pub fn distance_to(&self, p: Point) -> f64 {
        let dx = (self.x_css_px - p.x_css_px)
            .max(p.x_css_px - self.right())
            .max(0.0);
        let dy = (self.y_css_px - p.y_css_px)
            .max(p.y_css_px - self.bottom())
            .max(0.0);
        // The plain square root rather than `hypot` (a libm routine in the browser module).
        (dx * dx + dy * dy).sqrt()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_and_containment() {
        let r = Rect::from_corners(10.0, 20.0, 0.0, 0.0);
        assert_eq!(
            (r.x_css_px, r.y_css_px, r.width_css_px, r.height_css_px),
            (0.0, 0.0, 10.0, 20.0)
        );
        let inside = Point {
            x_css_px: 5.0,
            y_css_px: 5.0,
        };
        assert!(r.contains(inside));
        assert_eq!(r.distance_to(inside), 0.0);
        assert_eq!(
            r.distance_to(Point {
                x_css_px: 13.0,
                y_css_px: 24.0
            }),
            5.0
        );
        assert_eq!(
            r.centre(),
            Point {
                x_css_px: 5.0,
                y_css_px: 10.0
            }
        );
    }
}
