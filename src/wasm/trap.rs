//! What a page says when the module traps (the page restarts the module and asks the fresh one
//! for the message), and, in test builds only, a way to make it trap.

use wasm_bindgen::prelude::*;

/// The message for a widget whose call `call` trapped with `detail` (the `RuntimeError`'s text).
#[wasm_bindgen(js_name = trapMessage)]
pub fn trap_message(call: &str, detail: &str) -> String {
    super::messages::trapped(call, detail)
}

#[cfg(feature = "test-trap")]
use super::CitedStats;

#[cfg(feature = "test-trap")]
#[wasm_bindgen]
impl CitedStats {
    /// Test builds only (cargo feature `test-trap`): executes `unreachable` while this handle is
    /// borrowed, as a bug in the core would.
    #[wasm_bindgen(js_name = testTrap)]
    pub fn test_trap(&mut self) {
        core::arch::wasm32::unreachable()
    }
}
