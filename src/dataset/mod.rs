//! The dataset: curated records (quote, figure words, value, unit, …) resolved against the
//! transcripts into [`Figure`]s that carry speaker, date and debate from the speech holding the quote.

mod check;
mod citation;
mod csv;
mod embedded;
mod error;
mod export;
mod fields;
mod figure;
pub mod limits;
#[cfg(not(target_arch = "wasm32"))]
mod parse;
mod provenance;
mod record;
#[cfg(any(test, not(target_arch = "wasm32")))]
mod resolve;
mod split;
mod summary;
mod topic;
#[cfg(any(test, not(target_arch = "wasm32")))]
mod validate;

pub use check::{check_figures, check_numbered};
pub use citation::{citation, isolate, isolated_citation, parliamentary_citation};
pub use embedded::EMBEDDED_JSONL;
#[cfg(any(test, not(target_arch = "wasm32")))]
pub use embedded::embedded_figures;
pub use error::{DatasetError, Place, Position, Problem};
#[cfg(any(test, not(target_arch = "wasm32")))]
pub use export::from_jsonl;
pub use export::{
    CSV_EXTRA_COLUMNS, DERIVED_FIELDS, csv_columns, to_csv, to_csv_of, to_json, to_json_of,
    to_jsonl, to_jsonl_of,
};
pub use fields::{
    FIELDS, FIGURE_FIELDS, Field, FieldKind, Part, field_named, field_names_then, is_detail_field,
};
pub use figure::Figure;
#[cfg(not(target_arch = "wasm32"))]
pub use parse::parse_records;
pub use provenance::{dataset_note, source_line};
pub use record::{At, CuratedRecord};
#[cfg(not(target_arch = "wasm32"))]
pub use split::{to_json_detail, to_json_first};
pub use summary::Summary;
pub use topic::Topic;
#[cfg(any(test, not(target_arch = "wasm32")))]
pub use validate::{Checked, check_records};

#[cfg(not(target_arch = "wasm32"))]
pub use build::{Built, DataPaths, build_dataset};

#[cfg(not(target_arch = "wasm32"))]
mod build;
