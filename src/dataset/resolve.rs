//! Finding a quote in the transcripts: the speech that holds it gives speaker, date and debate.

use crate::transcript::{Speech, Transcript};

use super::Problem;

/// Where a quote was found.
#[derive(Debug, Clone, Copy)]
pub struct Found<'t> {
    /// The transcript.
    pub transcript: &'t Transcript,
    /// The speech.
    pub speech: &'t Speech,
    /// 1-based line of the paragraph.
    pub line: usize,
}

/// Finds the one speech paragraph holding `quote` (optionally only in the transcript named).
pub fn find_quote<'t>(
    quote: &str,
    only_in: Option<&str>,
    transcripts: &'t [Transcript],
) -> Result<Found<'t>, Problem> {
    if let Some(name) = only_in {
        if !transcripts.iter().any(|t| t.name == name) {
            return Err(Problem::UnknownTranscript(name.to_string()));
        }
    }
    let searched = transcripts
        .iter()
        .filter(|t| only_in.is_none_or(|name| t.name == name));
    let mut found = Vec::new();
    for transcript in searched.clone() {
        for speech in &transcript.speeches {
            for paragraph in &speech.paragraphs {
                let text = transcript.paragraph_text(paragraph);
                found.extend(text.match_indices(quote).map(|_| Found {
                    transcript,
                    speech,
                    line: paragraph.line,
                }));
            }
        }
    }
    match found.len() {
        1 => Ok(found[0]),
        0 => Err(not_found(quote, searched.collect())),
        _ => Err(Problem::QuoteAmbiguous {
            places: found
                .iter()
                .map(|f| {
                    format!(
                        "{}:{} ({})",
                        f.transcript.name, f.line, f.speech.speaker.name
                    )
                })
                .collect(),
        }),
    }
}

fn not_found(quote: &str, transcripts: Vec<&Transcript>) -> Problem {
    for transcript in &transcripts {
        for comment in &transcript.comments {
            if transcript
                .text
                .get(comment.span.clone())
                .is_some_and(|text| text.contains(quote))
            {
                return Problem::QuoteOnlyInComment {
                    place: format!("{}:{}", transcript.name, comment.first_line),
                };
            }
        }
    }
    Problem::QuoteNotFound {
        quote: quote.to_string(),
        hint: closest(quote, &transcripts),
    }
}

/// Describes the nearest text to a quote that was not found, to help mend a copying slip.
fn closest(quote: &str, transcripts: &[&Transcript]) -> String {
    let folded = fold(quote);
    let ends: Vec<usize> = quote
        .char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .collect();
    let mut best: Option<(usize, String)> = None;
    for transcript in transcripts {
        for speech in &transcript.speeches {
            for paragraph in &speech.paragraphs {
                let text = transcript.paragraph_text(paragraph);
                let place = format!("{}:{}", transcript.name, paragraph.line);
                if fold(text).contains(&folded) {
                    return format!("{place} has it with other quote marks, dashes or spacing");
                }
                // A text holding a prefix holds every shorter one: search for the longest.
                let held = ends.partition_point(|&end| text.contains(&quote[..end]));
                let prefix_len = held.checked_sub(1).map_or(0, |last| ends[last]);
                if prefix_len > best.as_ref().map_or(0, |(len, _)| *len) {
                    best = Some((prefix_len, place));
                }
            }
        }
    }
    match best {
        Some((len, place)) if len >= 20 => {
            let next: String = quote[len..].chars().take(30).collect();
            format!(
                "closest is {place}, which differs from character {} on: {next:?}",
                quote[..len].chars().count() + 1
            )
        }
        _ => "no transcript paragraph shares its opening words".to_string(),
    }
}

/// Folds typographic variants for the hint only (never for matching).
fn fold(text: &str) -> String {
    let mapped: String = text
        .chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            '—' | '–' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    mapped.split_whitespace().collect::<Vec<_>>().join(" ")
}
