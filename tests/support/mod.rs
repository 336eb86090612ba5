//! Helpers shared by the integration tests.
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

pub mod cli;
pub mod render;
pub mod scratch;
