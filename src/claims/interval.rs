//! What a figure's words allow: an interval from its value and qualifier. Two quotations of a
//! claim agree when their intervals overlap.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use crate::dataset::Figure;
use crate::number::Qualifier;

/// How far "about" reaches either side of its value, as a share of it: "about 50" is 45 to 55.
/// Speakers round to one or two significant figures; a tenth either way covers rounding to the
/// nearest 5, 10 or 100 of a number of that size, and no more.
pub const ABOUT_TOLERANCE: f64 = 0.1;

/// How far below its value "nearly" reaches, as a share of it: "nearly 100" is 90 up to, but not
/// including, 100.
pub const NEARLY_TOLERANCE: f64 = 0.1;

/// One end of an interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct End {
    /// Where it is.
    pub at: f64,
    /// Whether the end itself is inside ("at least 5" includes 5; "more than 5" does not).
    pub included: bool,
}

/// The values a figure's words allow, from `low` to `high`; an open-ended figure ("more than")
/// reaches infinity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    /// The lower end.
    pub low: End,
    /// The upper end.
    pub high: End,
}

const fn end(at: f64, included: bool) -> End {
    End { at, included }
}

impl Interval {
    /// The interval the figure's words give: exact → its value; about → within
    /// [`ABOUT_TOLERANCE`]; nearly → just below, within [`NEARLY_TOLERANCE`]; more than → above,
    /// at least → from; up to → up to and including, less than → below; a range → its ends.
    pub fn of(figure: &Figure) -> Interval {
        let v = figure.value;
        match (figure.qualifier, figure.value_high) {
            (Qualifier::Exact, _) => Interval::exactly(v),
            (Qualifier::Approximately, _) => Interval {
                low: end(v * (1.0 - ABOUT_TOLERANCE), true),
                high: end(v * (1.0 + ABOUT_TOLERANCE), true),
            },
            (Qualifier::Nearly, _) => Interval {
                low: end(v * (1.0 - NEARLY_TOLERANCE), true),
                high: end(v, false),
            },
            (Qualifier::MoreThan, _) => Interval {
                low: end(v, false),
                high: end(f64::INFINITY, false),
            },
            (Qualifier::AtLeast, _) => Interval {
                low: end(v, true),
                high: end(f64::INFINITY, false),
            },
            (Qualifier::UpTo, _) => Interval {
                low: end(0.0, true),
                high: end(v, true),
            },
            (Qualifier::LessThan, _) => Interval {
                low: end(0.0, true),
                high: end(v, false),
            },
            (Qualifier::Range, Some(high)) => Interval {
                low: end(v, true),
                high: end(high, true),
            },
            (Qualifier::Range, None) => Interval::exactly(v),
        }
    }

    /// The one value `v`.
    pub fn exactly(v: f64) -> Interval {
        Interval {
            low: end(v, true),
            high: end(v, true),
        }
    }

    /// Whether some value lies in both intervals.
    pub fn overlaps(&self, other: &Interval) -> bool {
        Interval::ends_meet(&self.low, &other.high) && Interval::ends_meet(&other.low, &self.high)
    }

    /// Whether a lower end `low` lies below an upper end `high` with room for a value between.
    pub fn ends_meet(low: &End, high: &End) -> bool {
        low.at < high.at || (low.at == high.at && low.included && high.included)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testing::figure;

    fn interval(qualifier: Qualifier, value: f64, high: Option<f64>) -> Interval {
        let mut f = figure("x");
        f.qualifier = qualifier;
        f.value = value;
        f.value_high = high;
        Interval::of(&f)
    }

    fn ends(i: Interval) -> (f64, bool, f64, bool) {
        (i.low.at, i.low.included, i.high.at, i.high.included)
    }

    #[test]
    fn every_qualifier_gives_its_interval() {
        use Qualifier::*;
        let inf = f64::INFINITY;
        assert_eq!(ends(interval(Exact, 50.0, None)), (50.0, true, 50.0, true));
        assert_eq!(
            ends(interval(Approximately, 50.0, None)),
            (45.0, true, 55.00000000000001, true)
        );
        assert_eq!(
            ends(interval(Nearly, 100.0, None)),
            (90.0, true, 100.0, false)
        );
        assert_eq!(
            ends(interval(MoreThan, 50.0, None)),
            (50.0, false, inf, false)
        );
        assert_eq!(
            ends(interval(AtLeast, 50.0, None)),
            (50.0, true, inf, false)
        );
        assert_eq!(ends(interval(UpTo, 50.0, None)), (0.0, true, 50.0, true));
        assert_eq!(
            ends(interval(LessThan, 50.0, None)),
            (0.0, true, 50.0, false)
        );
        assert_eq!(
            ends(interval(Range, 5.0, Some(10.0))),
            (5.0, true, 10.0, true)
        );
        assert_eq!(ends(interval(Range, 5.0, None)), (5.0, true, 5.0, true));
    }

    #[test]
    fn overlap_respects_open_and_closed_ends() {
        use Qualifier::*;
        let exact = |v| interval(Exact, v, None);
        // "more than 50" leaves 50 out; "at least 50" keeps it.
        assert!(!interval(MoreThan, 50.0, None).overlaps(&exact(50.0)));
        assert!(interval(AtLeast, 50.0, None).overlaps(&exact(50.0)));
        // "nearly 100" stops short of 100; "up to 100" reaches it; "less than 100" does not.
        assert!(!interval(Nearly, 100.0, None).overlaps(&exact(100.0)));
        assert!(interval(Nearly, 100.0, None).overlaps(&exact(90.0)));
        assert!(!interval(Nearly, 100.0, None).overlaps(&exact(89.0)));
        assert!(interval(UpTo, 100.0, None).overlaps(&exact(100.0)));
        assert!(!interval(LessThan, 100.0, None).overlaps(&exact(100.0)));
        // "about 50" reaches a tenth either way, and no further.
        assert!(interval(Approximately, 50.0, None).overlaps(&exact(45.0)));
        assert!(interval(Approximately, 50.0, None).overlaps(&exact(55.0)));
        assert!(!interval(Approximately, 50.0, None).overlaps(&exact(44.0)));
        assert!(!interval(Approximately, 50.0, None).overlaps(&exact(56.0)));
        // The cases: "7%" and "about 14%" differ; "over 50" and "about 50" agree,
        // "about 50" and "nearly 100" differ.
        assert!(!exact(7.0).overlaps(&interval(Approximately, 14.0, None)));
        assert!(interval(MoreThan, 50.0, None).overlaps(&interval(Approximately, 50.0, None)));
        assert!(!interval(Approximately, 50.0, None).overlaps(&interval(Nearly, 100.0, None)));
        assert!(interval(MoreThan, 50.0, None).overlaps(&interval(Nearly, 100.0, None)));
        // Ranges by their ends; overlap is symmetric.
        let range = interval(Range, 5.0, Some(10.0));
        assert!(range.overlaps(&exact(10.0)) && exact(10.0).overlaps(&range));
        assert!(!range.overlaps(&exact(10.5)) && !exact(10.5).overlaps(&range));
        assert!(exact(200e6).overlaps(&exact(200e6)));
        assert!(!exact(200e6).overlaps(&exact(210e6)));
    }
}
