//! Claims: figures that state the same quantity share a claim key (`claim` in the data). A claim
//! is quoted more than once; whether its quotations agree is computed from each figure's words
//! ([`Interval`]), never typed.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

mod check;
mod interval;
mod summary;
#[cfg(test)]
mod tests;

pub use check::{NOT_A_CLAIM_KEY, Quoting, check_claims, in_file_order, is_claim_key};
pub use interval::{ABOUT_TOLERANCE, End, Interval, NEARLY_TOLERANCE};
pub use summary::summary;

use crate::dataset::Figure;
use crate::sorting::sort_indices;

/// One claim: its key and the figures that quote it, in dataset order.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The key, e.g. `innovation-programme-funding`.
    pub key: String,
    /// Indices of its figures in the dataset.
    pub figures: Vec<usize>,
}

/// Every claim of a dataset, and each figure's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Claims {
    /// The claims, sorted by key.
    claims: Vec<Claim>,
    /// For each figure, the index in `claims` of its claim.
    of_figure: Vec<Option<usize>>,
    /// For each figure, whether its words disagree with another quotation of its claim.
    differs: Vec<bool>,
}

impl Claims {
    /// The claims of `figures`; a blank claim key counts as none.
    pub fn new(figures: &[Figure]) -> Claims {
        let key_of = |i: usize| figures.get(i).and_then(claim_key);
        let mut keyed: Vec<usize> = (0..figures.len())
            .filter(|&i| key_of(i).is_some())
            .collect();
        sort_indices(&mut keyed, &|a, b| key_of(a).cmp(&key_of(b)));
        let mut claims: Vec<Claim> = Vec::new();
        let mut of_figure = vec![None; figures.len()];
        for i in keyed {
            let Some(key) = key_of(i) else {
                continue;
            };
            if claims.last().is_none_or(|last| last.key != key) {
                claims.push(Claim {
                    key: key.to_string(),
                    figures: Vec::new(),
                });
            }
            let index = claims.len().saturating_sub(1);
            if let Some(claim) = claims.last_mut() {
                claim.figures.push(i);
            }
            if let Some(slot) = of_figure.get_mut(i) {
                *slot = Some(index);
            }
        }
        let mut differs = vec![false; figures.len()];
        for claim in &claims {
            mark_differing(figures, claim, &mut differs);
        }
        Claims {
            claims,
            of_figure,
            differs,
        }
    }

    /// Every claim, sorted by key.
    pub fn all(&self) -> &[Claim] {
        &self.claims
    }

    /// The claim `figure` quotes, if any.
    pub fn of(&self, figure: usize) -> Option<&Claim> {
        self.of_figure
            .get(figure)
            .copied()
            .flatten()
            .and_then(|c| self.claims.get(c))
    }

    /// The claim named `key`.
    pub fn named(&self, key: &str) -> Option<&Claim> {
        self.claims
            .binary_search_by(|c| c.key.as_str().cmp(key))
            .ok()
            .and_then(|i| self.claims.get(i))
    }

    /// How many times the quantity `figure` states is quoted: its claim's figures, or 1.
    pub fn quotations(&self, figure: usize) -> usize {
        self.of(figure).map_or(1, |c| c.figures.len())
    }

    /// Whether `figure` agrees with every other quotation of its claim; `None` without a claim.
    pub fn agrees(&self, figure: usize) -> Option<bool> {
        self.of(figure)?;
        Some(!self.differs.get(figure).copied().unwrap_or(false))
    }

    /// Whether `figure`'s words disagree with another quotation of its claim.
    pub fn differs(&self, figure: usize) -> bool {
        self.differs.get(figure).copied().unwrap_or(false)
    }

    /// Whether some quotation of `claim` disagrees with another.
    pub fn claim_differs(&self, claim: &Claim) -> bool {
        claim.figures.iter().any(|&i| self.differs(i))
    }
}

/// Marks in `differs` the figures of `claim` whose words disagree with another quotation of it. A
/// figure disagrees with some other when the highest lower end among them lies above its upper
/// end, or the lowest upper end below its lower end: one pass, however many quotations.
fn mark_differing(figures: &[Figure], claim: &Claim, differs: &mut [bool]) {
    if claim.figures.len() < 2 {
        return;
    }
    let intervals: Vec<(usize, Interval)> = claim
        .figures
        .iter()
        .filter_map(|&i| figures.get(i).map(|f| (i, Interval::of(f))))
        .collect();
    let highest_low = intervals
        .iter()
        .map(|(_, interval)| interval.low)
        .reduce(|a, b| if higher_low(&b, &a) { b } else { a });
    let lowest_high = intervals
        .iter()
        .map(|(_, interval)| interval.high)
        .reduce(|a, b| if lower_high(&b, &a) { b } else { a });
    let (Some(highest_low), Some(lowest_high)) = (highest_low, lowest_high) else {
        return;
    };
    for (i, interval) in &intervals {
        let apart = !Interval::ends_meet(&highest_low, &interval.high)
            || !Interval::ends_meet(&interval.low, &lowest_high);
        if let Some(slot) = differs.get_mut(*i) {
            *slot = apart;
        }
    }
}

/// Whether lower end `a` leaves less room above it than `b` (further up, or as far and excluded).
fn higher_low(a: &End, b: &End) -> bool {
    a.at > b.at || (a.at == b.at && !a.included && b.included)
}

/// Whether upper end `a` leaves less room below it than `b`.
fn lower_high(a: &End, b: &End) -> bool {
    a.at < b.at || (a.at == b.at && !a.included && b.included)
}

/// A figure's claim key, trimmed; `None` when absent or blank.
pub fn claim_key(figure: &Figure) -> Option<&str> {
    figure
        .claim
        .as_deref()
        .map(str::trim)
        .filter(|key| !key.is_empty())
}
