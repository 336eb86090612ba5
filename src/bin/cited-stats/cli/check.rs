//! `cited-stats check`: the summary printed once the dataset has passed every check.

use std::fmt::Write;
use std::process::ExitCode;

use cited_stats::dataset::{Built, Summary};

use super::output::{exit_code, write_stdout};

/// Prints the transcripts, the debates and the summary of the figures.
pub fn print(built: &Built) -> ExitCode {
    exit_code(write_stdout(report(built).as_bytes()))
}

/// The report `check` prints.
fn report(built: &Built) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(
        out,
        "{} transcripts, {} debates",
        built.transcripts.len(),
        built.debates.len()
    );
    for debate in &built.debates {
        let date = debate
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        let _ = writeln!(
            out,
            "  {date}  {} ({}; {} part(s))",
            debate.title,
            debate.chamber.label(),
            debate.transcripts.len()
        );
    }
    let _ = write!(out, "{}", Summary::of(&built.checked.figures));
    out.push_str(
        "ok: every quote is verbatim in one speech, and every figure's words agree with its record\n",
    );
    out
}
