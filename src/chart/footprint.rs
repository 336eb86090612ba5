//! What each mark paints, in device pixels, so that a mark whose pixels a later mark paints again,
//! in the same colour and fill, need not be drawn: the later one covers every pixel the earlier
//! would have set. With thousands of figures many marks round to the same device pixels (100,000
//! value bars are about 1,500 different rectangles at 960 × 600), and each one drawn again costs
//! the canvas a fill and the SVG an element for nothing. The layout, and so hit-testing and the
//! keyboard, keep every mark.

use super::geometry::Point;
use super::mark::{Fill, Mark, Shape, interval_strokes};
use crate::sorting::sort_indices;

/// A point in CSS px → device px at `device_pixel_ratio`: the one place the ratio is applied to a
/// position.
pub(super) fn device_point(x_css_px: f64, y_css_px: f64, device_pixel_ratio: f64) -> (i32, i32) {
    (
        (x_css_px * device_pixel_ratio).round() as i32,
        (y_css_px * device_pixel_ratio).round() as i32,
    )
}

/// A length in CSS px → whole device px, at least 1.
pub(super) fn device_length(css_px: f64, device_pixel_ratio: f64) -> u32 {
    (css_px * device_pixel_ratio).round().max(1.0) as u32
}

/// What one mark paints: its shape's kind, its series (its colour) and fill, then its shape's
/// device-px numbers (unused ones 0). [`ALWAYS`] in the first place for a mark drawn whatever else
/// is there.
type Footprint = [i32; 15];

/// The kind of footprint of a mark with a sign over it or an open end: always drawn.
const ALWAYS: i32 = -1;

/// The kind a footprint is given once a later mark is found to paint it again: not drawn.
const COVERED: i32 = -2;

/// The pixels `mark` paints at `device_pixel_ratio`, as `draw` paints its shape.
fn footprint(mark: &Mark, device_pixel_ratio: f64) -> Footprint {
    let mut footprint = [0; 15];
    // The shape's points in CSS px (the first `count`), and for a circle its radius in device px.
    let mut points = [Point {
        x_css_px: 0.0,
        y_css_px: 0.0,
    }; 6];
    let (kind, radius, count) = match mark.shape {
        _ if mark.marker.is_some() || mark.open_end.is_some() => (ALWAYS, 0, 0),
        Shape::Circle {
            centre,
            radius_css_px,
        } => {
            points[0] = centre;
            (0, device_length(radius_css_px, device_pixel_ratio), 1)
        }
        Shape::Bar { rect } => {
            points[0] = Point {
                x_css_px: rect.x_css_px,
                y_css_px: rect.y_css_px,
            };
            points[1] = Point {
                x_css_px: rect.right(),
                y_css_px: rect.bottom(),
            };
            (1, 0, 2)
        }
        Shape::Interval {
            from,
            to,
            cap_css_px,
        } => {
            let [bar, start, end] = interval_strokes(from, to, cap_css_px);
            points = [bar.0, bar.1, start.0, start.1, end.0, end.1];
            (2, 0, 6)
        }
    };
    footprint[0] = kind;
    footprint[1] = i32::try_from(mark.series).unwrap_or(i32::MAX);
    footprint[2] = i32::from(mark.fill == Fill::Solid);
    footprint[3] = i32::try_from(radius).unwrap_or(i32::MAX);
    for (slot, point) in footprint[4..]
        .chunks_exact_mut(2)
        .zip(points.iter().take(count))
    {
        let (x, y) = device_point(point.x_css_px, point.y_css_px, device_pixel_ratio);
        slot.copy_from_slice(&[x, y]);
    }
    footprint
}

/// The marks to draw, in drawing order: not one when a later mark has the same footprint.
pub(super) fn marks_to_draw(
    marks: &[Mark],
    device_pixel_ratio: f64,
) -> impl Iterator<Item = &Mark> {
    let mut footprints: Vec<Footprint> = marks
        .iter()
        .map(|mark| footprint(mark, device_pixel_ratio))
        .collect();
    let mut order: Vec<usize> = (0..marks.len()).collect();
    // Stable: marks with one footprint stay in drawing order, so the last of each run is drawn.
    sort_indices(&mut order, &|a, b| {
        footprints.get(a).cmp(&footprints.get(b))
    });
    for pair in order.windows(2) {
        if let [earlier, later] = *pair {
            let painted = footprints.get(earlier);
            if painted.is_some_and(|f| f[0] != ALWAYS) && painted == footprints.get(later) {
                if let Some(covered) = footprints.get_mut(earlier) {
                    covered[0] = COVERED;
                }
            }
        }
    }
    marks
        .iter()
        .zip(footprints)
        .filter(|(_, footprint)| footprint[0] != COVERED)
        .map(|(mark, _)| mark)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::geometry::{Point, Rect};
    use crate::chart::mark::{Description, Marker, OpenEnd};

    /// For each of `marks`, whether it is drawn.
    fn drawn(marks: &[Mark], device_pixel_ratio: f64) -> Vec<bool> {
        let kept: Vec<*const Mark> = marks_to_draw(marks, device_pixel_ratio)
            .map(|m| m as *const Mark)
            .collect();
        marks
            .iter()
            .map(|m| kept.contains(&(m as *const Mark)))
            .collect()
    }

    fn mark(shape: Shape, series: usize, fill: Fill) -> Mark {
        Mark {
            figures: vec![0],
            shape,
            series,
            fill,
            open_end: None,
            row: 0,
            description: Description::Figure,
            marker: None,
        }
    }

    fn dot(x: f64, y: f64, radius: f64) -> Shape {
        Shape::Circle {
            centre: Point {
                x_css_px: x,
                y_css_px: y,
            },
            radius_css_px: radius,
        }
    }

    fn bar(x: f64, y: f64, width: f64, height: f64) -> Shape {
        Shape::Bar {
            rect: Rect {
                x_css_px: x,
                y_css_px: y,
                width_css_px: width,
                height_css_px: height,
            },
        }
    }

    #[test]
    fn of_marks_painting_the_same_pixels_only_the_last_is_drawn() {
        let marks = [
            mark(dot(10.0, 10.0, 4.5), 0, Fill::Solid),
            mark(bar(0.0, 20.0, 50.0, 0.5), 0, Fill::Solid),
            // The same device pixels as the first (10.2 rounds to 10): covers it.
            mark(dot(10.2, 10.0, 4.5), 0, Fill::Solid),
            // The same rectangle once rounded: covers the bar above.
            mark(bar(0.0, 20.4, 50.0, 0.4), 0, Fill::Solid),
            // The same place in another colour, another fill, another size: all drawn.
            mark(dot(10.0, 10.0, 4.5), 1, Fill::Solid),
            mark(dot(10.0, 10.0, 4.5), 0, Fill::Outline),
            mark(dot(10.0, 10.0, 3.0), 0, Fill::Solid),
            mark(dot(11.0, 10.0, 4.5), 0, Fill::Solid),
        ];
        assert_eq!(
            drawn(&marks, 1.0),
            [false, false, true, true, true, true, true, true]
        );
        // At a ratio of 2, 10.2 CSS px is 20 device px and 10 is 20 too; 20.4 + 0.4 is 41.6 → 42
        // against 41: the bars now differ.
        assert_eq!(
            drawn(&marks, 2.0),
            [false, true, true, true, true, true, true, true]
        );
    }

    #[test]
    fn a_mark_with_a_sign_or_an_open_end_is_always_drawn() {
        let mut signed = mark(dot(10.0, 10.0, 4.5), 0, Fill::Solid);
        signed.marker = Some(Marker::QuotedDifferently);
        let mut open = mark(bar(0.0, 20.0, 50.0, 4.0), 0, Fill::Solid);
        open.open_end = Some(OpenEnd::Beyond);
        let marks = [
            signed.clone(),
            signed,
            open.clone(),
            open,
            mark(dot(10.0, 10.0, 4.5), 0, Fill::Solid),
        ];
        assert_eq!(drawn(&marks, 1.0), [true; 5]);
    }

    #[test]
    fn intervals_match_on_every_end_and_cap() {
        let interval = |to_x: f64, cap: f64| Shape::Interval {
            from: Point {
                x_css_px: 5.0,
                y_css_px: 30.0,
            },
            to: Point {
                x_css_px: to_x,
                y_css_px: 30.0,
            },
            cap_css_px: cap,
        };
        let marks = [
            mark(interval(40.0, 8.0), 2, Fill::Solid),
            mark(interval(40.0, 6.0), 2, Fill::Solid),
            mark(interval(41.0, 8.0), 2, Fill::Solid),
            mark(interval(40.0, 8.0), 2, Fill::Solid),
        ];
        assert_eq!(drawn(&marks, 1.0), [false, true, true, true]);
    }

    #[test]
    fn every_mark_of_an_empty_or_single_layout_is_drawn() {
        assert!(drawn(&[], 1.0).is_empty());
        assert_eq!(
            drawn(&[mark(dot(1.0, 1.0, 1.0), 0, Fill::Solid)], 1.0),
            [true]
        );
    }
}
