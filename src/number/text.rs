//! Numbers written as text, the same natively and in the browser, without `f64`'s own formatting in
//! the browser module: Rust's float printer (shortest digits and exact decimals) costs that module
//! about 5 kB brotli, for numbers the browser itself prints perfectly well.
//!
//! - [`Plain`] writes a value as `{}` does: the fewest digits that read back as the same `f64`,
//!   never an exponent ("1500000000000000000000", "0.0000001"), `NaN`, `inf`, `-inf`, `-0`.
//!   Natively it is `{}`; in the browser the digits are JavaScript's (`Number.prototype.toString`,
//!   which also gives the fewest digits that read back), rewritten without its exponent. Where two
//!   strings of the fewest digits are exactly as near the value (it takes 16 or 17 significant
//!   digits, exactly halfway: a handful in 40,000 values drawn from all bit patterns, none in the
//!   dataset), the two may pick different ones; both read back as the same `f64`
//!   (`tests/web.rs`).
//! - [`fixed`] writes a value to a number of decimals as `{:.N}` does, rounding the exact value half
//!   to even, in integer arithmetic of its own on both sides.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use std::fmt;

use super::digits::whole_number;

/// A value written as `{}` writes an `f64` (see the module's documentation).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plain(pub f64);

impl fmt::Display for Plain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        #[cfg(not(target_arch = "wasm32"))]
        return write!(f, "{}", self.0);
        #[cfg(target_arch = "wasm32")]
        return f.write_str(&in_browser(self.0));
    }
}

/// The browser's shortest digits for `value`, in `{}`'s form.
#[cfg(target_arch = "wasm32")]
fn in_browser(value: f64) -> String {
    if value.is_nan() {
        return "NaN".into();
    }
    if value.is_infinite() {
        return if value > 0.0 { "inf" } else { "-inf" }.into();
    }
    if value == 0.0 {
        // JavaScript writes −0 as "0".
        return if value.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let text: String = js_sys::Number::from(value)
        .to_string_with_radix(10)
        .map(String::from)
        .unwrap_or_default();
    without_exponent(&text)
}

/// A finite number written with an exponent as JavaScript and Rust write one, one digit before any
/// point ("1.5e+21", "-1e-7", Rust's "1.5e21"), written out in full ("1500000000000000000000",
/// "-0.0000001"); text without an exponent is returned as it is.
pub fn without_exponent(text: &str) -> String {
    // By byte position, not `split_once` with a pattern of two chars (whose searcher the module
    // would otherwise carry for this one call); `e` and `E` are ASCII, so both halves are text.
    let Some(at) = text.bytes().position(|b| b == b'e' || b == b'E') else {
        return text.to_string();
    };
    let (Some(mantissa), Some(exponent)) = (text.get(..at), text.get(at.saturating_add(1)..))
    else {
        return text.to_string();
    };
    let Some(exponent) = whole_number(exponent) else {
        return text.to_string();
    };
    let (sign, mantissa) = mantissa
        .strip_prefix('-')
        .map_or(("", mantissa), |rest| ("-", rest));
    let digits: String = mantissa.chars().filter(|&c| c != '.').collect();
    // Digits before the point: the one before the mantissa's point, moved by the exponent.
    let point = exponent.saturating_add(1);
    let mut out = String::from(sign);
    let zeros = |n: i16, out: &mut String| out.extend((0..n).map(|_| '0'));
    match usize::try_from(point) {
        Ok(0) | Err(_) => {
            out.push_str("0.");
            zeros(point.saturating_neg(), &mut out);
            out.push_str(&digits);
        }
        Ok(point) if point >= digits.len() => {
            out.push_str(&digits);
            zeros(
                i16::try_from(point.saturating_sub(digits.len())).unwrap_or(0),
                &mut out,
            );
        }
        Ok(point) => {
            let (whole, fraction) = digits.split_at(point);
            out.push_str(whole);
            out.push('.');
            out.push_str(fraction);
        }
    }
    out
}

/// The most decimals [`fixed`] writes (so that its arithmetic stays within 64 bits).
pub const MAX_PLACES: u32 = 3;

/// `value` to `places` decimals (at most [`MAX_PLACES`]), as `format!("{value:.places$}")`
/// writes it: the exact value of the `f64` rounded half to even, a `-` before any negative value
/// (even one that rounds to 0), `NaN`, `inf`, `-inf`.
pub fn fixed(value: f64, places: u32) -> String {
    let places = places.min(MAX_PLACES);
    if value.is_nan() {
        return "NaN".into();
    }
    let sign = if value.is_sign_negative() { "-" } else { "" };
    if value.is_infinite() {
        return format!("{sign}inf");
    }
    // value = mantissa × 2^exponent, exactly.
    let bits = value.abs().to_bits();
    let biased = (bits >> 52) & 0x7ff;
    let fraction = bits & 0x000f_ffff_ffff_ffff;
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074i32)
    } else {
        (
            fraction | (1u64 << 52),
            i32::try_from(biased).unwrap_or(0).saturating_sub(1075),
        )
    };
    let digits = if exponent >= 0 {
        // A whole number: its digits, then `places` zeros.
        let whole = whole_digits(mantissa, exponent.unsigned_abs());
        format!("{whole}{}", "0".repeat(places as usize))
    } else {
        // mantissa × 10^places / 2^shift, rounded half to even. Below 2^53 × 10^3 < 2^63, the
        // product cannot overflow.
        let scaled = mantissa.wrapping_mul(10u64.wrapping_pow(places));
        let shift = exponent.unsigned_abs();
        let (quotient, remainder, half) = match shift.checked_sub(1) {
            Some(below) if shift < 64 => (
                scaled.checked_shr(shift).unwrap_or(0),
                scaled & u64::MAX.checked_shr(64u32.wrapping_sub(shift)).unwrap_or(0),
                1u64.checked_shl(below),
            ),
            // 2^shift is more than twice `scaled`: it rounds to 0.
            _ => (0, scaled, None),
        };
        let up =
            half.is_some_and(|half| remainder > half || (remainder == half && quotient & 1 == 1));
        quotient.saturating_add(u64::from(up)).to_string()
    };
    let places = places as usize;
    let digits = format!("{digits:0>width$}", width = places.saturating_add(1));
    let (whole, decimals) = digits.split_at(digits.len().saturating_sub(places));
    if decimals.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{decimals}")
    }
}

/// The decimal digits of `mantissa × 2^exponent`, a whole number of any size.
fn whole_digits(mantissa: u64, exponent: u32) -> String {
    // Base 10^9 limbs, least significant first. Each limb is below 2^30; shifted by at most 30
    // bits, plus a carry below 2^31, it stays below 2^61.
    const BASE: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = Vec::new();
    let mut rest = mantissa;
    while rest > 0 || limbs.is_empty() {
        limbs.push(rest.wrapping_rem(BASE));
        rest = rest.wrapping_div(BASE);
    }
    let mut left = exponent;
    while left > 0 {
        let step = left.min(30);
        left = left.wrapping_sub(step);
        let mut carry = 0u64;
        for limb in &mut limbs {
            let product = (*limb << step).wrapping_add(carry);
            *limb = product.wrapping_rem(BASE);
            carry = product.wrapping_div(BASE);
        }
        while carry > 0 {
            limbs.push(carry.wrapping_rem(BASE));
            carry = carry.wrapping_div(BASE);
        }
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut out = limbs.last().map(u64::to_string).unwrap_or_default();
    for limb in limbs.iter().rev().skip(1) {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values of every kind: whole, fractional, tiny, huge, subnormal, ties, and 20,000 drawn from
    /// all bit patterns.
    fn values() -> Vec<f64> {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.2,
            0.25,
            0.35,
            0.05,
            0.15,
            1.5,
            2.5,
            12.25,
            -0.04,
            -0.25,
            0.36,
            66.7,
            200.0 / 3.0,
            1.2e9,
            12_000.0,
            1e21,
            1e23,
            1.5e300,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            5e-324,
            1e-7,
            123.456,
            0.1 + 0.2,
            9_007_199_254_740_993.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            0.95,
            0.05,
            99.95,
            1e-300,
            4.35,
            2.675,
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            values.push(f64::from_bits(state));
            // And a value of everyday size, with few decimals.
            values.push((state % 10_000_000) as f64 / 10f64.powi((state % 5) as i32));
        }
        values
    }

    #[test]
    fn fixed_writes_what_format_writes_at_every_number_of_places() {
        for value in values() {
            for places in 0..=MAX_PLACES {
                assert_eq!(
                    fixed(value, places),
                    format!("{value:.prec$}", prec = places as usize),
                    "{value:e} to {places} places"
                );
            }
        }
    }

    #[test]
    fn without_exponent_writes_what_display_writes() {
        for value in values().into_iter().filter(|v| v.is_finite()) {
            let rust = format!("{value:e}");
            // JavaScript's form of the same digits: an explicit "+" on positive exponents.
            let javascript = match rust.split_once('e') {
                Some((m, e)) if !e.starts_with('-') => format!("{m}e+{e}"),
                _ => rust.clone(),
            };
            let expected = format!("{value}");
            assert_eq!(without_exponent(&rust), expected, "{rust}");
            assert_eq!(without_exponent(&javascript), expected, "{javascript}");
        }
        assert_eq!(without_exponent("12.5"), "12.5");
        assert_eq!(without_exponent("-1e-7"), "-0.0000001");
        assert_eq!(without_exponent("1.5e+21"), "1500000000000000000000");
    }

    #[test]
    fn plain_is_display_natively() {
        for value in values() {
            assert_eq!(Plain(value).to_string(), format!("{value}"));
        }
    }
}
