//! A figure read from a JS object whose field types `shape.rs` has already checked: field by field
//! through `Reflect`, where serde-wasm-bindgen's generic deserialiser cost the module about 3 kB
//! brotli for the same work. A field that is absent is named as serde would name it ("missing
//! field `quote`"); an absent optional field is `None`, as serde reads it.
//!
//! Each field of an object is read from JS once ([`FieldValues::of`]), with its name made a JS
//! string once per dataset ([`FieldNames`]): 100,000 figures once cost 5.5 million strings
//! copied out of the module just for the names, a second and more before the first draw.

use super::messages;
use wasm_bindgen::prelude::*;

use crate::collections::SortedMap;
use crate::dataset::{FIELDS, Figure, Topic};
use crate::number::{Qualifier, Unit};

/// The figure's field names as JS strings, in the order of [`FIELDS`]: made once for a dataset.
pub struct FieldNames(Vec<JsValue>);

impl FieldNames {
    /// Every field's name.
    pub fn new() -> FieldNames {
        FieldNames(FIELDS.iter().map(|f| JsValue::from_str(f.name)).collect())
    }
}

/// One object's field values in the order of [`FIELDS`] (`undefined` where absent).
pub struct FieldValues(Vec<JsValue>);

impl FieldValues {
    /// Reads every field of `item` once.
    pub fn of(item: &JsValue, names: &FieldNames) -> FieldValues {
        FieldValues(
            names
                .0
                .iter()
                .map(|name| js_sys::Reflect::get(item, name).unwrap_or(JsValue::UNDEFINED))
                .collect(),
        )
    }

    /// The values, in the order of [`FIELDS`].
    pub fn as_slice(&self) -> &[JsValue] {
        &self.0
    }

    /// The value of `field`, `None` when it is absent (or undefined).
    #[inline(never)]
    fn get(&self, field: &str) -> Option<JsValue> {
        FIELDS
            .iter()
            .zip(&self.0)
            .find(|(f, _)| f.name == field)
            .map(|(_, value)| value.clone())
            .filter(|value| !value.is_undefined())
    }
}

/// Reads the figure whose fields are `values`, or says what is wrong (and in which field, when the
/// message should name it as its place).
pub fn read_figure(values: &FieldValues) -> Result<Figure, Problem> {
    let fields = Fields(values);
    let figure = || -> Result<Figure, (Option<&'static str>, String)> {
        Ok(Figure {
            id: fields.text("id")?,
            quote: fields.text("quote")?,
            figure_text: fields.text("figure_text")?,
            figure_offset: fields.count("figure_offset")?,
            value: fields.number("value")?,
            value_high: fields.optional("value_high", JsValue::as_f64)?,
            unit: fields.slug("unit", Unit::from_slug, Unit::expected)?,
            qualifier: fields.slug("qualifier", Qualifier::from_slug, Qualifier::expected)?,
            measure: fields.text("measure")?,
            period: fields.optional("period", JsValue::as_string)?,
            geography: fields.optional("geography", JsValue::as_string)?,
            cited_source: fields.optional("cited_source", JsValue::as_string)?,
            topic: fields.slug("topic", Topic::from_slug, Topic::expected)?,
            claim: fields.optional("claim", JsValue::as_string)?,
            speaker: fields.text("speaker")?,
            speaker_party: fields.optional("speaker_party", JsValue::as_string)?,
            speaker_constituency: fields.optional("speaker_constituency", JsValue::as_string)?,
            speaker_role: fields.optional("speaker_role", JsValue::as_string)?,
            debate: fields.text("debate")?,
            debate_id: fields.text("debate_id")?,
            date: fields.optional("date", JsValue::as_string)?,
            chamber: fields.text("chamber")?,
            transcript: fields.text("transcript")?,
            transcript_line: fields.count("transcript_line")?,
            inferred: fields.list("inferred")?,
            notes: fields.map("notes")?,
            unparsed: fields.optional("unparsed", JsValue::as_string)?,
        })
    };
    figure()
}

/// A problem with one field: the field when the message should name it as its place.
pub type Problem = (Option<&'static str>, String);

/// The fields of one JS object. Its readers are kept out of line (`#[inline(never)]`): inlined at
/// each of the figure's 27 fields they cost the module about 0.4 kB brotli.
struct Fields<'a>(&'a FieldValues);

impl Fields<'_> {
    /// The value of `field`, `None` when it is absent (or undefined).
    fn get(&self, field: &str) -> Option<JsValue> {
        self.0.get(field)
    }

    /// The value of a required field, read by `read`.
    #[inline(never)]
    fn required<T>(
        &self,
        field: &'static str,
        read: impl Fn(&JsValue) -> Option<T>,
    ) -> Result<T, Problem> {
        let value = self
            .get(field)
            .ok_or_else(|| (None, messages::missing_field(field)))?;
        read(&value).ok_or_else(|| (Some(field), messages::WRONG_TYPE.to_string()))
    }

    #[inline(never)]
    fn text(&self, field: &'static str) -> Result<String, Problem> {
        self.required(field, JsValue::as_string)
    }

    #[inline(never)]
    fn number(&self, field: &'static str) -> Result<f64, Problem> {
        self.required(field, JsValue::as_f64)
    }

    /// A whole number of 0 or more (`shape.rs` has checked it is one).
    #[inline(never)]
    fn count(&self, field: &'static str) -> Result<usize, Problem> {
        self.required(field, |v| v.as_f64().map(|n| n as usize))
    }

    /// An optional field: absent or null is `None`.
    #[inline(never)]
    fn optional<T>(
        &self,
        field: &'static str,
        read: impl Fn(&JsValue) -> Option<T>,
    ) -> Result<Option<T>, Problem> {
        match self.get(field) {
            None => Ok(None),
            Some(value) if value.is_null() => Ok(None),
            Some(value) => read(&value)
                .map(Some)
                .ok_or_else(|| (Some(field), "has the wrong type".to_string())),
        }
    }

    /// One of an enum's slugs.
    #[inline(never)]
    fn slug<T>(
        &self,
        field: &'static str,
        from_slug: fn(&str) -> Option<T>,
        expected: fn() -> String,
    ) -> Result<T, Problem> {
        let text = self.text(field)?;
        from_slug(&text).ok_or_else(|| (Some(field), messages::unknown_name(&text, &expected())))
    }

    #[inline(never)]
    fn list(&self, field: &'static str) -> Result<Vec<String>, Problem> {
        self.required(field, |value| {
            value
                .dyn_ref::<js_sys::Array>()?
                .iter()
                .map(|item| item.as_string())
                .collect()
        })
    }

    #[inline(never)]
    fn map(&self, field: &'static str) -> Result<SortedMap<String, String>, Problem> {
        self.required(field, |value| {
            let mut map = SortedMap::new();
            for entry in js_sys::Object::entries(value.dyn_ref::<js_sys::Object>()?).iter() {
                let pair = entry.dyn_ref::<js_sys::Array>()?;
                map.insert(pair.get(0).as_string()?, pair.get(1).as_string()?);
            }
            Some(map)
        })
    }
}
