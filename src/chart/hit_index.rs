//! The index hit-testing searches, built with the layout from its marks: a uniform grid for
//! small marks anywhere (dots), a table of marks per row for banded charts. The layout builds it
//! and holds it; `hit` reads it. It depends only on the marks, so neither depends on the other.

use super::mark::Mark;

/// How far from a mark a pointer still hits it, CSS px (the index is built for this radius).
pub const HIT_RADIUS_CSS_PX: f64 = 8.0;
/// How far from a mark a finger still hits it, CSS px: about half a fingertip's width.
pub const TOUCH_HIT_RADIUS_CSS_PX: f64 = 22.0;
/// The widest radius a hit test accepts, CSS px; a wider one is narrowed to it.
pub const MAX_HIT_RADIUS_CSS_PX: f64 = 32.0;
/// Grid cell size, CSS px.
const CELL_CSS_PX: f64 = 16.0;

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
    /// Cells of [`CELL_CSS_PX`], each listing the marks whose hit area overlaps it.
    Grid {
        columns: usize,
        rows: usize,
        cells: Vec<Vec<u32>>,
    },
    /// Marks per band, and how many bands either side of a pointer's band can hold a mark
    /// within the hit radius of it (the widest any mark's hit area reaches from its own band).
    Rows {
        top_css_px: f64,
        step_css_px: f64,
        rows: Vec<Vec<u32>>,
        reach: usize,
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
                let step = step_css_px.max(1e-9);
                let last_row = rows.len().saturating_sub(1);
                let mut reach = 0usize;
                for (i, mark) in marks.iter().enumerate() {
                    let row = mark.row.min(last_row);
                    if let Some(row) = rows.get_mut(row) {
                        row.push(i as u32);
                    }
                    // The bands this mark's hit area touches, however thin the bands are.
                    let area = mark.shape.bbox().inflate(HIT_RADIUS_CSS_PX);
                    let first = ((area.y_css_px - top_css_px) / step).floor();
                    let last = ((area.bottom() - top_css_px) / step).floor();
                    let spread = (row as f64 - first).max(last - row as f64).max(0.0);
                    reach = reach.max(spread.min(rows.len() as f64) as usize);
                }
                HitIndex::Rows {
                    top_css_px,
                    step_css_px,
                    rows,
                    reach,
                }
            }
        }
    }
}

/// The grid cell holding a position along one axis of `count` cells.
pub(super) fn cell(position_css_px: f64, count: usize) -> usize {
    ((position_css_px / CELL_CSS_PX).floor().max(0.0) as usize).min(count.saturating_sub(1))
}

/// Where cell (row `r`, column `c`) of a grid `columns` wide sits in its list of cells.
pub(super) fn grid_index(r: usize, c: usize, columns: usize) -> usize {
    r.saturating_mul(columns).saturating_add(c)
}
