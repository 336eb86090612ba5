//! The filter predicates: does a figure pass a query's debate, speaker, party, topic, unit, date and
//! cited-source filters? (The search is separate: see `search.rs`.)

use crate::collections::SortedSet;

use crate::claims::claim_key;
use crate::dataset::Figure;
use crate::transcript::Date;

use super::Query;

/// Whether `figure` passes every filter of `query` (OR within a field, AND across fields). The
/// search text and the selected figure are not filters and are not looked at here.
pub fn matches_filters(query: &Query, figure: &Figure) -> bool {
    in_set(&query.debates, &figure.debate_id)
        && in_set(&query.speakers, &figure.speaker)
        && in_set(&query.parties, party_key(figure))
        && (query.topics.is_empty() || query.topics.contains(&figure.topic))
        && (query.units.is_empty() || query.units.contains(&figure.unit))
        && (query.claims.is_empty() || claim_key(figure).is_some_and(|c| query.claims.contains(c)))
        && in_dates(query.from, query.to, figure)
        && query
            .has_cited_source
            .is_none_or(|wanted| wanted == figure.has_cited_source())
}

/// The party a figure is filtered and grouped under: the printed party, or "" when none is printed.
pub(crate) fn party_key(figure: &Figure) -> &str {
    figure.speaker_party.as_deref().unwrap_or("")
}

fn in_set(wanted: &SortedSet<String>, value: &str) -> bool {
    wanted.is_empty() || wanted.contains(value)
}

/// Inclusive date range; with either end set, a figure without a readable date is left out.
fn in_dates(from: Option<Date>, to: Option<Date>, figure: &Figure) -> bool {
    if from.is_none() && to.is_none() {
        return true;
    }
    let Some(date) = figure.date.as_deref().and_then(Date::parse_iso) else {
        return false;
    };
    from.is_none_or(|from| from <= date) && to.is_none_or(|to| date <= to)
}

#[cfg(test)]
mod tests {
    use super::super::testing::figure;
    use super::*;
    use crate::dataset::Topic;
    use crate::number::Unit;

    fn date(text: &str) -> Option<Date> {
        Some(Date::parse_iso(text).unwrap())
    }

    #[test]
    fn empty_query_passes_everything_even_undated() {
        let mut undated = figure("x");
        undated.date = None;
        undated.speaker_party = None;
        assert!(matches_filters(&Query::default(), &undated));
    }

    #[test]
    fn or_within_a_field_and_across_fields() {
        let fig = figure("x");
        let mut query = Query {
            topics: SortedSet::from([Topic::Adoption]),
            ..Query::default()
        };
        assert!(!matches_filters(&query, &fig));
        query.topics.insert(Topic::Fostering);
        assert!(matches_filters(&query, &fig));
        query.units = SortedSet::from([Unit::Gbp]);
        assert!(!matches_filters(&query, &fig), "topic ok, unit not");
        query.units.insert(Unit::Count);
        assert!(matches_filters(&query, &fig));
        query.speakers = SortedSet::from(["Bob Sample".to_string()]);
        assert!(!matches_filters(&query, &fig));
        query.speakers.insert("Ann Example".into());
        assert!(matches_filters(&query, &fig));
        query.debates = SortedSet::from(["other".to_string()]);
        assert!(!matches_filters(&query, &fig));
    }

    #[test]
    fn parties_with_empty_for_no_party() {
        let labour = figure("x");
        let mut none = figure("y");
        none.speaker_party = None;
        let query = Query {
            parties: SortedSet::from(["Labour".to_string()]),
            ..Query::default()
        };
        assert!(matches_filters(&query, &labour));
        assert!(!matches_filters(&query, &none));
        let query = Query {
            parties: SortedSet::from([String::new()]),
            ..Query::default()
        };
        assert!(!matches_filters(&query, &labour));
        assert!(matches_filters(&query, &none));
    }

    #[test]
    fn date_range_is_inclusive_and_drops_undated() {
        let fig = figure("x"); // 2022-11-24
        let mut undated = figure("y");
        undated.date = None;
        let mut query = Query {
            from: date("2022-11-24"),
            to: date("2022-11-24"),
            ..Query::default()
        };
        assert!(matches_filters(&query, &fig));
        assert!(!matches_filters(&query, &undated));
        query.from = date("2022-11-25");
        assert!(!matches_filters(&query, &fig));
        query.from = None;
        query.to = date("2022-11-23");
        assert!(!matches_filters(&query, &fig));
        assert!(!matches_filters(&query, &undated), "only `to` set");
        query.to = None;
        query.from = date("2009-01-01");
        assert!(matches_filters(&query, &fig));
        assert!(!matches_filters(&query, &undated), "only `from` set");
    }

    #[test]
    fn cited_source_filter() {
        let uncited = figure("x");
        let mut cited = figure("y");
        cited.cited_source = Some("Ofsted".into());
        let mut blank = figure("z");
        blank.cited_source = Some("  ".into());
        let yes = Query {
            has_cited_source: Some(true),
            ..Query::default()
        };
        let no = Query {
            has_cited_source: Some(false),
            ..Query::default()
        };
        assert!(matches_filters(&yes, &cited));
        assert!(!matches_filters(&yes, &uncited));
        assert!(!matches_filters(&yes, &blank));
        assert!(matches_filters(&no, &uncited));
        assert!(matches_filters(&no, &blank));
        assert!(!matches_filters(&no, &cited));
    }
}
