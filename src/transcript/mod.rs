//! Transcripts: a debate page's text → the debate it records and its ordered speeches.
//!
//! Three source layouts are read (see [`parse::SourceLayout`]): Parallel Parliament pages
//! ("Name Portrait Name (Constituency) (Party)"), TheyWorkForYou pages in Welsh
//! ("Photo of Name Name Llafur, Constituency", with reader comments mixed in), and a page that prints
//! no speaker and no date, whose speakers are inferred from the text and marked so.
//!
//! Every paragraph keeps the byte span it occupies in the original text, so a quote found inside a
//! paragraph can be traced to its exact place in the record.

mod date;
mod debate;
mod lines;
#[cfg(not(target_arch = "wasm32"))]
mod load;
#[cfg(not(target_arch = "wasm32"))]
mod named;
mod page;
mod parallel_parliament;
pub mod parse;
mod party;
pub mod speaker;
mod they_work_for_you;
mod unattributed;

pub use date::Date;
pub use debate::{Debate, DebateId, group_debates};
#[cfg(not(target_arch = "wasm32"))]
pub use load::load_transcripts;
pub use parse::{SourceLayout, TranscriptError, parse_transcript};
pub use speaker::Speaker;

use std::ops::Range;

/// Where a debate took place, as the page prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Chamber {
    /// The main chamber of the House of Commons.
    Commons,
    /// Westminster Hall, the Commons' second debating chamber.
    WestminsterHall,
    /// The House of Lords.
    Lords,
}

impl Chamber {
    /// The display name, e.g. "House of Commons".
    pub fn label(self) -> &'static str {
        match self {
            Chamber::Commons => "House of Commons",
            Chamber::WestminsterHall => "Westminster Hall",
            Chamber::Lords => "House of Lords",
        }
    }
}

/// A field that was not printed on the page but derived from its text, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inference {
    /// The field's name as exported (`speaker`, `speaker_role`, `debate`, `date`, …).
    pub field: &'static str,
    /// Why the value is what it is (or why it is absent), citing the text it rests on.
    pub reason: String,
    /// True when a value was derived; false when the field is simply absent from the page.
    pub has_value: bool,
}

/// The debate-level facts a transcript prints in its header.
#[derive(Debug, Clone, PartialEq)]
pub struct DebateHeader {
    /// The debate's title as printed (or inferred, see `notes`).
    pub title: String,
    /// The sitting date, when printed.
    pub date: Option<Date>,
    /// Where the debate took place.
    pub chamber: Chamber,
    /// Header fields that were inferred or are missing, with reasons.
    pub notes: Vec<Inference>,
}

/// One paragraph of a speech: its place in the transcript text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte range of the paragraph in the transcript text (without the line break).
    pub span: Range<usize>,
    /// 1-based line number in the transcript file.
    pub line: usize,
}

/// A contiguous run of paragraphs by one speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct Speech {
    /// Who spoke, as printed (and completed from earlier headers of the same debate).
    pub speaker: Speaker,
    /// 1-based line of the speaker header (or of the first paragraph where none is printed).
    pub line: usize,
    /// The speech's paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
}

/// Text on the page that is not part of the debate: a reader comment from the website.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment {
    /// Byte range of the whole comment block (marker line to "Cyflwynwyd gan …" line).
    pub span: Range<usize>,
    /// 1-based first line of the block.
    pub first_line: usize,
    /// 1-based last line of the block.
    pub last_line: usize,
}

/// A parsed transcript: the original text with the debate's structure laid over it.
#[derive(Debug, Clone)]
pub struct Transcript {
    /// The file name without directory or `.txt`, e.g. `2009-03-12-commons-lord-lamings-progress-report`.
    pub name: String,
    /// The transcript's text, byte for byte as stored.
    pub text: String,
    /// Which page layout it was read as.
    pub layout: SourceLayout,
    /// The debate facts from the page header.
    pub header: DebateHeader,
    /// The speeches, in the order printed.
    pub speeches: Vec<Speech>,
    /// Reader comments set aside (never part of any speech).
    pub comments: Vec<Comment>,
}

impl Transcript {
    /// The text of one paragraph.
    pub fn paragraph_text(&self, paragraph: &Paragraph) -> &str {
        self.text.get(paragraph.span.clone()).unwrap_or("")
    }
}
