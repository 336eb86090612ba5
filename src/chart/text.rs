//! Text measurement, injected so that native tests and the browser each measure the way they can,
//! and layout never depends on plotters' own measuring.

/// Measures the width of a line of text.
pub trait TextMetrics {
    /// Width of `text` at `font_size_css_px`, in CSS px.
    fn width_css_px(&self, text: &str, font_size_css_px: f64) -> f64;
}

/// A deterministic estimate for sans-serif text: an average advance per character class.
#[derive(Debug, Clone, Copy, Default)]
pub struct ApproxTextMetrics;

impl TextMetrics for ApproxTextMetrics {
    fn width_css_px(&self, text: &str, font_size_css_px: f64) -> f64 {
        let ems: f64 = text
            .chars()
            .map(|c| match c {
                'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ':' | ';' | '\'' | '’' | '|'
                | '!' | ' ' => 0.3,
                'm' | 'w' | 'M' | 'W' | '@' | '%' | '—' => 0.85,
                c if c.is_uppercase() || c.is_ascii_digit() || c == '£' => 0.62,
                _ => 0.53,
            })
            .sum();
        ems * font_size_css_px
    }
}

/// Longest text, in characters, that layout ever measures: a label is never wider than the chart,
/// and no font draws a character narrower than a few tenths of a CSS px, so the characters past
/// this can never show. Longer text is cut here before it is measured.
pub const MAX_LABEL_CHARS: usize = 400;

/// `text` cut to its first [`MAX_LABEL_CHARS`] characters (unchanged when shorter).
pub fn bounded(text: &str) -> &str {
    match text.char_indices().nth(MAX_LABEL_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// `text` cut with an ellipsis to fit `max_width_css_px` (unchanged when it fits). The cut is
/// found by binary search on the number of characters kept, so a label costs O(n log n) to
/// measure at worst, with n at most [`MAX_LABEL_CHARS`].
pub fn truncate(
    text: &str,
    max_width_css_px: f64,
    font_size_css_px: f64,
    metrics: &dyn TextMetrics,
) -> String {
    let shown = bounded(text);
    if shown.len() == text.len() && metrics.width_css_px(text, font_size_css_px) <= max_width_css_px
    {
        return text.to_string();
    }
    // Byte offsets of each character boundary: `ends[k]` ends the first k characters.
    let ends: Vec<usize> = shown
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(shown.len()))
        .collect();
    let cut = |keep: usize| {
        let end = ends.get(keep).copied().unwrap_or(shown.len());
        format!("{}…", shown.get(..end).unwrap_or(shown).trim_end())
    };
    let fits = |keep: usize| metrics.width_css_px(&cut(keep), font_size_css_px) <= max_width_css_px;
    // The largest `keep` whose cut fits (widths grow with `keep`): `fits(low)`, and `high` is
    // past the end or does not fit.
    let (mut low, mut high) = (0, ends.len());
    if !fits(0) {
        return String::new();
    }
    // `low < high` throughout, so neither subtraction can go below zero.
    while high.saturating_sub(low) > 1 {
        let middle = low.saturating_add(high.saturating_sub(low) / 2);
        if fits(middle) {
            low = middle;
        } else {
            high = middle;
        }
    }
    cut(low)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_with_an_ellipsis_only_when_needed() {
        let m = ApproxTextMetrics;
        assert_eq!(truncate("short", 200.0, 12.0, &m), "short");
        let cut = truncate(
            "a rather long measure label that will not fit",
            100.0,
            12.0,
            &m,
        );
        assert!(
            cut.ends_with('…') && m.width_css_px(&cut, 12.0) <= 100.0,
            "{cut}"
        );
        assert_eq!(truncate("anything", 1.0, 12.0, &m), "");
        assert!(m.width_css_px("WWW", 10.0) > m.width_css_px("iii", 10.0));
    }

    /// Counts what is measured, so the cost of truncating is checked without timing it.
    struct Counting {
        calls: std::cell::Cell<usize>,
        characters: std::cell::Cell<usize>,
    }

    impl TextMetrics for Counting {
        fn width_css_px(&self, text: &str, font_size_css_px: f64) -> f64 {
            self.calls.set(self.calls.get() + 1);
            self.characters
                .set(self.characters.get() + text.chars().count());
            ApproxTextMetrics.width_css_px(text, font_size_css_px)
        }
    }

    #[test]
    fn a_huge_label_is_cut_with_few_measurements_of_bounded_text() {
        for length in [10_000, 100_000] {
            let text = "care leavers in education ".repeat(length / 26 + 1);
            let m = Counting {
                calls: std::cell::Cell::new(0),
                characters: std::cell::Cell::new(0),
            };
            let cut = truncate(&text, 200.0, 12.0, &m);
            assert!(cut.ends_with('…') && ApproxTextMetrics.width_css_px(&cut, 12.0) <= 200.0);
            // The greedy loop measured once per character dropped (about `length` calls of up to
            // `length` characters each); a binary search over at most 400 characters needs ~10.
            assert!(m.calls.get() <= 12, "{} measurements", m.calls.get());
            assert!(
                m.characters.get() <= 12 * (MAX_LABEL_CHARS + 1),
                "{} characters measured",
                m.characters.get()
            );
            // The cut is the longest that fits: one more character would not.
            let kept = cut.trim_end_matches('…').chars().count();
            let spaces = text
                .chars()
                .skip(kept)
                .take_while(|c| c.is_whitespace())
                .count();
            let longer: String = text.chars().take(kept + spaces + 1).collect();
            assert!(
                ApproxTextMetrics.width_css_px(&format!("{}…", longer.trim_end()), 12.0) > 200.0
            );
        }
        // A long text that would fit were it measured whole still ends in an ellipsis.
        let long = "i".repeat(1_000);
        assert!(truncate(&long, 1e9, 12.0, &ApproxTextMetrics).ends_with('…'));
        assert_eq!(bounded("né"), "né");
        assert_eq!(bounded(&"é".repeat(500)).chars().count(), MAX_LABEL_CHARS);
    }
}
