//! The sentence around a phrase, copied from the paragraph character for character (so that it
//! can serve as a figure's quote as it stands).

use std::ops::Range;

/// Words that end with a full stop inside a sentence.
const ABBREVIATIONS: [&str; 9] = ["hon", "Mr", "Mrs", "Ms", "Dr", "No", "St", "rt", "Co"];

/// The sentence of `paragraph` that holds the byte range `span`.
pub fn sentence_around(paragraph: &str, span: &Range<usize>) -> Range<usize> {
    let ends = sentence_ends(paragraph);
    let start = ends
        .iter()
        .rev()
        .find(|&&end| end <= span.start)
        .map_or(0, |&end| end);
    let end = ends
        .iter()
        .find(|&&end| end >= span.end)
        .map_or(paragraph.len(), |&end| end);
    let text = &paragraph[start..end];
    let lead = text.len() - text.trim_start().len();
    let trail = text.len() - text.trim_end().len();
    start + lead..end - trail
}

/// Byte offsets just after each sentence's closing punctuation (and any closing quote).
fn sentence_ends(text: &str) -> Vec<usize> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut ends = Vec::new();
    for (i, &(at, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut next = i + 1;
        let mut end = at + c.len_utf8();
        while let Some(&(offset, closing)) = chars.get(next) {
            if !matches!(closing, '”' | '’' | '"' | '\'' | ')') {
                break;
            }
            end = offset + closing.len_utf8();
            next += 1;
        }
        let space = chars.get(next).is_some_and(|(_, c)| c.is_whitespace());
        let capital = chars
            .get(next + 1)
            .is_some_and(|(_, c)| c.is_uppercase() || matches!(c, '“' | '‘' | '"' | '('));
        let word: String = chars[..i]
            .iter()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric())
            .map(|(_, c)| *c)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if space && capital && (c != '.' || !ABBREVIATIONS.contains(&word.as_str())) {
            ends.push(end);
        }
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    fn around<'t>(text: &'t str, phrase: &str) -> &'t str {
        let start = text.find(phrase).unwrap();
        &text[sentence_around(text, &(start..start + phrase.len()))]
    }

    #[test]
    fn sentences_end_at_stops_not_abbreviations() {
        let text = "I thank the hon. Member for York. It rose by 12 per cent. in a year. Was it “two”? Yes.";
        assert_eq!(around(text, "12"), "It rose by 12 per cent. in a year.");
        assert_eq!(around(text, "York"), "I thank the hon. Member for York.");
        assert_eq!(around(text, "two"), "Was it “two”?");
        assert_eq!(around("no stop at all 5", "5"), "no stop at all 5");
    }
}
