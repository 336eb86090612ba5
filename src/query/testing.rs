//! A plain figure for unit tests to change field by field.

use crate::collections::SortedMap;
use crate::dataset::{Figure, Topic};
use crate::number::{Qualifier, Unit};

/// A dated, uncited count about fostering by "Ann Example" (Labour), with neutral wording.
pub(crate) fn figure(id: &str) -> Figure {
    Figure {
        id: id.to_string(),
        quote: "There were 12 of them.".into(),
        figure_text: "12".into(),
        figure_offset: 11,
        value: 12.0,
        value_high: None,
        unit: Unit::Count,
        qualifier: Qualifier::Exact,
        measure: "things counted".into(),
        period: None,
        geography: None,
        cited_source: None,
        topic: Topic::Fostering,
        claim: None,
        speaker: "Ann Example".into(),
        speaker_party: Some("Labour".into()),
        speaker_constituency: None,
        speaker_role: None,
        debate: "A Debate".into(),
        debate_id: "2022-11-24-a-debate".into(),
        date: Some("2022-11-24".into()),
        chamber: "House of Commons".into(),
        transcript: "2022-11-24-a-debate".into(),
        transcript_line: 1,
        inferred: Vec::new(),
        notes: SortedMap::new(),
        unparsed: None,
    }
}
