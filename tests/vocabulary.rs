//! The JS host's vocabulary (`www/lib/vocabulary.js`) is what the core generates: regenerate it
//! with `cargo run -- vocabulary --output www/lib/vocabulary.js` after changing a name, label,
//! limit or colour in the core.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::path::Path;

#[test]
fn the_committed_vocabulary_is_the_generated_one() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/lib/vocabulary.js");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == cited_stats::vocabulary::javascript(),
        "{} is stale: run `cargo run -- vocabulary --output www/lib/vocabulary.js`",
        path.display()
    );
}
