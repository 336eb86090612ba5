//! The standard set of views drawn as fallbacks: every chart kind × (all figures, each topic, each
//! debate the dataset holds), each named by its canonical query string and a filename-safe slug.

use std::collections::BTreeMap;

use cited_stats::dataset::{Figure, Topic};
use cited_stats::query::{ChartKind, GroupField, Query, choices, group, select, to_query_string};

/// What a view narrows the figures to, in words for its description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// Every figure.
    All,
    /// One topic, with its label ("care leavers").
    Topic(String),
    /// One debate, with its title.
    Debate(String),
    /// One claim's quotations, with its label ("innovation programme projects").
    Claim(String),
}

/// One view: the explorer's query and what it is about.
#[derive(Debug, Clone)]
pub struct View {
    /// The query, as the explorer would hold it.
    pub query: Query,
    /// What it narrows to.
    pub subject: Subject,
}

impl View {
    /// The canonical query string (what the browser reports as `state.query`; "" by default).
    pub fn query_string(&self) -> String {
        to_query_string(&self.query)
    }

    /// A readable, stable, filename-safe name made from the query string: each parameter as
    /// `name-value` (lower-case letters, digits and single hyphens), joined by `_`; "default" for
    /// the default view. For example `chart-bars_topic-care-leavers`.
    pub fn slug(&self) -> String {
        let query = self.query_string();
        if query.is_empty() {
            return "default".to_string();
        }
        let parts: Vec<String> = query
            .split('&')
            .map(|pair| {
                let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
                format!("{}-{}", safe(name), safe(value))
            })
            .collect();
        parts.join("_")
    }
}

/// Lower-case ASCII letters and digits kept; every other run of characters one hyphen.
fn safe(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Every chart kind but compare × (all figures, each topic, each debate) of `figures`; topics
/// by slug, debates oldest first, as the explorer lists them; and the compare chart of each claim.
pub fn standard_views(figures: &[Figure]) -> Vec<View> {
    let offered = choices(figures);
    let everything = select(&Query::default(), figures);
    let labels = |by: GroupField| -> BTreeMap<String, String> {
        group(figures, &everything, by)
            .into_iter()
            .map(|g| (g.key, g.label))
            .collect()
    };
    let (topic_labels, debate_titles) = (labels(GroupField::Topic), labels(GroupField::Debate));
    let mut narrowings = vec![(Query::default(), Subject::All)];
    for choice in &offered.topics {
        if let Some(topic) = Topic::from_slug(&choice.value) {
            let label = topic_labels.get(&choice.value).cloned().unwrap_or_default();
            let mut query = Query::default();
            query.topics.insert(topic);
            narrowings.push((query, Subject::Topic(label)));
        }
    }
    for choice in &offered.debates {
        let title = debate_titles
            .get(&choice.value)
            .cloned()
            .unwrap_or_default();
        let mut query = Query::default();
        query.debates.insert(choice.value.clone());
        narrowings.push((query, Subject::Debate(title)));
    }
    let compared = offered.claims.iter().map(|claim| {
        let mut query = Query {
            chart: ChartKind::Compare,
            ..Query::default()
        };
        query.claims.insert(claim.value.clone());
        View {
            query,
            subject: Subject::Claim(claim.label.clone()),
        }
    });
    ChartKind::ALL
        .iter()
        .filter(|&&chart| chart != ChartKind::Compare)
        .flat_map(|&chart| {
            narrowings.iter().map(move |(query, subject)| View {
                query: Query {
                    chart,
                    ..query.clone()
                },
                subject: subject.clone(),
            })
        })
        .chain(compared)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_readable_and_filename_safe() {
        assert_eq!(safe("care-leavers"), "care-leavers");
        assert_eq!(
            safe("Children%E2%80%99s+Care--Review!"),
            "children-e2-80-99s-care-review"
        );
        let view = |chart, topic: Option<Topic>| {
            let mut query = Query {
                chart,
                ..Query::default()
            };
            query.topics.extend(topic);
            View {
                query,
                subject: Subject::All,
            }
        };
        assert_eq!(view(ChartKind::Timeline, None).slug(), "default");
        assert_eq!(view(ChartKind::ValueBars, None).slug(), "chart-bars");
        assert_eq!(
            view(ChartKind::Timeline, Some(Topic::CareLeavers)).slug(),
            "topic-care-leavers"
        );
        assert_eq!(
            view(ChartKind::ValueBars, Some(Topic::CareLeavers)).slug(),
            "chart-bars_topic-care-leavers"
        );
    }
}
