//! Numbers as text (`number::text`) on every f64 the input spells (its first eight bytes as the
//! bits, the ninth as the number of places).
//!
//! Properties: `fixed` writes what `{:.N}` writes, for every number of places it takes; and
//! `without_exponent` turns `{:e}`, and JavaScript's form of the same digits ("e+21"), into what
//! `{}` writes.
#![no_main]

use cited_stats::number::text::{MAX_PLACES, fixed, without_exponent};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((bits, rest)) = data.split_first_chunk::<8>() else {
        return;
    };
    let value = f64::from_bits(u64::from_le_bytes(*bits));
    let places = u32::from(rest.first().copied().unwrap_or(1)) % (MAX_PLACES + 1);
    assert_eq!(
        fixed(value, places),
        format!("{value:.prec$}", prec = places as usize),
        "{value:e} to {places} places"
    );
    if value.is_finite() {
        let rust = format!("{value:e}");
        let javascript = match rust.split_once('e') {
            Some((mantissa, exponent)) if !exponent.starts_with('-') => {
                format!("{mantissa}e+{exponent}")
            }
            _ => rust.clone(),
        };
        assert_eq!(without_exponent(&rust), format!("{value}"), "{rust}");
        assert_eq!(
            without_exponent(&javascript),
            format!("{value}"),
            "{javascript}"
        );
    }
});
