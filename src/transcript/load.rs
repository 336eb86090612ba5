//! Reading the transcripts folder (native only).

use std::path::Path;

use super::{Transcript, TranscriptError, parse_transcript};

/// Reads and parses every `*.txt` in `dir`, in file-name order.
pub fn load_transcripts(dir: &Path) -> Result<Vec<Transcript>, TranscriptError> {
    let io_error = |problem: String| TranscriptError {
        transcript: dir.display().to_string(),
        line: 0,
        problem,
    };
    let entries =
        std::fs::read_dir(dir).map_err(|e| io_error(format!("cannot read folder: {e}")))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| io_error(format!("cannot list folder: {e}")))?
            .path();
        if path.extension().is_some_and(|ext| ext == "txt") {
            paths.push(path);
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let text = std::fs::read_to_string(path).map_err(|e| TranscriptError {
                transcript: name.clone(),
                line: 0,
                problem: format!("cannot read {}: {e}", path.display()),
            })?;
            parse_transcript(&name, &text)
        })
        .collect()
}
