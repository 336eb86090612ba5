//! A page that prints only paragraphs: no title, no date, no speaker headers (a Westminster Hall
//! extract holding the Minister's reply and one intervention).
//!
//! Nothing here is guessed from outside the page. The speakers are told apart by what the text
//! itself says: a paragraph that puts a question to "the Minister" is an intervention by another
//! Member; the rest is the Minister's reply. Every such field is marked inferred, with the words it
//! rests on; the date stays empty, with the reason.

use super::lines::Line;
use super::page::{Parsed, chamber_in, is_site_boilerplate, paragraph};
use super::speaker::Speaker;
use super::{DebateHeader, Inference, Speech};

const QUESTION_TO_MINISTER: [&str; 3] =
    ["Does the Minister", "Will the Minister", "Can the Minister"];
const ADDRESS_FORMS: [&str; 3] = ["The hon. Lady", "The hon. Gentleman", "My hon. Friend"];

pub(crate) fn parse(all: &[Line<'_>], text: &str) -> Result<Parsed, (usize, String)> {
    let mut chamber = None;
    let mut body: Vec<&Line<'_>> = Vec::new();
    let mut relative_age = None;
    for line in all.iter().filter(|l| !l.trimmed().is_empty()) {
        let t = line.trimmed();
        if body.is_empty() && (is_site_boilerplate(t) || chamber_in(t).is_some()) {
            chamber = chamber.or_else(|| chamber_in(t));
            if t.starts_with('(') && t.ends_with(" ago)") {
                relative_age = Some(t.to_string());
            }
            continue;
        }
        body.push(line);
    }
    let chamber = chamber.ok_or((1, "no chamber printed".to_string()))?;
    let minister_cues = minister_cues(text);
    let mut speeches: Vec<Speech> = Vec::new();
    for (i, line) in body.iter().enumerate() {
        let t = line.trimmed();
        let is_intervention = QUESTION_TO_MINISTER.iter().any(|q| t.starts_with(q));
        let speaker = if is_intervention {
            let reply = body.get(i + 1).map(|l| l.trimmed()).unwrap_or("");
            intervening_member(t, reply)
        } else {
            unnamed_minister(&minister_cues)
        };
        match speeches.last_mut() {
            Some(speech) if speech.speaker == speaker && !is_intervention => {
                speech.paragraphs.push(paragraph(line))
            }
            _ => speeches.push(Speech {
                speaker,
                line: line.number,
                paragraphs: vec![paragraph(line)],
            }),
        }
    }
    let date_reason = match relative_age {
        Some(age) => format!(
            "not printed: the page gives only “{age}”, relative to a capture date it does not state"
        ),
        None => "not printed on the page".to_string(),
    };
    let (title, title_reason) = title_from(text);
    let notes = vec![
        Inference {
            field: "debate",
            reason: title_reason,
            has_value: true,
        },
        Inference {
            field: "date",
            reason: date_reason,
            has_value: false,
        },
    ];
    Ok(Parsed {
        header: DebateHeader {
            title,
            date: None,
            chamber,
            notes,
        },
        speeches,
        comments: Vec::new(),
    })
}

/// The phrases that show the main speaker answers as the Minister.
fn minister_cues(text: &str) -> Vec<&'static str> {
    [
        "My Department",
        "Does the Minister agree",
        "congratulate the hon. Member for",
    ]
    .into_iter()
    .filter(|cue| text.contains(cue))
    .collect()
}

fn unnamed_minister(cues: &[&str]) -> Speaker {
    let quoted: Vec<String> = cues.iter().map(|c| format!("“{c}”")).collect();
    let reason = format!(
        "no speaker is printed; the page is the reply to the debate, and the text says {}",
        quoted.join(", ")
    );
    let mut speaker = Speaker::named("Unnamed Minister", "");
    speaker.role = Some("Minister".to_string());
    speaker.inferred = vec![
        Inference {
            field: "speaker",
            reason: reason.clone(),
            has_value: true,
        },
        Inference {
            field: "speaker_role",
            reason,
            has_value: true,
        },
    ];
    speaker
}

fn intervening_member(question: &str, reply: &str) -> Speaker {
    let asked: String = question
        .split_whitespace()
        .take(4)
        .collect::<Vec<_>>()
        .join(" ");
    let addressed = ADDRESS_FORMS.iter().find(|f| reply.starts_with(*f));
    let reason = match addressed {
        Some(form) => format!(
            "no speaker is printed; the paragraph asks “{asked} …”, an intervention, and the reply addresses its speaker as “{}”",
            form.replacen("The", "the", 1).replacen("My", "my", 1)
        ),
        None => format!(
            "no speaker is printed; the paragraph asks “{asked} …”, an intervention by another Member"
        ),
    };
    let mut speaker = Speaker::named("Unnamed Member", "");
    speaker.inferred = vec![Inference {
        field: "speaker",
        reason,
        has_value: true,
    }];
    speaker
}

/// The page prints no title; name the debate by the Member the Minister thanks for securing it.
fn title_from(text: &str) -> (String, String) {
    const LEAD: &str = "congratulate the hon. Member for ";
    let found = text.find(LEAD).and_then(|start| {
        let rest = &text[start + LEAD.len()..];
        let end = rest.find(" on securing")?;
        Some(&rest[..end])
    });
    match found {
        Some(member) => (
            format!("Westminster Hall debate secured by the Member for {member}"),
            format!(
                "no title is printed; the Minister congratulates “the hon. Member for {member} on securing this important debate”"
            ),
        ),
        None => (
            "Untitled Westminster Hall debate".to_string(),
            "no title is printed".to_string(),
        ),
    }
}
