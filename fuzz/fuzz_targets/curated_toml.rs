//! The curated TOML reader (`parse_records`) and what follows it: `check_records` against the
//! committed transcripts.
//!
//! Properties: every line number given (of a record, a field or a problem) is a line of the text;
//! a record read has its required text non-empty and finite numbers; every figure resolved has
//! its words at its offset in the quote, its quote inside the transcript paragraph on the line it
//! names, and passes `check_figures` as a dataset.
#![no_main]

use cited_stats::dataset::{Position, check_figures, check_records, parse_records};
use cited_stats_fuzz::{assert_sound, transcripts};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let lines = text.split('\n').count();
    let on_a_line = |line: usize| (1..=lines).contains(&line);
    // A TOML problem is on a line of the text, or (no records at all) about the whole file.
    let placed_on_a_line = |at: &Position| match at {
        Position::Line(line) => on_a_line(*line),
        Position::Whole => true,
        Position::JsonLine(_) | Position::Record { .. } => false,
    };
    let (records, errors) = parse_records("fuzz.toml", text);
    for error in &errors {
        assert!(placed_on_a_line(&error.place.at), "{error} ({lines} lines)");
    }
    for record in &records {
        assert!(on_a_line(record.line), "record on line {}", record.line);
        for field in [&record.id, &record.quote, &record.figure, &record.measure] {
            assert!(on_a_line(field.line));
            assert!(!field.value.trim().is_empty());
        }
        assert!(record.value.value.is_finite());
        assert!(
            record
                .value_high
                .as_ref()
                .is_none_or(|v| v.value.is_finite())
        );
    }
    let (transcripts, debates) = transcripts();
    let checked = check_records("fuzz.toml", &records, transcripts, debates);
    for error in &checked.errors {
        assert!(placed_on_a_line(&error.place.at), "{error} ({lines} lines)");
    }
    if checked.figures.is_empty() {
        return;
    }
    for figure in &checked.figures {
        let transcript = transcripts
            .iter()
            .find(|t| t.name == figure.transcript)
            .expect("a resolved figure names a transcript");
        let holds_quote = transcript.speeches.iter().any(|speech| {
            speech.paragraphs.iter().any(|p| {
                p.line == figure.transcript_line
                    && transcript.paragraph_text(p).contains(&figure.quote)
            })
        });
        assert!(
            holds_quote,
            "{} is not on {}:{}",
            figure.id, figure.transcript, figure.transcript_line
        );
    }
    let problems = check_figures("fuzz.toml", &checked.figures);
    assert!(
        problems.is_empty(),
        "resolved figures fail check_figures: {problems:?}"
    );
    assert_sound(&checked.figures);
});
