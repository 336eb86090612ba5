//! `cited-stats check`: the summary printed once the dataset has passed every check.

use cited_stats::dataset::{Built, Summary};

/// Prints the transcripts, the debates and the summary of the figures.
pub fn print(built: &Built) {
    println!(
        "{} transcripts, {} debates",
        built.transcripts.len(),
        built.debates.len()
    );
    for debate in &built.debates {
        let date = debate
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        println!(
            "  {date}  {} ({}; {} part(s))",
            debate.title,
            debate.chamber.label(),
            debate.transcripts.len()
        );
    }
    print!("{}", Summary::of(&built.checked.figures));
    println!(
        "ok: every quote is verbatim in one speech, and every figure's words agree with its record"
    );
}
