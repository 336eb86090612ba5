//! Dataset errors: every message names the file, the place in it (a line of a text file, a line
//! of a JSON Lines file, or a record of an array) and the field, and shows the bad value.
//! All message wording lives here, one variant per problem, each with a test; callers hand over
//! values, never words.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use std::fmt;

use crate::claims::NOT_A_CLAIM_KEY;
use crate::number::Unit;
use crate::number::text::Plain;
use crate::quoting::{self, Quoted};

/// Where a problem is: file, position in it, and field when one is to blame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// The data file, as given on the command line or the embedded name, or the source a browser
    /// dataset came from.
    pub file: String,
    /// Where in it.
    pub at: Position,
    /// The field, when the problem is one field's.
    pub field: Option<String>,
}

/// A position in a dataset, each counted from 1 and each named for what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    /// The file as a whole (it cannot be read, or holds nothing).
    Whole,
    /// A line of a text file (`figures.toml`, a transcript).
    #[cfg(any(test, not(target_arch = "wasm32")))]
    Line(usize),
    /// A line of a JSON Lines file, which holds one record.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    JsonLine(usize),
    /// A record of an array (a dataset of a page's own), with its id when it has one.
    Record {
        /// Its number, counted from 1.
        number: usize,
        /// Its id, as given.
        id: Option<String>,
    },
}

impl Position {
    /// The line or record number (0 for the whole file): for ordering problems.
    pub fn number(&self) -> usize {
        match self {
            Position::Whole => 0,
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Position::Line(n) | Position::JsonLine(n) => *n,
            Position::Record { number, .. } => *number,
        }
    }
}

/// What is wrong. The problems compiled only natively (and in tests) are found only by the build
/// from the curated files (the JSON Lines reader, the quote against the transcripts, the words read
/// as a figure): the browser module, which checks figures already built, carries neither them nor
/// their messages (0.25 kB brotli).
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file is not valid TOML / JSON.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    Syntax(String),
    /// The dataset holds no records.
    NoRecords,
    /// The curated file holds no `[[figure]]` tables.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    NoFigureTables,
    /// A required field is absent.
    MissingField,
    /// A field that the format does not define.
    UnknownField,
    /// A field of the wrong type.
    WrongType {
        /// The type the format wants.
        expected: &'static str,
        /// The type found.
        found: String,
    },
    /// A value outside the accepted list.
    NotInList {
        /// The bad value.
        found: String,
        /// The accepted values.
        expected: String,
    },
    /// An id not of the form `lowercase-words-and-digits`.
    BadId(String),
    /// An id used twice.
    DuplicateId {
        /// The id.
        id: String,
        /// Where it is first used.
        first: Position,
    },
    /// A text field that is empty.
    Empty,
    /// `figure` is not inside `quote`.
    FigureNotInQuote(String),
    /// `figure` occurs more than once in `quote` and `figure_occurrence` does not say which.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    FigureRepeated {
        /// The figure's words.
        figure: String,
        /// How many times they occur.
        count: usize,
    },
    /// The quote is in no speech of any transcript.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    QuoteNotFound {
        /// The quote.
        quote: String,
        /// What came closest, to help fix a copying slip.
        hint: String,
    },
    /// The quote is only inside a reader comment, which is not part of the debate.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    QuoteOnlyInComment {
        /// The transcript and line of the comment.
        place: String,
    },
    /// The quote is in more than one speech and nothing says which.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    QuoteAmbiguous {
        /// Each place found, "transcript:line (speaker)".
        places: Vec<String>,
    },
    /// `transcript` names no transcript.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    UnknownTranscript(String),
    /// The words say something other than the recorded value, unit or qualifier.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    Disagrees {
        /// The figure's words.
        words: String,
        /// What the words read as.
        read: String,
        /// What the record says.
        recorded: String,
    },
    /// The words cannot be read as one figure and the record does not say why.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    Unreadable {
        /// The figure's words.
        words: String,
        /// Why the reader gave up.
        reason: String,
    },
    /// The record says the words cannot be read, but they can.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    UnparsedButReadable {
        /// The figure's words.
        words: String,
        /// What they read as.
        read: String,
    },
    /// `qualifier = "range"` without `value_high`.
    RangeWithoutHigh,
    /// `value_high` without `qualifier = "range"`.
    HighWithoutRange,
    /// A range whose upper value is not above its lower one.
    HighNotAbove {
        /// The upper value.
        high: f64,
        /// The lower value.
        value: f64,
    },
    /// A value that is not a finite number.
    NotFinite(f64),
    /// A value below zero.
    Negative(f64),
    /// A count (`figure_occurrence`) that is not a whole number of at least 1.
    NotWholeNumber(f64),
    /// A date not of the form `YYYY-MM-DD`.
    NotADate(String),
    /// A claim key that is not a slug.
    BadClaim(String),
    /// A claim that only one figure quotes (a misspelt key, most often).
    ClaimOfOne {
        /// The key.
        claim: String,
        /// A claim key of two or more figures that is a slip of typing away.
        suggestion: Option<String>,
    },
    /// A figure of a claim in another unit than the claim's first figure.
    ClaimUnitDiffers {
        /// The key.
        claim: String,
        /// This figure's unit.
        unit: Unit,
        /// The first figure's unit.
        first_unit: Unit,
        /// Where the first figure's unit is.
        first: Position,
    },
    /// A text longer than a dataset from outside may have.
    TooLong {
        /// Its length in characters.
        chars: usize,
        /// The most allowed.
        limit: usize,
    },
}

/// One problem in a dataset, with its place.
#[derive(Debug, Clone, PartialEq)]
pub struct DatasetError {
    /// Where.
    pub place: Place,
    /// What.
    pub problem: Problem,
}

impl DatasetError {
    /// A problem at a position in a file.
    pub fn at(file: &str, at: Position, field: Option<&str>, problem: Problem) -> DatasetError {
        DatasetError {
            place: Place {
                file: file.to_string(),
                at,
                field: field.map(str::to_string),
            },
            problem,
        }
    }

    /// A problem on a line of a text file.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub fn new(file: &str, line: usize, field: Option<&str>, problem: Problem) -> DatasetError {
        DatasetError::at(file, Position::Line(line), field, problem)
    }
}

/// At most 100 characters of a text, for messages.
fn excerpt(text: &str) -> String {
    quoting::excerpt(text, 100)
}

impl fmt::Display for Position {
    /// "line 12", "JSON Lines line 12", "record 3 (id "x")"; the whole file is "".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::Whole => Ok(()),
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Position::Line(n) => write!(f, "line {n}"),
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Position::JsonLine(n) => write!(f, "JSON Lines line {n}"),
            Position::Record { number, id: None } => write!(f, "record {number}"),
            Position::Record {
                number,
                id: Some(id),
            } => write!(f, "record {number} (id {})", excerpt(id)),
        }
    }
}

impl fmt::Display for Place {
    /// A text file's line as `file:12` (what editors and terminals link); the other positions
    /// in words: `mine.json: record 3 (id "x")`, `figures.jsonl: JSON Lines line 12`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.at {
            Position::Whole => write!(f, "{}", self.file)?,
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Position::Line(n) => write!(f, "{}:{n}", self.file)?,
            other => write!(f, "{}: {other}", self.file)?,
        }
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        Ok(())
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Problem::Syntax(message) => write!(f, "not valid: {message}"),
            Problem::NoRecords => f.write_str("no records found"),
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Problem::NoFigureTables => f.write_str("no records found (expected [[figure]] tables)"),
            Problem::MissingField => write!(f, "missing (required)"),
            Problem::UnknownField => write!(f, "unknown field (misspelt?)"),
            Problem::WrongType { expected, found } => {
                write!(f, "expected {expected}, found {found}")
            }
            Problem::NotInList { found, expected } => {
                write!(f, "{} is not {expected}", Quoted(found))
            }
            Problem::BadId(id) => write!(
                f,
                "{} is not an id (lower-case letters, digits and single hyphens)",
                Quoted(id)
            ),
            Problem::DuplicateId { id, first } => match first {
                Position::Record { number, .. } => {
                    write!(f, "id {} is already used by record {number}", Quoted(id))
                }
                other => write!(f, "id {} is already used at {other}", Quoted(id)),
            },
            Problem::Empty => write!(f, "empty"),
            Problem::FigureNotInQuote(figure) => {
                write!(f, "{} is not inside the quote", excerpt(figure))
            }
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Problem::FigureRepeated { figure, count } => write!(
                f,
                "{} occurs {count} times in the quote; add figure_occurrence to say which",
                excerpt(figure)
            ),
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Problem::QuoteNotFound { quote, hint } => {
                write!(f, "not found in any transcript: {}; {hint}", excerpt(quote))
            }
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Problem::QuoteOnlyInComment { place } => write!(
                f,
                "found only in a reader comment at {place}, which is not part of the debate"
            ),
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Problem::QuoteAmbiguous { places } => write!(
                f,
                "found in {} speeches ({}); add `transcript` to say which",
                places.len(),
                places.join("; ")
            ),
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Problem::UnknownTranscript(name) => write!(f, "no transcript named {}", Quoted(name)),
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Problem::Disagrees {
                words,
                read,
                recorded,
            } => write!(
                f,
                "the words {} read as {read}, but the record says {recorded}",
                excerpt(words)
            ),
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Problem::Unreadable { words, reason } => write!(
                f,
                "the words {} cannot be read as a figure ({reason}); fix them or add `unparsed` with the reason",
                excerpt(words)
            ),
            #[cfg(any(test, not(target_arch = "wasm32")))]
            Problem::UnparsedButReadable { words, read } => write!(
                f,
                "marked unparsed, but the words {} read as {read}; remove `unparsed`",
                excerpt(words)
            ),
            Problem::RangeWithoutHigh => f.write_str("qualifier \"range\" needs value_high"),
            Problem::HighWithoutRange => f.write_str("value_high is only for qualifier \"range\""),
            Problem::HighNotAbove { high, value } => {
                write!(
                    f,
                    "upper value {} is not above value {}",
                    Plain(*high),
                    Plain(*value)
                )
            }
            Problem::NotFinite(value) => write!(f, "{} is not finite", Plain(*value)),
            Problem::Negative(value) => write!(
                f,
                "{} is negative; the charts draw amounts of zero or more",
                Plain(*value)
            ),
            Problem::NotWholeNumber(value) => {
                write!(f, "{} is not a whole number ≥ 1", Plain(*value))
            }
            Problem::NotADate(text) => {
                write!(f, "{} is not a date of the form YYYY-MM-DD", excerpt(text))
            }
            Problem::BadClaim(claim) => write!(f, "{} {NOT_A_CLAIM_KEY}", excerpt(claim)),
            Problem::ClaimOfOne { claim, suggestion } => {
                write!(f, "claim `{claim}` has one figure; ")?;
                match suggestion {
                    Some(other) => write!(f, "did you mean `{other}`?"),
                    None => f.write_str(
                        "a claim groups two or more figures that state the same quantity",
                    ),
                }
            }
            Problem::ClaimUnitDiffers {
                claim,
                unit,
                first_unit,
                first,
            } => write!(
                f,
                "claim `{claim}` is in {first_unit} at {first} but this figure is in {unit}; every figure of a claim has the same unit"
            ),
            Problem::TooLong { chars, limit } => write!(
                f,
                "{} characters is too long (at most {} are accepted)",
                super::limits::grouped(*chars),
                super::limits::grouped(*limit)
            ),
        }
    }
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.problem)
    }
}

impl std::error::Error for DatasetError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(problem: Problem) -> String {
        DatasetError::new("data/figures.toml", 42, Some("quote"), problem).to_string()
    }

    #[test]
    fn every_message_names_file_line_field_and_value() {
        let cases = [
            (Problem::Syntax("invalid string".into()), "invalid string"),
            (Problem::MissingField, "missing"),
            (Problem::UnknownField, "unknown field"),
            (
                Problem::WrongType {
                    expected: "a number",
                    found: "a string".into(),
                },
                "expected a number, found a string",
            ),
            (
                Problem::NotInList {
                    found: "furlongs".into(),
                    expected: "one of (count)".into(),
                },
                "\"furlongs\" is not one of",
            ),
            (Problem::BadId("Bad Id".into()), "\"Bad Id\""),
            (
                Problem::DuplicateId {
                    id: "x-1".into(),
                    first: Position::Line(7),
                },
                "already used at line 7",
            ),
            (
                Problem::DuplicateId {
                    id: "x-1".into(),
                    first: Position::Record {
                        number: 2,
                        id: Some("x-1".into()),
                    },
                },
                "already used by record 2",
            ),
            (
                Problem::RangeWithoutHigh,
                "qualifier \"range\" needs value_high",
            ),
            (
                Problem::HighWithoutRange,
                "value_high is only for qualifier \"range\"",
            ),
            (
                Problem::HighNotAbove {
                    high: 3.0,
                    value: 5.5,
                },
                "upper value 3 is not above value 5.5",
            ),
            (Problem::NotFinite(f64::INFINITY), "inf is not finite"),
            (Problem::Negative(-2.5), "-2.5 is negative"),
            (
                Problem::NotWholeNumber(1.5),
                "1.5 is not a whole number ≥ 1",
            ),
            (
                Problem::NotADate("12/3/2009".into()),
                "\"12/3/2009\" is not a date of the form YYYY-MM-DD",
            ),
            (Problem::Empty, "empty"),
            (
                Problem::FigureNotInQuote("12,000".into()),
                "\"12,000\" is not inside the quote",
            ),
            (
                Problem::FigureRepeated {
                    figure: "50%".into(),
                    count: 2,
                },
                "occurs 2 times",
            ),
            (
                Problem::QuoteNotFound {
                    quote: "Some words".into(),
                    hint: "closest: x".into(),
                },
                "not found in any transcript: \"Some words\"",
            ),
            (
                Problem::QuoteOnlyInComment {
                    place: "t:73".into(),
                },
                "reader comment at t:73",
            ),
            (
                Problem::QuoteAmbiguous {
                    places: vec!["a:1 (X)".into(), "b:2 (Y)".into()],
                },
                "found in 2 speeches (a:1 (X); b:2 (Y))",
            ),
            (
                Problem::UnknownTranscript("nope".into()),
                "no transcript named \"nope\"",
            ),
            (
                Problem::Disagrees {
                    words: "nearly 12,000".into(),
                    read: "12000".into(),
                    recorded: "1200".into(),
                },
                "read as 12000, but the record says 1200",
            ),
            (
                Problem::Unreadable {
                    words: "lots".into(),
                    reason: "no number".into(),
                },
                "\"lots\" cannot be read",
            ),
            (
                Problem::UnparsedButReadable {
                    words: "36%".into(),
                    read: "36 percent".into(),
                },
                "marked unparsed",
            ),
        ];
        for (problem, expected) in cases {
            let text = shown(problem);
            assert!(
                text.starts_with("data/figures.toml:42, field `quote`: "),
                "{text}"
            );
            assert!(text.contains(expected), "{text:?} lacks {expected:?}");
        }
    }

    #[test]
    fn every_place_says_what_kind_of_position_it_is() {
        let at = |position: Position| {
            DatasetError::at("mine", position, Some("id"), Problem::Empty).to_string()
        };
        assert_eq!(at(Position::Line(3)), "mine:3, field `id`: empty");
        assert_eq!(
            at(Position::JsonLine(3)),
            "mine: JSON Lines line 3, field `id`: empty"
        );
        assert_eq!(
            at(Position::Record {
                number: 3,
                id: Some("a-1".into())
            }),
            "mine: record 3 (id \"a-1\"), field `id`: empty"
        );
        assert_eq!(
            at(Position::Record {
                number: 3,
                id: None
            }),
            "mine: record 3, field `id`: empty"
        );
        assert_eq!(at(Position::Whole), "mine, field `id`: empty");
    }

    #[test]
    fn long_values_are_cut_in_messages() {
        let text = shown(Problem::FigureNotInQuote("x".repeat(300)));
        assert!(text.contains('…'));
        assert!(text.len() < 200);
    }
}
