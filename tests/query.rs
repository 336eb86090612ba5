//! Selecting, searching and grouping the real embedded figures, and queries through URLs.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::collections::BTreeSet;

use cited_stats::collections::SortedSet;

use cited_stats::dataset::{Figure, Topic, embedded_figures};
use cited_stats::number::Unit;
use cited_stats::query::{
    Group, GroupField, Query, Selection, from_query_string, group, select, to_query_string,
};
use cited_stats::transcript::Date;

fn figures() -> Vec<Figure> {
    embedded_figures().unwrap()
}

fn search(text: &str) -> Query {
    Query {
        search: text.into(),
        ..Query::default()
    }
}

fn selected(figures: &[Figure], query: &Query) -> Vec<usize> {
    select(query, figures).indices
}

fn as_set(indices: &[usize]) -> BTreeSet<usize> {
    indices.iter().copied().collect()
}

/// The searchable fields' words, lower-cased and split on anything not a letter or digit: a plain
/// reference to check the search against.
fn plain_words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect()
}

fn has_word_starting(text: &str, start: &str) -> bool {
    plain_words(text).iter().any(|w| w.starts_with(start))
}

fn searchable(figure: &Figure) -> [&str; 4] {
    [
        &figure.quote,
        &figure.measure,
        &figure.speaker,
        figure.cited_source.as_deref().unwrap_or(""),
    ]
}

#[test]
fn empty_query_selects_all_126_in_dataset_order() {
    let figures = figures();
    let selection = select(&Query::default(), &figures);
    assert_eq!(selection.total, 126);
    assert_eq!(selection.indices, (0..126).collect::<Vec<_>>());
}

#[test]
fn search_foster_finds_exactly_the_figures_with_a_word_starting_foster() {
    let figures = figures();
    let expected: BTreeSet<usize> = (0..figures.len())
        .filter(|&i| {
            searchable(&figures[i])
                .iter()
                .any(|field| has_word_starting(field, "foster"))
        })
        .collect();
    assert!(expected.len() >= 4, "{expected:?}");
    assert!(expected.len() < figures.len());
    let found = selected(&figures, &search("foster"));
    assert_eq!(as_set(&found), expected);
    assert_eq!(found.len(), expected.len(), "no duplicates");
    assert_eq!(selected(&figures, &search("FOSTER")), found);
    assert_eq!(selected(&figures, &search("  foster—")), found);
    // Ranked: every figure matching in the measure or speaker comes before every quote-only match.
    let in_measure = |i: usize| {
        has_word_starting(&figures[i].measure, "foster")
            || has_word_starting(&figures[i].speaker, "foster")
    };
    let first_quote_only = found.iter().position(|&i| !in_measure(i));
    if let Some(position) = first_quote_only {
        assert!(
            found[position..].iter().all(|&i| !in_measure(i)),
            "{found:?}"
        );
    }
    assert!(found.iter().any(|&i| in_measure(i)));
}

#[test]
fn several_search_words_must_all_match() {
    let figures = figures();
    let both = selected(&figures, &search("social work"));
    let social = as_set(&selected(&figures, &search("social")));
    let work = as_set(&selected(&figures, &search("work")));
    let expected: BTreeSet<usize> = social.intersection(&work).copied().collect();
    assert_eq!(as_set(&both), expected);
    assert!(!both.is_empty() && both.len() < social.len());
    assert!(selected(&figures, &search("social zzzz")).is_empty());
}

#[test]
fn speaker_search_ranks_that_speakers_figures_first() {
    let figures = figures();
    for (speaker, surname, spoken) in [
        ("Tim Loughton", "loughton", 36),
        ("Edward Timpson", "Timpson", 30),
        ("Michael Gove", "gove", 8),
    ] {
        let found = selected(&figures, &search(surname));
        let by_them = figures.iter().filter(|f| f.speaker == speaker).count();
        assert_eq!(by_them, spoken);
        assert!(found.len() >= by_them);
        assert!(
            found[..by_them]
                .iter()
                .all(|&i| figures[i].speaker == speaker),
            "{surname}: {found:?}"
        );
    }
    // Others' quotes name Timpson, and "gove" starts "government": those come after.
    assert!(selected(&figures, &search("timpson")).len() > 30);
    assert!(selected(&figures, &search("gove")).len() > 8);
}

#[test]
fn per_cent_and_percent_sign_find_each_other() {
    let figures = figures();
    let sign_only: Vec<usize> = (0..figures.len())
        .filter(|&i| figures[i].quote.contains('%') && !figures[i].quote.contains("per cent"))
        .collect();
    let words_only: Vec<usize> = (0..figures.len())
        .filter(|&i| figures[i].quote.contains("per cent") && !figures[i].quote.contains('%'))
        .collect();
    assert!(!sign_only.is_empty() && !words_only.is_empty());
    for text in ["per cent", "%", "percent", "Per-Cent"] {
        let found = as_set(&selected(&figures, &search(text)));
        for &i in sign_only.iter().chain(&words_only) {
            assert!(found.contains(&i), "{text:?} misses {}", figures[i].id);
        }
    }
    assert_eq!(
        selected(&figures, &search("per cent")),
        selected(&figures, &search("%"))
    );
}

#[test]
fn pound_sign_and_gbp_find_each_other() {
    let figures = figures();
    let pounds: BTreeSet<usize> = (0..figures.len())
        .filter(|&i| searchable(&figures[i]).iter().any(|f| f.contains('£')))
        .collect();
    assert!(pounds.len() >= 20, "{}", pounds.len());
    let by_sign = selected(&figures, &search("£"));
    assert_eq!(as_set(&by_sign), pounds);
    assert_eq!(selected(&figures, &search("gbp")), by_sign);
    assert_eq!(selected(&figures, &search("GBP")), by_sign);
    let billions = as_set(&selected(&figures, &search("£ billion")));
    assert!(!billions.is_empty() && billions.len() < pounds.len());
    assert!(billions.is_subset(&pounds));
}

#[test]
fn topic_and_party_filters_combine() {
    let figures = figures();
    let topics = SortedSet::from([Topic::Workforce, Topic::Funding]);
    let parties = SortedSet::from(["Conservative".to_string()]);
    let query = Query {
        topics: topics.clone(),
        parties: parties.clone(),
        ..Query::default()
    };
    let both = selected(&figures, &query);
    let expected: Vec<usize> = (0..figures.len())
        .filter(|&i| {
            topics.contains(&figures[i].topic)
                && figures[i].speaker_party.as_deref() == Some("Conservative")
        })
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(both, expected);
    let topic_only = selected(
        &figures,
        &Query {
            topics,
            ..Query::default()
        },
    );
    let party_only = selected(
        &figures,
        &Query {
            parties,
            ..Query::default()
        },
    );
    assert!(both.len() < topic_only.len() && both.len() < party_only.len());
}

#[test]
fn date_range_excludes_undated_figures() {
    let figures = figures();
    let undated = figures.iter().filter(|f| f.date.is_none()).count();
    assert_eq!(undated, 10);
    let wide = Query {
        from: Date::parse_iso("1900-01-01"),
        to: Date::parse_iso("2100-12-31"),
        ..Query::default()
    };
    let found = selected(&figures, &wide);
    assert_eq!(found.len(), figures.len() - undated);
    assert!(found.iter().all(|&i| figures[i].date.is_some()));
    let one_day = Query {
        from: Date::parse_iso("2016-10-20"),
        to: Date::parse_iso("2016-10-20"),
        ..Query::default()
    };
    let found = selected(&figures, &one_day);
    assert_eq!(found.len(), 14);
    assert!(
        found
            .iter()
            .all(|&i| figures[i].date.as_deref() == Some("2016-10-20"))
    );
    let since_2010 = Query {
        from: Date::parse_iso("2010-01-01"),
        ..Query::default()
    };
    assert_eq!(selected(&figures, &since_2010).len(), 80 + 14);
}

fn check_groups(groups: &[Group], selection: &Selection, figures: &[Figure]) {
    assert_eq!(
        groups.iter().map(|g| g.count).sum::<usize>(),
        selection.indices.len()
    );
    for g in groups {
        assert_eq!(g.cited + g.uncited, g.count, "{}", g.label);
        assert_eq!(g.indices.len(), g.count);
        let cited = g
            .indices
            .iter()
            .filter(|&&i| figures[i].cited_source.is_some())
            .count();
        assert_eq!(cited, g.cited, "{}", g.label);
    }
    for pair in groups.windows(2) {
        assert!(
            pair[0].count > pair[1].count
                || (pair[0].count == pair[1].count && pair[0].label <= pair[1].label)
        );
    }
}

#[test]
fn grouping_by_speaker_accounts_for_every_selected_figure() {
    let figures = figures();
    let selection = select(&Query::default(), &figures);
    let groups = group(&figures, &selection, GroupField::Speaker);
    check_groups(&groups, &selection, &figures);
    assert_eq!(groups.len(), 9);
    assert_eq!(
        (groups[0].key.as_str(), groups[0].count),
        ("Tim Loughton", 36)
    );
    let narrowed = select(&search("social"), &figures);
    let groups = group(&figures, &narrowed, GroupField::Speaker);
    check_groups(&groups, &narrowed, &figures);
    assert!(narrowed.indices.len() < figures.len());
}

#[test]
fn grouping_by_every_field_and_cited_labels() {
    let figures = figures();
    let selection = select(&Query::default(), &figures);
    for field in GroupField::ALL {
        check_groups(&group(&figures, &selection, *field), &selection, &figures);
    }
    let cited = group(&figures, &selection, GroupField::Cited);
    let labels: Vec<(&str, &str, usize)> = cited
        .iter()
        .map(|g| (g.key.as_str(), g.label.as_str(), g.count))
        .collect();
    assert_eq!(
        labels,
        [("no", "no source named", 96), ("yes", "cited source", 30)]
    );
    let parties = group(&figures, &selection, GroupField::Party);
    assert_eq!(parties[0].label, "no party printed");
    assert_eq!(parties[0].key, "");
}

#[test]
fn group_keys_work_as_url_filters() {
    let figures = figures();
    let selection = select(&Query::default(), &figures);
    for field in [GroupField::Speaker, GroupField::Debate, GroupField::Party] {
        for g in group(&figures, &selection, field) {
            let name = field.slug();
            let text = format!("{name}={}", g.key.replace(' ', "+"));
            let query = from_query_string(&text).unwrap();
            assert_eq!(selected(&figures, &query), g.indices, "{text}");
        }
    }
    for field in [GroupField::Topic, GroupField::Unit, GroupField::Cited] {
        for g in group(&figures, &selection, field) {
            let query = from_query_string(&format!("{}={}", field.slug(), g.key)).unwrap();
            assert_eq!(selected(&figures, &query), g.indices, "{}", g.key);
        }
    }
}

#[test]
fn every_real_speaker_and_debate_round_trips_through_a_url() {
    let figures = figures();
    let query = Query {
        speakers: figures.iter().map(|f| f.speaker.clone()).collect(),
        debates: figures.iter().map(|f| f.debate_id.clone()).collect(),
        parties: figures
            .iter()
            .map(|f| f.speaker_party.clone().unwrap_or_default())
            .collect(),
        units: SortedSet::from([Unit::Percent]),
        selected_figure: figures.last().map(|f| f.id.clone()),
        search: figures[0].quote.clone(),
        ..Query::default()
    };
    let text = to_query_string(&query);
    assert_eq!(from_query_string(&text), Ok(query.clone()));
    let percent_only = selected(
        &figures,
        &Query {
            search: String::new(),
            ..query
        },
    );
    assert_eq!(percent_only.len(), 47);
}

#[test]
fn a_url_selects_what_its_filters_say() {
    let figures = figures();
    let query = from_query_string("?topic=inspection,workforce&cited=yes&unit=percent").unwrap();
    let found = selected(&figures, &query);
    let expected: Vec<usize> = (0..figures.len())
        .filter(|&i| {
            let f = &figures[i];
            matches!(f.topic, Topic::Inspection | Topic::Workforce)
                && f.cited_source.is_some()
                && f.unit == Unit::Percent
        })
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(found, expected);
}
