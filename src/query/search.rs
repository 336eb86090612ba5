//! Full-text search over a figure's measure, speaker, cited source and quote, ranked.
//!
//! Text and search are folded the same way (`fold.rs`): case, accents, apostrophes, quotes, dashes,
//! "£"/"GBP" and "%"/"per cent"/"percent" do not matter. Every search word must be the start of
//! some word of the figure's text ("foster" finds "fostering"). A figure scores, for each search
//! word, its best match: by field (measure or speaker 30, cited source 20, quote 10), plus 5 when
//! the word matches whole rather than as a prefix. Best total first; ties keep the order given.

use crate::dataset::Figure;
use crate::sorting::sort_indices;

use super::fold::search_words;

/// Points for a match in the measure or the speaker's name.
const MEASURE_OR_SPEAKER: u32 = 30;
/// Points for a match in the cited source.
const CITED_SOURCE: u32 = 20;
/// Points for a match in the quote.
const QUOTE: u32 = 10;
/// Extra points when the search word is a whole word of the text, not only its start.
const WHOLE_WORD: u32 = 5;

/// The `candidates` (positions in `figures`) that match every word of `search`, best first, ties in
/// the order given. When `search` has no words (empty, or only punctuation), every candidate is
/// returned unchanged. Positions outside `figures` are dropped when searching.
///
/// Each figure's text is folded once per call; the cost is proportional to the candidates' words
/// times the search's words.
pub fn rank_matches(figures: &[Figure], candidates: &[usize], search: &str) -> Vec<usize> {
    let wanted = search_words(search);
    if wanted.is_empty() {
        return candidates.to_vec();
    }
    let scored: Vec<(u32, usize)> = candidates
        .iter()
        .filter_map(|&index| {
            let figure = figures.get(index)?;
            score(&FoldedFigure::new(figure), &wanted).map(|points| (points, index))
        })
        .collect();
    // A stable sort: equal scores keep the candidates' order.
    let mut order: Vec<usize> = (0..scored.len()).collect();
    let score = |at: usize| scored.get(at).map(|s| s.0);
    sort_indices(&mut order, &|a, b| score(b).cmp(&score(a)));
    order
        .into_iter()
        .filter_map(|at| scored.get(at).map(|s| s.1))
        .collect()
}

/// A figure's searchable text, folded into words, with each field's points.
struct FoldedFigure {
    fields: [(u32, Vec<String>); 4],
}

impl FoldedFigure {
    fn new(figure: &Figure) -> FoldedFigure {
        FoldedFigure {
            fields: [
                (MEASURE_OR_SPEAKER, search_words(&figure.measure)),
                (MEASURE_OR_SPEAKER, search_words(&figure.speaker)),
                (
                    CITED_SOURCE,
                    search_words(figure.cited_source.as_deref().unwrap_or("")),
                ),
                (QUOTE, search_words(&figure.quote)),
            ],
        }
    }
}

/// The figure's total points, or `None` when some search word matches nothing.
fn score(figure: &FoldedFigure, wanted: &[String]) -> Option<u32> {
    wanted.iter().try_fold(0u32, |total, word| {
        let best = figure
            .fields
            .iter()
            .flat_map(|(points, words)| {
                words.iter().filter_map(move |text| {
                    if text == word {
                        Some(points.saturating_add(WHOLE_WORD))
                    } else if text.starts_with(word.as_str()) {
                        Some(*points)
                    } else {
                        None
                    }
                })
            })
            .max()?;
        Some(total.saturating_add(best))
    })
}

#[cfg(test)]
mod tests;
