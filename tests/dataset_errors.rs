//! Each kind of bad record gives a message that names the file, the line, the field and the bad value.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use cited_stats::dataset::{check_records, parse_records};
use cited_stats::transcript::{Transcript, group_debates, parse_transcript};

const FILE: &str = "data/figures.toml";

/// A small Parallel Parliament page with two speakers who both say one sentence.
const PAGE: &str = "Test Debate Debate\n\nThursday 24th November 2022\n\nCommons Chamber\n\
Ann Example Portrait Ann Example (Somewhere) (Lab)\n- Hansard - -\n\n\
Some 12,000 children were referred last year. Everyone agrees on this.\n\n\
Bob Sample Portrait Bob Sample (Elsewhere) (Con)\n- Hansard - -\n\n\
Everyone agrees on this. Two thirds of councils overspent.";

/// A TheyWorkForYou page with a reader comment that quotes a sentence nobody spoke.
const PAGE_WITH_COMMENT: &str = "Comment Test\n\nBusiness – in the House of Commons am 1:00 pm ar 3 Ebrill 2009.\n\n\
Photo of Cara Person Cara Person Llafur, Town\n\nWe spent £5 million on it.\n\nb\n\n\
Only 3 councils ever did it properly.\n\nCyflwynwyd gan someone";

fn transcripts() -> Vec<Transcript> {
    vec![
        parse_transcript("test-page", PAGE).unwrap(),
        parse_transcript("comment-page", PAGE_WITH_COMMENT).unwrap(),
    ]
}

fn record(quote: &str, figure: &str, value: &str, unit: &str, qualifier: &str) -> String {
    format!(
        "[[figure]]\nid = \"t-001\"\nquote = '''{quote}'''\nfigure = \"{figure}\"\nvalue = {value}\nunit = \"{unit}\"\n\
qualifier = \"{qualifier}\"\nmeasure = \"children referred\"\ntopic = \"child-protection\"\n"
    )
}

fn problems(toml: &str) -> Vec<String> {
    let mut all = transcripts();
    let debates = group_debates(&mut all);
    let (records, mut errors) = parse_records(FILE, toml);
    errors.extend(check_records(FILE, &records, &all, &debates).errors);
    errors.iter().map(ToString::to_string).collect()
}

#[test]
fn a_good_record_resolves_speaker_date_and_debate_from_the_speech() {
    let mut all = transcripts();
    let debates = group_debates(&mut all);
    let toml = record(
        "Some 12,000 children were referred last year.",
        "Some 12,000",
        "12000",
        "count",
        "approximately",
    );
    let (records, errors) = parse_records(FILE, &toml);
    assert!(errors.is_empty());
    let checked = check_records(FILE, &records, &all, &debates);
    assert!(checked.errors.is_empty(), "{:?}", checked.errors);
    let figure = &checked.figures[0];
    assert_eq!(figure.speaker, "Ann Example");
    assert_eq!(figure.speaker_party.as_deref(), Some("Labour"));
    assert_eq!(figure.speaker_constituency.as_deref(), Some("Somewhere"));
    assert_eq!(figure.date.as_deref(), Some("2022-11-24"));
    assert_eq!(figure.debate, "Test Debate");
    assert_eq!(figure.chamber, "House of Commons");
    assert_eq!(figure.transcript_line, 9);
    assert_eq!(figure.figure_offset, 0);
    assert!(figure.inferred.is_empty());
}

#[test]
fn malformed_line() {
    let toml = record(
        "Some 12,000 children were referred last year.",
        "Some 12,000",
        "12000",
        "count",
        "approximately",
    )
    .replace("value = 12000", "value = = 12000");
    assert_eq!(problems(&toml).len(), 1);
    assert!(
        problems(&toml)[0].starts_with("data/figures.toml:5: not valid:"),
        "{:?}",
        problems(&toml)
    );
}

#[test]
fn unknown_unit() {
    let toml = record(
        "Some 12,000 children were referred last year.",
        "Some 12,000",
        "12000",
        "children",
        "approximately",
    );
    let shown = problems(&toml);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].starts_with(
            "data/figures.toml:6, field `unit`: \"children\" is not one of (count, percent"
        ),
        "{shown:?}"
    );
}

#[test]
fn quote_not_found_names_the_closest_paragraph() {
    let toml = record(
        "Some 12,000 children were referred this year.",
        "Some 12,000",
        "12000",
        "count",
        "approximately",
    );
    let shown = problems(&toml);
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(shown[0].starts_with("data/figures.toml:3, field `quote`: not found in any transcript: \"Some 12,000 children were referred this year.\""), "{shown:?}");
    assert!(
        shown[0].contains("closest is test-page:9, which differs from character 36"),
        "{shown:?}"
    );
}

#[test]
fn quote_with_other_quote_marks_is_not_accepted_but_explained() {
    let toml = record(
        "Some 12,000 children were referred last  year.",
        "Some 12,000",
        "12000",
        "count",
        "approximately",
    );
    let shown = problems(&toml);
    assert!(
        shown[0].contains("test-page:9 has it with other quote marks, dashes or spacing"),
        "{shown:?}"
    );
}

#[test]
fn ambiguous_quote() {
    let toml = record("Everyone agrees on this.", "", "1", "count", "exact")
        .replace("figure = \"\"", "figure = \"this\"");
    let shown = problems(&toml);
    assert!(
        shown.iter().any(|e| e.starts_with("data/figures.toml:3, field `quote`: found in 2 speeches (test-page:9 (Ann Example); test-page:14 (Bob Sample))")),
        "{shown:?}"
    );
}

#[test]
fn transcript_field_is_checked() {
    let base = record(
        "Two thirds of councils overspent.",
        "Two thirds",
        "66.7",
        "percent",
        "exact",
    );
    assert!(problems(&base).is_empty(), "{:?}", problems(&base));
    let with_unknown = base.replace("topic =", "transcript = \"no-such-page\"\ntopic =");
    let shown = problems(&with_unknown);
    assert_eq!(
        shown,
        vec!["data/figures.toml:9, field `transcript`: no transcript named \"no-such-page\""]
    );
}

#[test]
fn quote_only_in_a_reader_comment() {
    let toml = record(
        "Only 3 councils ever did it properly.",
        "3",
        "3",
        "count",
        "exact",
    );
    let shown = problems(&toml);
    assert_eq!(
        shown,
        vec![
            "data/figures.toml:3, field `quote`: found only in a reader comment at comment-page:9, which is not part of the debate"
        ]
    );
}

#[test]
fn value_disagreeing_with_words() {
    let toml = record(
        "Some 12,000 children were referred last year.",
        "Some 12,000",
        "1200",
        "count",
        "approximately",
    );
    let shown = problems(&toml);
    assert_eq!(
        shown,
        vec![
            "data/figures.toml:5, field `value`: the words \"Some 12,000\" read as value 12000, but the record says 1200"
        ]
    );
}

#[test]
fn qualifier_and_unit_disagreeing_with_words() {
    let toml = record(
        "We spent £5 million on it.",
        "£5 million",
        "5000000",
        "count",
        "more_than",
    );
    let shown = problems(&toml);
    assert!(shown.contains(&"data/figures.toml:6, field `unit`: the words \"£5 million\" read as unit gbp, but the record says count".to_string()), "{shown:?}");
    assert!(shown.contains(&"data/figures.toml:7, field `qualifier`: the words \"£5 million\" read as qualifier exact, but the record says more_than".to_string()), "{shown:?}");
}

#[test]
fn figure_not_in_quote() {
    let toml = record(
        "Some 12,000 children were referred last year.",
        "12,500",
        "12500",
        "count",
        "exact",
    );
    assert_eq!(
        problems(&toml),
        vec!["data/figures.toml:4, field `figure`: \"12,500\" is not inside the quote"]
    );
}

#[test]
fn unreadable_words_and_the_unparsed_escape() {
    let toml = record(
        "Some 12,000 children were referred last year.",
        "children",
        "12000",
        "count",
        "exact",
    );
    let shown = problems(&toml);
    assert!(
        shown[0].starts_with(
            "data/figures.toml:4, field `figure`: the words \"children\" cannot be read as a figure"
        ),
        "{shown:?}"
    );
    let excused = toml.replace("topic =", "unparsed = \"test\"\ntopic =");
    assert!(problems(&excused).is_empty());
    let needless = record(
        "Some 12,000 children were referred last year.",
        "Some 12,000",
        "12000",
        "count",
        "approximately",
    )
    .replace("topic =", "unparsed = \"test\"\ntopic =");
    assert!(problems(&needless)[0].contains("field `unparsed`: marked unparsed, but the words \"Some 12,000\" read as 12000 count (approximately)"));
}

#[test]
fn duplicate_and_malformed_ids() {
    let one = record(
        "Some 12,000 children were referred last year.",
        "Some 12,000",
        "12000",
        "count",
        "approximately",
    );
    let twice = format!("{one}\n{one}");
    assert!(
        problems(&twice).contains(
            &"data/figures.toml:12, field `id`: id \"t-001\" is already used at line 2".to_string()
        ),
        "{:?}",
        problems(&twice)
    );
    let bad = one.replace("\"t-001\"", "\"T 1\"");
    assert_eq!(
        problems(&bad),
        vec![
            "data/figures.toml:2, field `id`: \"T 1\" is not an id (lower-case letters, digits and single hyphens)"
        ]
    );
}

#[test]
fn ranges_need_both_ends() {
    let toml = record(
        "Some 12,000 children were referred last year.",
        "Some 12,000",
        "12000",
        "count",
        "range",
    );
    let shown = problems(&toml);
    assert!(
        shown
            .iter()
            .any(|e| e.contains("field `value_high`: qualifier \"range\" needs value_high")),
        "{shown:?}"
    );
}

#[test]
fn all_problems_are_reported_together() {
    let a = record(
        "Some 12,000 children were referred last year.",
        "Some 12,000",
        "1",
        "count",
        "approximately",
    );
    let b = record("Not said by anyone at all.", "all", "1", "count", "exact")
        .replace("t-001", "t-002");
    let shown = problems(&format!("{a}\n{b}"));
    assert_eq!(shown.len(), 3, "{shown:?}");
}

/// Two good records (ids t-001 and t-002) with `claim` lines; the second's unit is `unit`.
fn claimed(first: &str, second: &str, unit: &str) -> String {
    let one = record(
        "Some 12,000 children were referred last year.",
        "Some 12,000",
        "12000",
        "count",
        "approximately",
    )
    .replace(
        "topic = \"child-protection\"\n",
        &format!("topic = \"child-protection\"\nclaim = \"{first}\"\n"),
    );
    let two = record(
        "Two thirds of councils overspent.",
        "Two thirds",
        "66.66666666666667",
        unit,
        "exact",
    )
    .replace("t-001", "t-002")
    .replace(
        "topic = \"child-protection\"\n",
        &format!("topic = \"child-protection\"\nclaim = \"{second}\"\n"),
    );
    format!("{one}\n{two}")
}

#[test]
fn a_claim_of_two_figures_in_one_unit_is_sound() {
    let toml = claimed("children-referred", "children-referred", "percent")
        .replace("unit = \"percent\"", "unit = \"count\"");
    // The second figure's words read as a percentage, which is named apart; a claim in one unit
    // raises no claim problem.
    assert!(
        problems(&toml).iter().all(|p| !p.contains("claim")),
        "{:?}",
        problems(&toml)
    );
}

#[test]
fn a_claim_key_that_is_not_a_slug_is_named() {
    let found = problems(&claimed(
        "Children Referred",
        "Children Referred",
        "percent",
    ));
    let claim_line = claimed("x", "x", "percent")
        .lines()
        .position(|l| l.starts_with("claim"))
        .unwrap()
        + 1;
    assert!(
        found.contains(&format!(
            "data/figures.toml:{claim_line}, field `claim`: \"Children Referred\" is not a claim key (lower-case letters, digits and single hyphens)"
        )),
        "{found:?}"
    );
}

#[test]
fn a_misspelt_claim_key_that_leaves_a_claim_of_one_is_named_with_the_likely_key() {
    let toml = format!(
        "{}\n{}",
        claimed(
            "inovation-programme-funding",
            "innovation-programme-funding",
            "percent"
        ),
        claimed("innovation-programme-funding", "other", "percent")
            .replace("t-001", "t-003")
            .replace("t-002", "t-004")
    );
    let found = problems(&toml);
    assert!(
        found.iter().any(|p| p.ends_with(
            "field `claim`: claim `inovation-programme-funding` has one figure; did you mean `innovation-programme-funding`?"
        )),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.ends_with(
            "field `claim`: claim `other` has one figure; a claim groups two or more figures that state the same quantity"
        )),
        "{found:?}"
    );
}

#[test]
fn every_figure_of_a_claim_has_the_same_unit() {
    let toml = claimed("children-referred", "children-referred", "percent");
    let unit_lines: Vec<usize> = toml
        .lines()
        .enumerate()
        .filter(|(_, l)| l.starts_with("unit ="))
        .map(|(i, _)| i + 1)
        .collect();
    let found = problems(&toml);
    assert!(
        found.contains(&format!(
            "data/figures.toml:{}, field `unit`: claim `children-referred` is in count at line {} but this figure is in percent; every figure of a claim has the same unit",
            unit_lines[1], unit_lines[0]
        )),
        "{found:?}"
    );
}
