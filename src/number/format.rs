//! UK display of values: £1.2bn, £350m, 12,000, 36%, 66.7%.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use super::Unit;
use super::text::fixed;
use crate::splitting::split_once_on;

/// Formats a value for display in its unit: `£1.2bn`, `£73m`, `£5,000`, `12,000`, `36%`, `18 months`.
///
/// ```
/// use cited_stats::number::{format_value, Unit};
///
/// assert_eq!(format_value(1.2e9, Unit::Gbp), "£1.2bn");
/// assert_eq!(format_value(12_000.0, Unit::Count), "12,000");
/// assert_eq!(format_value(200.0 / 3.0, Unit::Percent), "66.7%");
/// ```
pub fn format_value(value: f64, unit: Unit) -> String {
    match unit {
        Unit::Gbp => format!("£{}", money(value)),
        Unit::Percent => format!("{}%", decimal(value, 1)),
        Unit::Count => compact_count(value),
        Unit::Times => format!("{}×", decimal(value, 1)),
        Unit::Years => with_unit(value, "year"),
        Unit::Months => with_unit(value, "month"),
        Unit::Weeks => with_unit(value, "week"),
        Unit::Days => with_unit(value, "day"),
        Unit::Hours => with_unit(value, "hour"),
    }
}

fn with_unit(value: f64, singular: &str) -> String {
    let plural = if (value - 1.0).abs() < f64::EPSILON {
        ""
    } else {
        "s"
    };
    format!("{} {singular}{plural}", decimal(value, 1))
}

fn money(value: f64) -> String {
    let abs = value.abs();
    if abs >= 1e9 {
        format!("{}bn", decimal(value / 1e9, 1))
    } else if abs >= 1e6 {
        format!("{}m", decimal(value / 1e6, 1))
    } else {
        grouped(value)
    }
}

fn compact_count(value: f64) -> String {
    if value.abs() >= 1e6 {
        format!("{}m", decimal(value / 1e6, 1))
    } else {
        grouped(value)
    }
}

/// At most `places` decimals, trailing zeros dropped: 1.20 → "1.2", 2.0 → "2".
fn decimal(value: f64, places: u32) -> String {
    let text = fixed(value, places);
    let text = if text.as_bytes().contains(&b'.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    if text == "-0" { "0".to_string() } else { text }
}

/// A run of ASCII digits with commas between the thousands: "16000000" → "16,000,000".
pub(crate) fn group_digits(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len().saturating_add(digits.len() / 3));
    for (i, c) in digits.chars().enumerate() {
        let left = digits.len().saturating_sub(i);
        if i > 0 && left.checked_rem(3) == Some(0) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Thousands separated by commas, at most one decimal: 12000 → "12,000", 0.7 → "0.7".
fn grouped(value: f64) -> String {
    let text = decimal(value, 1);
    let (sign, digits) = text
        .strip_prefix('-')
        .map_or(("", text.as_str()), |d| ("-", d));
    let (whole, fraction) =
        split_once_on(digits, b'.').map_or((digits, None), |(w, f)| (w, Some(f)));
    let out = group_digits(whole);
    match fraction {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uk_formats() {
        assert_eq!(format_value(1.2e9, Unit::Gbp), "£1.2bn");
        assert_eq!(format_value(7.3e7, Unit::Gbp), "£73m");
        assert_eq!(format_value(3.5e8, Unit::Gbp), "£350m");
        assert_eq!(format_value(5000.0, Unit::Gbp), "£5,000");
        assert_eq!(format_value(12_000.0, Unit::Count), "12,000");
        assert_eq!(format_value(1_234_567.0, Unit::Count), "1.2m");
        assert_eq!(format_value(36.0, Unit::Percent), "36%");
        assert_eq!(format_value(200.0 / 3.0, Unit::Percent), "66.7%");
        assert_eq!(format_value(0.7, Unit::Percent), "0.7%");
        assert_eq!(format_value(18.0, Unit::Months), "18 months");
        assert_eq!(format_value(1.0, Unit::Years), "1 year");
        assert_eq!(format_value(2.0, Unit::Times), "2×");
        assert_eq!(format_value(0.0, Unit::Count), "0");
        assert_eq!(format_value(-1500.0, Unit::Count), "-1,500");
    }
}
