//! The `cited-stats` command line: check, export, and its errors and exit codes.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::path::Path;
mod support;

use support::cli::{run, text};
use support::scratch::Scratch;

/// A scratch data folder holding the real transcripts and the given records file.
fn scratch_data(name: &str, figures_toml: &str) -> Scratch {
    let dir = Scratch::new(&format!("cli-{name}"));
    std::fs::create_dir_all(dir.join("transcripts")).unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/transcripts");
    for entry in std::fs::read_dir(source).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(
            &path,
            dir.join("transcripts").join(path.file_name().unwrap()),
        )
        .unwrap();
    }
    std::fs::write(dir.join("figures.toml"), figures_toml).unwrap();
    dir
}

#[test]
fn check_passes_on_the_committed_data_and_prints_a_summary() {
    let out = run(&["check"]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}{}", stdout, text(&out.stderr));
    for expected in [
        "5 transcripts, 4 debates",
        "per debate:",
        "per speaker:",
        "per unit:",
        "cite a source:",
        "with inferred fields:",
        "words not read mechanically:",
    ] {
        assert!(
            stdout.contains(expected),
            "{expected:?} missing from:\n{stdout}"
        );
    }
}

#[test]
fn export_jsonl_and_csv_carry_every_figure_and_provenance_column() {
    let jsonl = run(&["export", "--format", "jsonl"]);
    assert!(jsonl.status.success());
    let committed =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/figures.jsonl"))
            .unwrap();
    assert_eq!(text(&jsonl.stdout), committed);

    let csv_out = run(&["export", "--format", "csv"]);
    assert!(csv_out.status.success());
    let mut reader = csv::Reader::from_reader(csv_out.stdout.as_slice());
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    for column in [
        "id",
        "quote",
        "figure_text",
        "value",
        "value_high",
        "unit",
        "qualifier",
        "measure",
        "period",
        "geography",
        "cited_source",
        "topic",
        "speaker",
        "speaker_party",
        "speaker_constituency",
        "speaker_role",
        "debate",
        "date",
        "chamber",
        "transcript",
        "inferred",
    ] {
        assert!(headers.iter().any(|h| h == column), "CSV lacks {column}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), committed.lines().count());
    // Quotes with commas and quote marks survive the round trip.
    let first: serde_json::Value = serde_json::from_str(committed.lines().next().unwrap()).unwrap();
    assert_eq!(rows[0].get(1).unwrap(), first["quote"].as_str().unwrap());
}

#[test]
fn export_writes_a_file_with_output() {
    let folder = Scratch::new("cli-out");
    let path = folder.join("out.csv");
    let out = run(&[
        "export",
        "--format",
        "csv",
        "--output",
        path.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("id,quote,figure_text")
    );
}

#[test]
fn check_lists_every_problem_with_place_and_exits_1() {
    let records = "[[figure]]\nid = \"bad-001\"\nquote = '''Nobody said this sentence at all.'''\nfigure = \"all\"\n\
value = 1\nunit = \"count\"\nqualifier = \"exact\"\nmeasure = \"m\"\ntopic = \"funding\"\n\n\
[[figure]]\nid = \"bad-002\"\nquote = '''Right now, two thirds of our most vulnerable children live in local authorities where service provision is less than good.'''\n\
figure = \"two thirds\"\nvalue = 50\nunit = \"percent\"\nqualifier = \"exact\"\nmeasure = \"m\"\ntopic = \"weather\"\n";
    let dir = scratch_data("bad", records);
    let out = run(&["check", "--data", dir.to_str().unwrap()]);
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let file = dir.join("figures.toml").display().to_string();
    assert!(
        stderr.contains(&format!(
            "{file}:3, field `quote`: not found in any transcript"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{file}:4, field `figure`: the words \"all\" cannot be read"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{file}:19, field `topic`: \"weather\" is not one of"
        )),
        "{stderr}"
    );
    assert!(stderr.contains("3 problem(s) found"), "{stderr}");
    let export = run(&[
        "export",
        "--format",
        "jsonl",
        "--data",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(
        export.status.code(),
        Some(1),
        "nothing is exported from bad data"
    );
    assert!(export.stdout.is_empty());
}

#[test]
fn bad_arguments_exit_2_with_usage() {
    for args in [
        &["frobnicate"][..],
        &["export"],
        &["export", "--format", "xml"],
        &["check", "--bogus"],
        &["check", "--query", "chart=bars"],
        &["export", "--format", "csv", "--theme", "dark"],
        &[],
    ] {
        let out = run(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(text(&out.stderr).contains("usage: cited-stats"), "{args:?}");
    }
    let missing = run(&["check", "--data", "/nonexistent/place"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("/nonexistent/place"));
}

#[test]
fn export_json_is_one_array_of_the_same_figures_as_jsonl() {
    let json = run(&["export", "--format", "json"]);
    assert!(json.status.success());
    let array: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    let jsonl = run(&["export", "--format", "jsonl"]);
    let lines: Vec<serde_json::Value> = text(&jsonl.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(array.len() > 100);
    assert_eq!(array, lines);
}

/// Runs `cited-stats` with its standard output read by nobody: the pipe's reading end is closed
/// before the command writes (every output here is larger than a pipe's buffer, so the write
/// meets the closed end rather than filling the buffer).
fn run_into_closed_pipe(args: &[&str]) -> std::process::Output {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_cited-stats"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

/// `cited-stats export | head`: the reader stopping early is no error, and nothing panics.
#[test]
fn a_closed_pipe_ends_the_command_quietly() {
    for args in [
        &["export", "--format", "jsonl"][..],
        &["export", "--format", "csv"],
        &["svg", "--query", ""],
    ] {
        let out = run_into_closed_pipe(args);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

/// A write that fails for any other reason (here a full disk, /dev/full) is named, exit 1, with
/// no usage text: the arguments were fine.
#[test]
fn a_failed_write_is_named_with_exit_1_and_no_usage() {
    if !Path::new("/dev/full").exists() {
        return;
    }
    let to_stdout = std::process::Command::new(env!("CARGO_BIN_EXE_cited-stats"))
        .args(["export", "--format", "json"])
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .output()
        .unwrap();
    let to_file = run(&["export", "--format", "csv", "--output", "/dev/full"]);
    for (out, place) in [
        (to_stdout, "cannot write to standard output: "),
        (to_file, "cannot write /dev/full: "),
    ] {
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.starts_with(&format!("cited-stats: {place}")),
            "{stderr}"
        );
        assert!(!stderr.contains("usage:"), "{stderr}");
    }
}
