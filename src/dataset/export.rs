//! The resolved dataset as JSON Lines (what the browser embeds) and CSV (for spreadsheets).
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

#[cfg(any(test, not(target_arch = "wasm32")))]
use super::{DatasetError, Position, Problem};
use super::{FIGURE_FIELDS, Figure, field_names_then};
use crate::claims::Claims;
use crate::joining::join;
use crate::number::text::Plain;

/// What an export derives for each figure after its own fields: how many times its quantity is
/// quoted, and whether it agrees with every other quotation (null without a claim). A dataset
/// read back may carry them; they are computed afresh, never read.
pub const DERIVED_FIELDS: [&str; 2] = ["claim_quotations", "claim_agrees"];

/// One JSON object per line, in the given order, each line ending in `\n`: the figure's fields,
/// then [`DERIVED_FIELDS`].
pub fn to_jsonl(figures: &[Figure]) -> String {
    to_jsonl_of(figures, 0..figures.len())
}

/// [`to_jsonl`] of the figures at `indices` (a selection): what is derived from claims counts
/// every figure of the dataset, shown or not.
pub fn to_jsonl_of(figures: &[Figure], indices: impl IntoIterator<Item = usize>) -> String {
    let claims = Claims::new(figures);
    let mut out = String::new();
    for index in indices {
        let Some(figure) = figures.get(index) else {
            continue;
        };
        // Serialising plain strings, numbers and maps cannot fail; the object ends in `}`.
        if let Ok(line) = serde_json::to_string(figure)
            && let Some(fields) = line.strip_suffix('}')
        {
            let [quotations, agrees] = derived(&claims, index);
            out.push_str(fields);
            out.push_str(&format!(
                r#","{}":{quotations},"{}":{agrees}}}"#,
                DERIVED_FIELDS[0], DERIVED_FIELDS[1]
            ));
            out.push('\n');
        }
    }
    out
}

/// [`DERIVED_FIELDS`] of figure `index`, as JSON (and CSV) text.
fn derived(claims: &Claims, index: usize) -> [String; 2] {
    let agrees = match claims.agrees(index) {
        Some(agrees) => agrees.to_string(),
        None => "null".to_string(),
    };
    [claims.quotations(index).to_string(), agrees]
}

/// One JSON array of the figures, one object per line (what the browser fetches and a reader's own
/// dataset may look like).
pub fn to_json(figures: &[Figure]) -> String {
    to_json_of(figures, 0..figures.len())
}

/// [`to_json`] of the figures at `indices`, as [`to_jsonl_of`] derives them.
pub fn to_json_of(figures: &[Figure], indices: impl IntoIterator<Item = usize>) -> String {
    let lines = to_jsonl_of(figures, indices);
    format!("[\n{}\n]\n", lines.trim_end().replace('\n', ",\n"))
}

/// Reads a resolved dataset in JSON Lines; every bad line is reported with its number.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn from_jsonl(file: &str, text: &str) -> (Vec<Figure>, Vec<DatasetError>) {
    let mut figures = Vec::new();
    let mut errors = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let read = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(line)
            .and_then(|mut fields| {
                for name in DERIVED_FIELDS {
                    fields.remove(name);
                }
                serde_json::from_value::<Figure>(serde_json::Value::Object(fields))
            });
        match read {
            Ok(figure) => figures.push(figure),
            Err(err) => {
                let message = err.to_string();
                let field = message
                    .split('`')
                    .nth(1)
                    .filter(|_| message.contains("field `"))
                    .map(str::to_string);
                errors.push(DatasetError::at(
                    file,
                    Position::JsonLine(index.saturating_add(1)),
                    field.as_deref(),
                    Problem::Syntax(message),
                ));
            }
        }
    }
    if figures.is_empty() && errors.is_empty() {
        errors.push(DatasetError::at(
            file,
            Position::Whole,
            None,
            Problem::NoRecords,
        ));
    }
    (figures, errors)
}

/// The columns the CSV adds after the figure's own fields: [`DERIVED_FIELDS`], the value as
/// displayed, and a citation.
pub const CSV_EXTRA_COLUMNS: [&str; 4] = [
    DERIVED_FIELDS[0],
    DERIVED_FIELDS[1],
    "value_display",
    "citation",
];

/// The CSV header: every field of [`FIGURE_FIELDS`], then [`CSV_EXTRA_COLUMNS`].
pub fn csv_columns() -> Vec<&'static str> {
    field_names_then(&CSV_EXTRA_COLUMNS)
}

/// The dataset as CSV with a header row; lists are joined with "; ", notes as "field: reason". Free
/// text is made safe to open in a spreadsheet ([`super::csv::formula_safe`]); numbers and the
/// dataset's own slugs are written as they are.
pub fn to_csv(figures: &[Figure]) -> String {
    to_csv_of(figures, 0..figures.len())
}

/// [`to_csv`] of the figures at `indices` (a selection): what is derived from claims counts every
/// figure of the dataset, shown or not.
pub fn to_csv_of(figures: &[Figure], indices: impl IntoIterator<Item = usize>) -> String {
    let mut out = String::new();
    super::csv::write_record(&mut out, &csv_columns());
    let claims = Claims::new(figures);
    for index in indices {
        if let Some(f) = figures.get(index) {
            super::csv::write_record(&mut out, &csv_row(f, derived(&claims, index)));
        }
    }
    out
}

/// One figure's CSV fields, in the order of [`csv_columns`].
fn csv_row(
    f: &Figure,
    [quotations, agrees]: [String; 2],
) -> [String; FIGURE_FIELDS.len() + CSV_EXTRA_COLUMNS.len()] {
    let text = |v: &str| super::csv::formula_safe(v);
    let opt = |v: &Option<String>| v.as_deref().map(text).unwrap_or_default();
    let notes: Vec<String> = f.notes.iter().map(|(k, v)| format!("{k}: {v}")).collect();
    [
        text(&f.id),
        text(&f.quote),
        text(&f.figure_text),
        f.figure_offset.to_string(),
        Plain(f.value).to_string(),
        f.value_high
            .map(|v| Plain(v).to_string())
            .unwrap_or_default(),
        f.unit.to_string(),
        f.qualifier.to_string(),
        text(&f.measure),
        opt(&f.period),
        opt(&f.geography),
        opt(&f.cited_source),
        f.topic.to_string(),
        opt(&f.claim),
        text(&f.speaker),
        opt(&f.speaker_party),
        opt(&f.speaker_constituency),
        opt(&f.speaker_role),
        text(&f.debate),
        text(&f.debate_id),
        opt(&f.date),
        text(&f.chamber),
        text(&f.transcript),
        f.transcript_line.to_string(),
        text(&join(&f.inferred, "; ")),
        text(&join(&notes, " | ")),
        opt(&f.unparsed),
        quotations,
        if agrees == "null" {
            String::new()
        } else {
            agrees
        },
        crate::number::format_value(f.value, f.unit),
        text(&super::citation::citation(f)),
    ]
}

#[cfg(test)]
mod field_list_tests {
    use super::*;
    use crate::dataset::embedded_figures;

    #[test]
    fn the_field_list_is_the_schema_in_order() {
        let figure = embedded_figures().unwrap_or_default().remove(0);
        let value = serde_json::to_value(&figure).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut expected = FIGURE_FIELDS.to_vec();
        expected.sort_unstable();
        let mut found = keys.clone();
        found.sort_unstable();
        assert_eq!(found, expected);
        assert_eq!(
            csv_columns().len(),
            FIGURE_FIELDS.len() + CSV_EXTRA_COLUMNS.len()
        );
    }

    /// The header and the rows are built apart; each column must hold its own field's value.
    #[test]
    fn every_csv_column_holds_the_field_it_is_named_for() {
        let figures = embedded_figures().unwrap_or_default();
        let claims = Claims::new(&figures);
        let lines = to_jsonl(&figures);
        for ((index, figure), line) in figures.iter().enumerate().zip(lines.lines()) {
            let json: serde_json::Value = serde_json::from_str(line).unwrap();
            let row = csv_row(figure, derived(&claims, index));
            for (column, cell) in csv_columns().iter().zip(&row) {
                let expected = match json.get(*column) {
                    Some(serde_json::Value::String(text)) => super::super::csv::formula_safe(text),
                    Some(serde_json::Value::Null) => String::new(),
                    Some(serde_json::Value::Bool(b)) => b.to_string(),
                    Some(serde_json::Value::Number(n)) if n.is_u64() => n.to_string(),
                    Some(serde_json::Value::Number(n)) => match n.as_f64() {
                        Some(v) => v.to_string(),
                        None => n.to_string(),
                    },
                    // Lists and notes are joined; the extra columns are derived.
                    _ => continue,
                };
                assert_eq!(*cell, expected, "{column} of {}", figure.id);
            }
        }
    }
}

#[cfg(test)]
mod csv_tests {
    use super::*;
    use crate::query::testing::figure;

    #[test]
    fn free_text_that_would_run_as_a_formula_is_written_as_text() {
        let mut hostile = figure("x1");
        hostile.measure = "=HYPERLINK(\"http://evil.example\",\"x\")".into();
        hostile.speaker = "@SUM(A1)".into();
        hostile.cited_source = Some("+1-2".into());
        hostile.quote = "-12 of them.".into();
        let csv = to_csv(&[hostile]);
        let mut reader = ::csv::Reader::from_reader(csv.as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        let field = |name: &str| {
            let at = csv_columns().iter().position(|c| *c == name).unwrap();
            row.get(at).unwrap().to_string()
        };
        assert_eq!(
            field("measure"),
            "'=HYPERLINK(\"http://evil.example\",\"x\")"
        );
        assert_eq!(field("speaker"), "'@SUM(A1)");
        assert_eq!(field("cited_source"), "'+1-2");
        assert_eq!(field("quote"), "'-12 of them.");
        // Numbers stay numbers.
        assert_eq!(field("value"), "12");
        assert_eq!(field("figure_offset"), "11");
    }
}
