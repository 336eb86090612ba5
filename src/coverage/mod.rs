//! The coverage ledger (native only): every number phrase in every speech of every transcript is
//! accounted for, either as (part of) a figure's words or as an exclusion with a reason in
//! `coverage/<transcript>.toml` beside `figures.toml`.
//!
//! ```text
//! transcripts ──number::scan (each speech paragraph)──▶ phrases ─┐
//! figures (resolved) ──their words' byte spans──────────────────┼─▶ in a figure / excluded / unaccounted
//! coverage/*.toml ──ledger::parse_ledger──▶ exclusions ─────────┘     (+ stale or needless exclusions)
//! ```
//!
//! Reader comments set aside by the parser and page furniture are in no speech, so never scanned.

mod account;
mod error;
mod ledger;
mod propose;
mod reason;
mod sentence;

pub use account::{Coverage, Phrase, TranscriptCoverage, check_coverage};
pub use error::{CoverageError, CoverageProblem};
pub use ledger::{Exclusion, parse_ledger};
pub use propose::stubs;
pub use reason::Reason;
