//! What the three page parsers share: the result they hand back to the dispatcher (`parse`), and
//! helpers for the lines every layout prints alike. The dispatcher depends on the page parsers
//! and they on this module, never back on the dispatcher.

use super::lines::Line;
use super::{Chamber, Comment, DebateHeader, Paragraph, Speech};

/// What a layout parser produces before it is packed into a `Transcript`.
pub(crate) struct Parsed {
    pub header: DebateHeader,
    pub speeches: Vec<Speech>,
    pub comments: Vec<Comment>,
}

/// The chamber a header line names, if any.
pub(crate) fn chamber_in(line: &str) -> Option<Chamber> {
    let line = line.trim();
    if line.starts_with("Westminster Hall") {
        Some(Chamber::WestminsterHall)
    } else if line == "Commons Chamber" || line.contains("in the House of Commons") {
        Some(Chamber::Commons)
    } else if line == "Lords Chamber" || line.contains("in the House of Lords") {
        Some(Chamber::Lords)
    } else {
        None
    }
}

/// Parallel Parliament's explanatory note on Westminster Hall, printed on its pages: not debate text.
pub(crate) fn is_site_boilerplate(line: &str) -> bool {
    let line = line.trim();
    line.starts_with("Westminster Hall is an alternative Chamber")
        || line.starts_with("Each debate is chaired by an MP from the Panel of Chairs")
        || line.starts_with("This information is provided by Parallel Parliament")
        || (line.starts_with('(') && line.ends_with(" ago)"))
}

/// A paragraph from a line.
pub(crate) fn paragraph(line: &Line<'_>) -> Paragraph {
    Paragraph {
        span: line.trimmed_span(),
        line: line.number,
    }
}
