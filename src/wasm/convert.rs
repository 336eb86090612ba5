//! Where values cross the boundary: JS → Rust through serde-wasm-bindgen, Rust → plain JS objects,
//! and any error → a JS `Error` with the core's message. Nothing else in `src/wasm` converts.

use std::fmt::Display;

use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// A JS `Error` whose message is `message`.
pub fn js_error(message: impl Display) -> JsError {
    JsError::new(&message.to_string())
}

/// Reads `value` as `T`; the error message names `what` was being read. An object with a key
/// outside `fields` is refused, naming the key (serde-wasm-bindgen itself only looks up the
/// fields it knows, so would silently drop a misspelt one).
pub fn read_js<T: DeserializeOwned>(
    value: JsValue,
    what: &str,
    fields: &[&str],
) -> Result<T, String> {
    only_known_keys(&value, what, fields)?;
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        // serde-wasm-bindgen's errors are JS Errors, shown as "Error: …".
        let text = e.to_string();
        format!("{what}: {}", text.strip_prefix("Error: ").unwrap_or(&text))
    })
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
            return Err(format!(
                "{what}: unknown field `{key}`, expected one of {}",
                fields.join(", ")
            ));
        }
    }
    Ok(())
}

/// Reads `value` as `T` (an object with only the keys `fields`), or throws naming `what`.
pub fn from_js<T: DeserializeOwned>(
    value: JsValue,
    what: &str,
    fields: &[&str],
) -> Result<T, JsError> {
    read_js(value, what, fields).map_err(js_error)
}

/// `value` as a plain JS object (maps become objects, `None` becomes `null`).
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(js_error)
}
