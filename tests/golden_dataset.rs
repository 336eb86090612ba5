//! The committed `data/figures.jsonl` (what the browser embeds) is exactly what the resolver makes
//! from the transcripts and the curated records. On a mismatch, `data/figures.changed.jsonl` is
//! written and the first differing line named; `UPDATE_GOLDEN=1` rewrites the committed file. A
//! missing file fails; it is never silently created.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::path::Path;

use cited_stats::dataset::{DataPaths, build_dataset, embedded_figures, to_jsonl};

#[test]
fn committed_resolved_dataset_matches_the_resolver() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let golden = root.join("data/figures.jsonl");
    let changed = root.join("data/figures.changed.jsonl");
    let built = build_dataset(&DataPaths::project()).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(
        built.checked.errors.is_empty(),
        "{:?}",
        built.checked.errors
    );
    let fresh = to_jsonl(&built.checked.figures);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&golden, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&golden).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}); run with UPDATE_GOLDEN=1 to create it",
            golden.display()
        )
    });
    if committed != fresh {
        std::fs::write(&changed, &fresh).unwrap();
        let line = committed
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b)
            .map_or_else(
                || committed.lines().count().min(fresh.lines().count()) + 1,
                |i| i + 1,
            );
        panic!(
            "data/figures.jsonl differs from the resolver's output from line {line}; see {} (UPDATE_GOLDEN=1 to accept)",
            changed.display()
        );
    }
    let _ = std::fs::remove_file(changed);
}

#[test]
fn embedded_dataset_reads_back_identically() {
    let figures = embedded_figures().unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(to_jsonl(&figures), cited_stats::dataset::EMBEDDED_JSONL);
}

#[test]
fn a_bad_resolved_line_names_its_line_and_field() {
    let (_, errors) = cited_stats::dataset::from_jsonl("mine.jsonl", "\n{\"id\": 3}\n");
    assert_eq!(errors.len(), 1);
    let text = errors[0].to_string();
    assert!(text.starts_with("mine.jsonl: JSON Lines line 2"), "{text}");
    let (_, errors) = cited_stats::dataset::from_jsonl("mine.jsonl", "");
    assert_eq!(errors[0].to_string(), "mine.jsonl: no records found");
}
