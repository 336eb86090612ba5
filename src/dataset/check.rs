//! Checks on a resolved dataset that arrives from outside (the browser's built-in file, or a
//! reader's own): what the schema's types cannot say. Each problem names the record (its number,
//! counted from 1, and its id), the field and the value.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use crate::claims::{Quoting, check_claims, claim_key, in_file_order};
use crate::number::Qualifier;
use crate::transcript::Date;

use super::limits::max_chars;
use super::{DatasetError, Figure, Position, Problem};

/// Every problem with `figures`, read from `file` as records 1, 2, …; empty when the dataset is
/// sound.
pub fn check_figures(file: &str, figures: &[Figure]) -> Vec<DatasetError> {
    check_numbered(file, figures, |index| index.saturating_add(1))
}

/// [`check_figures`] for figures that are some of a source's records: `number(i)` is the record
/// number (from 1) in the source of `figures[i]`, which each problem names.
pub fn check_numbered(
    file: &str,
    figures: &[Figure],
    number: impl Fn(usize) -> usize,
) -> Vec<DatasetError> {
    let mut errors = Vec::new();
    if figures.is_empty() {
        errors.push(DatasetError::at(
            file,
            Position::Whole,
            None,
            Problem::NoRecords,
        ));
    }
    let record_at = |index: usize| Position::Record {
        number: number(index),
        id: figures.get(index).map(|f| f.id.clone()),
    };
    let first_use = first_uses(figures);
    for (index, f) in figures.iter().enumerate() {
        let mut problem = |field: &str, problem: Problem| {
            errors.push(DatasetError::at(
                file,
                record_at(index),
                Some(field),
                problem,
            ));
        };
        for (field, text) in [
            ("id", &f.id),
            ("quote", &f.quote),
            ("figure_text", &f.figure_text),
            ("speaker", &f.speaker),
            ("debate", &f.debate),
        ] {
            if text.trim().is_empty() {
                problem(field, Problem::Empty);
            }
        }
        if let Some(&first) = first_use.get(index).filter(|&&first| first != index) {
            problem(
                "id",
                Problem::DuplicateId {
                    id: f.id.clone(),
                    first: record_at(first),
                },
            );
        }
        if !f.figure_text.is_empty() && f.quote_parts().is_none() {
            problem(
                "figure_offset",
                Problem::FigureNotInQuote(format!(
                    "{} at character {}",
                    f.figure_text, f.figure_offset
                )),
            );
        }
        for (field, value) in [("value", Some(f.value)), ("value_high", f.value_high)] {
            match value {
                Some(v) if !v.is_finite() => problem(field, Problem::NotFinite(v)),
                Some(v) if v < 0.0 => problem(field, Problem::Negative(v)),
                _ => {}
            }
        }
        for (field, chars) in text_lengths(f) {
            let limit = max_chars(field);
            if chars > limit {
                problem(field, Problem::TooLong { chars, limit });
            }
        }
        match (f.value_high, f.qualifier == Qualifier::Range) {
            (None, true) => problem("value_high", Problem::RangeWithoutHigh),
            (Some(_), false) => problem("value_high", Problem::HighWithoutRange),
            (Some(high), true)
                if high.is_finite()
                    && high.partial_cmp(&f.value) != Some(std::cmp::Ordering::Greater) =>
            {
                problem(
                    "value_high",
                    Problem::HighNotAbove {
                        high,
                        value: f.value,
                    },
                )
            }
            _ => {}
        }
        if let Some(date) = &f.date
            && Date::parse_iso(date).is_none()
        {
            problem("date", Problem::NotADate(date.clone()));
        }
    }
    let quotings: Vec<Quoting<'_>> = figures
        .iter()
        .enumerate()
        .filter_map(|(index, f)| {
            claim_key(f).map(|claim| Quoting {
                claim,
                claim_at: record_at(index),
                unit: f.unit,
                unit_at: record_at(index),
            })
        })
        .collect();
    errors.extend(check_claims(file, &quotings));
    in_file_order(errors)
}

/// The length in characters of every text of `f` (each `inferred` entry and `notes` reason
/// under its list's name), longest first within a field.
fn text_lengths(f: &Figure) -> Vec<(&'static str, usize)> {
    let chars = |text: &str| text.chars().count();
    let mut lengths = vec![
        ("id", chars(&f.id)),
        ("quote", chars(&f.quote)),
        ("figure_text", chars(&f.figure_text)),
        ("measure", chars(&f.measure)),
        ("speaker", chars(&f.speaker)),
        ("debate", chars(&f.debate)),
        ("debate_id", chars(&f.debate_id)),
        ("chamber", chars(&f.chamber)),
        ("transcript", chars(&f.transcript)),
    ];
    for (field, text) in [
        ("period", &f.period),
        ("geography", &f.geography),
        ("cited_source", &f.cited_source),
        ("claim", &f.claim),
        ("speaker_party", &f.speaker_party),
        ("speaker_constituency", &f.speaker_constituency),
        ("speaker_role", &f.speaker_role),
        ("date", &f.date),
        ("unparsed", &f.unparsed),
    ] {
        lengths.extend(text.as_deref().map(|t| (field, chars(t))));
    }
    lengths.extend(f.inferred.iter().map(|t| ("inferred", chars(t))).max());
    lengths.extend(
        f.notes
            .iter()
            .map(|(k, v)| ("notes", chars(k).max(chars(v))))
            .max(),
    );
    lengths
}

/// For each figure, the index of the first figure with its id: its own index unless an earlier
/// figure has the same id. Sorting the positions by id finds them in
/// O(n log n) without hashing (the browser module carries no hash table for it).
fn first_uses(figures: &[Figure]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..figures.len()).collect();
    crate::sorting::sort_indices(&mut order, &|a, b| {
        let id = |i: usize| figures.get(i).map(|f| f.id.as_str());
        id(a).cmp(&id(b)).then(a.cmp(&b))
    });
    let mut first = vec![0; figures.len()];
    let mut run_start: Option<(usize, &str)> = None;
    for &i in &order {
        let id = figures.get(i).map_or("", |f| f.id.as_str());
        let start = match run_start {
            Some((start, run_id)) if run_id == id => start,
            _ => i,
        };
        run_start = Some((start, id));
        if let Some(slot) = first.get_mut(i) {
            *slot = start;
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::embedded_figures;

    fn shown(figures: &[Figure]) -> Vec<String> {
        check_figures("mine.json", figures)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn the_built_in_dataset_is_sound() {
        let figures = embedded_figures().unwrap_or_default();
        assert!(!figures.is_empty());
        assert_eq!(shown(&figures), Vec::<String>::new());
    }

    /// The built-in figures without their claims: a few of them would leave a claim of one,
    /// which these tests do not look at (the claims' own tests do).
    fn unclaimed() -> Vec<Figure> {
        let mut figures = embedded_figures().unwrap_or_default();
        for f in &mut figures {
            f.claim = None;
        }
        figures
    }

    #[test]
    fn a_repeated_id_names_its_first_use_however_the_ids_are_ordered() {
        let good = unclaimed();
        let mut figures: Vec<Figure> = good.iter().take(5).cloned().collect();
        figures[0].id = "b".into();
        figures[1].id = "a".into();
        figures[2].id = "b".into();
        figures[3].id = "a".into();
        figures[4].id = "b".into();
        assert_eq!(first_uses(&figures), [0, 1, 0, 1, 0]);
        let found = shown(&figures);
        assert_eq!(found.len(), 3, "{found:#?}");
        assert!(
            found[0].starts_with("mine.json: record 3 (id \"b\"), field `id`"),
            "{}",
            found[0]
        );
        assert!(
            found[0].ends_with("id \"b\" is already used by record 1"),
            "{}",
            found[0]
        );
        assert!(
            found[1].starts_with("mine.json: record 4 (id \"a\"), field `id`"),
            "{}",
            found[1]
        );
    }

    #[test]
    fn no_records_is_a_problem() {
        assert_eq!(shown(&[]).len(), 1);
        assert!(shown(&[])[0].starts_with("mine.json: no records"));
    }

    #[test]
    fn each_bad_field_is_named_with_its_record_and_value() {
        let good = unclaimed();
        let mut a = good[0].clone();
        a.figure_offset += 3;
        a.date = Some("24/11/2022".into());
        let mut b = good[1].clone();
        b.id = a.id.clone();
        b.speaker = "  ".into();
        b.value = f64::NAN;
        let mut c = good[2].clone();
        c.qualifier = Qualifier::Range;
        c.value_high = Some(c.value - 1.0);
        let (a_at, c_at) = (
            format!("mine.json: record 1 (id {:?})", a.id),
            format!("mine.json: record 3 (id {:?})", c.id),
        );
        let b_at = format!("mine.json: record 2 (id {:?})", a.id);
        let found = shown(&[a.clone(), b, c]);
        assert_eq!(found.len(), 6, "{found:#?}");
        assert!(
            found[0].starts_with(&format!("{a_at}, field `figure_offset`: ")),
            "{}",
            found[0]
        );
        assert!(found[0].contains(&a.figure_text));
        assert!(found[1].contains("field `date`: \"24/11/2022\" is not a date"));
        assert!(found[2].starts_with(&format!("{b_at}, field `speaker`: empty")));
        assert!(found[3].starts_with(&format!("{b_at}, field `id`")));
        assert!(found[3].ends_with("is already used by record 1"));
        assert!(found[4].starts_with(&format!("{b_at}, field `value`: NaN is not finite")));
        assert!(found[5].starts_with(&format!("{c_at}, field `value_high`: upper value")));
    }

    #[test]
    fn every_number_is_finite_and_not_negative_and_every_text_bounded() {
        let good = unclaimed();
        let mut a = good[0].clone();
        a.qualifier = Qualifier::Range;
        a.value = 1.0;
        a.value_high = Some(f64::INFINITY);
        let mut b = good[1].clone();
        b.value = -5.0;
        let mut c = good[2].clone();
        c.measure = "m".repeat(2_001);
        c.notes.insert("date".into(), "n".repeat(3_000));
        let found = shown(&[a, b, c]);
        assert_eq!(
            found,
            [
                "mine.json: record 1 (id \"laming-2009-001\"), field `value_high`: inf is not finite",
                "mine.json: record 2 (id \"laming-2009-002\"), field `value`: -5 is negative; the charts draw amounts of zero or more",
                "mine.json: record 3 (id \"laming-2009-003\"), field `measure`: 2,001 characters is too long (at most 2,000 are accepted)",
                "mine.json: record 3 (id \"laming-2009-003\"), field `notes`: 3,000 characters is too long (at most 2,000 are accepted)",
            ]
        );
    }
}
