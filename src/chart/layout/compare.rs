//! Compare: the quotations of one claim side by side on one value axis, each drawn as the
//! interval its words allow (`claims::Interval`): a dot for an exact figure, a capped line for
//! "about" and ranges, an arrow for "more than", a bracket for "nearly", "up to" and "less than".
//! Where the intervals overlap the quotations agree; a gap between them is the difference.
// Every index into `figures` here comes from the selection that `layout` keeps below
// `figures.len()`, and every other index is below the length of the list it indexes, built here.
#![allow(clippy::indexing_slicing)]

use crate::claims::{Interval, claim_key};
use crate::dataset::Figure;
use crate::labels::{CITED_SOURCE, NO_SOURCE_NAMED, slug_words};
use crate::number::format_value;
use crate::sorting::sort_indices;

use super::super::hit_index::IndexPlan;
use super::super::mark::{Description, Fill, Mark, Shape};
use super::super::scale::{BandScale, LinearScale, Scale};
use super::super::ticks::linear_ticks;
use super::super::wording::qualified;
use super::bars::{open_end_of, unit_name};
use super::frame::{Frame, pt};

const RADIUS_CSS_PX: f64 = 5.0;
/// Room past the plot's right edge kept for an open end's arrow.
const ARROW_CSS_PX: f64 = 10.0;

pub(crate) fn lay_out(
    frame: &mut Frame<'_>,
    figures: &[Figure],
    chosen: &[usize],
) -> (Vec<Mark>, IndexPlan) {
    // The claim compared: the first chosen figure's (the view is meant for `claim=<key>`).
    let key = chosen.iter().find_map(|&i| claim_key(&figures[i]));
    let first_unit = chosen
        .iter()
        .find(|&&i| claim_key(&figures[i]) == key)
        .map(|&i| figures[i].unit);
    let mut rows: Vec<usize> = chosen
        .iter()
        .copied()
        .filter(|&i| key.is_some() && claim_key(&figures[i]) == key)
        .filter(|&i| Some(figures[i].unit) == first_unit)
        .collect();
    // Oldest first, undated last; then as the dataset orders them.
    sort_indices(&mut rows, &|a, b| {
        let date = |i: usize| figures[i].date.as_deref().unwrap_or("~");
        date(a).cmp(date(b)).then(a.cmp(&b))
    });
    let plan_for = |frame: &Frame<'_>, count: usize| IndexPlan::Rows {
        top_css_px: frame.plot.y_css_px,
        step_css_px: frame.plot.height_css_px / count.max(1) as f64,
        count,
    };
    let (Some(key), Some(unit)) = (key, first_unit) else {
        frame.bottom_axis(&[], "value");
        frame.corner_note("no figure here is quoted more than once");
        return (Vec::new(), plan_for(frame, 0));
    };
    let left_out = chosen.len().saturating_sub(rows.len());
    if left_out > 0 {
        frame.corner_note(&format!(
            "{} quotations of one claim; {left_out} other figures not shown",
            rows.len()
        ));
    }
    let row_labels: Vec<String> = rows.iter().map(|&i| row_label(&figures[i])).collect();
    let wanted = frame
        .widest(row_labels.iter().map(String::as_str))
        .min(260.0)
        + 12.0;
    let label_width = frame.reserve_left(wanted);
    frame.reserve_right(96.0);
    let plot = frame.plot;
    let plan = plan_for(frame, rows.len());
    let intervals: Vec<Interval> = rows.iter().map(|&i| Interval::of(&figures[i])).collect();
    let max = intervals
        .iter()
        .flat_map(|interval| [interval.low.at, interval.high.at])
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let ticks = linear_ticks(0.0, max.max(1.0), 5);
    let top = ticks.last().copied().unwrap_or(1.0).max(max);
    let right = plot.right() - ARROW_CSS_PX;
    let scale = LinearScale::new((0.0, top), (plot.x_css_px + RADIUS_CSS_PX, right));
    // On the axis: an open end reaches the plot's edge; nothing lands off the chart.
    let at = |value: f64| {
        let x = scale.map(value);
        if x.is_nan() {
            plot.x_css_px
        } else {
            x.clamp(plot.x_css_px, right)
        }
    };
    let tick_labels: Vec<(f64, String)> = ticks
        .iter()
        .map(|t| (scale.map(*t), format_value(*t, unit)))
        .collect();
    let title = format!("{} ({})", slug_words(key), unit_name(unit));
    frame.bottom_axis(&tick_labels, &title);
    let bands = BandScale::new(rows.len(), (plot.y_css_px, plot.bottom()), 0.0);
    let mut marks = Vec::new();
    let mut labels = Vec::new();
    for (row, (&i, interval)) in rows.iter().zip(&intervals).enumerate() {
        let f = &figures[i];
        let middle = bands.start(row) + bands.step() / 2.0;
        let radius = RADIUS_CSS_PX.min(bands.step() / 2.0).max(0.75);
        let (from, to) = (at(interval.low.at), at(interval.high.at));
        let shape = if interval.low.at == interval.high.at {
            Shape::Circle {
                centre: pt(from, middle),
                radius_css_px: radius,
            }
        } else {
            Shape::Interval {
                from: pt(from, middle),
                to: pt(to, middle),
                cap_css_px: 2.0 * radius,
            }
        };
        // Rows a line of text tall, or no words beside the marks (the table has them).
        if bands.step() >= frame.small {
            // An open end reaches the edge: its words go before it instead.
            let words = qualified(f);
            if interval.high.at.is_finite() {
                frame.value_label(&words, pt(shape.bbox().right() + 8.0, middle));
            } else if bands.step() >= 2.0 * frame.small + 2.0 * radius {
                frame.value_label(&words, pt(from, middle - radius - 7.0));
            }
        }
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
        labels.push(middle);
    }
    let rows_labelled: Vec<(f64, &str)> = labels
        .iter()
        .zip(&row_labels)
        .map(|(y, text)| (*y, text.as_str()))
        .collect();
    frame.row_labels(&rows_labelled, bands.step(), label_width);
    frame.legend(&[
        (CITED_SOURCE.to_string(), 0, Fill::Solid),
        (NO_SOURCE_NAMED.to_string(), 0, Fill::Outline),
    ]);
    (marks, plan)
}

/// "2022 · Tim Loughton", or "undated · …": the year first, so a narrow chart that shortens the
/// label keeps what tells the quotations apart.
fn row_label(f: &Figure) -> String {
    let year = f
        .date
        .as_deref()
        .and_then(|d| d.get(..4))
        .unwrap_or("undated");
    format!("{year} · {}", f.speaker)
}
