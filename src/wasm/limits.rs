//! The dataset limits as the page's loader reads them (`src/dataset/limits.rs` holds the numbers
//! and the messages), so the JS never retypes either.

use wasm_bindgen::prelude::*;

use crate::dataset::limits::{MAX_DATASET_BYTES, too_many_bytes};

/// The most bytes a dataset URL may send (the loader stops reading past it).
#[wasm_bindgen(js_name = datasetByteLimit)]
pub fn dataset_byte_limit() -> usize {
    MAX_DATASET_BYTES
}

/// The message for a dataset from `source` cut off after `received` bytes.
#[wasm_bindgen(js_name = datasetTooLarge)]
pub fn dataset_too_large(source: &str, received: usize) -> String {
    too_many_bytes(source, received)
}
