//! What a dataset offers to filter by (for the explorer's controls), and a check that a query only
//! names things the dataset holds.

use crate::collections::SortedMap;
use crate::labels::slug_words;

use serde::Serialize;

use crate::dataset::Figure;

use super::filter::party_key;
use super::{Query, UrlError};

/// One value a filter can take, with how many figures carry it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Choice {
    /// The value as the URL writes it (a debate id, a speaker's name, a slug).
    pub value: String,
    /// What a reader sees.
    pub label: String,
    /// Figures carrying it.
    pub count: usize,
}

/// Every value each filter can take in a dataset, in a stable order.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Choices {
    /// Debates, oldest first (undated last); the label is "date — title".
    pub debates: Vec<Choice>,
    /// Speakers by name.
    pub speakers: Vec<Choice>,
    /// Printed parties by name; the empty value is "no party printed".
    pub parties: Vec<Choice>,
    /// Topics by slug.
    pub topics: Vec<Choice>,
    /// Units by slug.
    pub units: Vec<Choice>,
    /// Claims by key, with how many figures quote each; the label is the key with spaces.
    pub claims: Vec<Choice>,
    /// Earliest sitting date, ISO.
    pub first_date: Option<String>,
    /// Latest sitting date, ISO.
    pub last_date: Option<String>,
}

/// The choices `figures` offer.
pub fn choices(figures: &[Figure]) -> Choices {
    let mut debates: SortedMap<(String, String), (String, usize)> = SortedMap::default();
    let mut speakers = Tally::default();
    let mut parties = Tally::default();
    let mut topics = Tally::default();
    let mut units = Tally::default();
    let mut claims = Tally::default();
    for f in figures {
        if let Some(claim) = crate::claims::claim_key(f) {
            claims.add(claim, &slug_words(claim));
        }
        // Undated debates sort after every date.
        let order = f.date.clone().unwrap_or_else(|| "~".to_string());
        let label = match &f.date {
            Some(date) => format!("{date} — {}", f.debate),
            None => format!("undated — {}", f.debate),
        };
        let tally = &mut debates.entry((order, f.debate_id.clone()), || (label, 0)).1;
        *tally = tally.saturating_add(1);
        speakers.add(&f.speaker, &f.speaker);
        let party = party_key(f);
        parties.add(
            party,
            if party.is_empty() {
                "no party printed"
            } else {
                party
            },
        );
        topics.add(f.topic.slug(), f.topic.slug());
        units.add(f.unit.slug(), f.unit.slug());
    }
    let dates: Vec<&str> = figures.iter().filter_map(|f| f.date.as_deref()).collect();
    Choices {
        debates: debates
            .into_entries()
            .into_iter()
            .map(|((_, value), (label, count))| Choice {
                value,
                label,
                count,
            })
            .collect(),
        speakers: speakers.done(),
        parties: parties.done(),
        topics: topics.done(),
        units: units.done(),
        claims: claims.done(),
        first_date: dates.iter().min().map(|d| d.to_string()),
        last_date: dates.iter().max().map(|d| d.to_string()),
    }
}

#[derive(Default)]
struct Tally(SortedMap<String, (String, usize)>);

impl Tally {
    fn add(&mut self, value: &str, label: &str) {
        let tally = &mut self.0.entry(value.to_string(), || (label.to_string(), 0)).1;
        *tally = tally.saturating_add(1);
    }

    fn done(self) -> Vec<Choice> {
        self.0
            .into_entries()
            .into_iter()
            .map(|(value, (label, count))| Choice {
                value,
                label,
                count,
            })
            .collect()
    }
}

/// Removes from `query` the values no figure in `figures` carries and names each one, so the rest of
/// the view still shows what it can (see [`unknown_values`]).
pub fn remove_unknown_values(query: &mut Query, figures: &[Figure]) -> Vec<UrlError> {
    let errors = unknown_values(query, figures);
    for error in &errors {
        match error.parameter.as_str() {
            "debate" => query.debates.remove(&error.value),
            "speaker" => query.speakers.remove(&error.value),
            "party" => query.parties.remove(&error.value),
            "claim" => query.claims.remove(&error.value),
            _ => query.selected_figure.take().is_some(),
        };
    }
    errors
}

/// The values of `query` that no figure in `figures` carries (a debate, speaker or party not in
/// the dataset, or a figure id that does not exist), each named with its URL parameter. Topics and
/// units are checked against their fixed vocabularies when the URL is read, so are not repeated here.
pub fn unknown_values(query: &Query, figures: &[Figure]) -> Vec<UrlError> {
    let mut errors = Vec::new();
    let mut check = |parameter: &str, wanted: &mut dyn Iterator<Item = &String>, what: &str| {
        for value in wanted {
            errors.push(UrlError::new(
                parameter,
                value,
                format!("is not {what} in this dataset"),
            ));
        }
    };
    check(
        "debate",
        &mut query
            .debates
            .iter()
            .filter(|d| !figures.iter().any(|f| &f.debate_id == *d)),
        "a debate id",
    );
    check(
        "speaker",
        &mut query
            .speakers
            .iter()
            .filter(|s| !figures.iter().any(|f| &f.speaker == *s)),
        "a speaker",
    );
    check(
        "party",
        &mut query
            .parties
            .iter()
            .filter(|p| !figures.iter().any(|f| party_key(f) == p.as_str())),
        "a party",
    );
    check(
        "claim",
        &mut query.claims.iter().filter(|c| {
            !figures
                .iter()
                .any(|f| crate::claims::claim_key(f) == Some(c.as_str()))
        }),
        "a claim",
    );
    check(
        "figure",
        &mut query
            .selected_figure
            .iter()
            .filter(|id| !figures.iter().any(|f| &f.id == *id)),
        "a figure id",
    );
    errors
}

#[cfg(test)]
mod tests {
    use super::super::testing::figure;
    use super::*;
    use crate::query::from_query_string;

    fn dataset() -> Vec<Figure> {
        let mut a = figure("a");
        a.date = Some("2016-01-05".into());
        a.debate_id = "2016-01-05-old".into();
        a.debate = "Old".into();
        let mut b = figure("b");
        b.speaker = "Bea Other".into();
        b.speaker_party = None;
        let mut c = figure("c");
        c.date = None;
        c.debate_id = "undated".into();
        c.debate = "Undated".into();
        vec![b, a, c]
    }

    #[test]
    fn debates_come_oldest_first_with_undated_last_and_counts() {
        let choices = choices(&dataset());
        let values: Vec<&str> = choices.debates.iter().map(|c| c.value.as_str()).collect();
        assert_eq!(values, ["2016-01-05-old", "2022-11-24-a-debate", "undated"]);
        assert_eq!(choices.debates[0].label, "2016-01-05 — Old");
        assert_eq!(choices.debates[2].label, "undated — Undated");
        assert_eq!(choices.first_date.as_deref(), Some("2016-01-05"));
        assert_eq!(choices.last_date.as_deref(), Some("2022-11-24"));
    }

    #[test]
    fn speakers_and_parties_are_counted_and_a_missing_party_is_named() {
        let choices = choices(&dataset());
        let speakers: Vec<(&str, usize)> = choices
            .speakers
            .iter()
            .map(|c| (c.value.as_str(), c.count))
            .collect();
        assert_eq!(speakers, [("Ann Example", 2), ("Bea Other", 1)]);
        assert_eq!(choices.parties[0].value, "");
        assert_eq!(choices.parties[0].label, "no party printed");
        assert_eq!(choices.parties[1].value, "Labour");
        assert_eq!(choices.parties[1].count, 2);
    }

    #[test]
    fn values_the_dataset_lacks_are_each_named() {
        let query =
            from_query_string("debate=nope&speaker=Ann+Example,Zed&party=Labour,Green&figure=zz")
                .unwrap_or_default();
        let errors = unknown_values(&query, &dataset());
        let named: Vec<(&str, &str)> = errors
            .iter()
            .map(|e| (e.parameter.as_str(), e.value.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                ("debate", "nope"),
                ("speaker", "Zed"),
                ("party", "Green"),
                ("figure", "zz")
            ]
        );
        assert_eq!(
            errors[1].to_string(),
            "URL parameter `speaker`: \"Zed\" is not a speaker in this dataset"
        );
    }

    #[test]
    fn removing_unknown_values_keeps_the_known_ones() {
        let mut query = from_query_string("speaker=Ann+Example,Zed&figure=zz&topic=fostering")
            .unwrap_or_default();
        let errors = remove_unknown_values(&mut query, &dataset());
        assert_eq!(errors.len(), 2);
        assert_eq!(
            crate::query::to_query_string(&query),
            "speaker=Ann+Example&topic=fostering"
        );
    }

    #[test]
    fn a_query_of_known_values_has_no_complaints() {
        let query = from_query_string("debate=undated&speaker=Bea+Other&party=&figure=a")
            .unwrap_or_default();
        assert!(unknown_values(&query, &dataset()).is_empty());
    }
}
