//! Text split at an ASCII separator, found byte by byte. The standard library's `split` and
//! `split_once` with a `char` bring its char searcher and `memchr` into the browser module (about
//! 0.9 kB of wasm) for the few short texts split there: query strings, lists of values, claim
//! keys and numbers written out.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

/// The text before the first `separator` and the text after it, as `text.split_once(separator)`
/// gives them; `separator` is an ASCII byte, so both halves end and start on character
/// boundaries.
pub(crate) fn split_once_on(text: &str, separator: u8) -> Option<(&str, &str)> {
    // A byte above 0x7F is part of a longer character, never one on its own.
    debug_assert!(separator.is_ascii());
    let at = text.bytes().position(|byte| byte == separator)?;
    let (before, from_separator) = text.split_at_checked(at)?;
    Some((before, from_separator.get(1..)?))
}

/// The pieces of `text` between each two `separator`s (an ASCII byte), as `text.split(separator)`
/// gives them: empty pieces included, one piece for a text without it.
pub(crate) fn split_on(text: &str, separator: u8) -> Pieces<'_> {
    Pieces {
        rest: Some(text),
        separator,
    }
}

/// The iterator [`split_on`] returns.
pub(crate) struct Pieces<'t> {
    rest: Option<&'t str>,
    separator: u8,
}

impl<'t> Iterator for Pieces<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let rest = self.rest?;
        match split_once_on(rest, self.separator) {
            Some((piece, after)) => {
                self.rest = Some(after);
                Some(piece)
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts built from a few pieces that matter: separators at either end and doubled, and
    /// characters of two, three and four bytes (whose bytes are never ASCII).
    fn texts() -> Vec<String> {
        let atoms = [
            "",
            "a",
            ",",
            "=",
            "-",
            "é",
            "€",
            "𝄞",
            "&",
            "x y",
            ".",
            "e",
            "\u{2c}\u{2c}",
        ];
        let mut texts = vec![String::new()];
        for a in atoms {
            for b in atoms {
                for c in atoms {
                    texts.push(format!("{a}{b}{c}"));
                }
            }
        }
        texts
    }

    #[test]
    fn splits_as_the_standard_library_does() {
        let texts = texts();
        for separator in [b',', b'=', b'&', b'-', b'.', b'e', b' '] {
            let char = char::from(separator);
            for text in &texts {
                assert_eq!(
                    split_once_on(text, separator),
                    text.split_once(char),
                    "{text:?} at {char:?}"
                );
                assert_eq!(
                    split_on(text, separator).collect::<Vec<_>>(),
                    text.split(char).collect::<Vec<_>>(),
                    "{text:?} at {char:?}"
                );
            }
        }
    }
}
