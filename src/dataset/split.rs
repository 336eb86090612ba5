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
use super::{FIGURE_FIELDS, Figure, is_detail_field};

/// The first part: the figures without their detail fields, column by column (see
/// [`json_columns`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json_first(figures: &[Figure]) -> Result<String, serde_json::Error> {
    json_columns(figures, |key| !is_detail_field(key))
}

/// The detail part: each figure's `id` and detail fields, column by column, in dataset order.
#[cfg(not(target_arch = "wasm32"))]
pub fn to_json_detail(figures: &[Figure]) -> Result<String, serde_json::Error> {
    json_columns(figures, |key| key == "id" || is_detail_field(key))
}

/// One JSON object holding, for each kept field, the array of every figure's value, one field per
/// line: `{"id":["…","…"],\n"value":[2,0.7]}`. Written once per field, not once per figure,
/// the part is about 0.5 kB brotli smaller than one object per figure; the browser turns it back
/// into one object per figure (`www/lib/columns.js`) before the core reads it.
#[cfg(not(target_arch = "wasm32"))]
fn json_columns(
    figures: &[Figure],
    keep: impl Fn(&str) -> bool,
) -> Result<String, serde_json::Error> {
    let records = figures
        .iter()
        .map(|figure| match serde_json::to_value(figure)? {
            serde_json::Value::Object(fields) => Ok(fields),
            // Never: a figure is a struct. Refused rather than written as a row of nulls.
            _ => Err(serde::ser::Error::custom(format!(
                "figure {} is not a JSON object",
                figure.id
            ))),
        })
        .collect::<Result<Vec<_>, serde_json::Error>>()?;
    // In the schema's order (as `figures.json` has them): 35 and 68 bytes brotli less than in
    // alphabetical order, the order of a JSON object read back.
    let fields: Vec<&str> = FIGURE_FIELDS
        .iter()
        .copied()
        .filter(|key| keep(key))
        .collect();
    let lines = fields
        .iter()
        .map(|&field| {
            let column: Vec<serde_json::Value> = records
                .iter()
                .map(|record| whole(record.get(field).unwrap_or(&serde_json::Value::Null)))
                .collect();
            Ok(format!(
                "{}:{}",
                serde_json::to_string(field)?,
                serde_json::to_string(&column)?
            ))
        })
        .collect::<Result<Vec<String>, serde_json::Error>>()?;
    Ok(format!("{{\n{}\n}}\n", lines.join(",\n")))
}

/// A whole number as JSON writes an integer (`2`, not `2.0`: the same number to `JSON.parse`,
/// and 29 bytes brotli less over the first part's values); every other value as it is.
#[cfg(not(target_arch = "wasm32"))]
fn whole(value: &serde_json::Value) -> serde_json::Value {
    match value.as_f64() {
        // Below 2^53 every whole f64 is exactly an i64; -0 stays -0.0.
        Some(number)
            if number.fract() == 0.0
                && number.abs() < 9_007_199_254_740_992.0
                && !(number == 0.0 && number.is_sign_negative()) =>
        {
            serde_json::Value::from(number as i64)
        }
        _ => value.clone(),
    }
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
        let first = rows(&to_json_first(&figures).unwrap(), figures.len());
        let detail = rows(&to_json_detail(&figures).unwrap(), figures.len());
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

    #[test]
    fn whole_numbers_are_written_as_integers_and_read_back_the_same() {
        for (value, written) in [
            (2.0, "2"),
            (0.0, "0"),
            (-0.0, "-0.0"),
            (0.7, "0.7"),
            (73_000_000.0, "73000000"),
            (9_007_199_254_740_992.0, "9007199254740992.0"),
            (1e300, "1e+300"),
        ] {
            let json = serde_json::to_string(&whole(&serde_json::json!(value))).unwrap();
            assert_eq!(json, written);
            let back: f64 = serde_json::from_str(&json).unwrap();
            assert_eq!(back.to_bits(), f64::to_bits(value), "{written}");
        }
        assert_eq!(whole(&serde_json::json!("2.0")), serde_json::json!("2.0"));
    }

    /// One object per figure from a part written column by column, as `www/lib/columns.js` makes
    /// them; every column has one value per figure.
    #[allow(clippy::unwrap_used)] // a helper of the tests: a failed unwrap is a failed test
    fn rows(part: &str, count: usize) -> Vec<serde_json::Map<String, serde_json::Value>> {
        let columns: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(part).unwrap();
        (0..count)
            .map(|i| {
                columns
                    .iter()
                    .map(|(field, values)| {
                        let values = values.as_array().unwrap();
                        assert_eq!(values.len(), count, "{field}");
                        (field.clone(), values[i].clone())
                    })
                    .collect()
            })
            .collect()
    }
}
