//! Percent dots: every percentage on a 0–100 axis (wider when a figure exceeds 100), one row each,
//! labelled by what it measures; ranges as intervals; bounds marked by shape and by words.
// Every index into `figures` here comes from the selection that `layout` keeps below
// `figures.len()`, and every other index is below the length of the list it indexes, built here.
#![allow(clippy::indexing_slicing)]

use crate::dataset::Figure;
use crate::labels::{CITED_SOURCE, NO_SOURCE_NAMED};
use crate::number::Unit;
use crate::number::text::Plain;

use super::super::hit_index::IndexPlan;
use super::super::mark::{Description, Fill, Mark, Shape};
use super::super::scale::{BandScale, LinearScale, Scale};
use super::super::ticks::linear_ticks;
use super::super::wording::qualified;
use super::frame::{Frame, pt};
use super::measure_rows::{reserve_rows, sort_by_value};

const RADIUS_CSS_PX: f64 = 4.5;

pub(crate) fn lay_out(
    frame: &mut Frame<'_>,
    figures: &[Figure],
    chosen: &[usize],
) -> (Vec<Mark>, IndexPlan) {
    let mut rows: Vec<usize> = chosen
        .iter()
        .copied()
        .filter(|&i| figures[i].unit == Unit::Percent)
        .collect();
    sort_by_value(figures, &mut rows);
    let left_out = chosen.len().saturating_sub(rows.len());
    if left_out > 0 {
        frame.corner_note(&format!(
            "{} percentages; {left_out} figures in other units not shown",
            rows.len()
        ));
    }
    let (label_width, plan) = reserve_rows(frame, figures, &rows);
    let plot = frame.plot;
    let max = rows
        .iter()
        .flat_map(|&i| [Some(figures[i].value), figures[i].value_high])
        .flatten()
        .fold(100.0, f64::max);
    let ticks = linear_ticks(0.0, max, 5);
    let top = ticks.last().copied().unwrap_or(100.0).max(max);
    let x = LinearScale::new(
        (0.0, top),
        (plot.x_css_px + RADIUS_CSS_PX, plot.right() - RADIUS_CSS_PX),
    );
    let tick_labels: Vec<(f64, String)> = ticks
        .iter()
        .map(|t| (x.map(*t), format!("{}%", Plain(*t))))
        .collect();
    frame.bottom_axis(&tick_labels, "per cent");
    let bands = BandScale::new(rows.len(), (plot.y_css_px, plot.bottom()), 0.0);
    let mut marks = Vec::new();
    let mut labels = Vec::new();
    for (row, &i) in rows.iter().enumerate() {
        let f = &figures[i];
        let middle = bands.start(row) + bands.step() / 2.0;
        let radius = RADIUS_CSS_PX.min(bands.step() / 2.0).max(0.75);
        let shape = match f.value_high {
            Some(high) => Shape::Interval {
                from: pt(x.map(f.value), middle),
                to: pt(x.map(high), middle),
                cap_css_px: 2.0 * radius,
            },
            None => Shape::Circle {
                centre: pt(x.map(f.value), middle),
                radius_css_px: radius,
            },
        };
        let end = shape.bbox().right();
        // Rows a line of text tall, or no words beside the marks (the table has them).
        if bands.step() >= frame.small {
            frame.value_label(&qualified(f), pt(end + 6.0, middle));
        }
        marks.push(Mark {
            figures: vec![i],
            shape,
            series: 2,
            fill: if f.has_cited_source() {
                Fill::Solid
            } else {
                Fill::Outline
            },
            open_end: super::bars::open_end_of(f.qualifier),
            row,
            description: Description::Figure,
            marker: None,
        });
        labels.push((middle, f.measure.as_str()));
    }
    frame.row_labels(&labels, bands.step(), label_width);
    frame.legend(&[
        (CITED_SOURCE.to_string(), 2, Fill::Solid),
        (NO_SOURCE_NAMED.to_string(), 2, Fill::Outline),
    ]);
    (marks, plan)
}
