//! `cited-stats coverage` on the committed data, and every error of the ledger, each asserting the
//! file, the line and the bad value: a removed figure or exclusion leaves a phrase unaccounted; an
//! exclusion that matches nothing, one that excludes a figure's words, a repeated one, one naming an
//! unknown figure, and a ledger file for no transcript are named too.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

mod support;

use std::path::{Path, PathBuf};

use support::cli::{run, text};
use support::scratch::{append, copy_of_data, edit, line_of};

const LAMING: &str = "2009-03-12-commons-lord-lamings-progress-report";
const LAC: &str = "2016-10-20-westminster-hall-looked-after-children-social-work-reform";

fn coverage(dir: &Path) -> (bool, String, String) {
    let out = run(&["coverage", "--data", dir.to_str().unwrap()]);
    (out.status.success(), text(&out.stdout), text(&out.stderr))
}

fn transcript(dir: &Path, name: &str) -> String {
    dir.join("transcripts")
        .join(format!("{name}.txt"))
        .display()
        .to_string()
}

fn ledger(dir: &Path, name: &str) -> PathBuf {
    dir.join("coverage").join(format!("{name}.toml"))
}

/// Appends an exclusion to a ledger file and returns the line of its first field (where the
/// ledger's messages place an exclusion).
fn append_exclusion(path: &Path, fields: &str) -> usize {
    let before = std::fs::read_to_string(path).unwrap().lines().count();
    append(path, &format!("\n[[exclude]]\n{fields}\n"));
    before + 3
}

#[test]
fn the_committed_data_is_fully_accounted_for() {
    let out = run(&["coverage"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(stdout.starts_with("transcript "), "{stdout}");
    let mut rows = 0;
    for line in stdout.lines().skip(1) {
        let cells: Vec<&str> = line.split_whitespace().collect();
        if cells.len() != 5 {
            continue;
        }
        let [found, in_figures, excluded, unaccounted]: [usize; 4] =
            std::array::from_fn(|i| cells[i + 1].parse().unwrap());
        assert_eq!(unaccounted, 0, "{line}");
        assert_eq!(found, in_figures + excluded, "{line}");
        assert!(found > 0, "{line}");
        rows += 1;
    }
    assert_eq!(rows, 6, "five transcripts and the total:\n{stdout}");
    assert!(stdout.contains("ok: every number phrase"), "{stdout}");
    let proposed = run(&["coverage", "--propose"]);
    assert!(proposed.status.success());
    assert_eq!(text(&proposed.stdout), "");
}

#[test]
fn a_removed_figure_leaves_its_phrase_unaccounted_by_file_line_and_phrase() {
    let dir = copy_of_data("removed-figure");
    let figures = dir.join("figures.toml");
    let start = line_of(&figures, "id = \"lac-2016-003\"", 0) - 1;
    let text = std::fs::read_to_string(&figures).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let record = lines[start - 1..start + 9].join("\n");
    assert!(record.starts_with("[[figure]]") && record.contains("more than 770"));
    edit(&figures, &format!("{record}\n"), "");
    let (ok, _, stderr) = coverage(&dir);
    assert!(!ok);
    let expected = format!(
        "{}:49: number phrase \"more than 770\" is in no figure and not excluded; its sentence: \"Those programmes have brought more than 770 high-calibre recruits into social work.\"",
        transcript(&dir, LAC)
    );
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(stderr.ends_with("1 problem(s) found\n"), "{stderr}");

    let proposed = run(&["coverage", "--propose", "--data", dir.to_str().unwrap()]);
    let stub = support::cli::text(&proposed.stdout);
    assert!(proposed.status.success());
    for line in [
        "[[figure]]",
        "quote = '''Those programmes have brought more than 770 high-calibre recruits into social work.'''",
        "figure = \"more than 770\"",
        "value = 770",
        "qualifier = \"more_than\"",
        "measure = \"\"",
    ] {
        assert!(
            stub.lines().any(|l| l.starts_with(line)),
            "{line:?} in\n{stub}"
        );
    }
}

#[test]
fn a_removed_exclusion_leaves_its_phrase_unaccounted_by_file_line_and_phrase() {
    let dir = copy_of_data("removed-exclusion");
    let path = ledger(&dir, LAMING);
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text.find("[[exclude]]\nline = 13\n").unwrap();
    let end = start + text[start..].find("\n\n").unwrap() + 2;
    std::fs::write(&path, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let (ok, stdout, stderr) = coverage(&dir);
    assert!(!ok);
    let expected = format!(
        "{}:13: number phrase \"58\" is in no figure and not excluded; its sentence: \"I can confirm that:",
        transcript(&dir, LAMING)
    );
    assert!(stderr.contains(&expected), "{stderr}");
    let row = stdout.lines().find(|l| l.starts_with(LAMING)).unwrap();
    assert!(row.ends_with(" 1"), "{row}");
}

#[test]
fn an_exclusion_matching_no_phrase_is_named_by_ledger_line_and_phrase() {
    let dir = copy_of_data("stale");
    let path = ledger(&dir, LAMING);
    let at = append_exclusion(&path, "line = 13\nphrase = \"59\"\nreason = \"procedural\"");
    let (ok, _, stderr) = coverage(&dir);
    assert!(!ok);
    let expected = format!(
        "{}:{at}: exclusion of \"59\" matches no number phrase on transcript line 13 left to account for (the reader finds: \"58\")",
        path.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn an_occurrence_that_is_not_there_or_excluded_twice_is_named() {
    const PART_2: &str = "2022-11-24-commons-independent-review-of-childrens-social-care-part-2";
    let dir = copy_of_data("occurrence");
    let path = ledger(&dir, PART_2);
    let first = line_of(&path, "occurrence = 2", 0) - 2;
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .lines()
            .nth(first - 1)
            == Some("line = 119")
    );
    let fourth = append_exclusion(
        &path,
        "line = 119\nphrase = \"10 years\"\noccurrence = 4\nreason = \"date\"",
    );
    let again = append_exclusion(
        &path,
        "line = 119\nphrase = \"10 years\"\noccurrence = 2\nreason = \"date\"",
    );
    let (ok, _, stderr) = coverage(&dir);
    assert!(!ok);
    let expected = format!(
        "{}:{fourth}: exclusion of \"10 years\" (occurrence 4) matches no number phrase on transcript line 119 left to account for (the reader finds: \"10 years\", \"10\", \"82,170\"",
        path.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
    let expected = format!(
        "{}:{again}: \"10 years\" (occurrence 2) on this transcript line is already excluded at line {first}",
        path.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
    assert!(stderr.ends_with("2 problem(s) found\n"), "{stderr}");
}

#[test]
fn an_exclusion_of_a_figures_words_is_named() {
    let dir = copy_of_data("excludes-figure");
    let path = ledger(&dir, LAC);
    let at = append_exclusion(
        &path,
        "line = 49\nphrase = \"more than 770\"\nreason = \"not-a-statistic\"",
    );
    let (ok, _, stderr) = coverage(&dir);
    assert!(!ok);
    let expected = format!(
        "{}:{at}: exclusion of \"more than 770\" is not needed: the phrase is in the words of figure \"lac-2016-003\"",
        path.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn a_repeated_exclusion_is_named_with_the_first() {
    let dir = copy_of_data("duplicate");
    let path = ledger(&dir, LAMING);
    let first = line_of(&path, "line = 13", 0);
    let at = append_exclusion(&path, "line = 13\nphrase = \"58\"\nreason = \"procedural\"");
    let (ok, _, stderr) = coverage(&dir);
    assert!(!ok);
    let expected = format!(
        "{}:{at}: \"58\" on this transcript line is already excluded at line {first}",
        path.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn an_unknown_figure_id_is_named() {
    let dir = copy_of_data("unknown-figure");
    let path = ledger(&dir, LAMING);
    let at = line_of(&path, "phrase = \"half\"", 0) - 1;
    let of = line_of(&path, "of = \"laming-2009-013\"", at);
    assert_eq!(of, at + 3, "the exclusion of \"half\" names its figure");
    edit(
        &path,
        "of = \"laming-2009-013\"\nnote = \"“only half",
        "of = \"laming-2009-999\"\nnote = \"“only half",
    );
    let (ok, _, stderr) = coverage(&dir);
    assert!(!ok);
    let expected = format!(
        "{}:{at}: field `of`: no figure has the id \"laming-2009-999\"",
        path.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn a_ledger_file_for_no_transcript_is_named() {
    let dir = copy_of_data("no-transcript");
    let path = ledger(&dir, "2001-01-01-no-such-debate");
    std::fs::write(&path, "").unwrap();
    let (ok, _, stderr) = coverage(&dir);
    assert!(!ok);
    let expected = format!(
        "{}: no transcript \"2001-01-01-no-such-debate\" for this ledger file",
        path.display()
    );
    assert!(stderr.contains(&expected), "{stderr}");
}

#[test]
fn propose_belongs_to_coverage_only() {
    let out = run(&["check", "--propose"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("check does not take --propose"));
}

#[test]
fn a_ledger_file_that_cannot_be_read_is_named() {
    let dir = copy_of_data("unreadable");
    let path = ledger(&dir, LAMING);
    std::fs::remove_file(&path).unwrap();
    std::fs::create_dir(&path).unwrap();
    let (ok, _, stderr) = coverage(&dir);
    assert!(!ok);
    let expected = format!("{}: cannot read: ", path.display());
    assert!(stderr.contains(&expected), "{stderr}");
}

/// Number words the net must catch wherever they stand as words (or before a hyphen).
const NUMBER_WORDS: [&str; 44] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "hundred", "thousand", "million", "billion", "half", "third", "thirds", "quarter",
    "quarters", "fifth", "dozen", "twice", "double", "doubled", "doubling", "decade", "first",
    "second", "fourth", "sixth", "tenth", "16th", "24th",
];

#[test]
fn the_net_catches_every_digit_and_number_word_in_every_speech() {
    use cited_stats::number::scan;
    use cited_stats::transcript::load_transcripts;
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/transcripts");
    let mut checked = 0;
    for transcript in load_transcripts(&dir).unwrap() {
        for speech in &transcript.speeches {
            for paragraph in &speech.paragraphs {
                let text = transcript.paragraph_text(paragraph);
                let spans: Vec<_> = scan(text).into_iter().map(|p| p.span).collect();
                let inside = |at: usize| spans.iter().any(|s| s.contains(&at));
                for (at, c) in text.char_indices() {
                    if c.is_ascii_digit() {
                        assert!(
                            inside(at),
                            "{}:{}: digit at byte {at} missed in {text:?}",
                            transcript.name,
                            paragraph.line
                        );
                        checked += 1;
                    }
                }
                let lower = text.to_lowercase();
                for word in NUMBER_WORDS {
                    for (at, _) in lower.match_indices(word) {
                        let before = lower[..at].chars().next_back();
                        let after = lower[at + word.len()..].chars().next();
                        let starts = before.is_none_or(|c| !c.is_alphanumeric());
                        let ends = after.is_none_or(|c| {
                            !c.is_alphanumeric() && c != '\'' && c != '’' || c == '-'
                        });
                        if starts && ends && text.is_char_boundary(at) {
                            assert!(
                                inside(at),
                                "{}:{}: {word:?} at byte {at} missed in {text:?}",
                                transcript.name,
                                paragraph.line
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} places checked");
}

#[test]
fn the_scanner_reads_every_fuzz_input_without_failing_and_its_spans_hold() {
    use cited_stats::number::scan;
    let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut inputs = 0;
    for folder in [
        "corpus/number_phrase",
        "corpus/transcript",
        "regressions/number_phrase",
        "regressions/transcript",
    ] {
        let Ok(entries) = std::fs::read_dir(fuzz.join(folder)) else {
            continue;
        };
        for entry in entries {
            let bytes = std::fs::read(entry.unwrap().path()).unwrap();
            let text = String::from_utf8_lossy(&bytes);
            let mut end = 0;
            for phrase in scan(&text) {
                assert!(phrase.span.start >= end && phrase.span.start < phrase.span.end);
                let words = &text[phrase.span.clone()];
                assert_eq!(words.trim(), words, "{words:?}");
                end = phrase.span.end;
            }
            inputs += 1;
        }
    }
    assert!(inputs > 100, "only {inputs} fuzz inputs found");
}
