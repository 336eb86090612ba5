//! What the card and the table show of a figure's claim: the other quotations of the same
//! quantity, whether they agree, and the sentence that says so; all worded by the core.

use crate::labels::slug_words;
use wasm_bindgen::prelude::*;

use crate::claims::summary;
use crate::dataset::{DERIVED_FIELDS, Figure};
use crate::sorting::sort_indices;

use super::convert::js_error;
use super::handle::CitedStats;
use super::messages;
use super::object::Object;

/// Another quotation of the same quantity, as `QuotationView` (types.rs) describes it.
fn quotation(index: usize, figure: &Figure, agrees: bool) -> JsValue {
    let (before, words, after) = figure
        .quote_parts()
        .unwrap_or((figure.quote.as_str(), "", ""));
    Object::new()
        .set("index", index as f64)
        .set("id", figure.id.as_str())
        .set("agrees", agrees)
        .set("valueText", crate::chart::qualified(figure))
        .set("before", before)
        .set("words", words)
        .set("after", after)
        .set("speaker", figure.speaker.as_str())
        .text_or_null("date", figure.date.as_deref())
        .set("debate", figure.debate.as_str())
        .text_or_null("period", figure.period.as_deref())
        .build()
}

#[wasm_bindgen]
impl CitedStats {
    /// The claim of the figure at `index` with its other quotations, or null when no other
    /// figure states its quantity. Throws while the details have not arrived.
    #[wasm_bindgen(js_name = claimView, unchecked_return_type = "ClaimView | null")]
    pub fn claim_view(&self, index: usize) -> Result<JsValue, JsError> {
        let figure = self
            .figures
            .get(index)
            .ok_or_else(|| js_error(messages::figure_out_of_range(index, self.figures.len())))?;
        let Some(claim) = self.claims.of(index).filter(|c| c.figures.len() > 1) else {
            return Ok(JsValue::NULL);
        };
        self.need_details("the other quotations")?;
        let mine = crate::claims::Interval::of(figure);
        let mut order: Vec<usize> = claim
            .figures
            .iter()
            .copied()
            .filter(|&other| other != index)
            .collect();
        // Oldest first, undated last.
        let date = |i: usize| {
            self.figures
                .get(i)
                .map(|f| f.date.as_deref().unwrap_or("~"))
        };
        sort_indices(&mut order, &|a, b| date(a).cmp(&date(b)).then(a.cmp(&b)));
        let others: js_sys::Array = order
            .into_iter()
            .filter_map(|other| {
                let f = self.figures.get(other)?;
                let agrees = crate::claims::Interval::of(f).overlaps(&mine);
                Some(quotation(other, f, agrees))
            })
            .collect();
        Ok(Object::new()
            .set("key", claim.key.as_str())
            .set("label", slug_words(&claim.key))
            .set("summary", summary(&self.claims, claim, &self.figures))
            .set("differs", self.claims.claim_differs(claim))
            .set("thisDiffers", self.claims.differs(index))
            .set("others", others)
            .build())
    }

    /// For each figure at `indices`, what the table's "Also quoted" column says: "" when no other
    /// figure states its quantity, else "1 other" or "3 others", with "; quoted differently"
    /// when its words disagree with one of them.
    #[wasm_bindgen(js_name = alsoQuoted)]
    pub fn also_quoted(&self, indices: Vec<usize>) -> Vec<String> {
        indices
            .iter()
            .map(|&i| {
                let others = self.claims.quotations(i).saturating_sub(1);
                let differs = if self.claims.differs(i) {
                    "; quoted differently"
                } else {
                    ""
                };
                match others {
                    0 => String::new(),
                    1 => format!("1 other{differs}"),
                    n => format!("{n} others{differs}"),
                }
            })
            .collect()
    }

    /// What an export derives for the figure at `index` from the whole dataset's claims, as an
    /// object to spread over the figure's own fields: `claim_quotations` (how many times its
    /// quantity is quoted) and `claim_agrees` (true, false, or null without a claim).
    #[wasm_bindgen(unchecked_return_type = "Derived")]
    pub fn derived(&self, index: usize) -> JsValue {
        let [quotations, agrees] = DERIVED_FIELDS;
        let agrees_value = match self.claims.agrees(index) {
            Some(agrees) => JsValue::from_bool(agrees),
            None => JsValue::NULL,
        };
        Object::new()
            .number(quotations, self.claims.quotations(index))
            .set(agrees, agrees_value)
            .build()
    }
}
