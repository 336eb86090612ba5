//! The TheyWorkForYou layout, Welsh interface:
//!
//! ```text
//! Lord Laming's Progress Report                                       ← title
//! Business of the House – in the House of Commons am 12:36 pm ar 12 Mawrth 2009.  ← chamber, date
//! Photo of Edward Balls Edward Balls Secretary of State for … 12:36, 12 Mawrth 2009 ← speaker
//! paragraph…
//! b                                                ← a reader comment starts (the commenter's initial)
//! comment text…
//! Cyflwynwyd gan barbara richards                  ← "Submitted by": the comment ends
//! Several hon. Members:                            ← a collective interjection
//! rose —
//! ```

use super::date::Date;
use super::lines::Line;
use super::page::{Parsed, chamber_in, paragraph};
use super::speaker::{Speaker, parse_photo_header};
use super::{Comment, DebateHeader, Speech};

/// "Submitted by", the line that closes each reader comment.
const COMMENT_END: &str = "Cyflwynwyd gan";

pub(crate) fn parse(all: &[Line<'_>]) -> Result<Parsed, (usize, String)> {
    let title_line = all
        .iter()
        .find(|l| !l.trimmed().is_empty())
        .ok_or((1, "empty transcript".to_string()))?;
    let title = title_line.trimmed().to_string();
    let mut date = None;
    let mut chamber = None;
    let mut speeches: Vec<Speech> = Vec::new();
    let mut comments = Vec::new();
    let mut index = 0;
    while index < all.len() {
        let line = &all[index];
        let text = line.trimmed();
        index += 1;
        if text.is_empty() || line.number == title_line.number {
            continue;
        }
        if is_comment_marker(text) {
            let end = all[index..]
                .iter()
                .position(|l| l.trimmed().starts_with(COMMENT_END))
                .map(|offset| index + offset)
                .ok_or((
                    line.number,
                    format!("reader comment has no closing {COMMENT_END:?} line"),
                ))?;
            let last = &all[end];
            comments.push(Comment {
                span: line.start..last.span().end,
                first_line: line.number,
                last_line: last.number,
            });
            index = end + 1;
            continue;
        }
        if text.starts_with("Photo of ") {
            let speaker = parse_photo_header(text)
                .ok_or((line.number, format!("unreadable speaker header {text:?}")))?;
            speeches.push(Speech {
                speaker,
                line: line.number,
                paragraphs: Vec::new(),
            });
            continue;
        }
        if let Some(group) = text.strip_suffix(':').filter(|t| t.ends_with("Members")) {
            speeches.push(Speech {
                speaker: Speaker::named(group, text),
                line: line.number,
                paragraphs: Vec::new(),
            });
            continue;
        }
        match speeches.last_mut() {
            Some(speech) => speech.paragraphs.push(paragraph(line)),
            None => {
                if chamber.is_none() {
                    chamber = chamber_in(text);
                    date = date.or_else(|| chamber.and(Date::find_in(text)));
                }
            }
        }
    }
    let chamber = chamber.ok_or((
        1,
        "no chamber printed (\"in the House of Commons\")".to_string(),
    ))?;
    Ok(Parsed {
        header: DebateHeader {
            title,
            date,
            chamber,
            notes: Vec::new(),
        },
        speeches,
        comments,
    })
}

/// A comment starts with a line holding only the commenter's initial ("b", "r").
fn is_comment_marker(text: &str) -> bool {
    text.chars().count() == 1 && text.chars().all(|c| c.is_alphabetic())
}
