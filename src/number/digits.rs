//! Digits read one by one: a whole number as `str::parse::<i16>` reads it, and one hexadecimal
//! digit. The standard library's integer parser (behind `str::parse` and `from_str_radix`) costs
//! the browser module more than these loops.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

/// `text` as a whole number, as `str::parse::<i16>` reads one (an optional sign, then decimal
/// digits).
pub(crate) fn whole_number(text: &str) -> Option<i16> {
    let (negative, digits) = match text.as_bytes() {
        [b'-', rest @ ..] => (true, rest),
        [b'+', rest @ ..] => (false, rest),
        rest => (false, rest),
    };
    if digits.is_empty() {
        return None;
    }
    digits.iter().try_fold(0i16, |value, &byte| {
        let digit = i16::try_from(char::from(byte).to_digit(10)?).ok()?;
        let value = value.checked_mul(10)?;
        if negative {
            value.checked_sub(digit)
        } else {
            value.checked_add(digit)
        }
    })
}

/// The value of one hexadecimal digit, `0`–`9`, `a`–`f` or `A`–`F`; `None` for any other byte.
pub(crate) fn hex_digit(byte: u8) -> Option<u8> {
    char::from(byte)
        .to_digit(16)
        .and_then(|digit| u8::try_from(digit).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_read_as_str_parse_reads_them() {
        let mut texts: Vec<String> = [
            "", "+", "-", "0", "-0", "+0", "7", "+21", "-7", "007", "-324", "308", "32767",
            "32768", "-32768", "-32769", "99999", "1e3", " 1", "1 ", "--1", "+-1", "١", "½",
            "0x10", "12a",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend((-1000..=1000).map(|n: i32| n.to_string()));
        texts.extend((0..=400).map(|n| format!("+{n}")));
        for text in &texts {
            assert_eq!(whole_number(text), text.parse::<i16>().ok(), "{text:?}");
        }
    }

    #[test]
    fn hex_digits_are_read_in_either_case_and_nothing_else() {
        for byte in 0..=u8::MAX {
            let expected = u8::from_str_radix(&char::from(byte).to_string(), 16).ok();
            assert_eq!(hex_digit(byte), expected, "{byte}");
        }
    }
}
