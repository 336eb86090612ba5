//! The JS type of each field of a figure, checked before serde reads it, so a wrong type is named
//! by its field and value ("field `inferred`: expected a list of field names, found a string
//! \"speaker\"") rather than by whatever serde-wasm-bindgen met first.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::dataset::Problem;

/// What one field must be.
#[derive(Clone, Copy)]
enum Kind {
    Text,
    Number,
    Count,
    TextOrNull,
    NumberOrNull,
    TextList,
    TextMap,
}

impl Kind {
    fn expected(self) -> &'static str {
        match self {
            Kind::Text => "a string",
            Kind::Number => "a number",
            Kind::Count => "a whole number of 0 or more",
            Kind::TextOrNull => "a string or null",
            Kind::NumberOrNull => "a number or null",
            Kind::TextList => "a list of strings",
            Kind::TextMap => "an object whose values are strings",
        }
    }

    fn accepts(self, value: &JsValue) -> bool {
        let count = |v: &JsValue| v.as_f64().is_some_and(|n| n >= 0.0 && n.fract() == 0.0);
        match self {
            Kind::Text => value.is_string(),
            Kind::Number => value.as_f64().is_some(),
            Kind::Count => count(value),
            Kind::TextOrNull => value.is_null() || value.is_string(),
            Kind::NumberOrNull => value.is_null() || value.as_f64().is_some(),
            Kind::TextList => value
                .dyn_ref::<js_sys::Array>()
                .is_some_and(|a| a.iter().all(|v| v.is_string())),
            Kind::TextMap => {
                plain_object(value)
                    && js_sys::Object::values(value.unchecked_ref())
                        .iter()
                        .all(|v: JsValue| v.is_string())
            }
        }
    }
}

/// Every field of the schema with its kind (the same names as `FIGURE_FIELDS`).
const KINDS: [(&str, Kind); 26] = [
    ("id", Kind::Text),
    ("quote", Kind::Text),
    ("figure_text", Kind::Text),
    ("figure_offset", Kind::Count),
    ("value", Kind::Number),
    ("value_high", Kind::NumberOrNull),
    ("unit", Kind::Text),
    ("qualifier", Kind::Text),
    ("measure", Kind::Text),
    ("period", Kind::TextOrNull),
    ("geography", Kind::TextOrNull),
    ("cited_source", Kind::TextOrNull),
    ("topic", Kind::Text),
    ("speaker", Kind::Text),
    ("speaker_party", Kind::TextOrNull),
    ("speaker_constituency", Kind::TextOrNull),
    ("speaker_role", Kind::TextOrNull),
    ("debate", Kind::Text),
    ("debate_id", Kind::Text),
    ("date", Kind::TextOrNull),
    ("chamber", Kind::Text),
    ("transcript", Kind::Text),
    ("transcript_line", Kind::Count),
    ("inferred", Kind::TextList),
    ("notes", Kind::TextMap),
    ("unparsed", Kind::TextOrNull),
];

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
        let mut short: String = text.chars().take(60).collect();
        if text.chars().count() > 60 {
            short.push('…');
        }
        format!("a string {short:?}")
    } else if let Some(n) = value.as_f64() {
        format!("the number {n}")
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

/// The first problem with the types of `item`'s fields, as (field, problem); a field that is
/// absent is left for serde to name. `Err` when `item` is not an object at all.
pub fn wrong_types(item: &JsValue) -> Result<Vec<(&'static str, Problem)>, Problem> {
    if !plain_object(item) {
        return Err(Problem::WrongType {
            expected: "a figure (an object)",
            found: describe(item),
        });
    }
    Ok(KINDS
        .iter()
        .filter_map(|&(field, kind)| {
            let value = js_sys::Reflect::get(item, &JsValue::from_str(field)).ok()?;
            (!value.is_undefined() && !kind.accepts(&value)).then(|| {
                (
                    field,
                    Problem::WrongType {
                        expected: kind.expected(),
                        found: describe(&value),
                    },
                )
            })
        })
        .collect())
}
