//! What value bars and percent dots share: one row per figure, largest value first, labelled on
//! the left by what it measures, with room on the right for the value's words.
// Every index into `figures` here comes from the selection that `layout` keeps below
// `figures.len()`, and every other index is below the length of the list it indexes, built here.
#![allow(clippy::indexing_slicing)]

use crate::dataset::Figure;
use crate::sorting::sort_indices;

use super::super::hit_index::IndexPlan;
use super::frame::{Frame, label_every};

/// Sorts `rows` (dataset indices) by value, largest first, ties by id.
pub(crate) fn sort_by_value(figures: &[Figure], rows: &mut [usize]) {
    sort_indices(rows, &|a, b| {
        figures[b]
            .value
            .total_cmp(&figures[a].value)
            .then_with(|| figures[a].id.cmp(&figures[b].id))
    });
}

/// Reserves the label column (returned, CSS px) for the row labels that will be drawn, and the
/// value-label margin, and gives the row index the hit test uses.
pub(crate) fn reserve_rows(
    frame: &mut Frame<'_>,
    figures: &[Figure],
    rows: &[usize],
) -> (f64, IndexPlan) {
    // Only the rows that get a label (see `Frame::row_labels`) need room: with 100,000 rows that
    // is a few dozen measured instead of every one.
    let every = label_every(
        frame.plot.height_css_px / rows.len().max(1) as f64,
        frame.small,
    );
    let wanted = frame
        .widest(
            rows.iter()
                .step_by(every)
                .map(|&i| figures[i].measure.as_str()),
        )
        .min(260.0)
        + 12.0;
    let label_width = frame.reserve_left(wanted);
    frame.reserve_right(96.0);
    let plot = frame.plot;
    let plan = IndexPlan::Rows {
        top_css_px: plot.y_css_px,
        step_css_px: plot.height_css_px / rows.len().max(1) as f64,
        count: rows.len(),
    };
    (label_width, plan)
}
