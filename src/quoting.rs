//! A text quoted for a message: in double quotes, with what cannot be seen or would break the line
//! escaped, as Rust's `{:?}` writes it for the same characters. `{:?}` itself is not used where the
//! browser module reaches: it decides what to escape from Unicode's tables of printable and
//! combining characters, about 2.7 kB of the module for messages about bad input.
//!
//! Escaped: `\` and `"` with a backslash; tab, line feed, carriage return and NUL as `\t`, `\n`,
//! `\r`, `\0`; every other control character, every space but the plain one (no-break, en, em,
//! thin, ideographic, …) and the invisible formatting characters (soft hyphen, the bidirectional
//! marks, embeddings, overrides and isolates, zero-width characters, word joiners, the byte-order
//! mark, interlinear annotation marks) as `\u{…}` in lower-case hex. Everything else is written as
//! it is, where `{:?}` would also escape combining marks, variation selectors and unassigned or
//! private-use characters.
//!
//! One `{:?}` of a string anywhere the browser module reaches brings those tables back; the size
//! ceilings of `npm run size` (bench/budgets.json) then fail.

use std::fmt;

/// `text` in double quotes, escaped as above (see the module's documentation).
pub struct Quoted<'a>(pub &'a str);

/// At most `chars` characters of `text`, with "…" when it is longer, quoted: how a message shows a
/// value that may be long.
pub fn excerpt(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((end, _)) => Quoted(&format!("{}…", text.get(..end).unwrap_or(text))).to_string(),
        None => Quoted(text).to_string(),
    }
}

/// Whether `c` is written as `\u{…}`.
fn is_hidden(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{1f}'
            | '\u{7f}'..='\u{a0}'
            | '\u{ad}'
            | '\u{61c}'
            | '\u{1680}'
            | '\u{180e}'
            | '\u{2000}'..='\u{200f}'
            | '\u{2028}'..='\u{202f}'
            | '\u{205f}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{3000}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
    )
}

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"")?;
        for c in self.0.chars() {
            match c {
                '\\' => f.write_str("\\\\")?,
                '"' => f.write_str("\\\"")?,
                '\t' => f.write_str("\\t")?,
                '\n' => f.write_str("\\n")?,
                '\r' => f.write_str("\\r")?,
                '\0' => f.write_str("\\0")?,
                c if is_hidden(c) => write!(f, "\\u{{{:x}}}", u32::from(c))?,
                c => fmt::Write::write_char(f, c)?,
            }
        }
        f.write_str("\"")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> String {
        Quoted(text).to_string()
    }

    #[test]
    fn writes_what_debug_writes_for_ascii_latin_1_and_the_hidden_characters() {
        // Every character below the combining marks (U+0300), between two letters.
        let mut texts: Vec<String> = (0u32..0x300)
            .filter_map(char::from_u32)
            .map(|c| format!("a{c}b"))
            .collect();
        for c in [
            '\u{1680}', '\u{2000}', '\u{2005}', '\u{200a}', '\u{202f}', '\u{205f}', '\u{3000}',
            '\u{61c}', '\u{180e}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{200e}', '\u{200f}',
            '\u{2028}', '\u{2029}', '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}',
            '\u{2060}', '\u{2061}', '\u{2062}', '\u{2063}', '\u{2064}', '\u{2066}', '\u{2067}',
            '\u{2068}', '\u{2069}', '\u{206a}', '\u{206f}', '\u{feff}', '\u{fff9}', '\u{fffb}',
        ] {
            texts.push(format!("x{c}y"));
        }
        texts.extend(
            [
                "",
                "Children’s social care",
                "“101 out of 150”",
                "Ofsted — 2009–10, £1.2 billion, 5%",
                "Zoë, Ævar, Łódź, Ðinh, Ş, ñ",
                "ελληνικά, русский, עברית, العربية, 中文, 日本語, 한국어",
                "😀 👩‍👩‍👧 🇬🇧",
                "line one\nline two\r\n\ttabbed \\ \"quoted\" 'single'",
                "\u{1b}[31mred\u{7}",
                "<script>alert(1)</script>",
            ]
            .map(String::from),
        );
        for text in &texts {
            assert_eq!(quoted(text), format!("{text:?}"), "{text:?}");
        }
    }

    #[test]
    fn an_excerpt_keeps_so_many_characters_and_marks_a_cut() {
        assert_eq!(excerpt("abc", 3), "\"abc\"");
        assert_eq!(excerpt("abcd", 3), "\"abc…\"");
        assert_eq!(excerpt("ééé\u{202e}", 3), "\"ééé…\"");
        assert_eq!(excerpt("a\"b", 5), "\"a\\\"b\"");
        assert_eq!(excerpt("", 0), "\"\"");
    }

    #[test]
    fn writes_combining_marks_and_private_characters_as_they_are() {
        for text in ["e\u{301}", "\u{2764}\u{fe0f}", "\u{e000}"] {
            assert_eq!(quoted(text), format!("\"{text}\""));
            assert_ne!(
                quoted(text),
                format!("{text:?}"),
                "{text:?} is one where they differ"
            );
        }
    }
}
