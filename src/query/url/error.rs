//! A problem with one parameter of a URL query string, named with its value.

use std::fmt;

use crate::quoting::Quoted;

/// One problem with one parameter of a URL query string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlError {
    /// The parameter's name as given (decoded when it can be).
    pub parameter: String,
    /// The offending value: for a list, the one bad item; decoded when it can be.
    pub value: String,
    /// What is wrong, phrased to follow the quoted value ("is not one of (…)").
    pub problem: String,
}

impl UrlError {
    pub(crate) fn new(parameter: &str, value: &str, problem: String) -> UrlError {
        UrlError {
            parameter: parameter.to_string(),
            value: value.to_string(),
            problem,
        }
    }
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "URL parameter `{}`: {} {}",
            self.parameter,
            Quoted(&self.value),
            self.problem
        )
    }
}

impl std::error::Error for UrlError {}
