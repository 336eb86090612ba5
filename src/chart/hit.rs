//! Hit-testing from the layout: the nearest mark within a radius, through an index built with the
//! layout (a uniform grid for dots, a row table for banded charts), and keyboard order.

use serde::Serialize;

use super::geometry::{Point, Rect};
use super::layout::Layout;
use super::mark::Mark;

/// How far from a mark a pointer still hits it, CSS px.
pub const HIT_RADIUS_CSS_PX: f64 = 8.0;
/// Grid cell size, CSS px.
const CELL_CSS_PX: f64 = 16.0;
/// How many rows either side of the pointer's row a banded search looks at.
const ROW_REACH: usize = 16;

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

/// Which index a layout wants.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum IndexPlan {
    /// Small marks anywhere: a grid over the chart.
    Grid {
        width_css_px: f64,
        height_css_px: f64,
    },
    /// One or more marks per horizontal band.
    Rows {
        top_css_px: f64,
        step_css_px: f64,
        count: usize,
    },
}

/// The built index.
#[derive(Debug, Clone, Default)]
pub(crate) enum HitIndex {
    /// No marks.
    #[default]
    Empty,
    /// Cells of `CELL_CSS_PX`, each listing the marks whose hit area overlaps it.
    Grid {
        columns: usize,
        rows: usize,
        cells: Vec<Vec<u32>>,
    },
    /// Marks per band.
    Rows {
        top_css_px: f64,
        step_css_px: f64,
        rows: Vec<Vec<u32>>,
    },
}

impl IndexPlan {
    /// Builds the index over the marks.
    pub(crate) fn build(self, marks: &[Mark]) -> HitIndex {
        if marks.is_empty() {
            return HitIndex::Empty;
        }
        match self {
            IndexPlan::Grid {
                width_css_px,
                height_css_px,
            } => {
                let columns = (width_css_px / CELL_CSS_PX).ceil().max(1.0) as usize;
                let rows = (height_css_px / CELL_CSS_PX).ceil().max(1.0) as usize;
                let mut cells = vec![Vec::new(); columns.saturating_mul(rows)];
                for (i, mark) in marks.iter().enumerate() {
                    let area = mark.shape.bbox().inflate(HIT_RADIUS_CSS_PX);
                    let (c0, c1) = (cell(area.x_css_px, columns), cell(area.right(), columns));
                    let (r0, r1) = (cell(area.y_css_px, rows), cell(area.bottom(), rows));
                    for r in r0..=r1 {
                        for c in c0..=c1 {
                            if let Some(cell) = cells.get_mut(grid_index(r, c, columns)) {
                                cell.push(i as u32);
                            }
                        }
                    }
                }
                HitIndex::Grid {
                    columns,
                    rows,
                    cells,
                }
            }
            IndexPlan::Rows {
                top_css_px,
                step_css_px,
                count,
            } => {
                let mut rows = vec![Vec::new(); count.max(1)];
                for (i, mark) in marks.iter().enumerate() {
                    let row = mark.row.min(rows.len().saturating_sub(1));
                    if let Some(row) = rows.get_mut(row) {
                        row.push(i as u32);
                    }
                }
                HitIndex::Rows {
                    top_css_px,
                    step_css_px,
                    rows,
                }
            }
        }
    }
}

fn cell(position_css_px: f64, count: usize) -> usize {
    ((position_css_px / CELL_CSS_PX).floor().max(0.0) as usize).min(count.saturating_sub(1))
}

/// Where cell (row `r`, column `c`) of a grid `columns` wide sits in its list of cells.
fn grid_index(r: usize, c: usize, columns: usize) -> usize {
    r.saturating_mul(columns).saturating_add(c)
}

impl Layout {
    /// The nearest mark within [`HIT_RADIUS_CSS_PX`] of a point in CSS px, if any; on a tie the
    /// smaller mark wins (a dot over a bar), then the earlier one.
    pub fn hit(&self, x_css_px: f64, y_css_px: f64) -> Option<Hit> {
        let p = Point { x_css_px, y_css_px };
        if !(x_css_px.is_finite() && y_css_px.is_finite()) {
            return None;
        }
        let candidates: Box<dyn Iterator<Item = u32> + '_> = match &self.index {
            HitIndex::Empty => return None,
            HitIndex::Grid {
                columns,
                rows,
                cells,
            } => {
                // Clamped as when building: a mark packed past the chart's edge sits in an edge cell.
                let (c, r) = (cell(x_css_px, *columns), cell(y_css_px, *rows));
                Box::new(
                    cells
                        .get(grid_index(r, c, *columns))
                        .into_iter()
                        .flatten()
                        .copied(),
                )
            }
            HitIndex::Rows {
                top_css_px,
                step_css_px,
                rows,
            } => {
                let row = ((y_css_px - top_css_px) / step_css_px.max(1e-9)).floor();
                if row < -(ROW_REACH as f64) || row >= rows.len().saturating_add(ROW_REACH) as f64 {
                    return None;
                }
                let row = row.max(0.0) as usize;
                let reach =
                    ((HIT_RADIUS_CSS_PX / step_css_px.max(1e-9)).ceil() as usize).min(ROW_REACH);
                let to = row.saturating_add(reach).saturating_add(1).min(rows.len());
                let from = row.saturating_sub(reach).min(to);
                Box::new(rows.get(from..to).unwrap_or(&[]).iter().flatten().copied())
            }
        };
        let mut best: Option<(f64, f64, usize)> = None;
        for i in candidates {
            let i = i as usize;
            let Some(shape) = self.marks.get(i).map(|m| &m.shape) else {
                continue;
            };
            let distance = shape.distance_to(p);
            if distance > HIT_RADIUS_CSS_PX {
                continue;
            }
            let bbox = shape.bbox();
            let area = bbox.width_css_px * bbox.height_css_px;
            let better = best.is_none_or(|(d, a, j)| (distance, area, i) < (d, a, j));
            if better {
                best = Some((distance, area, i));
            }
        }
        let (_, _, i) = best?;
        let mark = self.marks.get(i)?;
        Some(Hit {
            mark: i,
            figures: mark.figures.clone(),
            bbox: mark.shape.bbox(),
        })
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
