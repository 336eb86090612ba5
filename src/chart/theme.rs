//! Light and dark themes with a colour-blind-safe palette (Okabe–Ito). Colour never works alone:
//! marks also differ by shape or fill, and every series has a text label.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour(pub u8, pub u8, pub u8);

impl Colour {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
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
    pub font_family: &'static str,
    /// Base font size, CSS px.
    pub font_size_css_px: f64,
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
            font_family: "sans-serif",
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
            font_family: "sans-serif",
            font_size_css_px: 12.0,
        }
    }

    /// Series colour `index`, cycling.
    pub fn series(&self, index: usize) -> Colour {
        self.palette[index % self.palette.len()]
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
}
