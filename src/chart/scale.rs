//! Scales: data values ↔ CSS pixel positions, each with `map` and its inverse `invert`.

/// A continuous scale from a data domain to a pixel range. Each scale's `invert` is its own
/// method, not the trait's: the bars' boxed scale never inverts, and the log scale's inverse (a
/// fractional power of ten) would otherwise keep a `pow` in the browser module.
pub trait Scale {
    /// Data value → pixel position.
    fn map(&self, value: f64) -> f64;
}

/// A linear scale. A zero-width domain is widened by one unit each side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    domain: (f64, f64),
    range_css_px: (f64, f64),
}

impl LinearScale {
    /// A scale mapping `domain` onto `range_css_px` (either may run backwards).
    pub fn new(domain: (f64, f64), range_css_px: (f64, f64)) -> LinearScale {
        let domain = if (domain.1 - domain.0).abs() < f64::EPSILON {
            (domain.0 - 1.0, domain.1 + 1.0)
        } else {
            domain
        };
        LinearScale {
            domain,
            range_css_px,
        }
    }

    /// The domain, after widening.
    pub fn domain(&self) -> (f64, f64) {
        self.domain
    }

    /// Pixel position → data value (the inverse of `map`).
    pub fn invert(&self, position_css_px: f64) -> f64 {
        let span = self.range_css_px.1 - self.range_css_px.0;
        let t = if span == 0.0 {
            0.0
        } else {
            (position_css_px - self.range_css_px.0) / span
        };
        self.domain.0 + t * (self.domain.1 - self.domain.0)
    }
}

impl Scale for LinearScale {
    fn map(&self, value: f64) -> f64 {
        let t = (value - self.domain.0) / (self.domain.1 - self.domain.0);
        self.range_css_px.0 + t * (self.range_css_px.1 - self.range_css_px.0)
    }
}

/// The `f64` nearest to ten to the power `exponent` (0 below the smallest subnormal, infinity
/// above `f64::MAX`), read from its decimal form, the same in the browser (JavaScript's
/// `parseFloat`, `tests/web.rs`) as natively: the module then carries no `pow` of its own (about
/// 0.6 kB brotli), and no platform's `pow` can be a unit in the last place off.
pub fn power_of_ten(exponent: i32) -> f64 {
    let decimal = format!("1e{exponent}");
    #[cfg(target_arch = "wasm32")]
    return js_sys::Number::parse_float(&decimal);
    #[cfg(not(target_arch = "wasm32"))]
    return decimal.parse().unwrap_or(f64::NAN);
}

/// A base-10 logarithmic scale for positive values; values ≤ 0 map to the range start.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogScale {
    inner: LinearScale,
    min: f64,
}

impl LogScale {
    /// A scale over positive `domain`, widened to whole powers of ten.
    pub fn new(domain: (f64, f64), range_css_px: (f64, f64)) -> LogScale {
        let low = domain.0.max(f64::MIN_POSITIVE).log10().floor();
        let high = domain
            .1
            .max(f64::MIN_POSITIVE)
            .log10()
            .ceil()
            .max(low + 1.0);
        LogScale {
            inner: LinearScale::new((low, high), range_css_px),
            min: power_of_ten(low as i32),
        }
    }

    /// The domain as powers of ten (low, high).
    pub fn decades(&self) -> (f64, f64) {
        self.inner.domain()
    }

    /// Pixel position → data value (the inverse of `map`).
    pub fn invert(&self, position_css_px: f64) -> f64 {
        10f64.powf(self.inner.invert(position_css_px))
    }
}

impl Scale for LogScale {
    fn map(&self, value: f64) -> f64 {
        self.inner.map(value.max(self.min).log10())
    }
}

/// Evenly spaced bands for categories, each with a padded inner part.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BandScale {
    count: usize,
    start_css_px: f64,
    step_css_px: f64,
    padding: f64,
}

impl BandScale {
    /// `count` bands over `range_css_px`; `padding` is the share (0–1) of each step left empty.
    pub fn new(count: usize, range_css_px: (f64, f64), padding: f64) -> BandScale {
        let step = if count == 0 {
            0.0
        } else {
            (range_css_px.1 - range_css_px.0) / count as f64
        };
        BandScale {
            count,
            start_css_px: range_css_px.0,
            step_css_px: step,
            padding: padding.clamp(0.0, 0.9),
        }
    }

    /// Start of band `index`'s inner part.
    pub fn start(&self, index: usize) -> f64 {
        self.start_css_px + self.step_css_px * (index as f64 + self.padding / 2.0)
    }

    /// Width of a band's inner part.
    pub fn bandwidth(&self) -> f64 {
        self.step_css_px * (1.0 - self.padding)
    }

    /// The distance between band starts.
    pub fn step(&self) -> f64 {
        self.step_css_px
    }

    /// The band holding a position, if any.
    pub fn invert(&self, position_css_px: f64) -> Option<usize> {
        if self.step_css_px == 0.0 {
            return None;
        }
        let index = ((position_css_px - self.start_css_px) / self.step_css_px).floor();
        (index >= 0.0 && (index as usize) < self.count).then_some(index as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn powers_of_ten_are_the_nearest_f64() {
        // Exactly representable up to 10^22, where multiplying tens is exact too.
        for n in 0..=22 {
            assert_eq!(power_of_ten(n), 10f64.powi(n), "1e{n}");
            assert_eq!(power_of_ten(-n), 1.0 / 10f64.powi(n), "1e-{n}");
        }
        assert_eq!(power_of_ten(308), 1e308);
        assert_eq!(power_of_ten(-323), 1e-323);
        assert_eq!(power_of_ten(-324), 0.0);
        assert_eq!(power_of_ten(309), f64::INFINITY);
        assert_eq!(power_of_ten(i32::MIN), 0.0);
        assert_eq!(power_of_ten(i32::MAX), f64::INFINITY);
    }

    #[test]
    fn linear_round_trip() {
        let scale = LinearScale::new((0.0, 100.0), (40.0, 640.0));
        for v in [0.0, 12.5, 66.7, 100.0, 250.0] {
            assert!((scale.invert(scale.map(v)) - v).abs() < 1e-9);
        }
        assert_eq!(scale.map(50.0), 340.0);
        let reversed = LinearScale::new((0.0, 10.0), (300.0, 0.0));
        assert_eq!(reversed.map(10.0), 0.0);
        let flat = LinearScale::new((5.0, 5.0), (0.0, 10.0));
        assert_eq!(flat.map(5.0), 5.0);
    }

    #[test]
    fn log_round_trip_and_decades() {
        let scale = LogScale::new((2.0, 3e9), (0.0, 900.0));
        assert_eq!(scale.decades(), (0.0, 10.0));
        for v in [2.0, 36.0, 12_000.0, 1.2e9, 3e9] {
            assert!((scale.invert(scale.map(v)) / v - 1.0).abs() < 1e-9, "{v}");
        }
        assert_eq!(scale.map(0.0), 0.0);
        assert_eq!(scale.map(1e5), 450.0);
    }

    #[test]
    fn bands() {
        let bands = BandScale::new(4, (0.0, 400.0), 0.2);
        assert_eq!(bands.step(), 100.0);
        assert!((bands.start(1) - 110.0).abs() < 1e-9);
        assert_eq!(bands.bandwidth(), 80.0);
        assert_eq!(bands.invert(150.0), Some(1));
        assert_eq!(bands.invert(-1.0), None);
        assert_eq!(bands.invert(400.0), None);
        assert_eq!(BandScale::new(0, (0.0, 10.0), 0.1).invert(5.0), None);
    }
}
