//! The Parallel Parliament layout:
//!
//! ```text
//! Independent Review of Children’s Social Care Debate      ← title + " Debate"
//! Thursday 24th November 2022                               ← date
//! Commons Chamber                                           ← chamber
//! Edward Timpson Portrait Edward Timpson (Eddisbury) (Con)  ← speaker header
//! - View Speech - Hansard - - - Excerpts                    ← link line
//! paragraph…                                                ← speech text, one paragraph a line
//! --- Later in debate ---                                   ← a gap: the next speech is elsewhere
//! ```

use super::date::Date;
use super::lines::Line;
use super::page::{Parsed, chamber_in, is_site_boilerplate, paragraph};
use super::speaker::parse_portrait_header;
use super::{DebateHeader, Speech};

const GAP: &str = "--- Later in debate ---";

pub(crate) fn parse(all: &[Line<'_>]) -> Result<Parsed, (usize, String)> {
    let title_line = all
        .iter()
        .find(|l| !l.trimmed().is_empty())
        .ok_or((1, "empty transcript".to_string()))?;
    let title = title_line.trimmed();
    let title = title.strip_suffix(" Debate").unwrap_or(title).to_string();
    let mut date = None;
    let mut chamber = None;
    let mut speeches: Vec<Speech> = Vec::new();
    let mut in_speech = false;
    let mut index = 0;
    while index < all.len() {
        let line = &all[index];
        let text = line.trimmed();
        index += 1;
        if text.is_empty() {
            continue;
        }
        if text == GAP {
            in_speech = false;
            continue;
        }
        let is_link_line = |l: Option<&Line<'_>>| {
            l.is_some_and(|l| l.trimmed().starts_with("- ") && l.text.contains("Hansard"))
        };
        if text.contains(" Portrait ") && is_link_line(all.get(index)) {
            let speaker = parse_portrait_header(text)
                .ok_or((line.number, format!("unreadable speaker header {text:?}")))?;
            speeches.push(Speech {
                speaker,
                line: line.number,
                paragraphs: Vec::new(),
            });
            in_speech = true;
            index += 1;
            continue;
        }
        if in_speech {
            if let Some(speech) = speeches.last_mut() {
                speech.paragraphs.push(paragraph(line));
            }
            continue;
        }
        if !speeches.is_empty() {
            return Err((
                line.number,
                format!("text after a gap with no speaker header: {text:?}"),
            ));
        }
        if date.is_none() {
            date = Date::find_in(text);
        }
        if chamber.is_none() && !is_site_boilerplate(text) {
            chamber = chamber_in(text);
        }
    }
    let chamber = chamber.ok_or((
        1,
        "no chamber printed (\"Commons Chamber\" or \"Westminster Hall\")".to_string(),
    ))?;
    Ok(Parsed {
        header: DebateHeader {
            title,
            date,
            chamber,
            notes: Vec::new(),
        },
        speeches,
        comments: Vec::new(),
    })
}
