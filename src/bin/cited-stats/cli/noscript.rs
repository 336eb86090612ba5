//! `cited-stats noscript`: the explorer page's `<noscript>` block, the first thing in its `<body>`:
//! the default view's static picture, its alt text the core's sentence for that view (the same
//! `description` as the pictures' index.json), and links to the downloads. Built from the data so
//! that a test can prove the page's copy current.

use cited_stats::dataset::Figure;
use cited_stats::query::Query;

use super::args::Size;
use super::fallbacks::{lay_out_view, picture_file};
use super::html::escape_html;
use super::jsonld::DOWNLOADS;
use super::views::{Subject, View};

/// Where the static pictures are, beside the page.
const PICTURES: &str = "data/fallback/";

/// The `<noscript>` element, indented as a child of `<body>`, each line ending in a newline.
/// `size` is the pictures' (`cited-stats fallbacks`'s, 640 × 420 by default).
pub fn element(figures: &[Figure], size: Size) -> Result<String, String> {
    let view = View {
        query: Query::default(),
        subject: Subject::All,
    };
    let laid_out = lay_out_view(figures, &view, size)
        .map_err(|reason| format!("the default view has no picture: {reason}"))?;
    let slug = view.slug();
    let [(csv, _, _), (json, _, _)] = DOWNLOADS;
    Ok([
        "  <noscript>".to_string(),
        "    <!-- Written by `cargo run --bin cited-stats -- noscript --in-page www/index.html`; tests/cli_page.rs checks it is current. -->".to_string(),
        "    <div class=\"noscript\">".to_string(),
        format!(
            "      <p><strong>This explorer needs JavaScript.</strong> Below is a still picture of its \
             default view. Every figure, with its words, speaker, date, debate and cited source, is \
             in the downloads: <a href=\"{csv}\">CSV</a> and <a href=\"{json}\">JSON</a>.</p>"
        ),
        "      <picture>".to_string(),
        format!(
            "        <source media=\"(prefers-color-scheme: dark)\" srcset=\"{PICTURES}{}\">",
            picture_file(&slug, "dark")
        ),
        format!(
            "        <img src=\"{PICTURES}{}\" width=\"{}\" height=\"{}\" alt=\"{}\">",
            picture_file(&slug, "light"),
            size.width_css_px,
            size.height_css_px,
            escape_html(&laid_out.description)
        ),
        "      </picture>".to_string(),
        "    </div>".to_string(),
        "  </noscript>".to_string(),
    ]
    .iter()
    .map(|line| format!("{line}\n"))
    .collect())
}
