//! `data/figures.toml` → [`CuratedRecord`]s, collecting every problem with its line and field.

use std::collections::BTreeMap;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::number::{Qualifier, Unit};

use super::record::{At, CuratedRecord};
use super::{DatasetError, Position, Problem, Topic};

/// The fields a record may have; anything else is reported as unknown.
const FIELDS: [&str; 17] = [
    "id",
    "quote",
    "figure",
    "figure_occurrence",
    "value",
    "value_high",
    "unit",
    "qualifier",
    "measure",
    "period",
    "geography",
    "cited_source",
    "topic",
    "claim",
    "transcript",
    "unparsed",
    "note",
];

/// Parses the curated records file; `file` names it in errors. Returns the records that are
/// complete and every problem found (a record with a problem in a required field is left out).
pub fn parse_records(file: &str, text: &str) -> (Vec<CuratedRecord>, Vec<DatasetError>) {
    let line_of = LineIndex::new(text);
    let document = match DeTable::parse(text) {
        Ok(document) => document,
        Err(err) => {
            let line = err.span().map_or(1, |span| line_of.line(span.start));
            let message = err.message().to_string();
            return (
                Vec::new(),
                vec![DatasetError::new(
                    file,
                    line,
                    None,
                    Problem::Syntax(message),
                )],
            );
        }
    };
    let mut errors = Vec::new();
    let mut records = Vec::new();
    for (key, _) in document.get_ref().iter() {
        if key.get_ref() != "figure" {
            let line = line_of.line(key.span().start);
            errors.push(DatasetError::new(
                file,
                line,
                Some(key.get_ref()),
                Problem::UnknownField,
            ));
        }
    }
    let Some(figures) = document.get_ref().get("figure") else {
        errors.push(DatasetError::at(
            file,
            Position::Whole,
            None,
            Problem::NoFigureTables,
        ));
        return (records, errors);
    };
    let Some(array) = figures.get_ref().as_array() else {
        let line = line_of.line(figures.span().start);
        errors.push(DatasetError::new(
            file,
            line,
            Some("figure"),
            wrong_type("an array of tables", figures.get_ref()),
        ));
        return (records, errors);
    };
    for item in array.iter() {
        let line = line_of.line(item.span().start);
        match item.get_ref().as_table() {
            Some(table) => {
                let mut reader = FieldReader {
                    file,
                    table,
                    line,
                    line_of: &line_of,
                    errors: &mut errors,
                };
                if let Some(record) = reader.record() {
                    records.push(record);
                }
            }
            None => errors.push(DatasetError::new(
                file,
                line,
                Some("figure"),
                wrong_type("a table", item.get_ref()),
            )),
        }
    }
    (records, errors)
}

fn wrong_type(expected: &'static str, found: &DeValue<'_>) -> Problem {
    Problem::WrongType {
        expected,
        found: found.type_str().to_string(),
    }
}

/// Byte offset → 1-based line.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }
}

struct FieldReader<'a, 'i> {
    file: &'a str,
    table: &'a DeTable<'i>,
    line: usize,
    line_of: &'a LineIndex,
    errors: &'a mut Vec<DatasetError>,
}

impl FieldReader<'_, '_> {
    fn record(&mut self) -> Option<CuratedRecord> {
        let first_line = self
            .table
            .iter()
            .map(|(key, _)| self.line_of.line(key.span().start))
            .min()
            .unwrap_or(self.line);
        self.line = first_line;
        let keys: BTreeMap<&str, usize> = self
            .table
            .iter()
            .map(|(k, _)| (k.get_ref().as_ref(), self.line_of.line(k.span().start)))
            .collect();
        for (key, line) in &keys {
            if !FIELDS.contains(key) {
                self.errors.push(DatasetError::new(
                    self.file,
                    *line,
                    Some(key),
                    Problem::UnknownField,
                ));
            }
        }
        let id = self.text("id", true);
        let quote = self.text("quote", true);
        let figure = self.text("figure", true);
        let figure_occurrence = self.count("figure_occurrence");
        let value = self.number("value", true);
        let value_high = self.number("value_high", false);
        let unit = self.slug("unit", Unit::from_slug, Unit::expected);
        let qualifier = self.slug("qualifier", Qualifier::from_slug, Qualifier::expected);
        let measure = self.text("measure", true);
        let period = self.text("period", false);
        let geography = self.text("geography", false);
        let cited_source = self.text("cited_source", false);
        let topic = self.slug("topic", Topic::from_slug, Topic::expected);
        let claim = self.text("claim", false);
        let transcript = self.text("transcript", false);
        let unparsed = self.text("unparsed", false);
        let _note = self.text("note", false);
        Some(CuratedRecord {
            line: first_line,
            id: id?,
            quote: quote?,
            figure: figure?,
            figure_occurrence,
            value: value?,
            value_high,
            unit: unit?,
            qualifier: qualifier?,
            measure: measure?,
            period,
            geography,
            cited_source,
            topic: topic?,
            claim,
            transcript,
            unparsed,
        })
    }

    fn get(&mut self, field: &str, required: bool) -> Option<&Spanned<DeValue<'_>>> {
        let found = self.table.get(field);
        if found.is_none() && required {
            self.errors.push(DatasetError::new(
                self.file,
                self.line,
                Some(field),
                Problem::MissingField,
            ));
        }
        found
    }

    fn problem(&mut self, field: &str, line: usize, problem: Problem) {
        self.errors
            .push(DatasetError::new(self.file, line, Some(field), problem));
    }

    fn text(&mut self, field: &str, required: bool) -> Option<At<String>> {
        let line_of = self.line_of;
        let found = self.get(field, required)?;
        let line = line_of.line(found.span().start);
        match found.get_ref().as_str() {
            Some(text) if text.trim().is_empty() => {
                self.problem(field, line, Problem::Empty);
                None
            }
            Some(text) => Some(At {
                value: text.to_string(),
                line,
            }),
            None => {
                let problem = wrong_type("a string", found.get_ref());
                self.problem(field, line, problem);
                None
            }
        }
    }

    fn number(&mut self, field: &str, required: bool) -> Option<At<f64>> {
        let line_of = self.line_of;
        let found = self.get(field, required)?;
        let line = line_of.line(found.span().start);
        let parsed = match found.get_ref() {
            DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix())
                .ok()
                .map(|v| v as f64),
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            _ => None,
        };
        match parsed.filter(|v| v.is_finite()) {
            Some(value) => Some(At { value, line }),
            None => {
                let problem = wrong_type("a finite number", found.get_ref());
                self.problem(field, line, problem);
                None
            }
        }
    }

    fn count(&mut self, field: &str) -> Option<At<usize>> {
        let number = self.number(field, false)?;
        if number.value >= 1.0 && number.value.fract() == 0.0 {
            Some(At {
                value: number.value as usize,
                line: number.line,
            })
        } else {
            self.problem(field, number.line, Problem::NotWholeNumber(number.value));
            None
        }
    }

    fn slug<T>(
        &mut self,
        field: &str,
        read: fn(&str) -> Option<T>,
        expected: fn() -> String,
    ) -> Option<At<T>> {
        let text = self.text(field, true)?;
        match read(&text.value) {
            Some(value) => Some(At {
                value,
                line: text.line,
            }),
            None => {
                self.problem(
                    field,
                    text.line,
                    Problem::NotInList {
                        found: text.value,
                        expected: expected(),
                    },
                );
                None
            }
        }
    }
}

#[cfg(test)]
mod tests;
