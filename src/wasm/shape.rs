//! The JS type of each field of a figure, checked before serde reads it, so a wrong type is named
//! by its field and value ("field `inferred`: expected a list of field names, found a string
//! \"speaker\"") rather than by whatever serde-wasm-bindgen met first.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::dataset::{FIELDS, FieldKind, Problem};
use crate::number::text::Plain;
use crate::quoting::excerpt;

/// Whether a JS value is of a field's kind.
fn accepts(kind: FieldKind, value: &JsValue) -> bool {
    let count = |v: &JsValue| v.as_f64().is_some_and(|n| n >= 0.0 && n.fract() == 0.0);
    match kind {
        FieldKind::Text => value.is_string(),
        FieldKind::Number => value.as_f64().is_some(),
        FieldKind::Count => count(value),
        FieldKind::TextOrNull => value.is_null() || value.is_string(),
        FieldKind::NumberOrNull => value.is_null() || value.as_f64().is_some(),
        FieldKind::TextList => value
            .dyn_ref::<js_sys::Array>()
            .is_some_and(|a| a.iter().all(|v| v.is_string())),
        FieldKind::TextMap => {
            plain_object(value)
                && js_sys::Object::values(value.unchecked_ref())
                    .iter()
                    .all(|v: JsValue| v.is_string())
        }
    }
}

fn plain_object(value: &JsValue) -> bool {
    value.is_object() && !js_sys::Array::is_array(value)
}

/// A JS value described for a message: its type and, for scalars, a short excerpt.
pub fn describe(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if value.is_undefined() {
        "undefined".into()
    } else if let Some(text) = value.as_string() {
        format!("a string {}", excerpt(&text, 60))
    } else if let Some(n) = value.as_f64() {
        format!("the number {}", Plain(n))
    } else if let Some(b) = value.as_bool() {
        format!("{b}")
    } else if js_sys::Array::is_array(value) {
        "a list".into()
    } else if value.is_object() {
        "an object".into()
    } else {
        "a value of another type".into()
    }
}

/// The first problem with the types of a figure's fields, as (field, problem), given `values`, its
/// fields' values in the order of [`FIELDS`] (see `figure_in::FieldValues`); a field that is
/// absent is left for the reader to name.
pub fn wrong_types(values: &[JsValue]) -> Vec<(&'static str, Problem)> {
    FIELDS
        .iter()
        .zip(values)
        .filter(|(field, value)| !value.is_undefined() && !accepts(field.kind, value))
        .map(|(field, value)| {
            (
                field.name,
                Problem::WrongType {
                    expected: field.kind.expected(),
                    found: describe(value),
                },
            )
        })
        .collect()
}

/// `Err` naming what `item` is when it is not a figure's object (a plain, non-array object).
pub fn figure_object(item: &JsValue) -> Result<(), Problem> {
    if plain_object(item) {
        Ok(())
    } else {
        Err(Problem::WrongType {
            expected: "a figure (an object)",
            found: describe(item),
        })
    }
}
