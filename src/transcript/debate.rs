//! Debates: transcripts that print the same title, date and chamber are parts of one debate.

use std::collections::HashMap;

use super::{Chamber, Date, Inference, Transcript};

/// A debate's stable identifier: its date (or "undated") and a slug of its title.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DebateId(pub String);

/// One debate, made of one or more transcripts.
#[derive(Debug, Clone, PartialEq)]
pub struct Debate {
    /// Stable identifier, e.g. `2022-11-24-independent-review-of-childrens-social-care`.
    pub id: DebateId,
    /// Title as printed (or inferred: see `notes`).
    pub title: String,
    /// Sitting date, when printed.
    pub date: Option<Date>,
    /// Chamber.
    pub chamber: Chamber,
    /// Names of the transcripts that make it up, in order.
    pub transcripts: Vec<String>,
    /// Inferred or missing header fields, with reasons.
    pub notes: Vec<Inference>,
}

/// Groups transcripts into debates (same title, date and chamber), in first-seen order, and
/// completes each speaker's constituency, party and role from their earlier headers in the same
/// debate, across its parts; natively, a constituency no header prints is then taken, marked
/// inferred, from the debate's words where they name it ("the Member for X (Name)").
pub fn group_debates(transcripts: &mut [Transcript]) -> Vec<Debate> {
    let mut debates: Vec<Debate> = Vec::new();
    let mut seen: HashMap<String, Vec<crate::transcript::Speaker>> = HashMap::new();
    for transcript in transcripts.iter_mut() {
        let header = &transcript.header;
        let id = debate_id(&header.title, header.date);
        match debates
            .iter_mut()
            .find(|d| d.id == id && d.chamber == header.chamber)
        {
            Some(debate) => debate.transcripts.push(transcript.name.clone()),
            None => debates.push(Debate {
                id: id.clone(),
                title: header.title.clone(),
                date: header.date,
                chamber: header.chamber,
                transcripts: vec![transcript.name.clone()],
                notes: header.notes.clone(),
            }),
        }
        let earlier = seen.entry(id.0).or_default();
        for speech in &mut transcript.speeches {
            match earlier.iter().find(|s| s.name == speech.speaker.name) {
                Some(first) => speech.speaker.complete_from(first),
                None => earlier.push(speech.speaker.clone()),
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    for debate in &debates {
        let mut parts: Vec<&mut Transcript> = transcripts
            .iter_mut()
            .filter(|t| debate.transcripts.contains(&t.name))
            .collect();
        super::named::constituencies_from_text(&mut parts);
    }
    debates
}

/// `YYYY-MM-DD-title-slug`, or `undated-title-slug`.
pub fn debate_id(title: &str, date: Option<Date>) -> DebateId {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if c == '’' || c == '\'' {
            continue;
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-');
    DebateId(match date {
        Some(date) => format!("{date}-{slug}"),
        None => format!("undated-{slug}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_slug_titles() {
        let date = Date::new(2022, 11, 24);
        assert_eq!(
            debate_id("Independent Review of Children’s Social Care", date).0,
            "2022-11-24-independent-review-of-childrens-social-care"
        );
        assert_eq!(
            debate_id("Looked-after Children/Social Work Reform", None).0,
            "undated-looked-after-children-social-work-reform"
        );
    }
}
