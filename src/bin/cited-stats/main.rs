//! `cited-stats`: the command line for the people who maintain the data.
//!
//! ```text
//! cited-stats check                         validate everything, print a summary; exit 1 on any problem
//! cited-stats export --format jsonl|json|csv  print the resolved dataset
//!        [--output FILE]                    … or write it to FILE
//! Common: --data DIR                        a data folder with figures.toml and transcripts/ (default: the project's)
//! ```
//!
//! The browser build (wasm32) has no command line; there the binary is an empty stub, so that
//! `cargo test --target wasm32-unknown-unknown` can build it.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
