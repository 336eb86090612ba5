//! A resolved figure: the curated facts plus everything read from the transcript.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::number::{Qualifier, Unit};

use super::Topic;

/// One statistic, with its full provenance. Field names are the export's column names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// Stable id.
    pub id: String,
    /// The sentence(s) carrying the figure, verbatim from the transcript.
    pub quote: String,
    /// The figure's exact words inside the quote.
    pub figure_text: String,
    /// Character offset (in Unicode scalar values) of `figure_text` inside `quote`.
    pub figure_offset: usize,
    /// The value (the lower bound of a range).
    pub value: f64,
    /// The upper bound of a range.
    pub value_high: Option<f64>,
    /// The unit.
    pub unit: Unit,
    /// How the words bound the value.
    pub qualifier: Qualifier,
    /// What the number measures.
    pub measure: String,
    /// Period the figure refers to, where stated.
    pub period: Option<String>,
    /// Place the figure refers to, where stated.
    pub geography: Option<String>,
    /// The source the speaker named.
    pub cited_source: Option<String>,
    /// Topic.
    pub topic: Topic,
    /// Speaker's name (or a description such as "Unnamed Minister" when not printed).
    pub speaker: String,
    /// Speaker's party, where printed.
    pub speaker_party: Option<String>,
    /// Speaker's constituency, where printed.
    pub speaker_constituency: Option<String>,
    /// Speaker's office, where printed.
    pub speaker_role: Option<String>,
    /// Debate title.
    pub debate: String,
    /// Debate id (date and title slug).
    pub debate_id: String,
    /// Sitting date, YYYY-MM-DD, or null when the transcript prints none.
    pub date: Option<String>,
    /// Chamber.
    pub chamber: String,
    /// Transcript file name (without `.txt`).
    pub transcript: String,
    /// 1-based line of the paragraph holding the quote.
    pub transcript_line: usize,
    /// Fields whose values are inferred from the text rather than printed.
    pub inferred: Vec<String>,
    /// Reasons for inferred fields and for fields the transcript does not print.
    pub notes: BTreeMap<String, String>,
    /// Why the figure's words cannot be read mechanically, when they cannot.
    pub unparsed: Option<String>,
}
