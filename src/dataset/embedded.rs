//! The resolved dataset built into the library, for the command line and the tests. The browser
//! module does not hold it: it opens the exported JSON (`www/data/figures-first.json`, then the
//! details), so this text is dropped from the wasm at link time.

#[cfg(any(test, not(target_arch = "wasm32")))]
use super::{DatasetError, Figure, from_jsonl};

/// The committed resolved dataset, `data/figures.jsonl`, as produced by `cited-stats export`.
pub const EMBEDDED_JSONL: &str = include_str!("../../data/figures.jsonl");

/// The built-in figures; errors name the embedded file's line (a test keeps this list empty).
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn embedded_figures() -> Result<Vec<Figure>, Vec<DatasetError>> {
    let (figures, errors) = from_jsonl("data/figures.jsonl", EMBEDDED_JSONL);
    if errors.is_empty() {
        Ok(figures)
    } else {
        Err(errors)
    }
}
