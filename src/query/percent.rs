//! Percent-encoding of URL query values (UTF-8), as `application/x-www-form-urlencoded` reads them.
//!
//! Encoding leaves only the RFC 3986 unreserved characters (`A–Z a–z 0–9 - . _ ~`) as they are,
//! writes a space as `+`, and every other byte of the UTF-8 as `%XX` (upper-case hex), so `&`, `=`,
//! `+`, `%`, `,` and `#` inside a value never read as syntax. Decoding accepts any `%XX` (either
//! case), `+` as a space and any other character as itself, and rejects a `%` not followed by two
//! hex digits or bytes that are not UTF-8.

use crate::number::digits::hex_digit;
use std::fmt;

/// Why a piece of a query string could not be decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DecodeError {
    /// A `%` not followed by two hex digits.
    BadEscape,
    /// The decoded bytes are not UTF-8.
    NotUtf8,
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DecodeError::BadEscape => {
                "has a malformed percent escape (`%` must be followed by two hex digits)"
            }
            DecodeError::NotUtf8 => "is not UTF-8 text once percent-decoded",
        })
    }
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// `text` percent-encoded for use as a query-string name or value.
pub(super) fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &byte in text.as_bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(char::from(byte));
            }
            b' ' => out.push('+'),
            _ => {
                out.push('%');
                for nibble in [byte >> 4, byte & 0x0F] {
                    out.push(char::from(
                        HEX.get(usize::from(nibble)).copied().unwrap_or(b'0'),
                    ));
                }
            }
        }
    }
    out
}

/// `text` percent-decoded.
pub(super) fn decode(text: &str) -> Result<String, DecodeError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            // `i` stays within the text's length, far from overflowing.
            b'+' => {
                out.push(b' ');
                i = i.saturating_add(1);
            }
            b'%' => {
                let high = bytes.get(i.saturating_add(1)).copied().and_then(hex_digit);
                let low = bytes.get(i.saturating_add(2)).copied().and_then(hex_digit);
                match (high, low) {
                    (Some(high), Some(low)) => out.push((high << 4) | low),
                    _ => return Err(DecodeError::BadEscape),
                }
                i = i.saturating_add(3);
            }
            _ => {
                out.push(byte);
                i = i.saturating_add(1);
            }
        }
    }
    String::from_utf8(out).map_err(|_| DecodeError::NotUtf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_reserved_and_utf8_bytes() {
        assert_eq!(encode("Tim Loughton"), "Tim+Loughton");
        assert_eq!(
            encode("a&b=c+d%e,f#g?h/i"),
            "a%26b%3Dc%2Bd%25e%2Cf%23g%3Fh%2Fi"
        );
        assert_eq!(encode("children-in_care.~"), "children-in_care.~");
        assert_eq!(encode("é£’"), "%C3%A9%C2%A3%E2%80%99");
        assert_eq!(encode("😀"), "%F0%9F%98%80");
        assert_eq!(encode(""), "");
    }

    #[test]
    fn decodes_escapes_plus_and_raw_characters() {
        assert_eq!(decode("Tim+Loughton").unwrap(), "Tim Loughton");
        assert_eq!(decode("Tim%20Loughton").unwrap(), "Tim Loughton");
        assert_eq!(decode("%c3%a9%C2%A3").unwrap(), "é£");
        assert_eq!(decode("café £5").unwrap(), "café £5");
        assert_eq!(decode("%2B%25").unwrap(), "+%");
    }

    #[test]
    fn rejects_bad_escapes_and_bad_utf8() {
        assert_eq!(decode("%"), Err(DecodeError::BadEscape));
        assert_eq!(decode("50%"), Err(DecodeError::BadEscape));
        assert_eq!(decode("%4"), Err(DecodeError::BadEscape));
        assert_eq!(decode("%zz"), Err(DecodeError::BadEscape));
        assert_eq!(decode("%+1"), Err(DecodeError::BadEscape));
        assert_eq!(decode("%FF"), Err(DecodeError::NotUtf8));
        assert_eq!(decode("%C3"), Err(DecodeError::NotUtf8));
        assert!(
            DecodeError::BadEscape
                .to_string()
                .contains("percent escape")
        );
        assert!(DecodeError::NotUtf8.to_string().contains("UTF-8"));
    }

    #[test]
    fn every_string_round_trips() {
        for text in [
            "",
            " ",
            "++",
            "%%",
            "a b&c=d",
            "Ysbyty Gwynedd – ŵ ŷ",
            "日本語",
            "\u{0}\u{7f}\n",
        ] {
            assert_eq!(decode(&encode(text)).unwrap(), text, "{text:?}");
        }
    }
}
