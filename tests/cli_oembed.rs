//! `cited-stats oembed`: a static oEmbed response for every standard view that has a static picture,
//! with the fields the oEmbed specification requires (version, type, and for `rich`: html, width,
//! height), whose html is the iframe snippet of that view on the site named by `--base`.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

mod support;

use support::cli::{run, text};
use support::scratch::Scratch;

const BASE: &str = "https://cited.example/stats/";

fn json(path: &std::path::Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn every_standard_view_has_a_rich_response_whose_html_is_its_iframe_snippet() {
    let (responses, fallbacks) = (
        Scratch::new("oembed-responses"),
        Scratch::new("oembed-fallbacks"),
    );
    let written = run(&[
        "oembed",
        "--base",
        BASE,
        "--output",
        responses.to_str().unwrap(),
    ]);
    assert!(written.status.success(), "{}", text(&written.stderr));
    let drawn = run(&["fallbacks", "--output", fallbacks.to_str().unwrap()]);
    assert!(drawn.status.success(), "{}", text(&drawn.stderr));
    let index = json(&fallbacks.join("index.json"));
    let views = index["views"].as_array().unwrap();
    assert!(views.len() > 60, "{} views", views.len());
    // One response per view with a picture, and no other.
    let files = std::fs::read_dir(&responses).unwrap().count();
    assert_eq!(files, views.len());
    for view in views {
        let (slug, query) = (
            view["slug"].as_str().unwrap(),
            view["query"].as_str().unwrap(),
        );
        let response = json(&responses.join(format!("{slug}.json")));
        assert_eq!(response["version"], "1.0", "{slug}");
        assert_eq!(response["type"], "rich", "{slug}");
        for size in ["width", "height"] {
            assert!(response[size].as_u64().unwrap() > 0, "{slug}: {size}");
        }
        assert_eq!(response["width"], index["width"], "{slug}");
        assert_eq!(response["title"], view["description"], "{slug}");
        assert_eq!(response["provider_name"], "cited-stats");
        assert_eq!(response["provider_url"], BASE);
        let src = if query.is_empty() {
            format!("{BASE}embed.html")
        } else {
            format!("{BASE}embed.html?{}", query.replace('&', "&amp;"))
        };
        let title = view["description"]
            .as_str()
            .unwrap()
            .replace('\'', "&#39;")
            .replace('"', "&quot;");
        assert_eq!(
            response["html"].as_str().unwrap(),
            format!(
                "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{}\" loading=\"lazy\"></iframe>\n<script src=\"{BASE}dist/resizer.js\" defer></script>",
                response["height"]
            ),
            "{slug}"
        );
    }
    assert!(
        views
            .iter()
            .any(|v| v["query"] == "chart=bars&topic=care-leavers")
    );
}

#[test]
fn a_base_that_is_not_an_absolute_http_url_ending_in_a_slash_is_refused() {
    let output = Scratch::new("oembed-bad");
    for bad in [
        "/stats/",
        "https://cited.example/stats",
        "ftp://cited.example/",
        "https://x.example/?a=1/",
        "https://x.example/\"a/",
    ] {
        let out = run(&["oembed", "--base", bad, "--output", output.arg()]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(
            text(&out.stderr).contains(&format!("--base {bad:?} is not an absolute http(s) URL")),
            "{bad}: {}",
            text(&out.stderr)
        );
    }
    let out = run(&["oembed", "--output", output.arg()]);
    assert!(text(&out.stderr).contains("oembed needs --base URL"));
}
