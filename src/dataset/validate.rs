//! Checking curated records against the transcripts and the number reader, and resolving each
//! into a [`Figure`]. Every problem is collected; nothing stops at the first.

use std::collections::HashMap;

use crate::claims::{Quoting, check_claims};
use crate::collections::SortedMap;
use crate::labels::is_slug;

use crate::number::{Qualifier, Reading, read_figure};
use crate::transcript::{Debate, Transcript};

use super::record::CuratedRecord;
use super::resolve::{Found, find_quote};
use super::{DatasetError, Figure, Position, Problem};

/// The outcome of checking: the figures that passed, and every problem found.
#[derive(Debug, Clone, Default)]
pub struct Checked {
    /// Resolved figures, in file order (only records with no problem).
    pub figures: Vec<Figure>,
    /// Every problem, in file order.
    pub errors: Vec<DatasetError>,
}

/// Checks every record and resolves the good ones; `file` names the data file in errors.
pub fn check_records(
    file: &str,
    records: &[CuratedRecord],
    transcripts: &[Transcript],
    debates: &[Debate],
) -> Checked {
    let mut checked = Checked::default();
    let mut first_use: HashMap<&str, usize> = HashMap::new();
    for record in records {
        let mut problems: Vec<DatasetError> = Vec::new();
        let mut problem = |line: usize, field: &str, p: Problem| {
            problems.push(DatasetError::new(file, line, Some(field), p))
        };
        let id = &record.id;
        if !is_slug(&id.value) {
            problem(id.line, "id", Problem::BadId(id.value.clone()));
        }
        match first_use.get(id.value.as_str()) {
            Some(&first_line) => problem(
                id.line,
                "id",
                Problem::DuplicateId {
                    id: id.value.clone(),
                    first: Position::Line(first_line),
                },
            ),
            None => {
                first_use.insert(&id.value, id.line);
            }
        }
        let offset = figure_offset(record)
            .map_err(|p| problem(record.figure.line, "figure", p))
            .ok();
        for (field, line, p) in range_problems(record) {
            problem(line, field, p);
        }
        for (field, line, p) in reading_problems(record) {
            problem(line, field, p);
        }
        let only_in = record.transcript.as_ref().map(|t| t.value.as_str());
        let found = find_quote(&record.quote.value, only_in, transcripts)
            .map_err(|p| {
                let line = match p {
                    Problem::UnknownTranscript(_) => {
                        record.transcript.as_ref().map_or(record.line, |t| t.line)
                    }
                    _ => record.quote.line,
                };
                let field = if matches!(p, Problem::UnknownTranscript(_)) {
                    "transcript"
                } else {
                    "quote"
                };
                problem(line, field, p)
            })
            .ok();
        match (problems.is_empty(), offset, found) {
            (true, Some(offset), Some(found)) => checked
                .figures
                .push(resolve(record, offset, found, debates)),
            _ => checked.errors.extend(problems),
        }
    }
    let quotings: Vec<Quoting<'_>> = records
        .iter()
        .filter_map(|record| {
            let claim = record.claim.as_ref()?;
            let key = claim.value.trim();
            (!key.is_empty()).then_some(Quoting {
                claim: key,
                claim_at: Position::Line(claim.line),
                unit: record.unit.value,
                unit_at: Position::Line(record.unit.line),
            })
        })
        .collect();
    checked.errors.extend(check_claims(file, &quotings));
    checked
}

/// Character offset of the figure's words in the quote.
fn figure_offset(record: &CuratedRecord) -> Result<usize, Problem> {
    let quote = &record.quote.value;
    let figure = &record.figure.value;
    let starts: Vec<usize> = quote
        .match_indices(figure.as_str())
        .map(|(i, _)| i)
        .collect();
    let chosen = match (starts.len(), &record.figure_occurrence) {
        (0, _) => return Err(Problem::FigureNotInQuote(figure.clone())),
        (1, None) => starts[0],
        (count, None) => {
            return Err(Problem::FigureRepeated {
                figure: figure.clone(),
                count,
            });
        }
        (count, Some(n)) => *starts.get(n.value - 1).ok_or(Problem::FigureRepeated {
            figure: figure.clone(),
            count,
        })?,
    };
    Ok(quote[..chosen].chars().count())
}

fn range_problems(record: &CuratedRecord) -> Vec<(&'static str, usize, Problem)> {
    let is_range = record.qualifier.value == Qualifier::Range;
    match (&record.value_high, is_range) {
        (None, true) => vec![(
            "value_high",
            record.qualifier.line,
            Problem::RangeWithoutHigh,
        )],
        (Some(high), false) => vec![("value_high", high.line, Problem::HighWithoutRange)],
        (Some(high), true) if high.value <= record.value.value => vec![(
            "value_high",
            high.line,
            Problem::HighNotAbove {
                high: high.value,
                value: record.value.value,
            },
        )],
        _ => Vec::new(),
    }
}

/// The number reader must agree with the record, or the record must say why it cannot.
fn reading_problems(record: &CuratedRecord) -> Vec<(&'static str, usize, Problem)> {
    let words = record.figure.value.clone();
    match (read_figure(&words), &record.unparsed) {
        (Ok(reading), Some(unparsed)) => {
            vec![(
                "unparsed",
                unparsed.line,
                Problem::UnparsedButReadable {
                    words,
                    read: describe(&reading),
                },
            )]
        }
        (Err(_), Some(_)) => Vec::new(),
        (Err(err), None) => vec![(
            "figure",
            record.figure.line,
            Problem::Unreadable {
                words,
                reason: err.reason,
            },
        )],
        (Ok(reading), None) => disagreements(record, &reading)
            .into_iter()
            .map(|(field, line, read, recorded)| {
                (
                    field,
                    line,
                    Problem::Disagrees {
                        words: words.clone(),
                        read,
                        recorded,
                    },
                )
            })
            .collect(),
    }
}

fn disagreements(
    record: &CuratedRecord,
    reading: &Reading,
) -> Vec<(&'static str, usize, String, String)> {
    let mut out = Vec::new();
    if !same(reading.value, record.value.value) {
        out.push((
            "value",
            record.value.line,
            format!("value {}", reading.value),
            format!("{}", record.value.value),
        ));
    }
    if let (Some(read), Some(recorded)) = (reading.value_high, &record.value_high) {
        if !same(read, recorded.value) {
            out.push((
                "value_high",
                recorded.line,
                format!("upper value {read}"),
                format!("{}", recorded.value),
            ));
        }
    }
    if !reading.unit_fits(record.unit.value) {
        out.push((
            "unit",
            record.unit.line,
            format!("unit {}", reading.unit),
            format!("{}", record.unit.value),
        ));
    }
    if reading.qualifier != record.qualifier.value {
        let line = record.qualifier.line;
        out.push((
            "qualifier",
            line,
            format!("qualifier {}", reading.qualifier),
            format!("{}", record.qualifier.value),
        ));
    }
    out
}

/// Equal within rounding to one decimal place (two thirds = 66.7).
fn same(read: f64, recorded: f64) -> bool {
    (read - recorded).abs() <= 0.05_f64.max(1e-9 * read.abs().max(recorded.abs()))
}

fn describe(reading: &Reading) -> String {
    match reading.value_high {
        Some(high) => format!(
            "{} to {} {} ({})",
            reading.value, high, reading.unit, reading.qualifier
        ),
        None => format!("{} {} ({})", reading.value, reading.unit, reading.qualifier),
    }
}

fn resolve(
    record: &CuratedRecord,
    figure_offset: usize,
    found: Found<'_>,
    debates: &[Debate],
) -> Figure {
    let header = &found.transcript.header;
    let debate = debates
        .iter()
        .find(|d| d.transcripts.contains(&found.transcript.name));
    let speaker = &found.speech.speaker;
    let mut inferred = Vec::new();
    let mut notes = SortedMap::new();
    for note in header.notes.iter().chain(&speaker.inferred) {
        if note.has_value && !inferred.iter().any(|f| f == note.field) {
            inferred.push(note.field.to_string());
        }
        notes.insert(note.field.to_string(), note.reason.clone());
    }
    let text = |v: &Option<super::At<String>>| v.as_ref().map(|a| a.value.clone());
    Figure {
        id: record.id.value.clone(),
        quote: record.quote.value.clone(),
        figure_text: record.figure.value.clone(),
        figure_offset,
        value: record.value.value,
        value_high: record.value_high.as_ref().map(|v| v.value),
        unit: record.unit.value,
        qualifier: record.qualifier.value,
        measure: record.measure.value.clone(),
        period: text(&record.period),
        geography: text(&record.geography),
        cited_source: text(&record.cited_source),
        topic: record.topic.value,
        claim: text(&record.claim),
        speaker: speaker.name.clone(),
        speaker_party: speaker.party.clone(),
        speaker_constituency: speaker.constituency.clone(),
        speaker_role: speaker.role.clone(),
        debate: debate.map_or_else(|| header.title.clone(), |d| d.title.clone()),
        debate_id: debate.map_or_else(String::new, |d| d.id.0.clone()),
        date: header.date.map(|d| d.to_string()),
        chamber: header.chamber.label().to_string(),
        transcript: found.transcript.name.clone(),
        transcript_line: found.line,
        inferred,
        notes,
        unparsed: text(&record.unparsed),
    }
}
