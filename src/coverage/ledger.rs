//! A ledger file, `coverage/<transcript>.toml`: the number phrases of one transcript that are not
//! figures, each with its reason. Every problem is collected with its line.

use toml::de::{DeTable, DeValue};

use super::error::{CoverageError, CoverageProblem};
use super::reason::Reason;

/// The fields an exclusion may have.
const FIELDS: [&str; 6] = ["line", "phrase", "occurrence", "reason", "of", "note"];

/// One excluded number phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exclusion {
    /// 1-based line of the exclusion in the ledger file.
    pub at: usize,
    /// The transcript line the phrase is on.
    pub line: usize,
    /// The phrase exactly as the reader finds it.
    pub phrase: String,
    /// Which occurrence of the phrase on the line (1-based, counting those in figures too); none:
    /// every occurrence that no figure and no other exclusion accounts for.
    pub occurrence: Option<usize>,
    /// Why it is no figure.
    pub reason: Reason,
    /// The figure it repeats or belongs to, for `repeat-of` and `part-of`.
    pub of: Option<String>,
    /// A remark for reviewers.
    pub note: Option<String>,
}

/// Parses a ledger file; `file` names it in errors. Returns the exclusions that are complete and
/// every problem found.
pub fn parse_ledger(file: &str, text: &str) -> (Vec<Exclusion>, Vec<CoverageError>) {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |offset: usize| starts.partition_point(|&start| start <= offset);
    let error = |line: usize, problem: CoverageProblem| CoverageError {
        file: file.to_string(),
        line,
        problem,
    };
    let document = match DeTable::parse(text) {
        Ok(document) => document,
        Err(err) => {
            let line = err.span().map_or(1, |span| line_of(span.start));
            let problem = CoverageProblem::Syntax(err.message().to_string());
            return (Vec::new(), vec![error(line, problem)]);
        }
    };
    let mut errors = Vec::new();
    let mut exclusions = Vec::new();
    for (key, value) in document.get_ref().iter() {
        let line = line_of(key.span().start);
        if key.get_ref() != "exclude" {
            errors.push(error(
                line,
                CoverageProblem::UnknownField(key.get_ref().to_string()),
            ));
            continue;
        }
        let Some(array) = value.get_ref().as_array() else {
            errors.push(error(
                line,
                wrong_type("exclude", "an array of tables", value.get_ref()),
            ));
            continue;
        };
        for item in array.iter() {
            let line = line_of(item.span().start);
            let Some(table) = item.get_ref().as_table() else {
                errors.push(error(
                    line,
                    wrong_type("exclude", "a table", item.get_ref()),
                ));
                continue;
            };
            let at = table
                .iter()
                .map(|(key, _)| line_of(key.span().start))
                .min()
                .unwrap_or(line);
            let mut problems = Vec::new();
            for (key, _) in table.iter() {
                if !FIELDS.contains(&key.get_ref().as_ref()) {
                    let problem = CoverageProblem::UnknownField(key.get_ref().to_string());
                    problems.push(error(line_of(key.span().start), problem));
                }
            }
            let text_field = |name: &str, required: bool, problems: &mut Vec<CoverageError>| {
                let Some(value) = table.get(name) else {
                    if required {
                        problems.push(error(at, CoverageProblem::MissingField(name.to_string())));
                    }
                    return None;
                };
                let line = line_of(value.span().start);
                match value.get_ref().as_str() {
                    Some(text) if !text.trim().is_empty() => Some((text.to_string(), line)),
                    _ => {
                        let problem = wrong_type(name, "a non-empty string", value.get_ref());
                        problems.push(error(line, problem));
                        None
                    }
                }
            };
            let phrase = text_field("phrase", true, &mut problems);
            let reason_text = text_field("reason", true, &mut problems);
            let of = text_field("of", false, &mut problems);
            let note = text_field("note", false, &mut problems);
            let whole = |name: &str, required: bool, problems: &mut Vec<CoverageError>| {
                let Some(value) = table.get(name) else {
                    if required {
                        problems.push(error(at, CoverageProblem::MissingField(name.to_string())));
                    }
                    return None;
                };
                let number = match value.get_ref() {
                    DeValue::Integer(i) => i.as_str().replace('_', "").parse::<usize>().ok(),
                    _ => None,
                };
                let number = number.filter(|n| *n >= 1);
                if number.is_none() {
                    let problem = wrong_type(name, "a whole number from 1", value.get_ref());
                    problems.push(error(line_of(value.span().start), problem));
                }
                number
            };
            let transcript_line = whole("line", true, &mut problems);
            let occurrence = whole("occurrence", false, &mut problems);
            let reason = reason_text.as_ref().and_then(|(text, line)| {
                let reason = Reason::from_slug(text);
                if reason.is_none() {
                    problems.push(error(
                        *line,
                        CoverageProblem::UnknownReason {
                            found: text.clone(),
                            expected: Reason::expected(),
                        },
                    ));
                }
                reason
            });
            if let Some(reason) = reason {
                match (&of, reason.needs_figure()) {
                    (None, true) => problems.push(error(
                        at,
                        CoverageProblem::NeedsFigure(reason.slug().to_string()),
                    )),
                    (Some((id, line)), false) => problems.push(error(
                        *line,
                        CoverageProblem::UnexpectedFigure {
                            reason: reason.slug().to_string(),
                            id: id.clone(),
                        },
                    )),
                    _ => {}
                }
            }
            match (problems.is_empty(), transcript_line, phrase, reason) {
                (true, Some(line), Some((phrase, _)), Some(reason)) => exclusions.push(Exclusion {
                    at,
                    line,
                    phrase,
                    occurrence,
                    reason,
                    of: of.map(|(id, _)| id),
                    note: note.map(|(note, _)| note),
                }),
                _ => errors.append(&mut problems),
            }
        }
    }
    (exclusions, errors)
}

fn wrong_type(field: &str, expected: &'static str, found: &DeValue<'_>) -> CoverageProblem {
    let shown = match found {
        DeValue::String(s) => format!("{:?}", s.as_ref()),
        DeValue::Integer(i) => i.as_str().to_string(),
        DeValue::Float(f) => f.as_str().to_string(),
        other => other.type_str().to_string(),
    };
    CoverageProblem::WrongType {
        field: field.to_string(),
        expected,
        found: shown,
    }
}
