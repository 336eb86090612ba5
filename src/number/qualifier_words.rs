//! The words around a figure's number: qualifiers before it ("nearly", "more than"), after it
//! ("at least", "or so"), words that carry no figure ("only", "the age of"), and the text
//! normalising that makes them comparable.

use super::Qualifier;
use super::words::denominator;
use crate::joining::join;

/// Leading words that qualify the number, longest first within each qualifier.
pub(crate) const PREFIXES: [(&str, Qualifier); 26] = [
    ("something like", Qualifier::Approximately),
    ("within", Qualifier::UpTo),
    ("just under", Qualifier::Nearly),
    ("just short of", Qualifier::Nearly),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("close to", Qualifier::Nearly),
    ("an estimated", Qualifier::Approximately),
    ("approximately", Qualifier::Approximately),
    ("roughly", Qualifier::Approximately),
    ("around", Qualifier::Approximately),
    ("about", Qualifier::Approximately),
    ("some", Qualifier::Approximately),
    ("up to", Qualifier::UpTo),
    ("in excess of", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan),
    ("more than", Qualifier::MoreThan),
    ("well over", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan),
    ("over", Qualifier::MoreThan),
    ("above", Qualifier::MoreThan),
    ("no fewer than", Qualifier::AtLeast),
    ("at least", Qualifier::AtLeast),
    ("fewer than", Qualifier::LessThan),
    ("less than", Qualifier::LessThan),
    ("under", Qualifier::LessThan),
];

/// Leading words that carry no figure: "only a third", "another third", "the age of 25", "ages 0 to 5".
pub(crate) const FILLERS: [&str; 7] = ["only", "another", "the", "age", "ages", "of", "aged"];

/// Trailing words that qualify the number: "one in six at least", "756 pages, or something of that order".
pub(crate) const SUFFIXES: [(&str, Qualifier); 4] = [
    ("at least", Qualifier::AtLeast),
    ("or more", Qualifier::AtLeast),
    ("or so", Qualifier::Approximately),
    ("or something of that order", Qualifier::Approximately),
];

/// The qualifier the tokens start with, and how many tokens it takes.
pub(crate) fn prefix_qualifier(tokens: &[&str]) -> Option<(Qualifier, usize)> {
    PREFIXES.iter().find_map(|(prefix, q)| {
        let words: Vec<&str> = prefix.split(' ').collect();
        let is_article_number = *prefix == "some" && tokens.get(1).is_none();
        (tokens.starts_with(&words) && tokens.len() > words.len() && !is_article_number)
            .then_some((*q, words.len()))
    })
}

/// Lower case; "per cent." and "%" → "percent"; "£" split off; digit-grouping commas removed;
/// dashes between numbers → "to"; "two-thirds" → "two thirds".
pub(crate) fn normalise(text: &str) -> String {
    let mut s = text
        .to_lowercase()
        .replace(['’', '‘'], "'")
        .replace('\u{a0}', " ");
    for (from, to) in [
        ("per cent.", " percent "),
        ("per cent", " percent "),
        ("%", " percent "),
        ("£", " £ "),
    ] {
        s = s.replace(from, to);
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        let prev_digit = i > 0 && chars[i - 1].is_ascii_digit();
        let next_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        match c {
            ',' if prev_digit && next_digit => {}
            '-' | '–' | '—' if prev_digit && next_digit => out.push_str(" to "),
            '–' | '—' => out.push(' '),
            ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”' => out.push(' '),
            _ => out.push(c),
        }
    }
    let mut words: Vec<String> = Vec::new();
    for word in out.split_whitespace() {
        let word = word.trim_end_matches('.');
        match word.split_once('-') {
            Some((a, b)) if denominator(b).is_some() => {
                words.push(a.to_string());
                words.push(b.to_string());
            }
            _ => words.push(word.to_string()),
        }
    }
    join(&words, " ")
}
