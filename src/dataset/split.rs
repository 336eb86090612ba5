//! The built-in dataset in two parts for the browser's first load. A page's first draw, hover,
//! filters and choices need only some fields of each figure; the quote and the provenance only a
//! detail card shows (about half the bytes) can come later, when a card first opens or the page is
//! idle. `cited-stats export --format json-first` and `--format json-detail` write the two parts
//! (`www/data/figures-first.json`, `www/data/figures-detail.json`); the browser joins them with
//! the same checks as a whole dataset (`src/wasm/details.rs`). The whole `figures.json` stays the
//! dataset's public form.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

#[cfg(not(target_arch = "wasm32"))]
use super::{Figure, is_detail_field};

/// The first part: one JSON array of the figures without their detail fields, one per line.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json_first(figures: &[Figure]) -> String {
    json_array(figures, |key| !is_detail_field(key))
}

/// The detail part: one JSON array of each figure's `id` and detail fields, in dataset order.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json_detail(figures: &[Figure]) -> String {
    json_array(figures, |key| key == "id" || is_detail_field(key))
}

#[cfg(not(target_arch = "wasm32"))]
fn json_array(figures: &[Figure], keep: impl Fn(&str) -> bool) -> String {
    let lines: Vec<String> = figures
        .iter()
        .filter_map(|figure| match serde_json::to_value(figure) {
            Ok(serde_json::Value::Object(fields)) => {
                let kept: serde_json::Map<String, serde_json::Value> =
                    fields.into_iter().filter(|(key, _)| keep(key)).collect();
                serde_json::to_string(&kept).ok()
            }
            _ => None,
        })
        .collect();
    format!("[\n{}\n]\n", lines.join(",\n"))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::dataset::embedded_figures;

    #[test]
    fn the_detail_fields_leave_the_first_draw_its_own() {
        // What the first draw, hover, filters, choices and search without quotes read.
        for field in [
            "id",
            "figure_text",
            "value",
            "value_high",
            "unit",
            "qualifier",
            "measure",
            "cited_source",
            "topic",
            "speaker",
            "speaker_party",
            "debate",
            "debate_id",
            "date",
        ] {
            assert!(!is_detail_field(field), "{field}");
        }
    }

    #[test]
    fn the_two_parts_join_back_into_the_whole_dataset() {
        let figures = embedded_figures().unwrap();
        let first: Vec<serde_json::Map<String, serde_json::Value>> =
            serde_json::from_str(&to_json_first(&figures)).unwrap();
        let detail: Vec<serde_json::Map<String, serde_json::Value>> =
            serde_json::from_str(&to_json_detail(&figures)).unwrap();
        assert_eq!(first.len(), figures.len());
        assert_eq!(detail.len(), figures.len());
        for ((mut joined, more), figure) in first.into_iter().zip(detail).zip(&figures) {
            assert_eq!(more.get("id"), joined.get("id"));
            assert!(joined.keys().all(|key| !is_detail_field(key)));
            joined.extend(more);
            let back: Figure = serde_json::from_value(serde_json::Value::Object(joined)).unwrap();
            assert_eq!(&back, figure);
        }
    }
}
