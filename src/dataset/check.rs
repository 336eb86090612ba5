//! Checks on a resolved dataset that arrives from outside (the browser's built-in file, or a
//! reader's own): what the schema's types cannot say. Each problem names the record (its number,
//! counted from 1, stands in the `line` place), the field and the value.

use std::collections::HashMap;

use crate::number::Qualifier;
use crate::transcript::Date;

use super::{DatasetError, Figure, Problem};

/// Every problem with `figures`, read from `file`; empty when the dataset is sound.
pub fn check_figures(file: &str, figures: &[Figure]) -> Vec<DatasetError> {
    let mut errors = Vec::new();
    if figures.is_empty() {
        errors.push(DatasetError::new(file, 1, None, Problem::NoRecords));
    }
    let mut first_use: HashMap<&str, usize> = HashMap::new();
    for (index, f) in figures.iter().enumerate() {
        let record = index + 1;
        let mut problem = |field: &str, problem: Problem| {
            errors.push(DatasetError::new(file, record, Some(field), problem));
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
        if let Some(&first) = first_use.get(f.id.as_str()) {
            problem(
                "id",
                Problem::DuplicateId {
                    id: f.id.clone(),
                    first_line: first,
                },
            );
        } else {
            first_use.insert(&f.id, record);
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
        if !f.value.is_finite() {
            problem(
                "value",
                Problem::BadNumber(format!("{} is not finite", f.value)),
            );
        }
        if let Some(high) = f.value_high.filter(|high| !high.is_finite()) {
            problem(
                "value_high",
                Problem::BadNumber(format!("{high} is not finite")),
            );
        }
        match (f.value_high, f.qualifier == Qualifier::Range) {
            (None, true) => problem(
                "value_high",
                Problem::RangeMismatch("qualifier \"range\" needs value_high"),
            ),
            (Some(_), false) => problem(
                "value_high",
                Problem::RangeMismatch("value_high is only for qualifier \"range\""),
            ),
            (Some(high), true)
                if high.partial_cmp(&f.value) != Some(std::cmp::Ordering::Greater) =>
            {
                problem(
                    "value_high",
                    Problem::BadNumber(format!(
                        "upper value {high} is not above value {}",
                        f.value
                    )),
                )
            }
            _ => {}
        }
        if let Some(date) = &f.date
            && Date::parse_iso(date).is_none()
        {
            problem(
                "date",
                Problem::Invalid(format!("{date:?} is not a date of the form YYYY-MM-DD")),
            );
        }
    }
    errors
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

    #[test]
    fn no_records_is_a_problem() {
        assert_eq!(shown(&[]).len(), 1);
        assert!(shown(&[])[0].starts_with("mine.json:1: no records"));
    }

    #[test]
    fn each_bad_field_is_named_with_its_record_and_value() {
        let good = embedded_figures().unwrap_or_default();
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
        let found = shown(&[a.clone(), b, c]);
        assert_eq!(found.len(), 6, "{found:#?}");
        assert!(
            found[0].starts_with("mine.json:1, field `figure_offset`: "),
            "{}",
            found[0]
        );
        assert!(found[0].contains(&a.figure_text));
        assert!(found[1].contains("field `date`: \"24/11/2022\" is not a date"));
        assert!(found[2].starts_with("mine.json:2, field `speaker`: empty"));
        assert!(found[3].starts_with("mine.json:2, field `id`"));
        assert!(found[3].contains(&a.id));
        assert!(found[4].starts_with("mine.json:2, field `value`: NaN is not finite"));
        assert!(found[5].starts_with("mine.json:3, field `value_high`: upper value"));
    }
}
