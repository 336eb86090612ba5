//! A selection grouped by one field, with counts of cited and uncited figures in each group.

use crate::claims::claim_key;
use crate::collections::SortedMap;
use crate::labels::{CITED_SOURCE, NO_SOURCE_NAMED, NOT_QUOTED_ELSEWHERE, slug_words};

use crate::dataset::Figure;

use super::filter::party_key;
use super::{GroupField, Selection};

/// The selected figures that share one value of the grouping field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The value as a URL filter takes it (speaker name, debate id, topic or unit slug, party name
    /// or "" for no party printed, "yes"/"no" for cited), so a group can be turned into a filter.
    pub key: String,
    /// The value for people to read (debate title, "children in care", "no source named", …).
    pub label: String,
    /// How many selected figures are in the group.
    pub count: usize,
    /// How many of them name a cited source.
    pub cited: usize,
    /// How many do not (`cited + uncited == count`).
    pub uncited: usize,
    /// The figures, as positions in the figures slice, in selection order.
    pub indices: Vec<usize>,
}

/// Groups the selected figures by `by`: largest group first, then by label, then by key. Every
/// selected figure is in exactly one group, so the counts sum to the selection's size (positions
/// outside `figures` are skipped).
pub fn group(figures: &[Figure], selection: &Selection, by: GroupField) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // Keys borrowed from the figures: a group's own key and label are written once, when the
    // group is made, not once per figure.
    let mut position: SortedMap<&str, usize> = SortedMap::default();
    for &index in &selection.indices {
        let Some(figure) = figures.get(index) else {
            continue;
        };
        let key = key_of(figure, by);
        let slot = *position.entry(key, || {
            groups.push(Group {
                key: key.to_string(),
                label: label_of(figure, by),
                count: 0,
                cited: 0,
                uncited: 0,
                indices: Vec::new(),
            });
            groups.len().saturating_sub(1)
        });
        if let Some(group) = groups.get_mut(slot) {
            group.count = group.count.saturating_add(1);
            if figure.has_cited_source() {
                group.cited = group.cited.saturating_add(1);
            } else {
                group.uncited = group.uncited.saturating_add(1);
            }
            group.indices.push(index);
        }
    }
    groups.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| a.label.cmp(&b.label))
            .then_with(|| a.key.cmp(&b.key))
    });
    groups
}

/// The figure's value of `by` as a URL filter takes it ([`Group::key`]).
fn key_of(figure: &Figure, by: GroupField) -> &str {
    match by {
        GroupField::Speaker => &figure.speaker,
        GroupField::Debate => &figure.debate_id,
        GroupField::Topic => figure.topic.slug(),
        GroupField::Unit => figure.unit.slug(),
        GroupField::Party => party_key(figure),
        GroupField::Claim => claim_key(figure).unwrap_or(""),
        GroupField::Cited if figure.has_cited_source() => "yes",
        GroupField::Cited => "no",
    }
}

/// The figure's value of `by` for people to read ([`Group::label`]).
fn label_of(figure: &Figure, by: GroupField) -> String {
    match by {
        GroupField::Speaker => figure.speaker.clone(),
        GroupField::Debate => figure.debate.clone(),
        GroupField::Topic => slug_words(figure.topic.slug()),
        GroupField::Unit => figure.unit.label().to_string(),
        GroupField::Party => match party_key(figure) {
            "" => "no party printed".to_string(),
            party => party.to_string(),
        },
        GroupField::Claim => {
            claim_key(figure).map_or_else(|| NOT_QUOTED_ELSEWHERE.into(), slug_words)
        }
        GroupField::Cited if figure.has_cited_source() => CITED_SOURCE.into(),
        GroupField::Cited => NO_SOURCE_NAMED.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::figure;
    use super::*;
    use crate::dataset::Topic;
    use crate::number::Unit;

    fn everything(figures: &[Figure]) -> Selection {
        Selection {
            indices: (0..figures.len()).collect(),
            total: figures.len(),
        }
    }

    fn summary(groups: &[Group]) -> Vec<(&str, &str, usize, usize, usize)> {
        groups
            .iter()
            .map(|g| {
                (
                    g.key.as_str(),
                    g.label.as_str(),
                    g.count,
                    g.cited,
                    g.uncited,
                )
            })
            .collect()
    }

    fn sample() -> Vec<Figure> {
        let mut figures = vec![figure("a"), figure("b"), figure("c"), figure("d")];
        figures[1].speaker = "Bob Sample".into();
        figures[1].speaker_party = None;
        figures[1].cited_source = Some("Ofsted".into());
        figures[1].topic = Topic::ChildrenInCare;
        figures[2].speaker = "Bob Sample".into();
        figures[2].speaker_party = Some("Conservative".into());
        figures[2].unit = Unit::Gbp;
        figures[3].speaker = "Ann Example".into();
        figures[3].cited_source = Some("DfE statistics".into());
        figures
    }

    #[test]
    fn by_speaker_counts_and_cited_split() {
        let figures = sample();
        let groups = group(&figures, &everything(&figures), GroupField::Speaker);
        assert_eq!(
            summary(&groups),
            [
                ("Ann Example", "Ann Example", 2, 1, 1),
                ("Bob Sample", "Bob Sample", 2, 1, 1)
            ]
        );
        assert_eq!(groups[0].indices, [0, 3]);
        assert_eq!(groups[1].indices, [1, 2]);
    }

    #[test]
    fn largest_first_then_label_and_indices_in_selection_order() {
        let figures = sample();
        let selection = Selection {
            indices: vec![3, 2, 0, 1, 99],
            total: 4,
        };
        let groups = group(&figures, &selection, GroupField::Topic);
        assert_eq!(
            summary(&groups),
            [
                ("fostering", "fostering", 3, 1, 2),
                ("children-in-care", "children in care", 1, 1, 0)
            ]
        );
        assert_eq!(groups[0].indices, [3, 2, 0]);
        let groups = group(&figures, &selection, GroupField::Unit);
        assert_eq!(
            summary(&groups),
            [("count", "counts", 3, 2, 1), ("gbp", "money (£)", 1, 0, 1)]
        );
    }

    #[test]
    fn by_party_with_no_party_printed() {
        let figures = sample();
        let groups = group(&figures, &everything(&figures), GroupField::Party);
        assert_eq!(
            summary(&groups),
            [
                ("Labour", "Labour", 2, 1, 1),
                ("Conservative", "Conservative", 1, 0, 1),
                ("", "no party printed", 1, 1, 0)
            ]
        );
    }

    #[test]
    fn by_cited_and_by_debate() {
        let mut figures = sample();
        let groups = group(&figures, &everything(&figures), GroupField::Cited);
        assert_eq!(
            summary(&groups),
            [
                ("yes", "cited source", 2, 2, 0),
                ("no", "no source named", 2, 0, 2)
            ]
        );
        figures[0].debate_id = "2009-x".into();
        figures[0].debate = "Zebra Debate".into();
        let groups = group(&figures, &everything(&figures), GroupField::Debate);
        assert_eq!(
            summary(&groups),
            [
                ("2022-11-24-a-debate", "A Debate", 3, 2, 1),
                ("2009-x", "Zebra Debate", 1, 0, 1)
            ]
        );
        assert!(group(&figures, &Selection::default(), GroupField::Debate).is_empty());
    }
}
