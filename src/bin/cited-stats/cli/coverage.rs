//! `cited-stats coverage`: the ledger's table, and every unaccounted phrase or bad exclusion named;
//! with `--propose`, a `[[figure]]` stub for each unaccounted phrase.

use std::fmt::Write;
use std::process::ExitCode;

use cited_stats::coverage::{Coverage, check_coverage, stubs};
use cited_stats::dataset::{Built, DataPaths};

use super::output::{exit_code, write_stdout};

/// Runs the check: exit 0 when every phrase is accounted for and every exclusion is used, else 1
/// with each problem on standard error. With `propose`, prints the stubs and exits 0.
pub fn run(built: &Built, paths: &DataPaths, propose: bool) -> ExitCode {
    let coverage = check_coverage(built, paths);
    if propose {
        return exit_code(write_stdout(stubs(&coverage).as_bytes()));
    }
    let written = write_stdout(table(&coverage).as_bytes());
    if coverage.errors.is_empty() {
        return exit_code(written);
    }
    for error in &coverage.errors {
        eprintln!("{error}");
    }
    eprintln!("{} problem(s) found", coverage.errors.len());
    ExitCode::FAILURE
}

/// Per transcript: phrases found, in figures, excluded, unaccounted; then the totals.
fn table(coverage: &Coverage) -> String {
    let width = coverage
        .transcripts
        .iter()
        .map(|t| t.name.chars().count())
        .max()
        .unwrap_or(0)
        .max("transcript".len());
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{:width$}  {:>5}  {:>10}  {:>8}  {:>11}",
        "transcript", "found", "in figures", "excluded", "unaccounted"
    );
    let mut totals = [0usize; 4];
    for t in &coverage.transcripts {
        let row = [t.found, t.in_figures, t.excluded, t.unaccounted.len()];
        let _ = writeln!(
            out,
            "{:width$}  {:>5}  {:>10}  {:>8}  {:>11}",
            t.name, row[0], row[1], row[2], row[3]
        );
        for (total, n) in totals.iter_mut().zip(row) {
            *total += n;
        }
    }
    let _ = writeln!(
        out,
        "{:width$}  {:>5}  {:>10}  {:>8}  {:>11}",
        "total", totals[0], totals[1], totals[2], totals[3]
    );
    if coverage.errors.is_empty() {
        out.push_str(
            "ok: every number phrase in every speech is in a figure or excluded with a reason\n",
        );
    }
    out
}
