//! A bring-your-own dataset: arbitrary JSON read as an array of figures, as the browser reads one,
//! then `check_figures`.
//!
//! Property: whatever `check_figures` accepts is sound (`cited_stats_fuzz::assert_sound`: words at
//! their offset, finite numbers, ordered ranges, unique ids, ISO dates), exports to JSON Lines and
//! CSV and reads back from JSON Lines unchanged; every problem it names points at a record that
//! exists. JSON cannot spell NaN or infinity but a JavaScript caller can, so the input's last
//! byte may plant one in a record's `value` or `value_high` first.
#![no_main]

use cited_stats::dataset::{Figure, Position, check_figures, from_jsonl, to_csv, to_jsonl};
use cited_stats_fuzz::assert_sound;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&last, json)) = data.split_last() else {
        return;
    };
    let Ok(items) = serde_json::from_slice::<Vec<serde_json::Value>>(json) else {
        return;
    };
    let mut figures: Vec<Figure> = items
        .into_iter()
        .filter_map(|item| serde_json::from_value(item).ok())
        .collect();
    plant_non_finite(&mut figures, last);
    let errors = check_figures("fuzz.json", &figures);
    for error in &errors {
        match &error.place.at {
            Position::Record { number, id } => {
                assert!(
                    (1..=figures.len()).contains(number),
                    "{error} names record {number} of {}",
                    figures.len()
                );
                assert_eq!(id.as_deref(), Some(figures[number - 1].id.as_str()));
            }
            Position::Whole => assert!(figures.is_empty(), "{error}"),
            other => panic!("{error}: a record of an array is never at {other:?}"),
        }
        assert!(!error.to_string().is_empty());
    }
    if !errors.is_empty() {
        return;
    }
    assert_sound(&figures);
    let jsonl = to_jsonl(&figures);
    let (again, problems) = from_jsonl("again.jsonl", &jsonl);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(again, figures, "JSON Lines round trip");
    let csv = to_csv(&figures);
    assert!(csv.starts_with("id,quote,figure_text,"), "CSV header");
    assert!(csv.ends_with('\n'), "CSV ends its last record");
});

/// Bits 0–1 of `byte` choose nothing, NaN, +∞ or −∞; bit 2 `value` or `value_high`; the rest, the
/// record.
fn plant_non_finite(figures: &mut [Figure], byte: u8) {
    let bad = match byte & 3 {
        1 => f64::NAN,
        2 => f64::INFINITY,
        3 => f64::NEG_INFINITY,
        _ => return,
    };
    let Some(len) = std::num::NonZeroUsize::new(figures.len()) else {
        return;
    };
    let figure = &mut figures[usize::from(byte >> 3) % len];
    if byte & 4 == 0 {
        figure.value = bad;
    } else {
        figure.value_high = Some(bad);
    }
}
