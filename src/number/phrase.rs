//! Reading a figure's words: "nearly 12,000" → 12000, count, nearly; "two thirds" → 66.7 %;
//! "£1.2 billion" → 1.2e9 GBP; "one in five" → 20 %; "between 5 and 10" → a range.

use std::fmt;

use super::qualifier_words::{FILLERS, SUFFIXES, normalise, prefix_qualifier};
use super::words::{cardinal, cardinal_run, denominator, scale};
use super::{Qualifier, Unit};

/// What a figure's words say.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    /// The value (the lower bound of a range).
    pub value: f64,
    /// The upper bound, for a range.
    pub value_high: Option<f64>,
    /// The unit.
    pub unit: Unit,
    /// How the words bound the value.
    pub qualifier: Qualifier,
    /// False when the words are a bare number ("23", "up to 25") whose unit only the context gives:
    /// then `unit` is `Count` by default and a record may say it is a count or a duration.
    pub unit_stated: bool,
}

impl Reading {
    /// Whether a record's unit fits these words: the same unit, or, for a bare number, a count or a
    /// duration (money and percentages are always marked in the words: "£", "%", "per cent").
    pub fn unit_fits(&self, recorded: Unit) -> bool {
        recorded == self.unit
            || (!self.unit_stated && !matches!(recorded, Unit::Gbp | Unit::Percent | Unit::Times))
    }
}

/// Words that cannot be read as one figure, with the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseError {
    /// Why the words could not be read.
    pub reason: String,
}

impl fmt::Display for PhraseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.reason)
    }
}

impl std::error::Error for PhraseError {}

fn fail<T>(reason: impl Into<String>) -> Result<T, PhraseError> {
    Err(PhraseError {
        reason: reason.into(),
    })
}

/// Reads a figure's words into value, unit and qualifier.
///
/// ```
/// use cited_stats::number::{read_figure, Qualifier, Unit};
///
/// let reading = read_figure("nearly 12,000").unwrap();
/// assert_eq!((reading.value, reading.unit, reading.qualifier), (12_000.0, Unit::Count, Qualifier::Nearly));
///
/// let money = read_figure("over £350 million").unwrap();
/// assert_eq!((money.value, money.unit, money.qualifier), (350e6, Unit::Gbp, Qualifier::MoreThan));
///
/// assert_eq!(read_figure("one in five").unwrap().value, 20.0);
/// assert!(read_figure("for every £1 invested … they save £5").is_err());
/// ```
pub fn read_figure(text: &str) -> Result<Reading, PhraseError> {
    let normalised = normalise(text);
    let tokens: Vec<&str> = normalised.split_whitespace().collect();
    let mut rest: &[&str] = &tokens;
    let mut qualifier = Qualifier::Exact;
    if let Some((q, used)) = prefix_qualifier(rest) {
        qualifier = q;
        rest = &rest[used..];
    }
    while rest.first().is_some_and(|w| FILLERS.contains(w)) {
        rest = &rest[1..];
    }
    let between = rest.first() == Some(&"between");
    if between {
        rest = &rest[1..];
    }
    let Some((low, used)) = amount(rest) else {
        return fail(format!("no number found in {text:?}"));
    };
    rest = &rest[used..];
    let mut reading = Reading {
        value: low.value,
        value_high: None,
        unit: low.unit.unwrap_or(Unit::Count),
        qualifier,
        unit_stated: low.unit.is_some(),
    };
    let joiner = rest.first().copied();
    if (between && joiner == Some("and"))
        || (!between
            && (joiner == Some("to")
                || joiner == Some("or") && rest.get(1).is_some_and(|w| numeral(w).is_some())))
    {
        let Some((high, used)) = amount(&rest[1..]) else {
            return fail(format!("a range in {text:?} has no upper number"));
        };
        rest = &rest[1 + used..];
        if qualifier != Qualifier::Exact {
            return fail(format!(
                "{text:?} both qualifies the number and gives a range"
            ));
        }
        let unit = high.unit.or(low.unit).unwrap_or(Unit::Count);
        let scale_low = if low.scaled { 1.0 } else { high.scale };
        let unit_stated = high.unit.or(low.unit).is_some();
        reading = Reading {
            value: low.value * scale_low,
            value_high: Some(high.value),
            unit,
            qualifier: Qualifier::Range,
            unit_stated,
        };
    } else if between {
        return fail(format!("\"between\" in {text:?} has no \"and\""));
    } else if joiner == Some("in") && low.unit.is_none() {
        let Some((whole, used)) = amount(&rest[1..]) else {
            return fail(format!("\"in\" in {text:?} is not followed by a number"));
        };
        rest = &rest[1 + used..];
        if whole.value == 0.0 {
            return fail(format!("\"one in zero\" in {text:?}"));
        }
        reading.value = low.value / whole.value * 100.0;
        reading.unit = Unit::Percent;
        reading.unit_stated = true;
    } else if let Some(skip) = part_of_whole(rest) {
        let Some((_, used)) = amount(&rest[skip..]) else {
            return fail(format!(
                "\"out of\" in {text:?} is not followed by a number"
            ));
        };
        rest = &rest[skip + used..];
    }
    if low.unit.is_none() && reading.unit == Unit::Count {
        if let Some(unit) = rest.first().and_then(|w| duration_unit(w)) {
            reading.unit = unit;
            reading.unit_stated = true;
            rest = &rest[1..];
        }
    }
    let is_age = tokens.iter().any(|w| ["age", "ages", "aged"].contains(w));
    if is_age && reading.unit == Unit::Count {
        reading.unit = Unit::Years;
        reading.unit_stated = true;
    }
    for (suffix, q) in SUFFIXES {
        let words: Vec<&str> = suffix.split(' ').collect();
        if let Some(at) = rest
            .windows(words.len())
            .position(|w| w == words.as_slice())
        {
            if reading.qualifier == Qualifier::Exact {
                reading.qualifier = q;
            }
            rest = &rest[..at];
        }
    }
    if let Some(extra) = rest
        .iter()
        .find(|w| w.starts_with('£') || w.chars().any(|c| c.is_ascii_digit()))
    {
        return fail(format!(
            "{text:?} holds a second number ({extra:?}) that is not a range"
        ));
    }
    if !reading.value.is_finite() || reading.value_high.is_some_and(|high| !high.is_finite()) {
        return fail(format!("{text:?} is too large a number to read"));
    }
    Ok(reading)
}

/// "out of 150", "of the 152", "of 152": the words before the whole in "101 out of 150".
fn part_of_whole(rest: &[&str]) -> Option<usize> {
    let skip = match rest {
        ["out", "of", "the", ..] => 3,
        ["out", "of", ..] => 2,
        ["of", "the", ..] => 2,
        ["of", ..] => 1,
        _ => return None,
    };
    rest.get(skip)
        .is_some_and(|w| numeral(w).is_some() || cardinal(w).is_some())
        .then_some(skip)
}

/// One number read from the front of the tokens.
struct Amount {
    value: f64,
    unit: Option<Unit>,
    /// Whether a scale word ("million") followed: in "£1 to £2 million" only the second is scaled.
    scaled: bool,
    scale: f64,
}

fn amount(tokens: &[&str]) -> Option<(Amount, usize)> {
    let mut used = 0;
    let pounds = tokens.first() == Some(&"£");
    if pounds {
        used += 1;
    }
    let (mut value, mut unit, number_used) = number(&tokens[used..])?;
    used += number_used;
    let mut scale_factor = 1.0;
    if let Some(s) = tokens.get(used).and_then(|w| scale(w)) {
        scale_factor = s;
        value *= s;
        used += 1;
    }
    if tokens.get(used) == Some(&"percent") {
        unit = Some(Unit::Percent);
        used += 1;
    }
    if pounds {
        unit = Some(Unit::Gbp);
    }
    Some((
        Amount {
            value,
            unit,
            scaled: scale_factor != 1.0,
            scale: scale_factor,
        },
        used,
    ))
}

/// A numeral, number words, a fraction or a multiplier word.
fn number(tokens: &[&str]) -> Option<(f64, Option<Unit>, usize)> {
    let first = *tokens.first()?;
    match first {
        "twice" | "double" | "doubled" | "doubling" => return Some((2.0, Some(Unit::Times), 1)),
        "decade" | "decades" => return Some((10.0, Some(Unit::Years), 1)),
        "treble" | "triple" | "thrice" => return Some((3.0, Some(Unit::Times), 1)),
        "half" => return Some((50.0, Some(Unit::Percent), 1)),
        _ => {}
    }
    if let Some(d) = denominator(first).filter(|_| first != "half" && !first.ends_with('s')) {
        return Some((100.0 / d, Some(Unit::Percent), 1));
    }
    if first == "a" || first == "an" {
        if let Some(next) = tokens.get(1) {
            if ["doubling", "decade"].contains(next) || next.contains('-') {
                return number(&tokens[1..]).map(|(v, u, used)| (v, u, used + 1));
            }
            if let Some(unit) = duration_unit(next).filter(|u| *u != Unit::Times) {
                return Some((1.0, Some(unit), 2));
            }
        }
    }
    if let Some((count, unit)) = first
        .split_once('-')
        .and_then(|(n, u)| Some((cardinal(n).or_else(|| n.parse().ok())?, duration_unit(u)?)))
    {
        return Some((count, Some(unit), 1));
    }
    if let Some((value, scale_factor)) = numeral(first) {
        return Some((value * scale_factor, None, 1));
    }
    let numerator = match first {
        "a" | "an" => Some(1.0),
        word => cardinal(word),
    };
    if let (Some(n), Some(d)) = (numerator, tokens.get(1).and_then(|w| denominator(w))) {
        return Some((n / d * 100.0, Some(Unit::Percent), 2));
    }
    if first == "a" && tokens.get(1) == Some(&"dozen") {
        return Some((12.0, None, 2));
    }
    let (value, used) = cardinal_run(tokens)?;
    let unit = (tokens.get(used) == Some(&"times")).then_some(Unit::Times);
    Some((value, unit, used + usize::from(unit.is_some())))
}

/// "12000", "1.2", "350m", "1.2bn".
fn numeral(token: &str) -> Option<(f64, f64)> {
    let digits_end = token
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(token.len());
    if digits_end == 0 || !token.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let value: f64 = token[..digits_end].parse().ok()?;
    let suffix = &token[digits_end..];
    if suffix.is_empty() {
        return Some((value, 1.0));
    }
    scale(suffix).map(|s| (value, s))
}

fn duration_unit(word: &str) -> Option<Unit> {
    match word {
        "year" | "years" | "year-old" | "years-old" => Some(Unit::Years),
        "month" | "months" => Some(Unit::Months),
        "week" | "weeks" => Some(Unit::Weeks),
        "day" | "days" => Some(Unit::Days),
        "hour" | "hours" => Some(Unit::Hours),
        "times" => Some(Unit::Times),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
