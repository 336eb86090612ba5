//! Where values cross the boundary: the keys a JS object may have, and any error → a JS `Error`
//! with the core's message. JS → Rust is read field by field (`figure_in.rs`, `types.rs`) and
//! Rust → JS built key by key (`object.rs`, `views.rs`), without serde-wasm-bindgen's generic
//! (de)serialiser.

use std::fmt::Display;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// A JS `Error` whose message is `message`.
pub fn js_error(message: impl Display) -> JsError {
    JsError::new(&message.to_string())
}

/// Refuses an object with a key outside `fields`, naming `what` and the key; anything that is not
/// an object passes (its type is checked when it is read).
pub fn only_known_keys(value: &JsValue, what: &str, fields: &[&str]) -> Result<(), String> {
    match unknown_key(value, fields) {
        Some(key) => Err(super::messages::unknown_key(what, &key, fields)),
        None => Ok(()),
    }
}

/// The first key of `value` outside `fields`, if `value` is an object with one.
pub fn unknown_key(value: &JsValue, fields: &[&str]) -> Option<String> {
    if !value.is_object() {
        return None;
    }
    js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>())
        .iter()
        .filter_map(|k| k.as_string())
        .find(|k| !fields.contains(&k.as_str()))
}
