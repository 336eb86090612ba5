//! `coverage --propose`: each unaccounted phrase as a `[[figure]]` stub for `figures.toml`, with
//! the sentence as the quote and the reader's value, unit and qualifier; a person fills the rest
//! (or excludes the phrase in the ledger instead).

use std::fmt::Write;

use super::account::{Coverage, Phrase};

/// The stubs for every unaccounted phrase, in transcript and line order.
pub fn stubs(coverage: &Coverage) -> String {
    let mut out = String::new();
    for tally in &coverage.transcripts {
        for phrase in &tally.unaccounted {
            stub(&mut out, &tally.file, phrase);
        }
    }
    out
}

fn stub(out: &mut String, file: &str, phrase: &Phrase) {
    // Writing to a String cannot fail.
    let _ = writeln!(out, "# {file}:{}: {:?}", phrase.line, phrase.text);
    out.push_str("[[figure]]\n");
    out.push_str("id = \"\"  # the debate's prefix and the next free number\n");
    let _ = writeln!(out, "quote = '''{}'''", phrase.sentence);
    let _ = writeln!(out, "figure = {:?}", phrase.text);
    if phrase.occurrence.1 > 1 {
        let _ = writeln!(out, "figure_occurrence = {}", phrase.occurrence.0);
    }
    match &phrase.reading {
        Some(reading) => {
            let _ = writeln!(out, "value = {}", reading.value);
            if let Some(high) = reading.value_high {
                let _ = writeln!(out, "value_high = {high}");
            }
            let unit_note = if reading.unit_stated {
                ""
            } else {
                "  # a bare number: count, or a duration the sentence names"
            };
            let _ = writeln!(out, "unit = \"{}\"{unit_note}", reading.unit);
            let _ = writeln!(out, "qualifier = \"{}\"", reading.qualifier);
        }
        None => {
            out.push_str("# the number reader cannot read these words: give value, unit and\n");
            out.push_str("# qualifier, and say why in `unparsed`\n");
        }
    }
    out.push_str("measure = \"\"\n");
    out.push_str("topic = \"\"\n");
    let _ = writeln!(out, "transcript = {:?}\n", phrase.transcript);
}
