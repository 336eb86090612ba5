//! The timeline's date axis. Figures of one date (one debate's) have that date written out under
//! them ("20 October 2016"). Otherwise whole years: about as many as asked, or as many as fit side
//! by side (down to every year) where that would name fewer than two; and where even then fewer
//! than two years are named, the first and the last date written out instead, as many of the two
//! as fit, so that no lone year stands where none of the figures is.

use crate::number::text::Plain;
use crate::transcript::Date;

use super::super::scale::{LinearScale, Scale};
use super::super::ticks::linear_ticks;
use super::frame::Frame;

/// The least room between two tick labels, CSS px.
const LABEL_GAP_CSS_PX: f64 = 8.0;

/// Ticks (x, label) for figures dated from `first` to `last`, placed by `x` between `left` and
/// `right` (CSS px): about `target` years, or written dates, each ending left of `label_limit`.
pub(crate) fn date_ticks(
    frame: &Frame<'_>,
    x: &LinearScale,
    (left, right): (f64, f64),
    (target, label_limit): (usize, f64),
    (first, last): (Date, Date),
) -> Vec<(f64, String)> {
    if first == last {
        let written = written_dates(frame, x, &[first], label_limit);
        if !written.is_empty() {
            return written;
        }
    }
    let years = (
        year_of(x.invert(left)).ceil(),
        year_of(x.invert(right)).floor(),
    );
    // The most ticks whose labels ("2016") could stand side by side.
    let year_width = frame.metrics.width_css_px("0000", frame.small);
    let finest = ((right - left) / (year_width + LABEL_GAP_CSS_PX)) as usize;
    // No more than fit, unless even two do not.
    let mut ticks = year_ticks(x, years, target.min(finest.max(2)));
    if ticks.len() < 2 && finest > target {
        ticks = year_ticks(x, years, finest);
    }
    if ticks.len() >= 2 {
        return ticks;
    }
    let written = written_dates(frame, x, &[first, last], label_limit);
    if written.is_empty() { ticks } else { written }
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

/// `dates` written out under their places, left to right, leaving out any whose label would start
/// left of the chart, end right of `limit` or touch the one before.
fn written_dates(
    frame: &Frame<'_>,
    x: &LinearScale,
    dates: &[Date],
    limit: f64,
) -> Vec<(f64, String)> {
    let mut ticks = Vec::new();
    let mut last_right = -LABEL_GAP_CSS_PX;
    for date in dates {
        let at = x.map(date.days_since_epoch() as f64);
        let text = date.written();
        let half = frame.metrics.width_css_px(&text, frame.small) / 2.0;
        if at - half >= last_right + LABEL_GAP_CSS_PX && at + half <= limit {
            last_right = at + half;
            ticks.push((at, text));
        }
    }
    ticks
}

/// The year (with its fraction) `days` after 1970-01-01.
fn year_of(days: f64) -> f64 {
    1970.0 + days / 365.2425
}
