//! Loading the committed data (native only): transcripts + curated records → checked figures.

use std::path::{Path, PathBuf};

use crate::transcript::{Debate, Transcript, group_debates, load_transcripts};

use super::{Checked, DatasetError, Position, Problem, check_records, parse_records};

/// Where the data lives.
#[derive(Debug, Clone)]
pub struct DataPaths {
    /// The curated records file.
    pub figures: PathBuf,
    /// The folder of transcripts.
    pub transcripts: PathBuf,
}

impl DataPaths {
    /// The paths under a data folder: `<dir>/figures.toml` and `<dir>/transcripts/`.
    pub fn in_dir(dir: &Path) -> DataPaths {
        DataPaths {
            figures: dir.join("figures.toml"),
            transcripts: dir.join("transcripts"),
        }
    }

    /// This project's own `data/` folder.
    pub fn project() -> DataPaths {
        DataPaths::in_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data"))
    }
}

/// Everything a check produces.
#[derive(Debug, Clone)]
pub struct Built {
    /// The parsed transcripts.
    pub transcripts: Vec<Transcript>,
    /// The debates they make up.
    pub debates: Vec<Debate>,
    /// The resolved figures and every problem.
    pub checked: Checked,
}

/// Reads and checks everything; a file that cannot be read at all is one error naming it.
pub fn build_dataset(paths: &DataPaths) -> Result<Built, Vec<DatasetError>> {
    let file = paths.figures.display().to_string();
    let mut transcripts = load_transcripts(&paths.transcripts).map_err(|e| {
        let (name, at) = if e.line == 0 {
            (e.transcript.clone(), Position::Whole)
        } else {
            (
                format!("{}/{}.txt", paths.transcripts.display(), e.transcript),
                Position::Line(e.line),
            )
        };
        vec![DatasetError::at(
            &name,
            at,
            None,
            Problem::Syntax(e.problem),
        )]
    })?;
    let debates = group_debates(&mut transcripts);
    let text = std::fs::read_to_string(&paths.figures).map_err(|e| {
        vec![DatasetError::at(
            &file,
            Position::Whole,
            None,
            Problem::Syntax(format!("cannot read: {e}")),
        )]
    })?;
    let (records, mut errors) = parse_records(&file, &text);
    let mut checked = check_records(&file, &records, &transcripts, &debates);
    errors.append(&mut checked.errors);
    errors.sort_by_key(|e| e.place.at.number());
    checked.errors = errors;
    Ok(Built {
        transcripts,
        debates,
        checked,
    })
}
