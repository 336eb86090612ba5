//! `cited-stats export`: the resolved dataset as JSON Lines, one JSON array, or CSV.

use std::path::Path;
use std::process::ExitCode;

use cited_stats::dataset::{Figure, to_csv, to_json, to_json_detail, to_json_first, to_jsonl};

/// Writes `figures` in `format` to `output`, or to standard output.
pub fn run(figures: &[Figure], format: &str, output: Option<&Path>) -> Result<ExitCode, String> {
    let text = match format {
        "jsonl" => to_jsonl(figures),
        "json" => to_json(figures),
        "csv" => to_csv(figures),
        "json-first" => to_json_first(figures),
        "json-detail" => to_json_detail(figures),
        other => {
            return Err(format!(
                "--format {other:?} is not one of jsonl, json, csv, json-first, json-detail"
            ));
        }
    };
    match output {
        Some(path) => std::fs::write(path, text)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}
