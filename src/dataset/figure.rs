//! A resolved figure: the curated facts plus everything read from the transcript.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use serde::{Deserialize, Serialize};

use crate::collections::SortedMap;
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
    /// The claim: a key shared by the figures that state the same quantity (`claims` module).
    pub claim: Option<String>,
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
    pub notes: SortedMap<String, String>,
    /// Why the figure's words cannot be read mechanically, when they cannot.
    pub unparsed: Option<String>,
}

impl Figure {
    /// Whether the speaker named a source. The one rule for the filter, the groups, the charts'
    /// fills and counts and the summary: a blank name (white space only) counts as none.
    pub fn has_cited_source(&self) -> bool {
        self.cited_source
            .as_deref()
            .is_some_and(|source| !source.trim().is_empty())
    }

    /// The quote split round the figure's words — (before, the words, after) — for highlighting;
    /// `None` when `figure_offset` does not point at `figure_text` inside `quote`.
    pub fn quote_parts(&self) -> Option<(&str, &str, &str)> {
        let start = match self.quote.char_indices().nth(self.figure_offset) {
            Some((byte, _)) => byte,
            None if self.figure_offset == self.quote.chars().count() => self.quote.len(),
            None => return None,
        };
        let rest = &self.quote[start..];
        let words = rest.get(..self.figure_text.len())?;
        (words == self.figure_text)
            .then(|| (&self.quote[..start], words, &rest[self.figure_text.len()..]))
    }
}

#[cfg(test)]
mod tests {
    use crate::dataset::embedded_figures;

    #[test]
    fn every_embedded_figure_splits_round_its_words_and_rejoins_to_the_quote() {
        let figures = embedded_figures().unwrap_or_default();
        assert!(figures.len() > 100);
        for f in &figures {
            let (before, words, after) = f.quote_parts().unwrap_or_else(|| panic!("{}", f.id));
            assert_eq!(words, f.figure_text, "{}", f.id);
            assert_eq!(format!("{before}{words}{after}"), f.quote, "{}", f.id);
            assert_eq!(before.chars().count(), f.figure_offset, "{}", f.id);
        }
    }

    #[test]
    fn a_wrong_offset_gives_none_not_a_panic() {
        let mut f = embedded_figures().unwrap_or_default().remove(0);
        f.figure_offset += 1;
        assert_eq!(f.quote_parts(), None);
        f.figure_offset = 100_000;
        assert_eq!(f.quote_parts(), None);
    }
}
