//! What the reader asked to see: filters, a search, a chart and a grouping, and the figures they
//! select.
//!
//! ```text
//! URL query string ──url::from_query_string──▶ Query ──select──▶ Selection ──group──▶ Groups
//!        ▲                                       │                 (indices into the figures)
//!        └────────────url::to_query_string───────┘
//! ```
//!
//! Filters combine as OR within a field and AND across fields: `topic=fostering,adoption&unit=gbp`
//! is "money figures about fostering or adoption". An empty query selects every figure.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

mod choices;
mod filter;
mod fold;
mod group;
mod percent;
mod search;
mod url;

#[cfg(test)]
pub(crate) mod testing;

use serde::{Deserialize, Serialize};

use crate::claims::Claims;
use crate::collections::SortedSet;
use crate::dataset::{Figure, Topic};
use crate::number::Unit;
use crate::transcript::Date;

pub use choices::{Choice, Choices, choices, remove_unknown_values, unknown_values};
pub use filter::matches_filters;
pub use fold::search_words;
pub use group::{Group, group};
pub use search::rank_matches;
pub use url::{
    UrlError, from_query_string, from_query_string_lenient, list_parameter_names, parameter_names,
    to_query_string,
};

/// A reader's question of the dataset. Every filter is optional: an empty set, `None` or an empty
/// search string does not narrow the selection. [`Query::default`] selects every figure.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    /// Debate ids (`Figure::debate_id`); a figure from any of them passes.
    pub debates: SortedSet<String>,
    /// Speaker names, exactly as in `Figure::speaker`; a figure by any of them passes.
    pub speakers: SortedSet<String>,
    /// Party names, exactly as in `Figure::speaker_party`; the empty string stands for "no party
    /// printed" (the key [`group`] gives those figures), so `party=` selects them.
    pub parties: SortedSet<String>,
    /// Topics; a figure filed under any of them passes.
    pub topics: SortedSet<Topic>,
    /// Units; a figure in any of them passes.
    pub units: SortedSet<Unit>,
    /// Claim keys (`Figure::claim`); a figure quoting any of them passes.
    pub claims: SortedSet<String>,
    /// Only figures whose quantity is quoted more than once, or quoted differently.
    pub quoted: Option<Quoted>,
    /// Earliest sitting date, inclusive. When `from` or `to` is set, undated figures are left out.
    pub from: Option<Date>,
    /// Latest sitting date, inclusive.
    pub to: Option<Date>,
    /// `Some(true)`: only figures whose speaker named a source; `Some(false)`: only those without.
    pub has_cited_source: Option<bool>,
    /// Search text (see [`rank_matches`]); empty or punctuation-only text searches nothing.
    pub search: String,
    /// The chart to draw the selection as.
    pub chart: ChartKind,
    /// How to group the selection, if at all.
    pub group_by: Option<GroupField>,
    /// The id of the figure the reader has opened, if any. It does not narrow the selection.
    pub selected_figure: Option<String>,
}

/// The figures a [`Query`] selects.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Selection {
    /// Positions in the figures slice given to [`select`]: best match first when the query searches,
    /// otherwise in dataset order.
    pub indices: Vec<usize>,
    /// How many figures there were to select from (the length of the slice), for "12 of 125".
    pub total: usize,
}

/// The figures `query` selects from `figures`: those passing every filter and, when the query
/// searches, matching every search word, ranked best first (ties in dataset order).
pub fn select(query: &Query, figures: &[Figure]) -> Selection {
    // Whether a figure is quoted elsewhere depends on the whole dataset, not the figure alone.
    let claims = query.quoted.map(|_| Claims::new(figures));
    let passing: Vec<usize> = figures
        .iter()
        .enumerate()
        .filter(|(index, figure)| {
            matches_filters(query, figure)
                && match (query.quoted, &claims) {
                    (Some(Quoted::MoreThanOnce), Some(claims)) => claims.quotations(*index) > 1,
                    (Some(Quoted::Differently), Some(claims)) => claims.differs(*index),
                    _ => true,
                }
        })
        .map(|(index, _)| index)
        .collect();
    Selection {
        indices: rank_matches(figures, &passing, &query.search),
        total: figures.len(),
    }
}

/// The kinds of chart a selection can be drawn as (serialised as their URL slugs).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ChartKind {
    /// Figures placed on a time axis by sitting date (the default).
    #[default]
    #[serde(rename = "timeline")]
    Timeline,
    /// One bar per figure, by value.
    #[serde(rename = "bars")]
    ValueBars,
    /// How many figures each group holds.
    #[serde(rename = "counts")]
    Counts,
    /// Percentages as dots on a 0–100 scale.
    #[serde(rename = "dots")]
    PercentDots,
    /// The quotations of one claim side by side on one value axis, each as the interval its
    /// words allow.
    #[serde(rename = "compare")]
    Compare,
}

/// Which figures a `quoted` filter keeps (serialised as its URL slug).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quoted {
    /// Figures whose quantity another figure states too (a claim of two or more).
    MoreThanOnce,
    /// Figures whose words disagree with another quotation of their claim.
    Differently,
}

/// The field a selection is grouped by (serialised as its URL slug).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupField {
    /// The speaker's name.
    Speaker,
    /// The debate.
    Debate,
    /// The topic.
    Topic,
    /// The unit.
    Unit,
    /// The speaker's party ("no party printed" when the transcript gives none).
    Party,
    /// Whether the speaker named a source.
    Cited,
    /// The claim: the quantity a figure states, when another figure states it too.
    Claim,
}

slugs!(
    ChartKind,
    Timeline = "timeline",
    ValueBars = "bars",
    Counts = "counts",
    PercentDots = "dots",
    Compare = "compare",
);
slugs!(
    Quoted,
    MoreThanOnce = "more-than-once",
    Differently = "differently",
);
slugs!(
    GroupField,
    Speaker = "speaker",
    Debate = "debate",
    Topic = "topic",
    Unit = "unit",
    Party = "party",
    Cited = "cited",
    Claim = "claim",
);

#[cfg(test)]
mod tests {
    use super::testing::figure;
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_listed() {
        for chart in ChartKind::ALL {
            assert_eq!(ChartKind::from_slug(chart.slug()), Some(*chart));
        }
        for field in GroupField::ALL {
            assert_eq!(GroupField::from_slug(&field.to_string()), Some(*field));
        }
        assert_eq!(ChartKind::ValueBars.slug(), "bars");
        assert_eq!(ChartKind::PercentDots.slug(), "dots");
        assert_eq!(ChartKind::from_slug("pie"), None);
        assert_eq!(
            ChartKind::expected(),
            "one of (timeline, bars, counts, dots, compare)"
        );
        assert_eq!(
            GroupField::expected(),
            "one of (speaker, debate, topic, unit, party, cited, claim)"
        );
    }

    #[test]
    fn empty_query_selects_everything_in_dataset_order() {
        let figures = vec![figure("a"), figure("b"), figure("c")];
        let selection = select(&Query::default(), &figures);
        assert_eq!(selection.indices, vec![0, 1, 2]);
        assert_eq!(selection.total, 3);
        assert_eq!(select(&Query::default(), &[]), Selection::default());
    }

    #[test]
    fn filters_then_search_in_rank_order() {
        let mut a = figure("a");
        a.quote = "Foster carers are leaving.".into();
        let mut b = figure("b");
        b.measure = "foster carers recruited".into();
        let mut c = figure("c");
        c.measure = "foster carers who left".into();
        c.topic = Topic::Adoption;
        let figures = vec![a, b, c];
        let query = Query {
            search: "foster".into(),
            ..Query::default()
        };
        // b and c match in the measure, a only in the quote.
        assert_eq!(select(&query, &figures).indices, vec![1, 2, 0]);
        let query = Query {
            topics: SortedSet::from([Topic::Fostering]),
            ..query
        };
        let selection = select(&query, &figures);
        assert_eq!(selection.indices, vec![1, 0]);
        assert_eq!(selection.total, 3);
    }
}
