//! The built-in dataset's two parts (`dataset::split`): a handle opened on the first part draws,
//! hovers, filters and searches at once; `addDetails` joins the detail part and checks the whole,
//! as `new CitedStats` checks a whole dataset, before cards, CSV and searches of the quotes run.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use super::convert::js_error;
use super::handle::CitedStats;
use super::messages;
use super::types::read_dataset;

/// A first-part record's missing detail fields, as empty values: read, checked without them, and
/// never shown (cards and CSV wait for the details).
const EMPTY_DETAILS: &str = r#"{"quote":"","figure_offset":0,"period":null,"geography":null,
"speaker_constituency":null,"speaker_role":null,"chamber":"","transcript":"","transcript_line":0,
"inferred":[],"notes":{},"unparsed":null}"#;

#[wasm_bindgen]
impl CitedStats {
    /// Opens the first part of a dataset (`figures-first.json`: each figure without the fields
    /// `dataset::DETAIL_FIELDS` lists), checked as far as it goes. Throws an `Error` naming every
    /// bad record.
    #[wasm_bindgen(js_name = withDetailsPending)]
    pub fn with_details_pending(
        #[wasm_bindgen(unchecked_param_type = "object[]")] first: JsValue,
        source: &str,
    ) -> Result<CitedStats, JsError> {
        let empty = js_sys::JSON::parse(EMPTY_DETAILS).map_err(|_| js_error("empty details"))?;
        // Any detail field a record carries is overwritten: nothing of the details is taken
        // from the first part.
        let filled: js_sys::Array = records(&first, source)?
            .iter()
            .map(|record| JsValue::from(merged(&record, &empty)))
            .collect();
        let figures = read_dataset(filled.into(), source, true)?;
        Ok(CitedStats::over(figures, source, true))
    }

    /// Joins the detail part (`figures-detail.json`: each figure's `id` and detail fields, in the
    /// handle's order) to `first` (the part this handle was opened with) and checks the whole
    /// dataset. On a problem it throws, naming it, and the handle keeps waiting for good details.
    #[wasm_bindgen(js_name = addDetails)]
    pub fn add_details(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "object[]")] first: JsValue,
        #[wasm_bindgen(unchecked_param_type = "object[]")] details: JsValue,
        source: &str,
    ) -> Result<(), JsError> {
        let first = records(&first, source)?;
        let details = records(&details, source)?;
        if details.length() as usize != self.figures.len() || first.length() != details.length() {
            return Err(js_error(messages::detail_count(
                source,
                details.length(),
                self.figures.len(),
            )));
        }
        // Every detail record is for the figure at its place: the same id.
        let mismatch = details
            .iter()
            .zip(&self.figures)
            .position(|(detail, figure)| {
                js_sys::Reflect::get(&detail, &JsValue::from_str("id"))
                    .ok()
                    .and_then(|id| id.as_string())
                    .is_none_or(|id| id != figure.id)
            });
        if let Some(at) = mismatch {
            return Err(js_error(messages::detail_not_for_its_figure(
                source,
                at.saturating_add(1),
            )));
        }
        let joined: js_sys::Array = first
            .iter()
            .zip(details.iter())
            .map(|(record, detail)| JsValue::from(merged(&record, &detail)))
            .collect();
        let figures = read_dataset(joined.into(), source, false)?;
        self.figures = figures;
        self.details_pending = false;
        Ok(())
    }

    /// Whether the figures still wait for their detail part.
    #[wasm_bindgen(getter, js_name = detailsPending)]
    pub fn details_pending(&self) -> bool {
        self.details_pending
    }
}

/// `value` as an array, or an error naming `source`.
fn records(value: &JsValue, source: &str) -> Result<js_sys::Array, JsError> {
    value
        .dyn_ref::<js_sys::Array>()
        .cloned()
        .ok_or_else(|| js_error(messages::not_an_array(source)))
}

/// A new object with the keys of `base`, then those of `over` (an `over` that is not an object adds
/// none, and is named by the checks that follow).
fn merged(base: &JsValue, over: &JsValue) -> js_sys::Object {
    let object = js_sys::Object::new();
    for source in [base, over] {
        if source.is_object() {
            js_sys::Object::assign(&object, source.unchecked_ref());
        }
    }
    object
}
