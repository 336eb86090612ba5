//! Every problem a ledger file can have, each message asserting the file, the line and the bad
//! value (`coverage::parse_ledger`).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use cited_stats::coverage::{Reason, parse_ledger};

const FILE: &str = "data/coverage/t.toml";

fn messages(text: &str) -> Vec<String> {
    let (exclusions, errors) = parse_ledger(FILE, text);
    assert!(!errors.is_empty(), "no problem found in:\n{text}");
    assert!(exclusions.is_empty());
    errors.iter().map(ToString::to_string).collect()
}

#[test]
fn a_good_ledger_reads_every_field_with_its_line() {
    let text = "# a comment\n\n[[exclude]]\nline = 13\nphrase = \"58\"\nreason = \"procedural\"\nnote = \"the report's size\"\n\n[[exclude]]\nline = 143\nphrase = \"half\"\nreason = \"repeat-of\"\nof = \"laming-2009-013\"\n";
    let (exclusions, errors) = parse_ledger(FILE, text);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(exclusions.len(), 2);
    assert_eq!(
        (
            exclusions[0].at,
            exclusions[0].line,
            exclusions[0].phrase.as_str()
        ),
        (4, 13, "58")
    );
    assert_eq!(exclusions[0].reason, Reason::Procedural);
    assert_eq!(exclusions[0].note.as_deref(), Some("the report's size"));
    assert_eq!(exclusions[1].reason, Reason::RepeatOf);
    assert_eq!(exclusions[1].of.as_deref(), Some("laming-2009-013"));
    assert_eq!(exclusions[0].occurrence, None);
    assert_eq!(parse_ledger(FILE, "").1, []);
    let (exclusions, errors) = parse_ledger(
        FILE,
        "[[exclude]]\nline = 119\nphrase = \"10 years\"\noccurrence = 2\nreason = \"date\"\n",
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(exclusions[0].occurrence, Some(2));
}

#[test]
fn malformed_toml_is_named_at_its_line() {
    let errors = messages("[[exclude]]\nline = 13\nphrase = \"unterminated\n");
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("data/coverage/t.toml:3: "),
        "{errors:?}"
    );
}

#[test]
fn an_unknown_field_is_named_at_its_line() {
    let errors =
        messages("[[exclude]]\nline = 13\nphrase = \"58\"\nreason = \"date\"\nwhy = \"x\"\n");
    assert_eq!(errors, ["data/coverage/t.toml:5: unknown field `why`"]);
    let errors = messages("[[figure]]\nid = \"x\"\n");
    assert_eq!(errors, ["data/coverage/t.toml:1: unknown field `figure`"]);
}

#[test]
fn a_missing_field_is_named_at_the_exclusion() {
    let errors = messages("\n[[exclude]]\nline = 13\nreason = \"date\"\n");
    assert_eq!(errors, ["data/coverage/t.toml:3: missing field `phrase`"]);
    let errors = messages("[[exclude]]\nphrase = \"58\"\nreason = \"date\"\n");
    assert_eq!(errors, ["data/coverage/t.toml:2: missing field `line`"]);
}

#[test]
fn a_wrong_type_is_named_with_the_value() {
    let errors = messages("[[exclude]]\nline = \"13\"\nphrase = \"58\"\nreason = \"date\"\n");
    assert_eq!(
        errors,
        ["data/coverage/t.toml:2: field `line`: expected a whole number from 1, found \"13\""]
    );
    let errors = messages("[[exclude]]\nline = 0\nphrase = \"58\"\nreason = \"date\"\n");
    assert_eq!(
        errors,
        ["data/coverage/t.toml:2: field `line`: expected a whole number from 1, found 0"]
    );
    let errors =
        messages("[[exclude]]\nline = 13\nphrase = \"58\"\noccurrence = 0\nreason = \"date\"\n");
    assert_eq!(
        errors,
        ["data/coverage/t.toml:4: field `occurrence`: expected a whole number from 1, found 0"]
    );
    let errors = messages("[[exclude]]\nline = 13\nphrase = 58\nreason = \"date\"\n");
    assert_eq!(
        errors,
        ["data/coverage/t.toml:3: field `phrase`: expected a non-empty string, found 58"]
    );
    let errors = messages("[[exclude]]\nline = 13\nphrase = \" \"\nreason = \"date\"\n");
    assert_eq!(
        errors,
        ["data/coverage/t.toml:3: field `phrase`: expected a non-empty string, found \" \""]
    );
    let errors = messages("exclude = 5\n");
    assert_eq!(
        errors,
        ["data/coverage/t.toml:1: field `exclude`: expected an array of tables, found 5"]
    );
}

#[test]
fn a_reason_outside_the_set_is_named_with_the_set() {
    let errors = messages("[[exclude]]\nline = 13\nphrase = \"58\"\nreason = \"boring\"\n");
    assert_eq!(
        errors,
        [
            "data/coverage/t.toml:4: field `reason`: \"boring\" is not one of (date, procedural, ordinal, name, not-a-statistic, repeat-of, part-of)"
        ]
    );
}

#[test]
fn a_reason_that_refers_to_a_figure_needs_of_and_no_other_takes_it() {
    let errors = messages("\n[[exclude]]\nline = 13\nphrase = \"58\"\nreason = \"repeat-of\"\n");
    assert_eq!(
        errors,
        [
            "data/coverage/t.toml:3: reason \"repeat-of\" needs `of`, the id of the figure it refers to"
        ]
    );
    let errors = messages(
        "[[exclude]]\nline = 13\nphrase = \"58\"\nreason = \"date\"\nof = \"laming-2009-001\"\n",
    );
    assert_eq!(
        errors,
        [
            "data/coverage/t.toml:5: field `of`: \"laming-2009-001\" given with reason \"date\", which refers to no figure"
        ]
    );
}
