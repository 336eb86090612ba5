//! A drawn view in one sentence: "Value bars: 2 figures in money (£) from £2.3bn to £3.5bn,
//! quoted 2022 by 1 speaker". The chart's accessible name in the browser and the alt text of its
//! static picture (`cited-stats fallbacks`), from the layout's marks.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use crate::claims::{Claims, claim_key};
use crate::dataset::Figure;
use crate::labels::slug_words;
use crate::number::{Unit, format_value};
use crate::query::ChartKind;
use crate::sorting::sort_indices;

use super::{ChartSpec, Layout};

/// The sentence for `layout`, drawn from `spec` over `figures`.
pub fn summarise(spec: &ChartSpec, layout: &Layout, figures: &[Figure]) -> String {
    let mut shown: Vec<usize> = layout
        .marks
        .iter()
        .flat_map(|m| m.figures.iter().copied())
        .filter(|&i| i < figures.len())
        .collect();
    sort_indices(&mut shown, &|a, b| a.cmp(&b));
    shown.dedup();
    let kind = layout.kind.label();
    let of = |i: &usize| figures.get(*i);
    let shown_figures: Vec<&Figure> = shown.iter().filter_map(of).collect();
    if shown_figures.is_empty() {
        return format!("{kind}: no figures match this selection");
    }
    let said = format!(
        "quoted {} by {}",
        years(&shown_figures),
        count(distinct_speakers(&shown_figures), "speaker")
    );
    let n = shown_figures.len();
    match layout.kind {
        ChartKind::Timeline => format!(
            "{kind}: {}, {said}, in lanes by {}",
            count(n, "figure"),
            spec.lane_by.label()
        ),
        ChartKind::ValueBars => {
            let unit = shown_figures.first().map_or(Unit::Count, |f| f.unit);
            format!(
                "{kind}: {} in {}{}, {said}",
                count(n, "figure"),
                unit.label(),
                span(&shown_figures, unit)
            )
        }
        ChartKind::PercentDots => format!(
            "{kind}: {}{}, {said}",
            count(n, "percentage"),
            span(&shown_figures, Unit::Percent)
        ),
        ChartKind::Counts => {
            let cited = shown_figures
                .iter()
                .filter(|f| f.has_cited_source())
                .count();
            format!(
                "{kind}: {} by {} in {}, {cited} naming a source, {said}",
                count(n, "figure"),
                spec.group_by.label(),
                count(
                    layout
                        .marks
                        .iter()
                        .map(|m| m.row / 2)
                        .max()
                        .map_or(0, |r| r.saturating_add(1)),
                    "group"
                )
            )
        }
        ChartKind::Compare => {
            let claims = Claims::new(figures);
            let claim = shown_figures
                .first()
                .and_then(|f| claim_key(f))
                .and_then(|key| claims.named(key));
            match claim {
                Some(claim) => format!(
                    "{kind}: {}, {}",
                    slug_words(&claim.key),
                    crate::claims::summary(&claims, claim, figures)
                ),
                None => format!("{kind}: {}, {said}", count(n, "figure")),
            }
        }
    }
}

/// "1 figure", "14 figures".
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// " from £5 to £23bn" over the figures' values and upper values, or "" for a single value.
fn span(figures: &[&Figure], unit: Unit) -> String {
    let values = || {
        figures
            .iter()
            .flat_map(|f| [Some(f.value), f.value_high])
            .flatten()
            .filter(|v| v.is_finite())
    };
    let low = values().fold(f64::INFINITY, f64::min);
    let high = values().fold(f64::NEG_INFINITY, f64::max);
    if low.is_finite() && high > low {
        format!(
            " from {} to {}",
            format_value(low, unit),
            format_value(high, unit)
        )
    } else if low.is_finite() {
        format!(" of {}", format_value(low, unit))
    } else {
        String::new()
    }
}

/// "2009–2022", "2022", "2009–2022 and undated", "undated".
fn years(figures: &[&Figure]) -> String {
    let dated = || figures.iter().filter_map(|f| f.date.as_deref()?.get(..4));
    let undated = figures.iter().any(|f| f.date.is_none());
    let span = match (dated().min(), dated().max()) {
        (Some(first), Some(last)) if first == last => first.to_string(),
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => return "undated".to_string(),
    };
    if undated {
        format!("{span} and undated")
    } else {
        span
    }
}

/// How many different speakers the figures have.
fn distinct_speakers(figures: &[&Figure]) -> usize {
    let mut order: Vec<usize> = (0..figures.len()).collect();
    let speaker = |i: usize| figures.get(i).map(|f| f.speaker.as_str());
    sort_indices(&mut order, &|a, b| speaker(a).cmp(&speaker(b)));
    let mut distinct = 0usize;
    let mut last = None;
    for i in order {
        if speaker(i) != last {
            distinct = distinct.saturating_add(1);
            last = speaker(i);
        }
    }
    distinct
}
