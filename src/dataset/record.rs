//! A curated record as written in `data/figures.toml`, each field with the line it is on.

use crate::number::{Qualifier, Unit};

use super::Topic;

/// A value and the 1-based line of the data file it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct At<T> {
    /// The value.
    pub value: T,
    /// 1-based line in the data file.
    pub line: usize,
}

/// One curated statistic before resolution: what a person typed, nothing derived.
#[derive(Debug, Clone, PartialEq)]
pub struct CuratedRecord {
    /// Line of the record's first field.
    pub line: usize,
    /// Stable id, e.g. `icsc-2022-014`.
    pub id: At<String>,
    /// The sentence(s) carrying the figure, verbatim from the transcript.
    pub quote: At<String>,
    /// The figure's exact words inside the quote.
    pub figure: At<String>,
    /// Which occurrence of `figure` in the quote is meant (1-based), when it occurs more than once.
    pub figure_occurrence: Option<At<usize>>,
    /// The value the words state (the lower bound of a range).
    pub value: At<f64>,
    /// The upper bound of a range.
    pub value_high: Option<At<f64>>,
    /// The unit.
    pub unit: At<Unit>,
    /// How the words bound the value.
    pub qualifier: At<Qualifier>,
    /// What the number measures, in plain words.
    pub measure: At<String>,
    /// The period the figure refers to, where stated.
    pub period: Option<At<String>>,
    /// The place the figure refers to, where stated.
    pub geography: Option<At<String>>,
    /// The source the speaker named.
    pub cited_source: Option<At<String>>,
    /// The topic.
    pub topic: At<Topic>,
    /// The claim: a key shared by the figures that state the same quantity.
    pub claim: Option<At<String>>,
    /// Restricts the quote search to one transcript, to tell apart a quote printed twice.
    pub transcript: Option<At<String>>,
    /// Why the figure's words cannot be read mechanically, when they cannot.
    pub unparsed: Option<At<String>>,
}
