//! The number-phrase reader on arbitrary words (`read_figure`).
//!
//! Properties: a reading's numbers are finite and not negative; it has an upper value exactly
//! when its qualifier is "range"; white space round the words changes nothing; and the UK display
//! of the value (`format_value`: "£1.2bn", "12,000", "36%", "18 months") reads back as the same
//! unit and value, within the display's rounding.
#![no_main]

use cited_stats::number::{Qualifier, Reading, Unit, format_value, read_figure};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let read = read_figure(text);
    assert_eq!(
        read_figure(&format!(" \t{text}\n ")).ok(),
        read.clone().ok(),
        "white space changed the reading of {text:?}"
    );
    let Ok(reading) = read else {
        return;
    };
    check_reading(text, &reading);
    for value in std::iter::once(reading.value).chain(reading.value_high) {
        check_display_reads_back(value, reading.unit);
    }
});

fn check_reading(text: &str, reading: &Reading) {
    assert!(
        reading.value.is_finite() && reading.value >= 0.0,
        "{text:?} read as value {}",
        reading.value
    );
    match reading.value_high {
        Some(high) => {
            assert!(
                high.is_finite() && high >= 0.0,
                "{text:?} read as upper value {high}"
            );
            assert_eq!(reading.qualifier, Qualifier::Range, "{text:?}");
        }
        None => assert_ne!(reading.qualifier, Qualifier::Range, "{text:?}"),
    }
}

/// The display of `value` in `unit` reads back as `unit` and `value`, within the display's rounding
/// (one decimal, of billions or millions where it shows "bn" or "m"). "×" is not read.
fn check_display_reads_back(value: f64, unit: Unit) {
    if unit == Unit::Times {
        return;
    }
    let shown = format_value(value, unit);
    let reading = read_figure(&shown)
        .unwrap_or_else(|e| panic!("the display {shown:?} of {value} {unit} is unreadable: {e}"));
    assert_eq!(reading.unit, unit, "{shown:?} of {value} {unit}");
    let step = match unit {
        Unit::Gbp | Unit::Count if shown.ends_with("bn") => 1e9,
        Unit::Gbp | Unit::Count if shown.ends_with('m') => 1e6,
        _ => 1.0,
    };
    let tolerance = (0.05 * step) * (1.0 + 1e-9) + 1e-12 * value.abs();
    assert!(
        (reading.value - value).abs() <= tolerance,
        "{shown:?} reads back as {} for {value} {unit}",
        reading.value
    );
}
