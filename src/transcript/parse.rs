//! Choosing the layout of a transcript page and parsing it.

use std::fmt;

use super::Transcript;
use super::lines::{Line, lines};
use super::{parallel_parliament, they_work_for_you, unattributed};

/// The page layouts this parser reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourceLayout {
    /// Parallel Parliament: "Name Portrait Name (Constituency) (Party)" headers.
    ParallelParliament,
    /// TheyWorkForYou (Welsh interface): "Photo of Name Name …" headers, reader comments inline.
    TheyWorkForYou,
    /// A page that prints paragraphs with no speaker headers and no date.
    Unattributed,
}

/// A transcript that cannot be read, with the file and line where reading stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranscriptError {
    /// The transcript's name.
    pub transcript: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

impl fmt::Display for TranscriptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "transcript {}:{}: {}",
            self.transcript, self.line, self.problem
        )
    }
}

impl std::error::Error for TranscriptError {}

/// Parses a transcript's text; `name` is the file name without `.txt`.
pub fn parse_transcript(name: &str, text: &str) -> Result<Transcript, TranscriptError> {
    let all = lines(text);
    let layout = detect_layout(&all);
    let fail = |line: usize, problem: String| TranscriptError {
        transcript: name.to_string(),
        line,
        problem,
    };
    let parsed = match layout {
        SourceLayout::ParallelParliament => parallel_parliament::parse(&all),
        SourceLayout::TheyWorkForYou => they_work_for_you::parse(&all),
        SourceLayout::Unattributed => unattributed::parse(&all, text),
    }
    .map_err(|(line, problem)| fail(line, problem))?;
    if parsed.speeches.is_empty() {
        return Err(fail(1, "no speeches found".to_string()));
    }
    Ok(Transcript {
        name: name.to_string(),
        text: text.to_string(),
        layout,
        header: parsed.header,
        speeches: parsed.speeches,
        comments: parsed.comments,
    })
}

fn detect_layout(all: &[Line<'_>]) -> SourceLayout {
    if all.iter().any(|l| l.text.starts_with("Photo of ")) {
        SourceLayout::TheyWorkForYou
    } else if all.iter().any(|l| l.text.contains(" Portrait ")) {
        SourceLayout::ParallelParliament
    } else {
        SourceLayout::Unattributed
    }
}
