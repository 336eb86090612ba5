//! The timeline's date axis: whole years as ticks, about as many as asked, or as many as fit side
//! by side (down to every year) where that would name fewer than two. Where even
//! then fewer than two years are named and every figure shown has one date (one debate's
//! figures), that date is written out under them instead ("20 October 2016").

use crate::dataset::Figure;
use crate::number::text::Plain;
use crate::transcript::Date;

use super::super::scale::{LinearScale, Scale};
use super::super::ticks::linear_ticks;
use super::frame::Frame;

/// The least room between two tick labels, CSS px.
const LABEL_GAP_CSS_PX: f64 = 8.0;

/// About `target` ticks (x, label) for the dates `x` maps between `left` and `right` (CSS px).
/// When the years alone cannot label the axis and the `chosen` figures share one date, that date
/// written out, if its label ends left of `label_limit` (CSS px).
pub(crate) fn date_ticks(
    frame: &Frame<'_>,
    x: &LinearScale,
    (left, right): (f64, f64),
    (target, label_limit): (usize, f64),
    figures: &[Figure],
    chosen: &[usize],
) -> Vec<(f64, String)> {
    let years = (
        year_of(x.invert(left)).ceil(),
        year_of(x.invert(right)).floor(),
    );
    // The most ticks whose labels ("2016") could stand side by side.
    let year_width = frame.metrics.width_css_px("0000", frame.small);
    let finest = ((right - left) / (year_width + LABEL_GAP_CSS_PX)) as usize;
    let mut ticks = year_ticks(x, years, target);
    if ticks.len() < 2 && finest > target {
        ticks = year_ticks(x, years, finest);
    }
    if ticks.len() >= 2 {
        return ticks;
    }
    // Every figure on one date (one debate's): that date, written out under them, if it fits.
    let mut dates = chosen
        .iter()
        .filter_map(|&i| figures.get(i)?.date.as_deref());
    let Some(first) = dates.next() else {
        return ticks;
    };
    if dates.any(|date| date != first) {
        return ticks;
    }
    let Some(date) = Date::parse_iso(first) else {
        return ticks;
    };
    let at = x.map(date.days_since_epoch() as f64);
    let text = date.written();
    let half = frame.metrics.width_css_px(&text, frame.small) / 2.0;
    if at - half >= 0.0 && at + half <= label_limit {
        vec![(at, text)]
    } else {
        ticks
    }
}

/// January 1st of the whole years `linear_ticks` picks in `years` for `target`, each once.
fn year_ticks(x: &LinearScale, years: (f64, f64), target: usize) -> Vec<(f64, String)> {
    let mut ticks: Vec<(f64, String)> = Vec::new();
    for year in linear_ticks(years.0, years.1, target) {
        // A step under a year would put one year's tick in one place several times over.
        if year.fract() != 0.0 {
            continue;
        }
        if let Some(date) = Date::new(year as u16, 1, 1) {
            ticks.push((
                x.map(date.days_since_epoch() as f64),
                Plain(year).to_string(),
            ));
        }
    }
    ticks
}

/// The year (with its fraction) `days` after 1970-01-01.
fn year_of(days: f64) -> f64 {
    1970.0 + days / 365.2425
}
