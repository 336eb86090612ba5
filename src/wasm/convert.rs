//! Where values cross the boundary: Rust → plain JS objects through serde-wasm-bindgen, the keys a
//! JS object may have, and any error → a JS `Error` with the core's message. JS → Rust is read
//! field by field (`figure_in.rs`, `types.rs`), without serde-wasm-bindgen's generic deserialiser.

use std::fmt::Display;

use serde::Serialize;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// A JS `Error` whose message is `message`.
pub fn js_error(message: impl Display) -> JsError {
    JsError::new(&message.to_string())
}

/// Refuses an object with a key outside `fields`, naming `what` and the key; anything that is not
/// an object passes (its type is checked when it is read).
pub fn only_known_keys(value: &JsValue, what: &str, fields: &[&str]) -> Result<(), String> {
    if value.is_object() {
        let keys = js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>());
        if let Some(key) = keys
            .iter()
            .filter_map(|k| k.as_string())
            .find(|k| !fields.contains(&k.as_str()))
        {
            return Err(super::messages::unknown_key(what, &key, fields));
        }
    }
    Ok(())
}

/// `value` as a plain JS object (maps become objects, `None` becomes `null`).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(js_error)
}
