//! What a reader is shown for each name the core defines: chart kinds, group-by fields, units and
//! months. The one place these words live: the charts, the groups, the citations and the
//! generated JS vocabulary (`cited-stats vocabulary` → `www/lib/vocabulary.js`) all read them here.

use crate::number::Unit;
use crate::query::{ChartKind, GroupField, Quoted};
use crate::splitting::split_on;

/// A figure whose speaker named a source, in a legend or a group heading.
pub const CITED_SOURCE: &str = "cited source";
/// A figure whose speaker named none, in a legend or a group heading.
pub const NO_SOURCE_NAMED: &str = "no source named";
/// What the figures of a counts bar with a source do ("12 figures cite a source").
pub const CITE_A_SOURCE: &str = "cite a source";
/// What the figures of a counts bar without one do.
pub const NAME_NO_SOURCE: &str = "name no source";
/// A figure without a claim, in a group heading: no other figure states its quantity.
pub const NOT_QUOTED_ELSEWHERE: &str = "not quoted elsewhere";
/// A figure whose words disagree with another quotation of its quantity, in a legend, on hover
/// and in what a screen reader hears.
pub const QUOTED_DIFFERENTLY: &str = "quoted differently elsewhere";
/// What each `quoted` filter keeps, where a reader chooses it.
pub const QUOTED_LABELS: [(Quoted, &str); 2] = [
    (Quoted::MoreThanOnce, "quoted more than once"),
    (Quoted::Differently, "quoted differently"),
];

/// The months in English, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `text` is a slug: lower-case letters and digits in words joined by single hyphens
/// ("innovation-programme-funding", "icsc-2022-018"). The rule for figure ids and claim keys alike.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && split_on(text, b'-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A slug as a reader reads it: its hyphens as spaces ("children-in-care" → "children in care"),
/// for topics and claim keys. (Char by char: `str::replace` with a char pattern costs the browser
/// module its own searcher.)
pub fn slug_words(slug: &str) -> String {
    slug.chars()
        .map(|c| if c == '-' { ' ' } else { c })
        .collect()
}

/// The name of month `number` (1 = January), if it is one.
pub fn month_name(number: usize) -> Option<&'static str> {
    MONTHS.get(number.checked_sub(1)?).copied()
}

impl ChartKind {
    /// What the chart is called where a reader chooses it ("Value bars").
    pub fn label(self) -> &'static str {
        match self {
            ChartKind::Timeline => "Timeline",
            ChartKind::ValueBars => "Value bars",
            ChartKind::Counts => "Counts",
            ChartKind::PercentDots => "Percent dots",
            ChartKind::Compare => "Compare quotations",
        }
    }
}

impl GroupField {
    /// How the field is named after "grouped by" ("whether a source is named").
    pub fn label(self) -> &'static str {
        match self {
            GroupField::Speaker => "speaker",
            GroupField::Debate => "debate",
            GroupField::Topic => "topic",
            GroupField::Unit => "unit",
            GroupField::Party => "party",
            GroupField::Cited => "whether a source is named",
            GroupField::Claim => "claim (the quantity stated)",
        }
    }
}

impl Unit {
    /// What figures of this unit are, in a list or a group heading ("money (£)").
    pub fn label(self) -> &'static str {
        match self {
            Unit::Count => "counts",
            Unit::Percent => "percentages",
            Unit::Gbp => "money (£)",
            Unit::Years => "years",
            Unit::Months => "months",
            Unit::Weeks => "weeks",
            Unit::Days => "days",
            Unit::Hours => "hours",
            Unit::Times => "multiples",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slug_is_lower_case_words_joined_by_single_hyphens() {
        for good in [
            "icsc-2022-018",
            "innovation-programme-funding",
            "a1",
            "2022",
        ] {
            assert!(is_slug(good), "{good:?}");
        }
        for bad in ["", "-", "-a", "a-", "a--b", "A", "a b", "é", "a_b", "a-B"] {
            assert!(!is_slug(bad), "{bad:?}");
        }
    }

    #[test]
    fn every_name_has_a_distinct_label() {
        let distinct = |labels: Vec<&str>| {
            let mut sorted = labels.clone();
            sorted.sort_unstable();
            sorted.dedup();
            sorted.len() == labels.len() && labels.iter().all(|l| !l.is_empty())
        };
        assert!(distinct(ChartKind::ALL.iter().map(|c| c.label()).collect()));
        assert!(distinct(
            GroupField::ALL.iter().map(|g| g.label()).collect()
        ));
        assert!(distinct(Unit::ALL.iter().map(|u| u.label()).collect()));
        assert!(distinct(MONTHS.to_vec()));
    }

    #[test]
    fn months_are_numbered_from_1() {
        assert_eq!(month_name(1), Some("January"));
        assert_eq!(month_name(12), Some("December"));
        assert_eq!(month_name(0), None);
        assert_eq!(month_name(13), None);
    }
}
