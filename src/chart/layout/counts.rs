//! Counts: how many figures each group holds, with cited and uncited side by side in every group.
// Every index into `figures` here comes from the selection that `layout` keeps below
// `figures.len()`, and every other index is below the length of the list it indexes, built here.
#![allow(clippy::indexing_slicing)]

use crate::dataset::Figure;
use crate::labels::{CITE_A_SOURCE, NAME_NO_SOURCE};
use crate::number::text::Plain;
use crate::query::{Selection, group};

use super::super::ChartSpec;
use super::super::geometry::Rect;
use super::super::hit_index::IndexPlan;
use super::super::mark::{Description, Fill, Mark, Shape};
use super::super::scale::{BandScale, LinearScale, Scale};
use super::super::ticks::linear_ticks;
use super::frame::{Frame, pt};

pub(crate) fn lay_out(
    frame: &mut Frame<'_>,
    spec: &ChartSpec,
    figures: &[Figure],
    selection: &Selection,
) -> (Vec<Mark>, IndexPlan) {
    let groups = group(figures, selection, spec.group_by);
    let label_width = frame
        .widest(groups.iter().map(|g| g.label.as_str()))
        .min(240.0)
        + 12.0;
    let label_width = frame.reserve_left(label_width);
    frame.reserve_right(40.0);
    let plot = frame.plot;
    // Two rows (cited, uncited) per group, so keyboard order and hit rows follow the bars.
    let plan = IndexPlan::Rows {
        top_css_px: plot.y_css_px,
        step_css_px: plot.height_css_px / groups.len().saturating_mul(2).max(1) as f64,
        count: groups.len().saturating_mul(2),
    };
    let max = groups
        .iter()
        .map(|g| g.cited.max(g.uncited))
        .max()
        .unwrap_or(0) as f64;
    let ticks = linear_ticks(0.0, max.max(1.0), 5);
    let top = ticks.last().copied().unwrap_or(1.0).max(max).max(1.0);
    let x = LinearScale::new((0.0, top), (plot.x_css_px, plot.right()));
    let tick_labels: Vec<(f64, String)> = ticks
        .iter()
        .map(|t| (x.map(*t), Plain(*t).to_string()))
        .collect();
    frame.bottom_axis(
        &tick_labels,
        &format!("figures per {}", spec.group_by.slug()),
    );
    let bands = BandScale::new(groups.len(), (plot.y_css_px, plot.bottom()), 0.2);
    let mut marks = Vec::new();
    let mut rows = Vec::new();
    for (g, grp) in groups.iter().enumerate() {
        let half = bands.bandwidth() / 2.0;
        let (cited, uncited): (Vec<usize>, Vec<usize>) = grp
            .indices
            .iter()
            .partition(|&&i| figures[i].has_cited_source());
        for (k, (members, fill, series, words)) in [
            (cited, Fill::Solid, 0, CITE_A_SOURCE),
            (uncited, Fill::Outline, 1, NAME_NO_SOURCE),
        ]
        .into_iter()
        .enumerate()
        {
            let top_px = bands.start(g) + k as f64 * half;
            let right = x.map(members.len() as f64);
            let rect = Rect::from_corners(
                plot.x_css_px,
                top_px + 0.5,
                right.max(plot.x_css_px + 1.0),
                top_px + half - 0.5,
            );
            // A line of text for each of the band's two bars, or no count beside them.
            if half >= frame.small {
                frame.value_label(
                    &members.len().to_string(),
                    pt(rect.right() + 4.0, top_px + half / 2.0),
                );
            }
            marks.push(Mark {
                description: Description::Group {
                    label: grp.label.clone(),
                    words,
                },
                figures: members,
                shape: Shape::Bar { rect },
                series,
                fill,
                open_end: None,
                row: g.saturating_mul(2).saturating_add(k),
                marker: None,
            });
        }
        rows.push((bands.start(g) + bands.bandwidth() / 2.0, grp.label.as_str()));
    }
    frame.row_labels(&rows, bands.step(), label_width);
    frame.legend(&[
        (CITE_A_SOURCE.to_string(), 0, Fill::Solid),
        (NAME_NO_SOURCE.to_string(), 1, Fill::Outline),
    ]);
    (marks, plan)
}
