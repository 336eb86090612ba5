//! The rules a dataset's claims follow, for the curated file and a reader's own dataset alike:
//! a key is a slug, a claim has at least two figures, and every figure of a claim has one unit.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use crate::dataset::{DatasetError, Position, Problem};
use crate::labels::is_slug;
use crate::number::Unit;
use crate::sorting::sort_indices;

/// One figure's claim, as the checks see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Quoting<'a> {
    /// The claim key as written (trimmed).
    pub claim: &'a str,
    /// Where the key is written.
    pub claim_at: Position,
    /// The figure's unit.
    pub unit: Unit,
    /// Where the unit is written.
    pub unit_at: Position,
}

/// The longest key a "did you mean" is looked for, and the most key pairs compared for one: a
/// hostile dataset of thousands of long, lone keys is still checked at once.
const SUGGEST_MAX_CHARS: usize = 64;
const SUGGEST_MAX_PAIRS: usize = 10_000;

/// What a value that is not a claim key is told (after the value): one wording for the dataset's
/// checks and the URL's `claim` alike.
pub const NOT_A_CLAIM_KEY: &str =
    "is not a claim key (lower-case letters, digits and single hyphens)";

/// Whether `key` is a claim key: a slug ([`is_slug`]), lower-case letters and digits in words
/// joined by single hyphens.
pub fn is_claim_key(key: &str) -> bool {
    is_slug(key)
}

/// Every problem with the claims of `quotings`, read from `file`, in their order.
pub fn check_claims(file: &str, quotings: &[Quoting<'_>]) -> Vec<DatasetError> {
    let mut errors = Vec::new();
    let key_of = |i: usize| quotings.get(i).map(|q| q.claim);
    let mut sorted: Vec<usize> = (0..quotings.len()).collect();
    sort_indices(&mut sorted, &|a, b| key_of(a).cmp(&key_of(b)));
    // Runs of one key: (key, the quotings' indices, in order).
    let mut runs: Vec<(&str, Vec<usize>)> = Vec::new();
    for i in sorted {
        let Some(key) = key_of(i) else {
            continue;
        };
        match runs.last_mut() {
            Some((last, members)) if *last == key => members.push(i),
            _ => runs.push((key, vec![i])),
        }
    }
    let shared: Vec<&str> = runs
        .iter()
        .filter(|(key, members)| members.len() > 1 && is_claim_key(key))
        .map(|(key, _)| *key)
        .collect();
    let mut pairs_left = SUGGEST_MAX_PAIRS;
    for (key, members) in &runs {
        let Some(first) = members.first().and_then(|&i| quotings.get(i)) else {
            continue;
        };
        if !is_claim_key(key) {
            for q in members.iter().filter_map(|&i| quotings.get(i)) {
                push(
                    &mut errors,
                    file,
                    &q.claim_at,
                    "claim",
                    Problem::BadClaim(key.to_string()),
                );
            }
            continue;
        }
        if members.len() == 1 {
            let suggestion = nearest(key, &shared, &mut pairs_left).map(str::to_string);
            push(
                &mut errors,
                file,
                &first.claim_at,
                "claim",
                Problem::ClaimOfOne {
                    claim: key.to_string(),
                    suggestion,
                },
            );
        }
        for q in members.iter().filter_map(|&i| quotings.get(i)) {
            if q.unit != first.unit {
                push(
                    &mut errors,
                    file,
                    &q.unit_at,
                    "unit",
                    Problem::ClaimUnitDiffers {
                        claim: key.to_string(),
                        unit: q.unit,
                        first_unit: first.unit,
                        first: first.unit_at.clone(),
                    },
                );
            }
        }
    }
    in_file_order(errors)
}

/// `errors` ordered by their line or record, keeping the order of those at one place.
pub fn in_file_order(errors: Vec<DatasetError>) -> Vec<DatasetError> {
    let number = |i: usize| errors.get(i).map(|e| e.place.at.number());
    let mut order: Vec<usize> = (0..errors.len()).collect();
    sort_indices(&mut order, &|a, b| number(a).cmp(&number(b)));
    let mut slots: Vec<Option<DatasetError>> = errors.into_iter().map(Some).collect();
    order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect()
}

fn push(errors: &mut Vec<DatasetError>, file: &str, at: &Position, field: &str, p: Problem) {
    errors.push(DatasetError::at(file, at.clone(), Some(field), p));
}

/// The key of `keys` closest to `key` in edits, when it is near enough to be a slip of typing:
/// at most 2 edits, or a quarter of the key's length.
fn nearest<'a>(key: &str, keys: &[&'a str], pairs_left: &mut usize) -> Option<&'a str> {
    let length = key.chars().count();
    if length > SUGGEST_MAX_CHARS {
        return None;
    }
    let reach = (length / 4).max(2);
    let mut best: Option<(usize, &'a str)> = None;
    for &other in keys {
        let other_length = other.chars().count();
        if other_length > SUGGEST_MAX_CHARS || other_length.abs_diff(length) > reach {
            continue;
        }
        if *pairs_left == 0 {
            break;
        }
        *pairs_left = pairs_left.saturating_sub(1);
        let distance = edits(key, other);
        if distance <= reach && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, other));
        }
    }
    best.map(|(_, other)| other)
}

/// The number of single-character insertions, deletions and substitutions from `a` to `b`.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = i;
        let mut next = vec![i.saturating_add(1)];
        for (j, cb) in b.iter().enumerate() {
            let substitute = diagonal.saturating_add(usize::from(ca != *cb));
            let delete = row.get(j.saturating_add(1)).copied().unwrap_or(usize::MAX);
            let insert = next.last().copied().unwrap_or(usize::MAX);
            let best = substitute
                .min(delete.saturating_add(1))
                .min(insert.saturating_add(1));
            diagonal = row.get(j.saturating_add(1)).copied().unwrap_or(usize::MAX);
            next.push(best);
        }
        row = next;
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_count_single_character_changes() {
        assert_eq!(edits("kitten", "sitting"), 3);
        assert_eq!(edits("", "abc"), 3);
        assert_eq!(edits("abc", "abc"), 0);
        assert_eq!(
            edits(
                "inovation-programme-funding",
                "innovation-programme-funding"
            ),
            1
        );
    }

    #[test]
    fn claim_keys_are_slugs() {
        assert!(is_claim_key("innovation-programme-funding"));
        assert!(is_claim_key("a1"));
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a_b", "é"] {
            assert!(!is_claim_key(bad), "{bad:?}");
        }
    }
}
