//! `cited-stats export`: the resolved dataset as JSON Lines, one JSON array, or CSV.

use std::path::Path;
use std::process::ExitCode;

use cited_stats::dataset::{Figure, to_csv, to_json, to_json_detail, to_json_first, to_jsonl};

use super::output::{exit_code, write_to};

/// Writes `figures` in `format` to `output`, or to standard output. An unknown format is a bad
/// argument; a failed write is named with exit 1 (a closed pipe is no failure).
pub fn run(figures: &[Figure], format: &str, output: Option<&Path>) -> Result<ExitCode, String> {
    let text = match format {
        "jsonl" => to_jsonl(figures),
        "json" => to_json(figures),
        "csv" => to_csv(figures),
        "json-first" => to_json_first(figures).map_err(|e| format!("json-first: {e}"))?,
        "json-detail" => to_json_detail(figures).map_err(|e| format!("json-detail: {e}"))?,
        other => {
            return Err(format!(
                "--format {other:?} is not one of jsonl, json, csv, json-first, json-detail"
            ));
        }
    };
    Ok(exit_code(write_to(output, text.as_bytes())))
}
