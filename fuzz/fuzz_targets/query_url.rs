//! The URL / attribute query parser (`from_query_string_lenient`, `from_query_string`) and its
//! writer (`to_query_string`).
//!
//! Properties: the input read as a query string gives the strict reading `Ok` exactly when the
//! lenient one finds no problem, with the same query; whatever the lenient reader keeps writes out
//! and reads back as itself, and the written form is canonical (writing it again gives the same
//! text). The same bytes also build a query directly (arbitrary names, search text and ids, sets of
//! slugs, real dates), which must round-trip exactly when its dates are in order and be refused,
//! naming `from`, when they are not.
#![no_main]

use arbitrary::{Arbitrary, Result, Unstructured};
use cited_stats::collections::SortedSet;
use cited_stats::dataset::Topic;
use cited_stats::number::Unit;
use cited_stats::query::{
    ChartKind, GroupField, Query, Quoted, from_query_string, from_query_string_lenient,
    to_query_string,
};
use cited_stats::transcript::Date;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (query, errors) = from_query_string_lenient(&text);
    match from_query_string(&text) {
        Ok(strict) => {
            assert!(errors.is_empty());
            assert_eq!(strict, query);
        }
        Err(strict_errors) => assert_eq!(strict_errors, errors),
    }
    for error in &errors {
        assert!(!error.to_string().is_empty());
    }
    assert_round_trip(&query);

    let mut u = Unstructured::new(data);
    if let Ok(built) = built_query(&mut u) {
        match (built.from, built.to) {
            (Some(from), Some(to)) if from > to => {
                let errors = from_query_string(&to_query_string(&built))
                    .expect_err("dates out of order are refused");
                assert!(errors.iter().any(|e| e.parameter == "from"), "{errors:?}");
            }
            _ => assert_round_trip(&built),
        }
    }
});

/// `query` written out reads back as itself, and writing that gives the same text.
fn assert_round_trip(query: &Query) {
    let written = to_query_string(query);
    let read = from_query_string(&written)
        .unwrap_or_else(|errors| panic!("{written:?} does not read back: {errors:?}"));
    assert_eq!(&read, query, "{written:?}");
    assert_eq!(to_query_string(&read), written);
    assert_eq!(
        from_query_string(&format!("?{written}")).as_ref(),
        Ok(query)
    );
}

fn built_query(u: &mut Unstructured<'_>) -> Result<Query> {
    Ok(Query {
        debates: strings(u)?,
        speakers: strings(u)?,
        parties: strings(u)?,
        topics: chosen(u, Topic::ALL)?,
        units: chosen(u, Unit::ALL)?,
        claims: claim_keys(u)?,
        quoted: if bool::arbitrary(u)? {
            Some(*u.choose(Quoted::ALL)?)
        } else {
            None
        },
        from: date(u)?,
        to: date(u)?,
        has_cited_source: Option::<bool>::arbitrary(u)?,
        search: String::arbitrary(u)?,
        chart: *u.choose(ChartKind::ALL)?,
        group_by: if bool::arbitrary(u)? {
            Some(*u.choose(GroupField::ALL)?)
        } else {
            None
        },
        selected_figure: Option::<String>::arbitrary(u)?,
    })
}

/// Up to three claim keys: words of lower-case letters and digits joined by single hyphens.
fn claim_keys(u: &mut Unstructured<'_>) -> Result<SortedSet<String>> {
    const CHARACTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    let count = u.int_in_range(0..=3)?;
    (0..count)
        .map(|_| {
            let words = u.int_in_range(1..=3)?;
            let words: Vec<String> = (0..words)
                .map(|_| {
                    let length = u.int_in_range(1..=4)?;
                    (0..length)
                        .map(|_| u.choose(CHARACTERS).map(|&c| char::from(c)))
                        .collect::<Result<String>>()
                })
                .collect::<Result<Vec<String>>>()?;
            Ok(words.join("-"))
        })
        .collect()
}

fn strings(u: &mut Unstructured<'_>) -> Result<SortedSet<String>> {
    let count = u.int_in_range(0..=3)?;
    (0..count).map(|_| String::arbitrary(u)).collect()
}

fn chosen<T: Copy + Ord>(u: &mut Unstructured<'_>, all: &[T]) -> Result<SortedSet<T>> {
    let mut set = SortedSet::new();
    for item in all {
        if bool::arbitrary(u)? {
            set.insert(*item);
        }
    }
    Ok(set)
}

fn date(u: &mut Unstructured<'_>) -> Result<Option<Date>> {
    if !bool::arbitrary(u)? {
        return Ok(None);
    }
    let year = u.int_in_range(0..=9999)?;
    let month = u.int_in_range(1..=12)?;
    let day = u.int_in_range(1..=31)?;
    Ok(Date::new(year, month, day))
}
