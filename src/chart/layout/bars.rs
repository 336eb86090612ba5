//! Value bars: figures of one unit, sorted by value, each labelled by what it measures; ranges as
//! intervals; bounds ("more than", "up to", …) marked by shape and by words.
// Every index into `figures` here comes from the selection that `layout` keeps below
// `figures.len()`, and every other index is below the length of the list it indexes, built here.
#![allow(clippy::indexing_slicing)]

use crate::dataset::Figure;
use crate::labels::{CITED_SOURCE, NO_SOURCE_NAMED};
use crate::number::{Qualifier, Unit, format_value};

use super::super::wording::qualified;

use super::super::hit_index::IndexPlan;
use super::super::mark::{Description, Fill, Mark, OpenEnd, Shape};
use super::super::scale::{BandScale, LinearScale, LogScale, Scale};
use super::super::ticks::{linear_ticks, log_ticks};
use super::super::{ChartSpec, ScaleChoice};
use super::frame::{Frame, pt};
use super::measure_rows::{reserve_rows, sort_by_value};

/// The thickest a bar is drawn, CSS px.
const MAX_BAR_CSS_PX: f64 = 28.0;

pub(crate) fn lay_out(
    frame: &mut Frame<'_>,
    spec: &ChartSpec,
    figures: &[Figure],
    chosen: &[usize],
) -> (Vec<Mark>, IndexPlan) {
    let unit = spec.unit.or_else(|| most_common_unit(figures, chosen));
    let mut rows: Vec<usize> = chosen
        .iter()
        .copied()
        .filter(|&i| Some(figures[i].unit) == unit)
        .collect();
    sort_by_value(figures, &mut rows);
    let left_out = chosen.len().saturating_sub(rows.len());
    if let (Some(unit), true) = (unit, left_out > 0) {
        frame.corner_note(&format!(
            "{} in {}; {left_out} in other units not shown",
            rows.len(),
            unit_name(unit)
        ));
    }
    let values: Vec<f64> = rows
        .iter()
        .flat_map(|&i| [Some(figures[i].value), figures[i].value_high])
        .flatten()
        .collect();
    let (label_width, plan) = reserve_rows(frame, figures, &rows);
    let plot = frame.plot;
    let Some(unit) = unit else {
        frame.bottom_axis(&[], "value");
        return (Vec::new(), plan);
    };
    let max = values.iter().copied().fold(0.0, f64::max);
    let min_positive = values
        .iter()
        .copied()
        .filter(|v| *v > 0.0)
        .fold(f64::MAX, f64::min);
    let use_log = match spec.scale {
        ScaleChoice::Log => true,
        ScaleChoice::Linear => false,
        ScaleChoice::Auto => {
            unit != Unit::Percent && min_positive < f64::MAX && max / min_positive >= 1000.0
        }
    };
    let range = (plot.x_css_px, plot.right());
    let (scale, ticks): (Box<dyn Scale>, Vec<f64>) = if use_log {
        let log = LogScale::new((min_positive.min(max.max(1.0)), max.max(1.0)), range);
        let (low, high) = log.decades();
        (Box::new(log), log_ticks(low, high, 6))
    } else {
        let ticks = linear_ticks(0.0, max.max(1.0), 5);
        let top = ticks.last().copied().unwrap_or(1.0).max(max);
        (Box::new(LinearScale::new((0.0, top), range)), ticks)
    };
    let tick_labels: Vec<(f64, String)> = ticks
        .iter()
        .map(|t| (scale.map(*t), format_value(*t, unit)))
        .collect();
    let title = format!(
        "{}{}",
        unit_name(unit),
        if use_log { " (log scale)" } else { "" }
    );
    frame.bottom_axis(&tick_labels, &title);
    let bands = BandScale::new(rows.len(), (plot.y_css_px, plot.bottom()), 0.25);
    // Kept on the plot: a value off the axis (below 0, or beyond what f64 spans once scaled)
    // ends at the plot's edge instead of off the chart or at an infinite position.
    let at = |value: f64| {
        let x = scale.map(value);
        if x.is_nan() {
            plot.x_css_px
        } else {
            x.clamp(plot.x_css_px, plot.right())
        }
    };
    let mut marks = Vec::new();
    let mut labels = Vec::new();
    for (row, &i) in rows.iter().enumerate() {
        let f = &figures[i];
        // Few bars in a tall chart stay bar-thick, centred in their band.
        let height = bands.bandwidth().clamp(0.5, MAX_BAR_CSS_PX);
        let top = bands.start(row) + (bands.bandwidth().max(0.5) - height) / 2.0;
        let middle = top + height / 2.0;
        // Bars start at the axis origin: 0 on a linear axis, the first power of ten on a log axis.
        let x0 = if use_log { plot.x_css_px } else { at(0.0) };
        let shape = match f.value_high {
            Some(high) => Shape::Interval {
                from: pt(at(f.value), middle),
                to: pt(at(high), middle),
                cap_css_px: height,
            },
            None => Shape::Bar {
                rect: super::super::geometry::Rect::from_corners(
                    x0.min(at(f.value)),
                    top,
                    at(f.value),
                    top + height,
                ),
            },
        };
        let end = shape.bbox().right();
        marks.push(Mark {
            figures: vec![i],
            shape,
            series: 0,
            fill: if f.has_cited_source() {
                Fill::Solid
            } else {
                Fill::Outline
            },
            open_end: open_end_of(f.qualifier),
            row,
            description: Description::Figure,
            marker: None,
        });
        // Rows a line of text tall, or no words beside the marks (the table has them).
        if bands.step() >= frame.small {
            frame.value_label(
                &qualified(f),
                pt(
                    end + if open_end_of(f.qualifier).is_some() {
                        10.0
                    } else {
                        4.0
                    },
                    middle,
                ),
            );
        }
        labels.push((middle, f.measure.as_str()));
    }
    frame.row_labels(&labels, bands.step(), label_width);
    frame.legend(&[
        (CITED_SOURCE.to_string(), 0, Fill::Solid),
        (NO_SOURCE_NAMED.to_string(), 0, Fill::Outline),
    ]);
    (marks, plan)
}

/// The most common unit among the figures (ties: the order of [`Unit::ALL`]).
pub(crate) fn most_common_unit(figures: &[Figure], chosen: &[usize]) -> Option<Unit> {
    // One count per unit, however many units there come to be.
    let mut counts = [0usize; Unit::ALL.len()];
    for &i in chosen {
        if let Some(k) = Unit::ALL.iter().position(|u| *u == figures[i].unit) {
            counts[k] = counts[k].saturating_add(1);
        }
    }
    let best = (0..Unit::ALL.len()).max_by(|&a, &b| counts[a].cmp(&counts[b]).then(b.cmp(&a)))?;
    (counts[best] > 0).then_some(Unit::ALL[best])
}

pub(crate) fn open_end_of(qualifier: Qualifier) -> Option<OpenEnd> {
    match qualifier {
        Qualifier::MoreThan | Qualifier::AtLeast => Some(OpenEnd::Beyond),
        Qualifier::UpTo | Qualifier::Nearly | Qualifier::LessThan => Some(OpenEnd::Within),
        Qualifier::Exact | Qualifier::Approximately | Qualifier::Range => None,
    }
}

/// The unit's name on an axis.
pub(crate) fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Count => "number",
        Unit::Percent => "per cent",
        Unit::Gbp => "£",
        Unit::Years => "years",
        Unit::Months => "months",
        Unit::Weeks => "weeks",
        Unit::Days => "days",
        Unit::Hours => "hours",
        Unit::Times => "times",
    }
}
