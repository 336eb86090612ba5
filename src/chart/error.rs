//! A chart that cannot be drawn, naming the option and the bad value.

use std::fmt;

/// A bad chart option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError {
    /// The option's name as the JS API spells it.
    pub option: &'static str,
    /// The bad value.
    pub value: String,
    /// What would be accepted.
    pub expected: &'static str,
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "chart option `{}`: {} is not {}",
            self.option, self.value, self.expected
        )
    }
}

impl std::error::Error for ChartError {}

/// Drawing failed in the backend (the message is the backend's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawError(pub String);

impl fmt::Display for DrawError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "drawing failed: {}", self.0)
    }
}

impl std::error::Error for DrawError {}
