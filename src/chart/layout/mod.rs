//! `layout(spec, figures, selection, text metrics) → Layout`: everything `draw` paints and `hit`
//! searches, computed once.
//!
//! ```text
//! ChartSpec ─┐
//! figures ───┼─▶ per-kind layout (timeline | bars | counts | dots) ─▶ frame (plot rect, axes,
//! Selection ─┘        uses scale + ticks + text metrics                  labels, legend) + marks
//!                                                                             │
//!                                         hit index + reading order ◀─────────┘
//! ```

mod bars;
mod compare;
mod counts;
mod date_axis;
mod dots;
mod frame;
mod measure_rows;
mod timeline;

use serde::Serialize;

use crate::dataset::Figure;
use crate::query::{ChartKind, Selection};
use crate::sorting::sort_indices;

use super::geometry::{Point, Rect};
use super::hit_index::HitIndex;
use super::mark::{Description, Mark, Marker};
use super::text::TextMetrics;
use super::{ChartError, ChartSpec};
use crate::claims::Claims;
use crate::labels::QUOTED_DIFFERENTLY;

pub(crate) use frame::Frame;

/// Horizontal text alignment relative to a label's anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Anchor {
    /// Text starts at the point.
    Start,
    /// Text is centred on the point.
    Middle,
    /// Text ends at the point.
    End,
}

/// How prominent a label is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Tone {
    /// Main text colour.
    Normal,
    /// Secondary colour (ticks, notes).
    Muted,
}

/// A line of text at a point (the point is the text's vertical middle).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Label {
    /// The text, already truncated to fit.
    pub text: String,
    /// Anchor point.
    pub at: Point,
    /// Alignment.
    pub anchor: Anchor,
    /// Font size, CSS px.
    pub size_css_px: f64,
    /// Colour role.
    pub tone: Tone,
}

/// A straight line (axis, grid line, tick).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    /// Start.
    pub from: Point,
    /// End.
    pub to: Point,
    /// True for a grid line, false for an axis line or tick.
    pub grid: bool,
}

/// A legend entry: a swatch and its text.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LegendItem {
    /// Swatch rectangle.
    pub swatch: Rect,
    /// Series colour.
    pub series: usize,
    /// A marker drawn in place of the swatch, when the entry names one.
    pub marker: Option<super::mark::Marker>,
    /// Fill of the swatch (matches the marks).
    pub fill: super::mark::Fill,
    /// The text beside it.
    pub label: Label,
}

/// Everything needed to draw a chart and to find what is under the pointer.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Layout {
    /// Chart kind.
    pub kind: ChartKind,
    /// Width, CSS px.
    pub width_css_px: f64,
    /// Height, CSS px.
    pub height_css_px: f64,
    /// Device pixels per CSS pixel, for drawing.
    pub device_pixel_ratio: f64,
    /// The plotting rectangle.
    pub plot: Rect,
    /// Axis lines, ticks and grid lines.
    pub lines: Vec<Segment>,
    /// Tick labels, category labels, value labels, axis titles, notes.
    pub labels: Vec<Label>,
    /// The marks, in drawing order.
    pub marks: Vec<Mark>,
    /// Legend entries.
    pub legend: Vec<LegendItem>,
    /// Mark indices in keyboard (reading) order.
    pub reading_order: Vec<usize>,
    /// For each mark, its position in `reading_order` (so next/previous are O(1)).
    #[serde(skip)]
    pub(crate) reading_position: Vec<usize>,
    #[serde(skip)]
    pub(crate) index: HitIndex,
}

/// The claims of `figures` when a chosen figure is quoted differently (worked out only when a
/// chosen figure has a claim at all), for [`mark_quoted_differently`].
fn differing_claims(figures: &[Figure], chosen: &[usize]) -> Option<Claims> {
    if !chosen
        .iter()
        .any(|&i| figures.get(i).is_some_and(|f| f.claim.is_some()))
    {
        return None;
    }
    let claims = Claims::new(figures);
    chosen.iter().any(|&i| claims.differs(i)).then_some(claims)
}

/// Puts [`Marker::QuotedDifferently`] on each mark of one figure whose words disagree with another
/// quotation of its claim, and names the marker in the legend when any mark has it.
fn mark_quoted_differently(
    frame: &mut Frame<'_>,
    claims: Option<&Claims>,
    mut marks: Vec<Mark>,
) -> Vec<Mark> {
    let Some(claims) = claims else {
        return marks;
    };
    let mut any = false;
    for mark in &mut marks {
        if let (Description::Figure, [figure]) = (&mark.description, mark.figures.as_slice())
            && claims.differs(*figure)
        {
            mark.marker = Some(Marker::QuotedDifferently);
            any = true;
        }
    }
    if any {
        frame.legend_marker(QUOTED_DIFFERENTLY, Marker::QuotedDifferently);
    }
    marks
}

/// Lays out a chart of the selected figures.
pub fn layout(
    spec: &ChartSpec,
    figures: &[Figure],
    selection: &Selection,
    metrics: &dyn TextMetrics,
) -> Result<Layout, ChartError> {
    spec.validate()?;
    let chosen: Vec<usize> = selection
        .indices
        .iter()
        .copied()
        .filter(|&i| i < figures.len())
        .collect();
    let claims = differing_claims(figures, &chosen);
    // Count bars stand for groups: they carry no marker.
    let marker_entry = claims.is_some() && spec.kind != ChartKind::Counts;
    let mut frame = Frame::new(spec, metrics, marker_entry);
    let (marks, index) = match spec.kind {
        ChartKind::Timeline => timeline::lay_out(&mut frame, spec, figures, &chosen),
        ChartKind::ValueBars => bars::lay_out(&mut frame, spec, figures, &chosen),
        ChartKind::Counts => counts::lay_out(&mut frame, spec, figures, selection),
        ChartKind::PercentDots => dots::lay_out(&mut frame, figures, &chosen),
        ChartKind::Compare => compare::lay_out(&mut frame, figures, &chosen),
    };
    let marks = mark_quoted_differently(&mut frame, claims.as_ref(), marks);
    if marks.is_empty() {
        frame.note("No figures match this selection.");
    }
    frame.place_corner_note();
    let mut reading_order: Vec<usize> = (0..marks.len()).collect();
    let key = |m: usize| marks.get(m).map(|m| (m.row, m.shape.centre()));
    sort_indices(&mut reading_order, &|a, b| match (key(a), key(b)) {
        (Some((ra, ca)), Some((rb, cb))) => ra
            .cmp(&rb)
            .then(ca.x_css_px.total_cmp(&cb.x_css_px))
            .then(ca.y_css_px.total_cmp(&cb.y_css_px)),
        _ => a.cmp(&b),
    });
    let mut reading_position = vec![0; marks.len()];
    for (position, &mark) in reading_order.iter().enumerate() {
        if let Some(slot) = reading_position.get_mut(mark) {
            *slot = position;
        }
    }
    Ok(Layout {
        kind: spec.kind,
        width_css_px: spec.width_css_px,
        height_css_px: spec.height_css_px,
        device_pixel_ratio: spec.device_pixel_ratio,
        plot: frame.plot,
        lines: frame.lines,
        labels: frame.labels,
        legend: frame.legend,
        index: index.build(&marks),
        marks,
        reading_order,
        reading_position,
    })
}
