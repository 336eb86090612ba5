//! Alt text for a drawn view, for a screen reader: the kind of chart, what it shows, how many
//! figures and over which years, all read from the layout and the figures it stands for.

use std::collections::BTreeSet;

use cited_stats::chart::{ChartSpec, Layout};
use cited_stats::dataset::Figure;
use cited_stats::query::{ChartKind, GroupField, Selection, group};

use super::views::Subject;

/// One sentence describing `layout`, the chart of `selection` narrowed to `subject`.
pub fn describe(
    subject: &Subject,
    spec: &ChartSpec,
    layout: &Layout,
    figures: &[Figure],
    selection: &Selection,
) -> String {
    let shown: BTreeSet<usize> = layout
        .marks
        .iter()
        .flat_map(|m| m.figures.iter().copied())
        .filter(|&i| i < figures.len())
        .collect();
    let about = match subject {
        Subject::All => " quoted in Parliament".to_string(),
        Subject::Topic(label) => format!(" on {label} quoted in Parliament"),
        Subject::Debate(title) => format!(" quoted in the debate “{title}”"),
        Subject::Claim(label) => format!(" ({label})"),
    };
    let years = years(shown.iter().map(|&i| &figures[i]));
    let left_out = selection.indices.len().saturating_sub(shown.len());
    let not_shown = if left_out > 0 {
        format!("; {} in other units not shown", count(left_out, "figure"))
    } else {
        String::new()
    };
    match layout.kind {
        ChartKind::Timeline => format!(
            "Timeline of {}{about}, {years}, in lanes by {}",
            count(shown.len(), "figure"),
            spec.lane_by
        ),
        ChartKind::ValueBars => {
            let units = unit_labels(figures, &shown);
            format!(
                "Bar chart of the values of {}{about}, {years}, sorted by value; unit: {units}{not_shown}",
                count(shown.len(), "figure")
            )
        }
        ChartKind::Counts => format!(
            "Bar chart counting {}{about}, {years}, by {} ({}), each split into those that cite a source and those that name none",
            count(selection.indices.len(), "figure"),
            spec.group_by,
            count(group(figures, selection, spec.group_by).len(), "group")
        ),
        ChartKind::PercentDots => format!(
            "Dot chart of {}{about}, {years}, on a per cent scale{not_shown}",
            count(shown.len(), "percentage")
        ),
        ChartKind::Compare => format!(
            "Comparison of {} of one quantity{about}, {years}, each drawn as the range its words allow",
            count(shown.len(), "quotation")
        ),
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

/// "2009–2022", "2016", "2009–2022 (3 undated)" or "undated", from the figures' sitting dates.
fn years<'a>(figures: impl Iterator<Item = &'a Figure>) -> String {
    let mut dated = BTreeSet::new();
    let mut undated = 0;
    for figure in figures {
        match figure.date.as_deref().and_then(|d| d.get(..4)) {
            Some(year) => {
                dated.insert(year.to_string());
            }
            None => undated += 1,
        }
    }
    let span = match (dated.first(), dated.last()) {
        (Some(first), Some(last)) if first == last => first.clone(),
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => return "undated".to_string(),
    };
    if undated > 0 {
        format!("{span} ({undated} undated)")
    } else {
        span
    }
}

/// The units of the shown figures as the dataset's groups name them ("counts", "money (£)").
fn unit_labels(figures: &[Figure], shown: &BTreeSet<usize>) -> String {
    let selection = Selection {
        indices: shown.iter().copied().collect(),
        total: figures.len(),
    };
    let labels: Vec<String> = group(figures, &selection, GroupField::Unit)
        .into_iter()
        .map(|g| g.label)
        .collect();
    labels.join(", ")
}
