//! Plain JS objects and arrays built key by key (`js_sys::Object` and `Reflect::set`): every DTO
//! the boundary returns is made here or with these, where serde-wasm-bindgen's generic serialiser
//! cost the module more for the same objects. Numbers cross as `f64`, an absent value as `null`.

use wasm_bindgen::prelude::*;

/// A plain JS object being built, one key at a time.
pub struct Object(js_sys::Object);

impl Object {
    /// An empty plain object.
    pub fn new() -> Object {
        Object(js_sys::Object::new())
    }

    /// The object with `key` set to `value`.
    pub fn set(self, key: &str, value: impl Into<JsValue>) -> Object {
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&self.0, &JsValue::from_str(key), &value.into());
        self
    }

    /// The object with `key` set to the number `value`.
    pub fn number(self, key: &str, value: usize) -> Object {
        self.set(key, value as f64)
    }

    /// The object with `key` set to the string `value`, or `null` when there is none.
    pub fn text_or_null(self, key: &str, value: Option<&str>) -> Object {
        self.set(key, value.map_or(JsValue::NULL, JsValue::from_str))
    }

    /// The object with `key` set to the number `value`, or `null` when there is none.
    pub fn number_or_null(self, key: &str, value: Option<usize>) -> Object {
        self.set(
            key,
            value.map_or(JsValue::NULL, |n| JsValue::from_f64(n as f64)),
        )
    }

    /// The finished object.
    pub fn build(self) -> JsValue {
        self.0.into()
    }
}

/// `values` as a JS array of numbers.
pub fn numbers(values: &[usize]) -> js_sys::Array {
    values
        .iter()
        .map(|&n| JsValue::from_f64(n as f64))
        .collect()
}

/// `values` as a JS array of strings.
pub fn texts(values: &[String]) -> js_sys::Array {
    values.iter().map(|s| JsValue::from_str(s)).collect()
}
