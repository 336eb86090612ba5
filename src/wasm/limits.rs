//! The dataset limit's message as the page's loader reads it (`src/dataset/limits.rs` holds the
//! numbers and the messages), so the JS never retypes it; the numbers reach the JS through the
//! generated vocabulary (`DATASET_LIMITS` in www/lib/vocabulary.js).

use wasm_bindgen::prelude::*;

use crate::dataset::limits::too_many_bytes;

/// The message for a dataset from `source` cut off after `received` bytes.
#[wasm_bindgen(js_name = datasetTooLarge)]
pub fn dataset_too_large(source: &str, received: usize) -> String {
    too_many_bytes(source, received)
}
