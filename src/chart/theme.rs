//! Light and dark themes with a colour-blind-safe palette (Okabe–Ito). Colour never works alone:
//! marks also differ by shape or fill, and every series has a text label.

use crate::number::digits::hex_digit;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour(pub u8, pub u8, pub u8);

impl Colour {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Reads `#rrggbb` (as the browser normalises any opaque CSS colour); `None` for anything else.
    pub fn from_hex(text: &str) -> Option<Colour> {
        let digits = text.strip_prefix('#')?.as_bytes();
        if digits.len() != 6 {
            return None;
        }
        // Digit by digit (`u8::from_str_radix` brings the standard library's integer parser
        // into the module for six hex digits): each digit below 16, so a channel fits a byte.
        let digit = |at: usize| digits.get(at).copied().and_then(hex_digit);
        let channel = |at: usize| Some((digit(at)? << 4) | digit(at.saturating_add(1))?);
        Some(Colour(channel(0)?, channel(2)?, channel(4)?))
    }

    /// The colour `share` (0 to 1) of the way from `self` to `other`.
    pub fn mix(self, other: Colour, share: f64) -> Colour {
        let share = share.clamp(0.0, 1.0);
        let channel =
            |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share).round() as u8;
        Colour(
            channel(self.0, other.0),
            channel(self.1, other.1),
            channel(self.2, other.2),
        )
    }
}

/// A page's own colours and font for a chart, each replacing the theme's when given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ThemeOverrides {
    /// The chart's background.
    pub background: Option<Colour>,
    /// Titles, labels and values.
    pub text: Option<Colour>,
    /// Secondary text (axis labels, notes).
    pub muted: Option<Colour>,
    /// The first series colour (single-series charts are drawn in it).
    pub accent: Option<Colour>,
    /// A CSS font-family list for all chart text.
    pub font_family: Option<String>,
}

/// The colours and type sizes a chart is drawn with.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    /// Name ("light" or "dark").
    pub name: &'static str,
    /// Background.
    pub background: Colour,
    /// Main text.
    pub text: Colour,
    /// Secondary text (axis labels, notes).
    pub muted: Colour,
    /// Grid lines.
    pub grid: Colour,
    /// Axis lines.
    pub axis: Colour,
    /// Series colours, in order; distinguishable with the common colour-vision deficiencies.
    pub palette: [Colour; 7],
    /// Font family for all text.
    pub font_family: String,
    /// Base font size, CSS px.
    pub font_size_css_px: f64,
}

/// The colours of the page around a chart that the chart itself does not use (the card's
/// highlight, borders, links and focus ring, the error message's edge), one set per theme. The
/// page's text, secondary text and background are the chart's ([`Theme`]), so the two never drift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageColours {
    /// Links, the focus ring, the selected control.
    pub accent: Colour,
    /// The figure's words highlighted in its quote.
    pub highlight: Colour,
    /// Borders of the card, the table and the controls.
    pub border: Colour,
    /// The edge of an error message.
    pub error: Colour,
}

impl PageColours {
    /// Beside [`Theme::light`].
    pub const LIGHT: PageColours = PageColours {
        accent: Colour(0x0b, 0x57, 0xa4),
        highlight: Colour(0xff, 0xe5, 0x8a),
        border: Colour(0xc8, 0xc8, 0xc8),
        error: Colour(0xb0, 0x00, 0x20),
    };
    /// Beside [`Theme::dark`].
    pub const DARK: PageColours = PageColours {
        accent: Colour(0x8c, 0xc4, 0xff),
        highlight: Colour(0x6b, 0x54, 0x00),
        border: Colour(0x4a, 0x4f, 0x57),
        error: Colour(0xb0, 0x00, 0x20),
    };
}

/// Okabe & Ito's palette, reordered so neighbours contrast.
const OKABE_ITO: [Colour; 7] = [
    Colour(0x00, 0x72, 0xb2), // blue
    Colour(0xe6, 0x9f, 0x00), // orange
    Colour(0x00, 0x9e, 0x73), // bluish green
    Colour(0xcc, 0x79, 0xa7), // reddish purple
    Colour(0x56, 0xb4, 0xe9), // sky blue
    Colour(0xd5, 0x5e, 0x00), // vermillion
    Colour(0xf0, 0xe4, 0x42), // yellow
];

impl Theme {
    /// Dark text on white.
    pub fn light() -> Theme {
        Theme {
            name: "light",
            background: Colour(0xff, 0xff, 0xff),
            text: Colour(0x1a, 0x1a, 0x1a),
            muted: Colour(0x5c, 0x5c, 0x5c),
            grid: Colour(0xe3, 0xe3, 0xe3),
            axis: Colour(0x8a, 0x8a, 0x8a),
            palette: OKABE_ITO,
            font_family: "sans-serif".to_string(),
            font_size_css_px: 12.0,
        }
    }

    /// Light text on near-black; the palette is lightened where blue would sink into the background.
    pub fn dark() -> Theme {
        let mut palette = OKABE_ITO;
        palette[0] = Colour(0x4d, 0xa3, 0xe0);
        Theme {
            name: "dark",
            background: Colour(0x12, 0x14, 0x17),
            text: Colour(0xee, 0xee, 0xee),
            muted: Colour(0xaa, 0xaa, 0xaa),
            grid: Colour(0x2c, 0x30, 0x36),
            axis: Colour(0x70, 0x74, 0x7a),
            palette,
            font_family: "sans-serif".to_string(),
            font_size_css_px: 12.0,
        }
    }

    /// This theme with a page's own colours and font. When the background or text changes, the
    /// grid and axis lines are mixed from the two so they keep their weight against both.
    pub fn with_overrides(mut self, overrides: &ThemeOverrides) -> Theme {
        self.background = overrides.background.unwrap_or(self.background);
        self.text = overrides.text.unwrap_or(self.text);
        self.muted = overrides.muted.unwrap_or(self.muted);
        if let Some(accent) = overrides.accent {
            self.palette[0] = accent;
        }
        if overrides.background.is_some() || overrides.text.is_some() {
            self.grid = self.background.mix(self.text, 0.12);
            self.axis = self.background.mix(self.text, 0.45);
        }
        if let Some(family) = &overrides.font_family {
            self.font_family.clone_from(family);
        }
        self
    }

    /// Series colour `index`, cycling.
    pub fn series(&self, index: usize) -> Colour {
        let at = index.checked_rem(self.palette.len()).unwrap_or(0);
        self.palette.get(at).copied().unwrap_or(self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance contrast.
    fn contrast(a: Colour, b: Colour) -> f64 {
        let lum = |c: Colour| {
            let ch = |v: u8| {
                let s = f64::from(v) / 255.0;
                if s <= 0.03928 {
                    s / 12.92
                } else {
                    ((s + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn text_is_readable_in_both_themes() {
        for theme in [Theme::light(), Theme::dark()] {
            assert!(
                contrast(theme.text, theme.background) >= 7.0,
                "{}",
                theme.name
            );
            assert!(
                contrast(theme.muted, theme.background) >= 4.5,
                "{}",
                theme.name
            );
            assert!(
                contrast(theme.series(0), theme.background) >= 3.0,
                "{}",
                theme.name
            );
        }
        assert_eq!(Theme::light().series(7), Theme::light().series(0));
        assert_eq!(Colour(0, 0x72, 0xb2).hex(), "#0072b2");
    }

    #[test]
    fn hex_colours_are_read_exactly_and_anything_else_is_refused() {
        assert_eq!(Colour::from_hex("#0072b2"), Some(Colour(0, 0x72, 0xb2)));
        assert_eq!(Colour::from_hex("#FFFFFF"), Some(Colour(255, 255, 255)));
        for bad in [
            "0072b2",
            "#0072b",
            "#0072b2ff",
            "#00g2b2",
            "",
            "#",
            "rgb(0, 0, 0)",
            "#ééé",
        ] {
            assert_eq!(Colour::from_hex(bad), None, "{bad:?}");
        }
        assert_eq!(
            Colour(0, 0, 0).mix(Colour(255, 255, 255), 0.5),
            Colour(128, 128, 128)
        );
        assert_eq!(
            Colour(10, 20, 30).mix(Colour(0, 0, 0), 0.0),
            Colour(10, 20, 30)
        );
    }

    #[test]
    fn overrides_replace_only_what_they_name() {
        let plain = Theme::light();
        assert_eq!(
            plain.clone().with_overrides(&ThemeOverrides::default()),
            plain
        );
        let beige = Colour(0xf5, 0xf0, 0xe6);
        let themed = Theme::light().with_overrides(&ThemeOverrides {
            background: Some(beige),
            accent: Some(Colour(0x80, 0, 0)),
            font_family: Some("Georgia, serif".to_string()),
            ..ThemeOverrides::default()
        });
        assert_eq!(themed.background, beige);
        assert_eq!(themed.text, plain.text);
        assert_eq!(themed.series(0), Colour(0x80, 0, 0));
        assert_eq!(themed.series(1), plain.series(1));
        assert_eq!(themed.font_family, "Georgia, serif");
        assert_eq!(themed.grid, beige.mix(plain.text, 0.12));
    }
}
