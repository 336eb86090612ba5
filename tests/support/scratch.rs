//! Scratch folders for the tests that write files: each test's own, removed when it is done with
//! it, and a scratch copy of the project's data folder (transcripts, figures.toml and the coverage
//! ledger) that a coverage test may change.
#![allow(dead_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::path::{Path, PathBuf};

/// A folder of one test's own in the temporary folder, `cited-stats-{name}-{process id}`, empty
/// to start with. It is removed when the test is done with it (when this is dropped); a test that
/// fails keeps it, and says where, to be looked at.
pub struct Scratch(PathBuf);

impl Scratch {
    /// A new, empty folder for `name` (what a previous run left there is removed first).
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("cited-stats-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    /// Its path as text, for a command's arguments.
    pub fn arg(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!("the failing test's files are kept in {}", self.0.display());
        } else {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// A fresh copy of `data/` (without the resolved JSON Lines) in a scratch folder.
pub fn copy_of_data(name: &str) -> Scratch {
    let dir = Scratch::new(&format!("coverage-{name}"));
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    for sub in ["transcripts", "coverage"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        for entry in std::fs::read_dir(source.join(sub)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.join(sub).join(path.file_name().unwrap())).unwrap();
        }
    }
    std::fs::copy(source.join("figures.toml"), dir.join("figures.toml")).unwrap();
    dir
}

/// Replaces the one occurrence of `from` in the file `path` with `to`.
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} in {}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Appends `text` to the file `path`.
pub fn append(path: &Path, text: &str) {
    let mut old = std::fs::read_to_string(path).unwrap_or_default();
    old.push_str(text);
    std::fs::write(path, old).unwrap();
}

/// The 1-based line of the first line of `path` that starts with `start`, after line `after`.
pub fn line_of(path: &Path, start: &str, after: usize) -> usize {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .skip(after)
        .find(|(_, line)| line.starts_with(start))
        .map(|(i, _)| i + 1)
        .unwrap()
}
