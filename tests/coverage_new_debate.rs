//! Adding a debate, end to end, as `data/README.md` tells a researcher to: a small transcript in the
//! Parallel Parliament layout, written for this test (no real debate), goes into a copy of the
//! data folder; `coverage` lists its number phrases as unaccounted; `--propose` gives a stub for
//! each; the stubs of the statistics are filled in and the rest excluded; then `check` and
//! `coverage` pass and `export` carries the new debate.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

mod support;

use support::cli::{run, text};
use support::scratch::{append, copy_of_data};

const NAME: &str = "2030-01-10-westminster-hall-test-debate";

const TRANSCRIPT: &str = "Test Debate on Northtown Children’s Services Debate
Thursday 10th January 2030
Westminster Hall
Alex Example Portrait Alex Example (Northtown) (Lab)
- View Speech - Hansard - - - Excerpts
Nearly 4,000 children in Northtown are waiting for an assessment. Two thirds of them have waited more than 12 weeks.
I have two questions for the Minister.
Sam Sample Portrait The Minister for Children (Sam Sample)
- View Speech - Hansard - - - Excerpts
We will invest £30 million over three years.
";

/// One stub of `--propose`'s output: its comment line and its table.
fn stub_for<'a>(proposed: &'a str, phrase: &str) -> &'a str {
    proposed
        .split("\n\n")
        .find(|stub| stub.contains(&format!("\nfigure = {phrase:?}\n")))
        .unwrap_or_else(|| panic!("no stub for {phrase:?} in:\n{proposed}"))
}

/// A stub with the fields a person fills: id, measure and topic.
fn filled(stub: &str, id: &str, measure: &str, topic: &str) -> String {
    let mut out = String::new();
    for line in stub.lines() {
        let line = if line.starts_with("id = \"\"") {
            format!("id = \"{id}\"")
        } else if line == "measure = \"\"" {
            format!("measure = \"{measure}\"")
        } else if line == "topic = \"\"" {
            format!("topic = \"{topic}\"")
        } else {
            line.to_string()
        };
        out.push_str(&line);
        out.push('\n');
    }
    format!("\n{out}")
}

#[test]
fn a_new_debate_goes_from_unaccounted_to_exported() {
    let dir = copy_of_data("new-debate");
    let data = dir.to_str().unwrap();
    std::fs::write(
        dir.join("transcripts").join(format!("{NAME}.txt")),
        TRANSCRIPT,
    )
    .unwrap();
    let file = dir
        .join("transcripts")
        .join(format!("{NAME}.txt"))
        .display()
        .to_string();

    // 1. The new transcript's phrases are all unaccounted, each named.
    let out = run(&["coverage", "--data", data]);
    assert!(!out.status.success());
    let stdout = text(&out.stdout);
    let row = stdout.lines().find(|l| l.starts_with(NAME)).unwrap();
    assert_eq!(
        row.split_whitespace().skip(1).collect::<Vec<_>>(),
        ["6", "0", "0", "6"],
        "{stdout}"
    );
    let stderr = text(&out.stderr);
    for (line, phrase) in [
        (6, "Nearly 4,000"),
        (6, "Two thirds"),
        (6, "more than 12 weeks"),
        (7, "two"),
        (10, "£30 million"),
        (10, "over three years"),
    ] {
        let named = format!("{file}:{line}: number phrase {phrase:?} is in no figure");
        assert!(stderr.contains(&named), "{named:?} in:\n{stderr}");
    }
    assert!(stderr.ends_with("6 problem(s) found\n"), "{stderr}");

    // 2. --propose gives a ready stub for each.
    let out = run(&["coverage", "--propose", "--data", data]);
    assert!(out.status.success());
    let proposed = text(&out.stdout);
    assert_eq!(proposed.matches("[[figure]]").count(), 6, "{proposed}");
    let children = stub_for(&proposed, "Nearly 4,000");
    assert!(children.contains(
        "quote = '''Nearly 4,000 children in Northtown are waiting for an assessment.'''\n"
    ));
    assert!(children.contains("value = 4000\n"), "{children}");
    assert!(children.contains("qualifier = \"nearly\"\n"), "{children}");

    // 3. The statistics' stubs filled in, the rest excluded.
    let figures = dir.join("figures.toml");
    append(
        &figures,
        &filled(
            children,
            "test-2030-001",
            "children waiting for an assessment",
            "child-protection",
        ),
    );
    append(
        &figures,
        &filled(
            stub_for(&proposed, "Two thirds"),
            "test-2030-002",
            "children waiting more than 12 weeks for an assessment",
            "child-protection",
        ),
    );
    append(
        &figures,
        &filled(
            stub_for(&proposed, "£30 million"),
            "test-2030-003",
            "investment promised by the Minister",
            "funding",
        ),
    );
    std::fs::write(
        dir.join("coverage").join(format!("{NAME}.toml")),
        "[[exclude]]\nline = 6\nphrase = \"more than 12 weeks\"\nreason = \"part-of\"\nof = \"test-2030-002\"\n\n\
         [[exclude]]\nline = 7\nphrase = \"two\"\nreason = \"procedural\"\nnote = \"two questions\"\n\n\
         [[exclude]]\nline = 10\nphrase = \"over three years\"\nreason = \"part-of\"\nof = \"test-2030-003\"\n",
    )
    .unwrap();

    // 4. check, coverage and export.
    let out = run(&["check", "--data", data]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(&["coverage", "--data", data]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    let row = stdout.lines().find(|l| l.starts_with(NAME)).unwrap();
    assert_eq!(
        row.split_whitespace().skip(1).collect::<Vec<_>>(),
        ["6", "3", "3", "0"]
    );
    let out = run(&["export", "--format", "jsonl", "--data", data]);
    assert!(out.status.success());
    let exported = text(&out.stdout);
    let new: Vec<&str> = exported
        .lines()
        .filter(|l| {
            l.contains("\"debate_id\":\"2030-01-10-test-debate-on-northtown-childrens-services\"")
        })
        .collect();
    assert_eq!(new.len(), 3, "{exported}");
    assert!(new[0].contains("\"speaker\":\"Alex Example\""));
    assert!(new[2].contains("\"speaker\":\"Sam Sample\""));
    assert!(new[2].contains("\"value\":30000000"));
}
