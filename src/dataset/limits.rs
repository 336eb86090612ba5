//! How much a dataset from outside may hold, checked before it is read or laid out, and the
//! messages that name each limit with what arrived. A dataset over a limit is refused whole.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use crate::joining::join;

/// Most bytes a dataset URL may send; counted as the body streams in, so a larger one is cut off.
pub const MAX_DATASET_BYTES: usize = 16_000_000;
/// Most figures a dataset may hold: the product's largest case, 100,000 figures, fits.
pub const MAX_FIGURES: usize = 100_000;
/// Most characters a quote may have.
pub const MAX_QUOTE_CHARS: usize = 20_000;
/// Most characters any other text field (and each `inferred` entry and `notes` reason) may have.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Most problems one message lists; the rest are counted.
pub const MAX_PROBLEMS_SHOWN: usize = 50;

/// Most characters field `field` may have.
pub fn max_chars(field: &str) -> usize {
    if field == "quote" {
        MAX_QUOTE_CHARS
    } else {
        MAX_TEXT_CHARS
    }
}

/// `n` with thousands separators ("16,000,000").
pub fn grouped(n: usize) -> String {
    crate::number::format::group_digits(&n.to_string())
}

/// The message for a dataset body that passed [`MAX_DATASET_BYTES`] (`received` bytes had
/// arrived when reading stopped).
pub fn too_many_bytes(source: &str, received: usize) -> String {
    format!(
        "{source}: the dataset is too large: more than {} bytes arrived ({} when reading stopped); at most {} bytes are read",
        grouped(MAX_DATASET_BYTES),
        grouped(received),
        grouped(MAX_DATASET_BYTES)
    )
}

/// The message for a dataset of `count` figures when that is over [`MAX_FIGURES`].
pub fn too_many_figures(source: &str, count: usize) -> Option<String> {
    (count > MAX_FIGURES).then(|| {
        format!(
            "{source}: the dataset holds {} figures; at most {} are accepted",
            grouped(count),
            grouped(MAX_FIGURES)
        )
    })
}

/// The problems as one message, one a line: the first [`MAX_PROBLEMS_SHOWN`], then how many more.
pub fn problem_list(problems: &[String]) -> String {
    let mut lines: Vec<String> = problems.iter().take(MAX_PROBLEMS_SHOWN).cloned().collect();
    if problems.len() > MAX_PROBLEMS_SHOWN {
        lines.push(format!(
            "… and {} more problems ({} in all; the first {MAX_PROBLEMS_SHOWN} are shown)",
            grouped(problems.len().saturating_sub(MAX_PROBLEMS_SHOWN)),
            grouped(problems.len())
        ));
    }
    join(&lines, "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_named_with_what_arrived() {
        assert_eq!(grouped(16_000_000), "16,000,000");
        assert_eq!(grouped(999), "999");
        assert_eq!(
            too_many_bytes("https://x.test/big.json", 16_000_123),
            "https://x.test/big.json: the dataset is too large: more than 16,000,000 bytes arrived (16,000,123 when reading stopped); at most 16,000,000 bytes are read"
        );
        assert_eq!(too_many_figures("mine.json", MAX_FIGURES), None);
        assert_eq!(
            too_many_figures("mine.json", 114_286).as_deref(),
            Some("mine.json: the dataset holds 114,286 figures; at most 100,000 are accepted")
        );
    }

    #[test]
    fn a_long_problem_list_is_cut_and_counted() {
        let problems: Vec<String> = (1..=5_000).map(|i| format!("record {i}: bad")).collect();
        let message = problem_list(&problems);
        assert_eq!(message.lines().count(), MAX_PROBLEMS_SHOWN + 1);
        assert!(message.starts_with("record 1: bad\n"));
        assert!(
            message.ends_with("… and 4,950 more problems (5,000 in all; the first 50 are shown)")
        );
        assert_eq!(problem_list(&problems[..2]), "record 1: bad\nrecord 2: bad");
    }
}
