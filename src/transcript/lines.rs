//! Lines of a transcript with their byte spans and 1-based numbers.

use std::ops::Range;

/// One line of text: number, byte span (without the line break) and content.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line<'a> {
    /// 1-based line number.
    pub number: usize,
    /// Byte offset where the line starts.
    pub start: usize,
    /// The line's text without `\n` (a trailing `\r` is also left out).
    pub text: &'a str,
}

impl Line<'_> {
    /// The byte range of the line's text.
    pub fn span(&self) -> Range<usize> {
        self.start..self.start + self.text.len()
    }

    /// The text without surrounding white space.
    pub fn trimmed(&self) -> &str {
        self.text.trim()
    }

    /// The byte range of the trimmed text.
    pub fn trimmed_span(&self) -> Range<usize> {
        let lead = self.text.len() - self.text.trim_start().len();
        let start = self.start + lead;
        start..start + self.trimmed().len()
    }
}

/// Splits `text` into lines, keeping each line's byte offset.
pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (index, raw) in text.split('\n').enumerate() {
        let content = raw.strip_suffix('\r').unwrap_or(raw);
        out.push(Line {
            number: index + 1,
            start,
            text: content,
        });
        start += raw.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_point_back_into_the_text() {
        let text = "first\r\n\n  third line  \nlast";
        for line in lines(text) {
            assert_eq!(&text[line.span()], line.text);
            assert_eq!(&text[line.trimmed_span()], line.trimmed());
        }
        let all = lines(text);
        assert_eq!(all.len(), 4);
        assert_eq!(all[2].number, 3);
        assert_eq!(all[2].trimmed(), "third line");
    }
}
