//! The browser boundary: one handle, [`CitedStats`], over the core. It takes plain data (a
//! dataset as JS objects, a URL query string, sizes) and returns plain-object DTOs whose
//! TypeScript types are declared in `types.rs`. Every failure reaches JS as a real `Error`
//! carrying the core's message (`convert.rs`); the DTOs are built key by key (`object.rs`).
//!
//! ```text
//! JS objects ──convert──▶ Figure ─┐
//! query string ─────────▶ Query ──┴─select─▶ Selection ─layout─▶ Layout ─draw─▶ <canvas>
//! pointer (CSS px) ──────────────────────────────────────────────── hit ─▶ MarkView ──▶ JS
//! ```
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

mod canvas;
mod claims;
mod convert;
mod details;
mod figure_in;
mod handle;
mod limits;
mod messages;
mod metrics;
mod object;
mod shape;
mod summary;
mod trap;
mod types;
mod views;

pub use handle::CitedStats;
pub use limits::dataset_too_large;
pub use trap::trap_message;

/// The module's heap (single-threaded: this crate is built without the atomics feature).
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
