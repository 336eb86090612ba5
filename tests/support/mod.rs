//! Helpers shared by the chart tests.

pub mod render;
