//! The committed dataset is true to the record: every quote is verbatim in the transcript line it
//! names, inside a speech (never a reader comment), by the speaker the transcript prints there, and
//! every figure's words sit inside the quote and read as the recorded value.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::path::Path;

use cited_stats::dataset::{DataPaths, Figure, build_dataset};
use cited_stats::number::read_figure;

fn figures() -> Vec<Figure> {
    let built = build_dataset(&DataPaths::project()).unwrap_or_else(|e| panic!("{e:?}"));
    let errors: Vec<String> = built
        .checked
        .errors
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        errors.is_empty(),
        "the committed data has problems:\n{}",
        errors.join("\n")
    );
    built.checked.figures
}

fn transcript_line(figure: &Figure) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("data/transcripts/{}.txt", figure.transcript));
    let text = std::fs::read_to_string(path).unwrap();
    text.split('\n')
        .nth(figure.transcript_line - 1)
        .unwrap()
        .to_string()
}

/// The text of every transcript of the figure's debate (the 2022 debate has two parts).
fn debate_text(figure: &Figure) -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/transcripts");
    let prefix = figure
        .date
        .clone()
        .unwrap_or_else(|| figure.transcript.clone());
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .into_iter()
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&prefix)
        })
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn there_are_well_over_a_hundred_figures_from_every_debate() {
    let figures = figures();
    assert!(figures.len() >= 120, "only {} figures", figures.len());
    let debates: std::collections::BTreeSet<&str> =
        figures.iter().map(|f| f.debate_id.as_str()).collect();
    assert_eq!(debates.len(), 4, "{debates:?}");
}

#[test]
fn every_quote_is_verbatim_on_the_line_it_names() {
    for figure in figures() {
        let line = transcript_line(&figure);
        assert!(
            line.contains(&figure.quote),
            "{}: quote not on {}:{}",
            figure.id,
            figure.transcript,
            figure.transcript_line
        );
        let whole = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("data/transcripts/{}.txt", figure.transcript)),
        )
        .unwrap();
        assert_eq!(
            whole.matches(&figure.quote).count(),
            1,
            "{}: quote not unique in its transcript",
            figure.id
        );
    }
}

#[test]
fn every_figure_sits_inside_its_quote_at_its_offset() {
    for figure in figures() {
        let from_offset: String = figure
            .quote
            .chars()
            .skip(figure.figure_offset)
            .take(figure.figure_text.chars().count())
            .collect();
        assert_eq!(from_offset, figure.figure_text, "{}", figure.id);
    }
}

#[test]
fn the_number_reader_agrees_with_every_record() {
    let mut unparsed = 0;
    for figure in figures() {
        match read_figure(&figure.figure_text) {
            Ok(reading) => {
                assert!(
                    figure.unparsed.is_none(),
                    "{}: marked unparsed but readable",
                    figure.id
                );
                assert!(
                    (reading.value - figure.value).abs() <= 0.05_f64.max(1e-9 * figure.value.abs()),
                    "{}: {} vs {}",
                    figure.id,
                    reading.value,
                    figure.value
                );
                assert!(reading.unit_fits(figure.unit), "{}: unit", figure.id);
                assert_eq!(reading.qualifier, figure.qualifier, "{}", figure.id);
            }
            Err(err) => {
                assert!(
                    figure.unparsed.is_some(),
                    "{}: unreadable ({err}) and not marked unparsed",
                    figure.id
                );
                unparsed += 1;
            }
        }
    }
    assert!(
        unparsed <= 5,
        "{unparsed} figures are not read mechanically: keep the list short"
    );
}

#[test]
fn every_speaker_and_date_comes_from_the_transcript() {
    for figure in figures() {
        let whole = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(format!("data/transcripts/{}.txt", figure.transcript)),
        )
        .unwrap();
        if figure.inferred.iter().any(|f| f == "speaker") {
            assert!(
                figure
                    .notes
                    .get("speaker")
                    .is_some_and(|r| r.starts_with("no speaker is printed")),
                "{}",
                figure.id
            );
        } else {
            // The speaker's name is printed in a header above the quote's line.
            let above: Vec<&str> = whole.split('\n').take(figure.transcript_line).collect();
            let header = above
                .iter()
                .rev()
                .find(|l| l.contains(" Portrait ") || l.starts_with("Photo of "))
                .unwrap();
            assert!(
                header.contains(&figure.speaker),
                "{}: {header:?} does not name {}",
                figure.id,
                figure.speaker
            );
            for field in [
                &figure.speaker_party,
                &figure.speaker_constituency,
                &figure.speaker_role,
            ]
            .into_iter()
            .flatten()
            {
                assert!(!field.is_empty());
            }
            let inferred_constituency = figure.inferred.iter().any(|f| f == "speaker_constituency");
            if let (Some(constituency), true) =
                (&figure.speaker_constituency, inferred_constituency)
            {
                // No header prints it: the debate's own words, quoted in the reason, name it.
                let reason = figure.notes.get("speaker_constituency").unwrap();
                let words = reason
                    .split_once('“')
                    .and_then(|(_, rest)| rest.split_once('”'))
                    .map(|(words, _)| words)
                    .unwrap();
                assert!(
                    words.contains(&format!("Member for {constituency} (")),
                    "{}: {reason}",
                    figure.id
                );
                assert!(
                    debate_text(&figure).contains(words),
                    "{}: {reason}",
                    figure.id
                );
            } else if let Some(constituency) = &figure.speaker_constituency {
                // Printed at the speaker's first header in the debate, which may be in an earlier part.
                let printed = format!("{} Portrait", figure.speaker);
                let debate_text = debate_text(&figure);
                let header = debate_text
                    .lines()
                    .find(|l| l.starts_with(&printed) && l.contains(constituency.as_str()));
                let photo = debate_text.lines().find(|l| {
                    l.starts_with("Photo of ")
                        && l.contains(&figure.speaker)
                        && l.contains(constituency.as_str())
                });
                assert!(
                    header.is_some() || photo.is_some(),
                    "{}: constituency {constituency:?} not printed for {}",
                    figure.id,
                    figure.speaker
                );
            }
        }
        match &figure.date {
            Some(date) => assert!(
                figure.transcript.starts_with(date.as_str()),
                "{}: date {date} vs {}",
                figure.id,
                figure.transcript
            ),
            None => assert!(
                figure
                    .notes
                    .get("date")
                    .is_some_and(|r| r.starts_with("not printed")),
                "{}",
                figure.id
            ),
        }
    }
}

#[test]
fn no_figure_comes_from_a_reader_comment() {
    let built = build_dataset(&DataPaths::project()).unwrap();
    for figure in &built.checked.figures {
        let transcript = built
            .transcripts
            .iter()
            .find(|t| t.name == figure.transcript)
            .unwrap();
        for comment in &transcript.comments {
            assert!(
                !(comment.first_line..=comment.last_line).contains(&figure.transcript_line),
                "{} is inside a comment",
                figure.id
            );
        }
    }
}

#[test]
fn ids_are_unique_and_stable_in_form() {
    let figures = figures();
    let ids: std::collections::BTreeSet<&str> = figures.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids.len(), figures.len());
}
