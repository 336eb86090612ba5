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

/// `text` cut with an ellipsis to fit `max_width_css_px` (unchanged when it fits).
pub fn truncate(
    text: &str,
    max_width_css_px: f64,
    font_size_css_px: f64,
    metrics: &dyn TextMetrics,
) -> String {
    if metrics.width_css_px(text, font_size_css_px) <= max_width_css_px {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut keep = chars.len();
    while keep > 0 {
        let candidate: String = chars[..keep]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_string()
            + "…";
        if metrics.width_css_px(&candidate, font_size_css_px) <= max_width_css_px {
            return candidate;
        }
        keep -= 1;
    }
    String::new()
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
}
