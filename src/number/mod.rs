//! Numbers in words: the figure's exact words ↔ value, unit and qualifier, and UK display formats.

pub(crate) mod digits;
pub mod format;
pub mod phrase;
mod qualifier_words;
#[cfg(not(target_arch = "wasm32"))]
pub mod scan;
pub mod text;
mod words;

pub use format::format_value;
pub use phrase::{PhraseError, Reading, read_figure};
#[cfg(not(target_arch = "wasm32"))]
pub use scan::{NumberPhrase, scan};

use serde::{Deserialize, Serialize};

/// What a figure counts or measures in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A number of things (children, social workers, councils…).
    Count,
    /// A percentage, 0–100 (fractions and "one in N" are read as percentages).
    Percent,
    /// Pounds sterling.
    Gbp,
    /// A duration or age in years.
    Years,
    /// A duration in months.
    Months,
    /// A duration in weeks.
    Weeks,
    /// A duration in days.
    Days,
    /// A duration in hours.
    Hours,
    /// A multiplier ("twice as likely" → 2).
    Times,
}

/// How the words bound the value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The number as stated.
    Exact,
    /// About, around, some, roughly.
    Approximately,
    /// More than, over, above.
    MoreThan,
    /// At least, no fewer than.
    AtLeast,
    /// Up to.
    UpTo,
    /// Nearly, almost, just under.
    Nearly,
    /// Less than, fewer than, under.
    LessThan,
    /// Between a lower and an upper value.
    Range,
}

slugs!(
    Unit,
    Count = "count",
    Percent = "percent",
    Gbp = "gbp",
    Years = "years",
    Months = "months",
    Weeks = "weeks",
    Days = "days",
    Hours = "hours",
    Times = "times"
);
slugs!(
    Qualifier,
    Exact = "exact",
    Approximately = "approximately",
    MoreThan = "more_than",
    AtLeast = "at_least",
    UpTo = "up_to",
    Nearly = "nearly",
    LessThan = "less_than",
    Range = "range"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for unit in Unit::ALL {
            assert_eq!(Unit::from_slug(unit.slug()), Some(*unit));
        }
        for qualifier in Qualifier::ALL {
            assert_eq!(Qualifier::from_slug(qualifier.slug()), Some(*qualifier));
        }
        assert_eq!(Unit::from_slug("furlongs"), None);
        assert!(Unit::expected().contains("percent"));
        for unit in Unit::ALL {
            assert_eq!(
                serde_json::to_string(unit).unwrap(),
                format!("\"{}\"", unit.slug())
            );
        }
        for qualifier in Qualifier::ALL {
            assert_eq!(
                serde_json::to_string(qualifier).unwrap(),
                format!("\"{}\"", qualifier.slug())
            );
        }
    }
}
