//! cited-stats: the statistics quoted in UK parliamentary debates on children's social care, each
//! traced to the exact words spoken.
//!
//! Data flows one way:
//!
//! ```text
//! data/transcripts/*.txt ──transcript::parse──▶ Debate + Speeches (byte spans)
//!                                                    │
//! data/figures.toml ──dataset::parse──▶ records ─────┴─dataset::resolve──▶ Figure (speaker, date,
//!                         │                                                 debate from the speech)
//!                  number::phrase (words ↔ value, unit, qualifier)           │
//!                                                      dataset::validate ◀──┘ (all problems, with places)
//!                                                               │
//!                                    data/figures.jsonl (resolved, committed, golden-checked)
//! ```
//!
//! The resolved dataset is what a browser build embeds; the transcripts are needed only natively.
// Lints for every target (missing docs, no unwrap or expect outside tests): Cargo.toml's [lints].

#[macro_use]
mod slugs;

pub mod chart;
pub mod claims;
pub mod collections;
#[cfg(not(target_arch = "wasm32"))]
pub mod coverage;
pub mod dataset;
mod joining;
pub mod labels;
pub mod number;
pub mod query;
pub mod quoting;
mod sorting;
mod splitting;
pub mod transcript;
#[cfg(not(target_arch = "wasm32"))]
pub mod vocabulary;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
