//! Hit-testing a layout: the nearest mark within a radius, searched through the index the layout
//! holds (`hit_index`), and keyboard order.

use serde::Serialize;

use super::geometry::{Point, Rect};
use super::hit_index::{HIT_RADIUS_CSS_PX, HitIndex, MAX_HIT_RADIUS_CSS_PX, cell, grid_index};
use super::layout::Layout;

/// What is under the pointer.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Hit {
    /// The mark's index in `Layout::marks`.
    pub mark: usize,
    /// The dataset indices of the figures it stands for.
    pub figures: Vec<usize>,
    /// Its bounding box, CSS px (for the focus ring and tooltip placement).
    pub bbox: Rect,
}

impl Layout {
    /// The nearest mark within [`HIT_RADIUS_CSS_PX`] of a point in CSS px, if any; on a tie the
    /// smaller mark wins (a dot over a bar), then the earlier one.
    pub fn hit(&self, x_css_px: f64, y_css_px: f64) -> Option<Hit> {
        self.hit_within(x_css_px, y_css_px, HIT_RADIUS_CSS_PX)
    }

    /// As [`Layout::hit`], within `radius_css_px` of the point (a finger's
    /// [`super::hit_index::TOUCH_HIT_RADIUS_CSS_PX`], say); a radius that is not a number or is
    /// below 0 counts as 0, one above [`MAX_HIT_RADIUS_CSS_PX`] as that.
    pub fn hit_within(&self, x_css_px: f64, y_css_px: f64, radius_css_px: f64) -> Option<Hit> {
        let i = self.hit_mark(x_css_px, y_css_px, radius_css_px)?;
        let mark = self.marks.get(i)?;
        Some(Hit {
            mark: i,
            figures: mark.figures.clone(),
            bbox: mark.shape.bbox(),
        })
    }

    /// As [`Layout::hit_within`], only the mark's index in `Layout::marks` (what the browser asks).
    pub fn hit_mark(&self, x_css_px: f64, y_css_px: f64, radius_css_px: f64) -> Option<usize> {
        let p = Point { x_css_px, y_css_px };
        if !(x_css_px.is_finite() && y_css_px.is_finite()) {
            return None;
        }
        let radius = if radius_css_px > 0.0 {
            radius_css_px.min(MAX_HIT_RADIUS_CSS_PX)
        } else {
            0.0
        };
        // The index lists marks within HIT_RADIUS_CSS_PX of each place: a wider radius also
        // looks this much further.
        let extra = (radius - HIT_RADIUS_CSS_PX).max(0.0);
        let mut best: Option<(f64, f64, usize)> = None;
        let mut consider = |i: u32| {
            let i = i as usize;
            let Some(shape) = self.marks.get(i).map(|m| &m.shape) else {
                return;
            };
            let distance = shape.distance_to(p);
            if distance > radius {
                return;
            }
            let bbox = shape.bbox();
            let area = bbox.width_css_px * bbox.height_css_px;
            if best.is_none_or(|(d, a, j)| (distance, area, i) < (d, a, j)) {
                best = Some((distance, area, i));
            }
        };
        match &self.index {
            HitIndex::Empty => return None,
            HitIndex::Grid {
                columns,
                rows,
                cells,
            } => {
                // Clamped as when building: a mark packed past the chart's edge sits in an edge cell.
                let (c0, c1) = (
                    cell(x_css_px - extra, *columns),
                    cell(x_css_px + extra, *columns),
                );
                for r in cell(y_css_px - extra, *rows)..=cell(y_css_px + extra, *rows) {
                    for c in c0..=c1 {
                        for &i in cells.get(grid_index(r, c, *columns)).into_iter().flatten() {
                            consider(i);
                        }
                    }
                }
            }
            HitIndex::Rows {
                top_css_px,
                step_css_px,
                rows,
                reach,
            } => {
                // Every band whose marks' hit areas can reach the pointer's band, and no other.
                let step = step_css_px.max(1e-9);
                let row = ((y_css_px - top_css_px) / step).floor();
                let reach =
                    reach.saturating_add((extra / step).ceil().min(rows.len() as f64) as usize);
                if row < -(reach as f64) - 1.0 || row > rows.len().saturating_add(reach) as f64 {
                    return None;
                }
                let row = row.max(0.0).min(rows.len() as f64) as usize;
                let to = row.saturating_add(reach).saturating_add(1).min(rows.len());
                let from = row.saturating_sub(reach).min(to);
                for &i in rows.get(from..to).unwrap_or(&[]).iter().flatten() {
                    consider(i);
                }
            }
        }
        best.map(|(_, _, i)| i)
    }

    /// The mark after `current` in reading order (the first when `current` is `None`), wrapping.
    pub fn next_mark(&self, current: Option<usize>) -> Option<usize> {
        self.step(current, 1)
    }

    /// The mark before `current` in reading order (the last when `current` is `None`), wrapping.
    pub fn previous_mark(&self, current: Option<usize>) -> Option<usize> {
        self.step(current, -1)
    }

    fn step(&self, current: Option<usize>, direction: isize) -> Option<usize> {
        let n = self.reading_order.len();
        if n == 0 {
            return None;
        }
        let position = match current.and_then(|m| self.reading_position.get(m).copied()) {
            // Positions are below `n`, which is far below `isize::MAX`: no overflow.
            Some(p) => (p as isize)
                .saturating_add(direction)
                .rem_euclid(n as isize) as usize,
            None if direction > 0 => 0,
            None => n.saturating_sub(1),
        };
        self.reading_order.get(position).copied()
    }
}
