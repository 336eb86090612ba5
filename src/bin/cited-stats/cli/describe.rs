//! Alt text for a drawn view, for a screen reader: the core's sentence for the chart
//! (`chart::summarise`: its kind, how many figures, their values, years and speakers), then what
//! the view is narrowed to.

use cited_stats::chart::{ChartSpec, Layout, summarise};
use cited_stats::dataset::Figure;

use super::views::Subject;

/// One sentence describing `layout`, the chart of `spec` narrowed to `subject`.
pub fn describe(
    subject: &Subject,
    spec: &ChartSpec,
    layout: &Layout,
    figures: &[Figure],
) -> String {
    let sentence = summarise(spec, layout, figures);
    match subject {
        Subject::All | Subject::Claim(_) => sentence,
        Subject::Topic(label) => format!("{sentence}; topic: {label}"),
        Subject::Debate(title) => format!("{sentence}; debate: “{title}”"),
    }
}
