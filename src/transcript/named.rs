//! Speakers the text names (native only): where no header of a debate prints a speaker's
//! constituency, the debate's own words may — "the hon. Member for South Shields (Mrs
//! Lewell-Buck)". Such a constituency is filled as an inferred field, with those words and their
//! place as the reason. Nothing comes from outside the text; a field no words state stays empty.

use super::{Inference, Transcript};

/// Fills the missing constituencies of the speakers in `parts` (the transcripts of one debate)
/// from the debate's speech paragraphs.
pub(crate) fn constituencies_from_text(parts: &mut [&mut Transcript]) {
    let mut found: Vec<(String, String, String)> = Vec::new();
    for transcript in parts.iter() {
        for speech in &transcript.speeches {
            let speaker = &speech.speaker;
            if speaker.constituency.is_some()
                || found.iter().any(|(name, _, _)| *name == speaker.name)
            {
                continue;
            }
            let names = [speaker.name.as_str(), speaker.printed_as.as_str()];
            if let Some((constituency, reason)) = named_in(parts, &names) {
                found.push((speaker.name.clone(), constituency, reason));
            }
        }
    }
    for transcript in parts.iter_mut() {
        for speech in &mut transcript.speeches {
            let speaker = &mut speech.speaker;
            let Some((_, constituency, reason)) = found
                .iter()
                .find(|(name, _, _)| *name == speaker.name)
                .filter(|_| speaker.constituency.is_none())
            else {
                continue;
            };
            speaker.constituency = Some(constituency.clone());
            speaker.inferred.push(Inference {
                field: "speaker_constituency",
                reason: reason.clone(),
                has_value: true,
            });
        }
    }
}

/// The first "Member for <constituency> (<name>)" in the debate's speeches naming one of `names`,
/// with the reason quoting it.
fn named_in(parts: &[&mut Transcript], names: &[&str]) -> Option<(String, String)> {
    const LEAD: &str = "Member for ";
    for transcript in parts {
        for speech in &transcript.speeches {
            for paragraph in &speech.paragraphs {
                let text = transcript.paragraph_text(paragraph);
                for name in names.iter().filter(|n| !n.is_empty()) {
                    let tail = format!(" ({name})");
                    for (at, _) in text.match_indices(&tail) {
                        let before = &text[..at];
                        let Some(start) = before.rfind(LEAD) else {
                            continue;
                        };
                        let constituency = &before[start + LEAD.len()..];
                        let plausible = constituency.starts_with(char::is_uppercase)
                            && !constituency.contains(['(', ')', '.', ';'])
                            && constituency.chars().count() <= 60;
                        if !plausible {
                            continue;
                        }
                        let words = &text[start..at + tail.len()];
                        let reason = format!(
                            "no header of the debate prints it; the debate's words say “{words}” ({}:{})",
                            transcript.name, paragraph.line
                        );
                        return Some((constituency.to_string(), reason));
                    }
                }
            }
        }
    }
    None
}
