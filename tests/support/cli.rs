//! Shared by the command-line tests: run the built `cited-stats` binary and read what it printed.
// Each test crate compiles this module separately; not every one uses every helper.
#![allow(dead_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::process::{Command, Output};

/// Runs `cited-stats` with `args` and waits for it.
pub fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cited-stats"))
        .args(args)
        .output()
        .unwrap()
}

/// Printed bytes as text (lossy, for messages).
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
