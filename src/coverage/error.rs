//! The ledger's errors: each names the file and line and shows the bad value. All wording lives
//! here, one variant per problem.

use std::fmt;

/// A problem found by the coverage check, at a file's line (0: the file as a whole).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageError {
    /// The file: a ledger file or a transcript.
    pub file: String,
    /// 1-based line, or 0 for the whole file.
    pub line: usize,
    /// What is wrong.
    pub problem: CoverageProblem,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CoverageProblem {
    /// A number phrase in a speech that is neither in a figure nor excluded.
    Unaccounted {
        /// The phrase as printed.
        phrase: String,
        /// The sentence holding it.
        sentence: String,
    },
    /// An exclusion that matches no number phrase on its transcript line.
    StaleExclusion {
        /// The phrase it names.
        phrase: String,
        /// The occurrence it names, if one.
        occurrence: Option<usize>,
        /// The transcript line it names.
        transcript_line: usize,
        /// The phrases the reader does find on that line.
        found: Vec<String>,
    },
    /// An exclusion whose phrase is already part of a figure's words wherever it occurs.
    ExcludesAFigure {
        /// The phrase it names.
        phrase: String,
        /// The figure whose words hold it.
        figure: String,
    },
    /// The same phrase and line excluded twice.
    DuplicateExclusion {
        /// The phrase.
        phrase: String,
        /// The occurrence, if one is named.
        occurrence: Option<usize>,
        /// The line of the first exclusion of it.
        first: usize,
    },
    /// A ledger file whose name is no transcript's.
    NoSuchTranscript(String),
    /// The file is not valid TOML, or cannot be read.
    Syntax(String),
    /// A field the ledger does not define.
    UnknownField(String),
    /// A required field is absent.
    MissingField(String),
    /// A field of the wrong type.
    WrongType {
        /// The field.
        field: String,
        /// The type wanted.
        expected: &'static str,
        /// The value found, as written.
        found: String,
    },
    /// A reason outside the closed set.
    UnknownReason {
        /// The reason given.
        found: String,
        /// The accepted reasons.
        expected: String,
    },
    /// `repeat-of` or `part-of` without `of`.
    NeedsFigure(String),
    /// `of` given with a reason that names no figure.
    UnexpectedFigure {
        /// The reason given.
        reason: String,
        /// The id in `of`.
        id: String,
    },
    /// `of` names an id that no figure has.
    UnknownFigure(String),
}

impl fmt::Display for CoverageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.problem)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.problem)
        }
    }
}

impl fmt::Display for CoverageProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CoverageProblem::Unaccounted { phrase, sentence } => write!(
                f,
                "number phrase {phrase:?} is in no figure and not excluded; its sentence: {sentence:?}"
            ),
            CoverageProblem::StaleExclusion {
                phrase,
                occurrence,
                transcript_line,
                found,
            } => {
                let found = if found.is_empty() {
                    "none".to_string()
                } else {
                    found
                        .iter()
                        .map(|p| format!("{p:?}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                write!(
                    f,
                    "exclusion of {phrase:?}{} matches no number phrase on transcript line {transcript_line} left to account for (the reader finds: {found})",
                    nth(*occurrence)
                )
            }
            CoverageProblem::ExcludesAFigure { phrase, figure } => write!(
                f,
                "exclusion of {phrase:?} is not needed: the phrase is in the words of figure {figure:?}"
            ),
            CoverageProblem::DuplicateExclusion {
                phrase,
                occurrence,
                first,
            } => write!(
                f,
                "{phrase:?}{} on this transcript line is already excluded at line {first}",
                nth(*occurrence)
            ),
            CoverageProblem::NoSuchTranscript(name) => {
                write!(f, "no transcript {name:?} for this ledger file")
            }
            CoverageProblem::Syntax(message) => write!(f, "{message}"),
            CoverageProblem::UnknownField(field) => write!(f, "unknown field `{field}`"),
            CoverageProblem::MissingField(field) => write!(f, "missing field `{field}`"),
            CoverageProblem::WrongType {
                field,
                expected,
                found,
            } => write!(f, "field `{field}`: expected {expected}, found {found}"),
            CoverageProblem::UnknownReason { found, expected } => {
                write!(f, "field `reason`: {found:?} is not {expected}")
            }
            CoverageProblem::NeedsFigure(reason) => write!(
                f,
                "reason {reason:?} needs `of`, the id of the figure it refers to"
            ),
            CoverageProblem::UnexpectedFigure { reason, id } => write!(
                f,
                "field `of`: {id:?} given with reason {reason:?}, which refers to no figure"
            ),
            CoverageProblem::UnknownFigure(id) => {
                write!(f, "field `of`: no figure has the id {id:?}")
            }
        }
    }
}

impl std::error::Error for CoverageError {}

/// " (occurrence 2)" when an exclusion names one.
fn nth(occurrence: Option<usize>) -> String {
    occurrence.map_or_else(String::new, |n| format!(" (occurrence {n})"))
}
