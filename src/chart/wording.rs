//! The words the charts put to a mark: a value with its qualifier ("more than £350m"), and what a
//! screen reader says for a mark. Descriptions are worded when asked (hover, keyboard, `marks()`),
//! not for every mark at layout time, so a chart of 100,000 figures builds none it does not show.

use crate::dataset::Figure;
use crate::number::{Qualifier, format_value};

use super::mark::{Description, Mark, Marker};
use crate::labels::QUOTED_DIFFERENTLY;

/// The value with its qualifier in words: "more than £350m", "5–10", "nearly 12,000".
pub fn qualified(f: &Figure) -> String {
    let value = format_value(f.value, f.unit);
    match (f.qualifier, f.value_high) {
        (_, Some(high)) => format!("{}–{}", value, format_value(high, f.unit)),
        (Qualifier::Exact, None) | (Qualifier::Range, None) => value,
        (Qualifier::Approximately, None) => format!("about {value}"),
        (Qualifier::MoreThan, None) => format!("more than {value}"),
        (Qualifier::AtLeast, None) => format!("at least {value}"),
        (Qualifier::UpTo, None) => format!("up to {value}"),
        (Qualifier::Nearly, None) => format!("nearly {value}"),
        (Qualifier::LessThan, None) => format!("less than {value}"),
    }
}

/// "more than £350m: funding for X, Tim Loughton, 2022-11-24".
fn describe_figure(f: &Figure) -> String {
    format!(
        "{}: {}, {}, {}",
        qualified(f),
        f.measure,
        f.speaker,
        f.date.as_deref().unwrap_or("undated")
    )
}

/// What a screen reader says for `mark`, whose figure indices point into `figures`.
pub fn describe_mark(mark: &Mark, figures: &[Figure]) -> String {
    match &mark.description {
        Description::Figure => {
            let said = mark
                .figures
                .first()
                .and_then(|&i| figures.get(i))
                .map(describe_figure)
                .unwrap_or_default();
            match mark.marker {
                Some(Marker::QuotedDifferently) => format!("{said}; {QUOTED_DIFFERENTLY}"),
                None => said,
            }
        }
        Description::Group { label, words } => {
            format!("{label}: {} figures {words}", mark.figures.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{Fill, Rect, Shape};
    use crate::query::testing::figure;

    fn mark(figures: Vec<usize>, description: Description) -> Mark {
        Mark {
            figures,
            shape: Shape::Bar {
                rect: Rect::from_corners(0.0, 0.0, 1.0, 1.0),
            },
            series: 0,
            fill: Fill::Solid,
            open_end: None,
            row: 0,
            description,
            marker: None,
        }
    }

    #[test]
    fn a_figures_mark_says_its_value_measure_speaker_and_date() {
        let mut f = figure("a");
        f.qualifier = Qualifier::MoreThan;
        let said = describe_mark(&mark(vec![0], Description::Figure), &[f.clone()]);
        assert_eq!(
            said,
            "more than 12: things counted, Ann Example, 2022-11-24"
        );
        f.date = None;
        let said = describe_mark(&mark(vec![0], Description::Figure), &[f]);
        assert!(said.ends_with(", undated"), "{said}");
    }

    #[test]
    fn a_count_bar_says_its_group_and_size() {
        let group = Description::Group {
            label: "Labour".into(),
            words: "cite a source",
        };
        assert_eq!(
            describe_mark(&mark(vec![3, 4], group), &[]),
            "Labour: 2 figures cite a source"
        );
    }

    #[test]
    fn a_mark_whose_figure_is_missing_says_nothing_rather_than_panicking() {
        assert_eq!(describe_mark(&mark(vec![9], Description::Figure), &[]), "");
    }
}
