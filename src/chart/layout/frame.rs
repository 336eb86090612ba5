//! The frame around the marks: margins, plot rectangle, axes, category labels, legend and notes.

use super::super::ChartSpec;
use super::super::geometry::{Point, Rect};
use super::super::mark::{Fill, Marker};
use super::super::text::{TextMetrics, bounded, truncate};
use super::{Anchor, Label, LegendItem, Segment, Tone};

/// The legend row's height, and the room under the plot for tick labels and the axis title, in
/// lines of the chart's text: 2 and 3 (24 and 36 CSS px at 12 px text).
const LEGEND_LINES: f64 = 2.0;
const AXIS_LINES: f64 = 3.0;
/// A second legend row, when the first cannot hold a marker's entry too, in lines of text.
const SECOND_ROW_LINES: f64 = 1.5;
/// The least height the plot keeps, CSS px.
const MIN_PLOT_CSS_PX: f64 = 40.0;

/// The frame being built for one layout.
pub(crate) struct Frame<'m> {
    pub plot: Rect,
    pub lines: Vec<Segment>,
    pub labels: Vec<Label>,
    pub legend: Vec<LegendItem>,
    pub metrics: &'m dyn TextMetrics,
    /// The size of tick, category, legend and value labels, CSS px ([`ChartSpec::text_size`]).
    pub small: f64,
    width_css_px: f64,
    corner: Option<String>,
    /// Whether a second legend row is kept for a marker's entry.
    second_row: bool,
}

impl<'m> Frame<'m> {
    /// The frame of `spec`'s chart; `marker_entry` says a marker's legend entry will follow
    /// the others, so a chart too narrow for all of them on one row keeps a second row for it
    /// (when the plot still keeps its least height).
    pub fn new(spec: &ChartSpec, metrics: &'m dyn TextMetrics, marker_entry: bool) -> Frame<'m> {
        let (w, h) = (spec.width_css_px, spec.height_css_px);
        let small = spec.text_size();
        // Three entries of about 15 characters each need some 54 lines of text's width.
        let second_row = marker_entry
            && w < 54.0 * small
            && h - small * (LEGEND_LINES + SECOND_ROW_LINES + AXIS_LINES) - 4.0 >= MIN_PLOT_CSS_PX;
        let legend_height =
            small * (LEGEND_LINES + if second_row { SECOND_ROW_LINES } else { 0.0 });
        Frame {
            plot: Rect::from_corners(12.0, legend_height + 4.0, w - 16.0, h - small * AXIS_LINES),
            second_row,
            small,
            lines: Vec::new(),
            labels: Vec::new(),
            legend: Vec::new(),
            metrics,
            width_css_px: w,
            corner: None,
        }
    }

    /// Moves the plot's left edge right by `width` (for category labels), keeping at least 40% of the width for marks.
    pub fn reserve_left(&mut self, wanted_css_px: f64) -> f64 {
        let width = wanted_css_px.min(self.width_css_px * 0.4).max(0.0);
        self.plot.x_css_px += width;
        self.plot.width_css_px = (self.plot.width_css_px - width).max(1.0);
        width
    }

    /// Moves the plot's right edge left by `width` (for value labels).
    pub fn reserve_right(&mut self, wanted_css_px: f64) {
        let width = wanted_css_px.min(self.width_css_px * 0.25).max(0.0);
        self.plot.width_css_px = (self.plot.width_css_px - width).max(1.0);
    }

    /// The width of the widest text at the small size.
    pub fn widest<'t>(&self, texts: impl Iterator<Item = &'t str>) -> f64 {
        texts
            .map(|t| self.metrics.width_css_px(bounded(t), self.small))
            .fold(0.0, f64::max)
    }

    /// A bottom axis with ticks at x positions, vertical grid lines, and a title.
    pub fn bottom_axis(&mut self, ticks: &[(f64, String)], title: &str) {
        let y = self.plot.bottom();
        self.lines.push(Segment {
            from: pt(self.plot.x_css_px, y),
            to: pt(self.plot.right(), y),
            grid: false,
        });
        let mut last_right = f64::NEG_INFINITY;
        for (x, text) in ticks {
            self.lines.push(Segment {
                from: pt(*x, self.plot.y_css_px),
                to: pt(*x, y),
                grid: true,
            });
            self.lines.push(Segment {
                from: pt(*x, y),
                to: pt(*x, y + 4.0),
                grid: false,
            });
            let half = self.metrics.width_css_px(text, self.small) / 2.0;
            if x - half > last_right + 4.0 {
                self.labels.push(label(
                    text,
                    pt(*x, y + self.small),
                    Anchor::Middle,
                    self.small,
                    Tone::Muted,
                ));
                last_right = x + half;
            }
        }
        let centre = self.plot.x_css_px + self.plot.width_css_px / 2.0;
        self.labels.push(label(
            title,
            pt(centre, y + self.small * 7.0 / 3.0),
            Anchor::Middle,
            self.small,
            Tone::Muted,
        ));
    }

    /// A label per row, right-aligned left of the plot, truncated to `width`; rows too thin for
    /// text get none (the table and the tooltips carry them).
    pub fn row_labels(&mut self, rows: &[(f64, &str)], row_height_css_px: f64, width_css_px: f64) {
        let every = label_every(row_height_css_px, self.small);
        for (i, (y, text)) in rows.iter().enumerate() {
            if i.checked_rem(every) == Some(0) {
                let text = truncate(text, width_css_px - 8.0, self.small, self.metrics);
                self.labels.push(label(
                    &text,
                    pt(self.plot.x_css_px - 6.0, *y),
                    Anchor::End,
                    self.small,
                    Tone::Normal,
                ));
            }
        }
    }

    /// A legend in the top row.
    pub fn legend(&mut self, items: &[(String, usize, Fill)]) {
        let mut x = 12.0;
        let y = self.small * LEGEND_LINES / 2.0 + 2.0;
        for (text, series, fill) in items {
            let swatch = Rect::from_corners(x, y - 5.0, x + 10.0, y + 5.0);
            let text_label = label(
                text,
                pt(x + 14.0, y),
                Anchor::Start,
                self.small,
                Tone::Normal,
            );
            x += 14.0 + self.metrics.width_css_px(text, self.small) + 16.0;
            self.legend.push(LegendItem {
                swatch,
                series: *series,
                marker: None,
                fill: *fill,
                label: text_label,
            });
        }
    }

    /// A legend entry for a marker, after the other entries, or at the start of the second row
    /// when the first cannot hold it and the frame kept one.
    pub fn legend_marker(&mut self, text: &str, marker: Marker) {
        let mut x = self.legend.last().map_or(12.0, |item| {
            item.label.at.x_css_px + self.metrics.width_css_px(&item.label.text, self.small) + 16.0
        });
        let mut y = self.small * LEGEND_LINES / 2.0 + 2.0;
        let end = x + 14.0 + self.metrics.width_css_px(text, self.small);
        if self.second_row && end > self.width_css_px - 16.0 {
            x = 12.0;
            y += self.small * SECOND_ROW_LINES;
        }
        self.legend.push(LegendItem {
            swatch: Rect::from_corners(x, y - 5.0, x + 10.0, y + 5.0),
            series: 0,
            marker: Some(marker),
            fill: Fill::Solid,
            label: label(
                text,
                pt(x + 14.0, y),
                Anchor::Start,
                self.small,
                Tone::Normal,
            ),
        });
    }

    /// A note centred in the plot (e.g. an empty selection).
    pub fn note(&mut self, text: &str) {
        let centre = self.plot.centre();
        self.labels.push(label(
            text,
            centre,
            Anchor::Middle,
            self.small + 1.0,
            Tone::Muted,
        ));
    }

    /// A note in the legend row, right-aligned (e.g. figures left out); placed by
    /// [`Frame::place_corner_note`] once the legend is known.
    pub fn corner_note(&mut self, text: &str) {
        self.corner = Some(text.to_string());
    }

    /// Places the corner note in the room the legend leaves, truncated to fit; left out when
    /// less than 60 CSS px remain (the count line and the table still say it).
    pub fn place_corner_note(&mut self) {
        let Some(text) = self.corner.take() else {
            return;
        };
        let first_row = self.small * LEGEND_LINES / 2.0 + 2.0;
        let legend_end = self
            .legend
            .iter()
            .filter(|item| item.label.at.y_css_px == first_row)
            .map(|item| {
                item.label.at.x_css_px + self.metrics.width_css_px(&item.label.text, self.small)
            })
            .fold(0.0, f64::max);
        let right = self.width_css_px - 16.0;
        let room = right - legend_end - 16.0;
        if room < 60.0 {
            return;
        }
        let text = truncate(&text, room, self.small, self.metrics);
        self.labels.push(label(
            &text,
            pt(right, self.small * LEGEND_LINES / 2.0 + 2.0),
            Anchor::End,
            self.small,
            Tone::Muted,
        ));
    }

    /// A value label just right of a mark.
    pub fn value_label(&mut self, text: &str, at: Point) {
        self.labels
            .push(label(text, at, Anchor::Start, self.small, Tone::Muted));
    }
}

/// Every how many rows of `row_height_css_px` a row label is drawn, so that labels never overlap.
/// Every how many rows of `row_height_css_px` a row label of `text_css_px` is drawn, so that
/// labels never overlap.
pub(crate) fn label_every(row_height_css_px: f64, text_css_px: f64) -> usize {
    (text_css_px / row_height_css_px.max(0.01)).ceil().max(1.0) as usize
}

pub(crate) fn pt(x: f64, y: f64) -> Point {
    Point {
        x_css_px: x,
        y_css_px: y,
    }
}

fn label(text: &str, at: Point, anchor: Anchor, size: f64, tone: Tone) -> Label {
    Label {
        text: text.to_string(),
        at,
        anchor,
        size_css_px: size,
        tone,
    }
}
