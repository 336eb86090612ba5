//! Timeline: every figure as a dot at its debate's date, in lanes; dots sharing a lane and a date
//! are packed into a deterministic grid (ordered by id) so none overlap. Undated figures get their
//! own column at the right, labelled "undated".
// Every index into `figures` here comes from the selection that `layout` keeps below
// `figures.len()`, and every other index is below the length of the list it indexes, built here.
#![allow(clippy::indexing_slicing)]

use crate::collections::SortedMap;
use crate::labels::{CITED_SOURCE, NO_SOURCE_NAMED};

use crate::dataset::Figure;
use crate::query::{Selection, group};
use crate::sorting::sort_indices;
use crate::transcript::Date;

use super::super::ChartSpec;
use super::super::hit_index::IndexPlan;
use super::super::mark::{Description, Fill, Mark, Shape};
use super::super::scale::{BandScale, LinearScale, Scale};
use super::date_axis::date_ticks;
use super::frame::{Frame, pt};

const RADIUS_CSS_PX: f64 = 4.5;
const GAP_CSS_PX: f64 = 2.0;
const UNDATED_COLUMN_CSS_PX: f64 = 64.0;

pub(crate) fn lay_out(
    frame: &mut Frame<'_>,
    spec: &ChartSpec,
    figures: &[Figure],
    chosen: &[usize],
) -> (Vec<Mark>, IndexPlan) {
    let plan = IndexPlan::Grid {
        width_css_px: spec.width_css_px,
        height_css_px: spec.height_css_px,
    };
    if chosen.is_empty() {
        frame.bottom_axis(&[], "debate date");
        return (Vec::new(), plan);
    }
    let lanes = group(
        figures,
        &Selection {
            indices: chosen.to_vec(),
            total: figures.len(),
        },
        spec.lane_by,
    );
    let label_width = frame.widest(lanes.iter().map(|g| g.label.as_str())) + 12.0;
    let label_width = frame.reserve_left(label_width);
    let day = |i: usize| {
        figures[i]
            .date
            .as_deref()
            .and_then(Date::parse_iso)
            .map(|d| d.days_since_epoch() as f64)
    };
    // How many figures are dated, and the earliest and the latest: (day, figure).
    let mut dated = 0usize;
    let (mut earliest, mut latest) = ((f64::MAX, 0), (f64::MIN, 0));
    for &i in chosen {
        if let Some(d) = day(i) {
            dated = dated.saturating_add(1);
            if d < earliest.0 {
                earliest = (d, i);
            }
            if d > latest.0 {
                latest = (d, i);
            }
        }
    }
    let has_undated = dated < chosen.len();
    let plot = frame.plot;
    let dated_right = if has_undated {
        plot.right() - UNDATED_COLUMN_CSS_PX
    } else {
        plot.right()
    } - 24.0;
    let (min_day, max_day) = (earliest.0, latest.0);
    let pad = ((max_day - min_day) * 0.06).max(240.0);
    let x = LinearScale::new(
        (min_day - pad, max_day + pad),
        (plot.x_css_px + 24.0, dated_right),
    );
    let undated_x = plot.right() - UNDATED_COLUMN_CSS_PX / 2.0;
    let date_of = |i: usize| figures[i].date.as_deref().and_then(Date::parse_iso);
    let mut ticks = match date_of(earliest.1).zip(date_of(latest.1)) {
        Some(span) if dated > 0 => {
            // Written dates keep clear of the "undated" column's label.
            let label_limit = if has_undated {
                plot.right() - UNDATED_COLUMN_CSS_PX
            } else {
                spec.width_css_px
            };
            let target = ((dated_right - plot.x_css_px) / 70.0).max(2.0) as usize;
            date_ticks(
                frame,
                &x,
                (plot.x_css_px + 24.0, dated_right),
                (target, label_limit),
                span,
            )
        }
        _ => Vec::new(),
    };
    if has_undated {
        ticks.push((undated_x, "undated".to_string()));
    }
    frame.bottom_axis(&ticks, "debate date");
    let bands = BandScale::new(lanes.len(), (plot.y_css_px, plot.bottom()), 0.12);
    let pitch = (2.0 * RADIUS_CSS_PX + GAP_CSS_PX).min(bands.bandwidth().max(2.0));
    let radius = ((pitch - GAP_CSS_PX) / 2.0).max(0.75);
    let mut marks = Vec::new();
    let mut rows = Vec::new();
    for (lane, group) in lanes.iter().enumerate() {
        rows.push((
            bands.start(lane) + bands.bandwidth() / 2.0,
            group.label.as_str(),
        ));
        let mut by_x: SortedMap<i64, Vec<usize>> = SortedMap::default();
        for &i in &group.indices {
            let cx = day(i).map_or(undated_x, |d| x.map(d));
            by_x.entry((cx * 100.0).round() as i64, Vec::new).push(i);
        }
        for (cx100, mut members) in by_x.into_entries() {
            sort_indices(&mut members, &|a, b| figures[a].id.cmp(&figures[b].id));
            let per_column = ((bands.bandwidth() / pitch).floor() as usize).max(1);
            let columns = members.len().div_ceil(per_column);
            let used_rows = members.len().min(per_column);
            // A date with more figures than fit side by side: the columns close up so that the
            // cluster stays inside the plot (overlapping, every mark still drawn and hit), and
            // shifts inward where it would cross either edge.
            // Dated clusters stay left of the "undated" column, the undated one inside it.
            let undated_left = if has_undated {
                (plot.right() - UNDATED_COLUMN_CSS_PX).max(plot.x_css_px)
            } else {
                plot.right()
            };
            let (first_x, last_x) = if has_undated && cx100 == (undated_x * 100.0).round() as i64 {
                (undated_left, plot.right())
            } else {
                (plot.x_css_px, undated_left)
            };
            let gaps = columns.saturating_sub(1) as f64;
            let room = (last_x - first_x - pitch).max(0.0);
            let column_pitch = if gaps > 0.0 {
                pitch.min(room / gaps)
            } else {
                pitch
            };
            let half_span = gaps * column_pitch / 2.0;
            let centre_x = (cx100 as f64 / 100.0)
                .min(last_x - pitch / 2.0 - half_span)
                .max(first_x + pitch / 2.0 + half_span);
            let left = centre_x - half_span;
            let top = bands.start(lane)
                + (bands.bandwidth() - used_rows as f64 * pitch) / 2.0
                + pitch / 2.0;
            for (k, &i) in members.iter().enumerate() {
                let centre = pt(
                    // `per_column` is at least 1.
                    left + k.checked_div(per_column).unwrap_or(k) as f64 * column_pitch,
                    top + k.checked_rem(per_column).unwrap_or(0) as f64 * pitch,
                );
                marks.push(Mark {
                    figures: vec![i],
                    shape: Shape::Circle {
                        centre,
                        radius_css_px: radius,
                    },
                    series: lane,
                    fill: if figures[i].has_cited_source() {
                        Fill::Solid
                    } else {
                        Fill::Outline
                    },
                    open_end: None,
                    row: lane,
                    description: Description::Figure,
                    marker: None,
                });
            }
        }
    }
    frame.row_labels(&rows, bands.step(), label_width);
    frame.legend(&[
        (CITED_SOURCE.to_string(), 0, Fill::Solid),
        (NO_SOURCE_NAMED.to_string(), 0, Fill::Outline),
    ]);
    (marks, plan)
}
