//! Finding every number phrase in running text (native only: the coverage ledger's net).
//!
//! The net is deliberately wide: anything with a digit ("12,000", "£6.6 billion", "2010-11",
//! "Catch22", "24th"), number words ("two thirds", "one in five", "a dozen", "half", "twice",
//! "a decade"), ordinals ("first", "fourth") and years. Neighbouring words that belong to the
//! number join it — qualifiers before ("more than", "nearly"), "per cent", scale words and
//! durations after, "in", "or", "to", "and", "of the", "out of" between two numbers — so that
//! the phrase reads as the number reader reads a figure's words. Whether a phrase is a statistic
//! is not decided here: that is the ledger's question.

use std::ops::Range;

use super::phrase::{Reading, read_figure};
use super::qualifier_words::PREFIXES;
use super::words::{cardinal, denominator, scale};

/// One number phrase found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberPhrase {
    /// Byte range of the phrase in the text scanned.
    pub span: Range<usize>,
    /// What the number reader makes of the phrase, when it can read it.
    pub reading: Option<Reading>,
}

/// Words that are numbers beyond the cardinals and fractions the reader knows.
const OTHER_NUMBER_WORDS: [&str; 13] = [
    "dozen", "twice", "double", "doubled", "doubling", "doubly", "treble", "trebled", "triple",
    "tripled", "decade", "decades", "thrice",
];

/// Ordinal words (fractions such as "third" and "fifth" are denominators too).
const ORDINALS: [&str; 22] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "hundredth",
    "thousandth",
];

/// Words after a number that belong to it.
const AFTER: [&str; 15] = [
    "percent",
    "year",
    "years",
    "year-old",
    "year-olds",
    "years-old",
    "month",
    "months",
    "week",
    "weeks",
    "day",
    "days",
    "hour",
    "hours",
    "times",
];

/// A word of the text with its byte span, and the punctuation that closed it.
#[derive(Debug, Clone)]
struct Token<'t> {
    /// The word without surrounding punctuation.
    word: &'t str,
    /// Lower case, curly apostrophes straightened, possessive dropped.
    lower: String,
    span: Range<usize>,
    /// Punctuation after the word (a comma, a full stop, a bracket…) ends a phrase there.
    closed: bool,
    /// Punctuation before the word (an opening bracket or quote) starts a phrase there.
    opened: bool,
}

/// Every number phrase in `text`, in order, none overlapping.
pub fn scan(text: &str) -> Vec<NumberPhrase> {
    let tokens = tokenize(text);
    let mut phrases = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is_number(&tokens[i]) {
            i += 1;
            continue;
        }
        let first = extend_left(&tokens, i, phrases.last().map_or(0, |p: &Found| p.end));
        let mut last = i;
        loop {
            if tokens[last].closed {
                break;
            }
            if tokens
                .get(last + 1)
                .is_some_and(|t| !t.opened && (is_number(t) || after(&tokens, last + 1)))
            {
                last += 1;
                continue;
            }
            let between = tokens[first].lower == "between";
            match join(&tokens, last, between) {
                Some(next) => last = next,
                None => break,
            }
        }
        phrases.push(Found {
            start: first,
            end: last + 1,
        });
        i = last + 1;
    }
    phrases
        .into_iter()
        .map(|found| {
            let span = tokens[found.start].span.start..tokens[found.end - 1].span.end;
            let reading = read_figure(&text[span.clone()]).ok();
            NumberPhrase { span, reading }
        })
        .collect()
}

/// Token indices of a phrase: `start..end`.
struct Found {
    start: usize,
    end: usize,
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut offset = 0;
    let mut after_dash = false;
    for raw in text.split_inclusive(|c: char| c.is_whitespace() || is_dash(c)) {
        let start = offset;
        offset += raw.len();
        let dash = raw.ends_with(is_dash);
        let word = raw.trim_end_matches(|c: char| c.is_whitespace() || is_dash(c));
        let core = word.trim_matches(|c: char| !keeps(c));
        let opened = std::mem::replace(&mut after_dash, dash);
        if core.is_empty() {
            after_dash |= opened;
            continue;
        }
        let lead = word.len() - word.trim_start_matches(|c: char| !keeps(c)).len();
        let core_start = start + lead;
        let closed = dash || core.len() + lead < word.len();
        let lower = core
            .to_lowercase()
            .replace(['’', '‘'], "'")
            .trim_end_matches("'s")
            .to_string();
        tokens.push(Token {
            word: core,
            lower,
            span: core_start..core_start + core.len(),
            closed,
            opened: opened || lead > 0,
        });
    }
    tokens
}

/// Dashes that separate words as a space does ("half—51 per cent.").
fn is_dash(c: char) -> bool {
    c == '—' || c == '–'
}

/// Characters that belong to a word at its edges: letters, digits, "£" and "%".
fn keeps(c: char) -> bool {
    c.is_alphanumeric() || c == '£' || c == '%'
}

/// Whether a word is a number: a digit anywhere, or a number word (also before a hyphen:
/// "five-year", "two-partner").
fn is_number(token: &Token<'_>) -> bool {
    token.word.chars().any(|c| c.is_ascii_digit())
        || is_number_word(&token.lower)
        || token
            .lower
            .split_once('-')
            .is_some_and(|(head, _)| is_number_word(head))
}

fn is_number_word(word: &str) -> bool {
    cardinal(word).is_some()
        || denominator(word).is_some()
        || scale(word).is_some_and(|_| word.len() > 2)
        || OTHER_NUMBER_WORDS.contains(&word)
        || ORDINALS.contains(&word)
}

/// Whether the token at `at` continues the number before it: "per cent", a duration, "times".
fn after(tokens: &[Token<'_>], at: usize) -> bool {
    let word = tokens[at].lower.as_str();
    let before = tokens[at - 1].lower.as_str();
    AFTER.contains(&word)
        || word == "per" && tokens.get(at + 1).is_some_and(|t| t.lower == "cent")
        || word == "cent" && before == "per"
}

/// The token index a phrase continues to through a joining word ("one in five", "13,000 or
/// 14,000", "151 of the 152", "101 out of 150", "21 to 23", "two hundred and fifty"); "and"
/// joins only after a scale word or in "between … and …".
fn join(tokens: &[Token<'_>], last: usize, between: bool) -> Option<usize> {
    let words: Vec<&str> = tokens
        .get(last + 1..(last + 4).min(tokens.len()))?
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    let skip = match words.as_slice() {
        ["out", "of", ..] => 2,
        ["of", "the", ..] => 2,
        ["and", "a" | "an", "half", ..] => 2,
        ["and", ..] if between || scale(&tokens[last].lower).is_some() => 1,
        ["in" | "or" | "to" | "of", ..] => 1,
        _ => return None,
    };
    if tokens[last + 1..last + 1 + skip].iter().any(|t| t.closed) {
        return None;
    }
    let next = last + 1 + skip;
    tokens
        .get(next)
        .filter(|t| {
            is_number(t) && (between || !is_year(t)) && !ORDINALS.contains(&t.lower.as_str())
        })
        .map(|_| next)
}

/// A four-digit year from 1800 to 2099, which a joining word never pulls into a count.
fn is_year(token: &Token<'_>) -> bool {
    token.word.len() == 4
        && token.word.chars().all(|c| c.is_ascii_digit())
        && (token.word.starts_with("18")
            || token.word.starts_with("19")
            || token.word.starts_with("20"))
}

/// The first token of a phrase whose number is at `at`: the qualifier or article before it
/// ("more than", "nearly", "a", "between"), never reaching back into the previous phrase.
fn extend_left(tokens: &[Token<'_>], at: usize, floor: usize) -> usize {
    if tokens[at].opened {
        return at;
    }
    let mut first = at;
    let article_fits = matches!(
        tokens[at].lower.as_str(),
        "half"
            | "third"
            | "quarter"
            | "fifth"
            | "sixth"
            | "tenth"
            | "dozen"
            | "hundred"
            | "thousand"
            | "million"
            | "billion"
            | "decade"
            | "doubling"
    );
    if article_fits && at > floor && matches!(tokens[at - 1].lower.as_str(), "a" | "an") {
        first = at - 1;
    }
    if first > floor && tokens[first - 1].lower == "between" && !tokens[first - 1].closed {
        return first - 1;
    }
    for (prefix, _) in PREFIXES {
        let words: Vec<&str> = prefix.split(' ').collect();
        let Some(start) = first.checked_sub(words.len()) else {
            continue;
        };
        let window = &tokens[start..first];
        if start >= floor
            && window.iter().zip(&words).all(|(t, w)| t.lower == *w)
            && !window.iter().any(|t| t.closed)
            && !window.iter().skip(1).any(|t| t.opened)
        {
            return start;
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(text: &str) -> Vec<&str> {
        scan(text).iter().map(|p| &text[p.span.clone()]).collect()
    }

    #[test]
    fn digits_money_percentages_and_qualifiers() {
        assert_eq!(
            phrases("Nearly 12,000 children, more than 12 per cent. of them, cost £6.6 billion."),
            ["Nearly 12,000", "more than 12 per cent", "£6.6 billion"]
        );
        assert_eq!(phrases("about 14%; only 7%"), ["about 14%", "7%"]);
    }

    #[test]
    fn number_words_fractions_and_ratios() {
        assert_eq!(
            phrases(
                "About one quarter, a third and two thirds; one in five; a dozen; twice as many"
            ),
            [
                "About one quarter",
                "a third",
                "two thirds",
                "one in five",
                "a dozen",
                "twice"
            ]
        );
        assert_eq!(phrases("half the children"), ["half"]);
        assert_eq!(phrases("a decade ago"), ["a decade"]);
    }

    #[test]
    fn joined_numbers_and_units() {
        assert_eq!(
            phrases("151 of the 152 councils; 101 out of 150; 13,000 or 14,000; age 21 to 23"),
            [
                "151 of the 152",
                "101 out of 150",
                "13,000 or 14,000",
                "21 to 23"
            ]
        );
        assert_eq!(phrases("within seven days"), ["within seven days"]);
        assert_eq!(
            phrases("nine and a half years; only half—51 per cent.—of all; between 2012 and 2017"),
            [
                "nine and a half years",
                "half",
                "51 per cent",
                "between 2012 and 2017"
            ]
        );
        assert_eq!(
            phrases("between 5 and 10; two hundred and fifty; 5 and 6"),
            ["between 5 and 10", "two hundred and fifty", "5", "6"]
        );
        assert_eq!(phrases("a five-year framework"), ["five-year"]);
        assert_eq!(
            phrases("rose in 2016, 2017 and 2018"),
            ["2016", "2017", "2018"]
        );
        assert_eq!(
            phrases("eight local authorities in 2016"),
            ["eight", "2016"]
        );
    }

    #[test]
    fn ordinals_years_and_names() {
        assert_eq!(
            phrases("for the first time in 2016 (Catch22) under section 47 on 24th November"),
            ["first", "2016", "Catch22", "47", "24th"]
        );
        assert!(phrases("many children, some families, the majority").is_empty());
    }

    #[test]
    fn readings_come_from_the_number_reader() {
        let found = scan("more than a third");
        assert_eq!(found.len(), 1);
        let reading = found[0].reading.unwrap();
        assert_eq!(reading.unit, super::super::Unit::Percent);
        assert!(scan("Catch22")[0].reading.is_none());
    }
}
