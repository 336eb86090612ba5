//! The explorer page's generated blocks: the schema.org Dataset JSON-LD in its `<head>` and the
//! `<noscript>` block that opens its `<body>` are what `cited-stats jsonld` and `cited-stats
//! noscript` print for the data (so data changes cannot leave them stale), the JSON-LD has the
//! types schema.org requires, the noscript picture's alt text is the default view's description in
//! the pictures' index, and the iframe page carries no JSON-LD.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::path::{Path, PathBuf};
mod support;

use support::cli::{run, text};
use support::scratch::Scratch;

fn www(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("www").join(file)
}

/// Runs `command`, then `command --in-page` on a copy of www/index.html: the block it prints, and
/// whether the page is unchanged by putting it in.
fn check_current(command: &str) -> String {
    let printed = run(&[command]);
    assert!(printed.status.success(), "{}", text(&printed.stderr));
    let block = text(&printed.stdout);
    let page = std::fs::read_to_string(www("index.html")).unwrap();
    let folder = Scratch::new(&format!("page-{command}"));
    let copy = folder.join("index.html");
    std::fs::write(&copy, &page).unwrap();
    let placed = run(&[command, "--in-page", copy.to_str().unwrap()]);
    assert!(placed.status.success(), "{}", text(&placed.stderr));
    let rewritten = std::fs::read_to_string(&copy).unwrap();
    assert!(
        rewritten == page && page.contains(&block),
        "www/index.html's {command} block is not what the data gives now: run \
         `cargo run --bin cited-stats -- {command} --in-page www/index.html` to rewrite it"
    );
    assert_eq!(page.matches(&block).count(), 1);
    block
}

#[test]
fn the_explorer_pages_json_ld_is_current_and_has_the_types_schema_org_requires() {
    let block = check_current("jsonld");
    let json = block
        .trim()
        .strip_prefix("<script type=\"application/ld+json\">")
        .and_then(|rest| rest.strip_suffix("</script>"))
        .unwrap();
    let dataset: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(dataset["@context"], "https://schema.org");
    assert_eq!(dataset["@type"], "Dataset");
    for field in ["name", "description"] {
        assert!(!dataset[field].as_str().unwrap().is_empty(), "{field}");
    }
    // Derived from the data: 126 figures in 4 debates, dated 12 March 2009 to 24 November 2022.
    assert!(dataset["description"].as_str().unwrap().starts_with(
        "126 statistics quoted in 4 UK parliamentary debates on children's social care (2009–2022; one undated)"
    ));
    assert_eq!(dataset["temporalCoverage"], "2009-03-12/2022-11-24");
    assert_eq!(dataset["spatialCoverage"]["@type"], "Place");
    assert_eq!(dataset["creator"]["@type"], "Organization");
    assert_eq!(
        dataset["license"],
        serde_json::json!([
            "https://spdx.org/licenses/MIT.html",
            "https://spdx.org/licenses/Apache-2.0.html"
        ])
    );
    let downloads = dataset["distribution"].as_array().unwrap();
    let formats: Vec<&str> = downloads
        .iter()
        .map(|d| d["encodingFormat"].as_str().unwrap())
        .collect();
    assert_eq!(formats, ["text/csv", "application/json"]);
    for download in downloads {
        assert_eq!(download["@type"], "DataDownload");
        assert!(
            download["contentUrl"]
                .as_str()
                .unwrap()
                .starts_with("data/figures.")
        );
    }
}

#[test]
fn the_explorer_pages_noscript_block_is_current_and_shows_the_default_views_picture() {
    let block = check_current("noscript");
    let fallbacks = Scratch::new("page-fallbacks");
    let drawn = run(&["fallbacks", "--output", fallbacks.to_str().unwrap()]);
    assert!(drawn.status.success(), "{}", text(&drawn.stderr));
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fallbacks.join("index.json")).unwrap())
            .unwrap();
    let default = index["views"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["query"] == "")
        .unwrap();
    let description = default["description"].as_str().unwrap();
    assert!(
        description.starts_with("Timeline: 126 figures"),
        "{description}"
    );
    let slug = default["slug"].as_str().unwrap();
    let img = format!(
        "<img src=\"data/fallback/{slug}.light.svg\" width=\"{}\" height=\"{}\" alt=\"{description}\">",
        index["width"], index["height"],
    );
    assert!(block.contains(&img), "{img}\nnot in\n{block}");
    assert!(block.contains(&format!("srcset=\"data/fallback/{slug}.dark.svg\"")));
    for download in ["data/figures.csv", "data/figures.json"] {
        assert!(
            block.contains(&format!("<a href=\"{download}\">")),
            "{download}"
        );
    }
    // Right after <body …>.
    let page = std::fs::read_to_string(www("index.html")).unwrap();
    let body = page.find("<body").unwrap();
    let after = &page[body + page[body..].find('>').unwrap() + 1..];
    assert!(after.trim_start().starts_with("<noscript>"));
}

#[test]
fn the_iframe_page_carries_no_json_ld() {
    let page = std::fs::read_to_string(www("embed.html")).unwrap();
    assert!(page.contains("<head>") && !page.contains("application/ld+json"));
}
