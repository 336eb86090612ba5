//! One sort for lists of indices. Each caller passes its comparison as a trait object, so the sort
//! itself is compiled once: the browser module carries one copy instead of one per comparison
//! (each copy of the standard library's stable sort costs about 3 KB of wasm).
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use std::cmp::Ordering;

/// Sorts `indices` stably by `compare`.
pub(crate) fn sort_indices(indices: &mut [usize], compare: &dyn Fn(usize, usize) -> Ordering) {
    indices.sort_by(|&a, &b| compare(a, b));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_by_the_comparison_and_keeps_ties_in_order() {
        let keys = [3, 1, 2, 1];
        let mut indices = vec![0, 1, 2, 3];
        sort_indices(&mut indices, &|a, b| keys[a].cmp(&keys[b]));
        assert_eq!(indices, [1, 3, 2, 0]);
    }
}
