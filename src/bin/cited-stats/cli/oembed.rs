//! `cited-stats oembed`: a static oEmbed response (<https://oembed.com/>, type `rich`) for every
//! standard view that has a static picture, as `DIR/<slug>.json` (the slug of its pictures), so that
//! a static host answers a CMS's oEmbed discovery without a server. The `html` is the view's iframe
//! snippet on the site at `--base`, as the explorer's "Embed this view" writes it; the title is the
//! core's sentence for the view (the pictures' alt text). No thumbnail: the pictures are SVG, which
//! many consumers do not show.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use cited_stats::dataset::Figure;

use super::args::Size;
use super::fallbacks::lay_out_view;
use super::html::{IFRAME_HEIGHT, iframe_snippet};
use super::output::{report, write_text};
use super::views::standard_views;

/// Who provides the embeds, as oEmbed's `provider_name`.
pub const PROVIDER_NAME: &str = "cited-stats";

/// One oEmbed response (type `rich`): the fields the specification requires, then the optional
/// ones it names.
#[derive(Debug, Serialize)]
pub struct Response {
    /// Always "1.0".
    pub version: &'static str,
    /// Always "rich": the HTML of an interactive chart.
    #[serde(rename = "type")]
    pub kind: &'static str,
    /// The iframe snippet of the view.
    pub html: String,
    /// The width the chart is drawn at, CSS px (the iframe itself takes the page's width).
    pub width: u32,
    /// The iframe's height, CSS px, until the resizer sets the page's own.
    pub height: u32,
    /// The core's sentence for the view.
    pub title: String,
    /// [`PROVIDER_NAME`].
    pub provider_name: &'static str,
    /// The site's URL (`--base`).
    pub provider_url: String,
}

/// The response for the view `query`, titled `title`, on the site at `base`.
pub fn response(base: &str, query: &str, title: &str, size: Size) -> Response {
    Response {
        version: "1.0",
        kind: "rich",
        html: iframe_snippet(base, query, title),
        width: size.width_css_px,
        height: IFRAME_HEIGHT,
        title: title.to_string(),
        provider_name: PROVIDER_NAME,
        provider_url: base.to_string(),
    }
}

/// Writes `output/<slug>.json` for every standard view with a picture and prints a one-line
/// summary. Exit 1 when a file cannot be written.
pub fn run(figures: &[Figure], base: &str, output: &Path, size: Size) -> ExitCode {
    report(write_all(figures, base, output, size))
}

fn write_all(figures: &[Figure], base: &str, output: &Path, size: Size) -> Result<String, String> {
    std::fs::create_dir_all(output)
        .map_err(|e| format!("cannot create {}: {e}", output.display()))?;
    let (mut written, mut skipped) = (0, 0);
    for view in standard_views(figures) {
        // The same views as the pictures, skipped for the same reasons (`fallbacks` names them).
        let Ok(laid_out) = lay_out_view(figures, &view, size) else {
            skipped += 1;
            continue;
        };
        let answer = response(base, &view.query_string(), &laid_out.description, size);
        let json = serde_json::to_string_pretty(&answer)
            .map_err(|e| format!("the view {:?}: {e}", view.query_string()))?
            + "\n";
        let path = output.join(format!("{}.json", view.slug()));
        write_text(&path, &json)?;
        written += 1;
    }
    Ok(format!(
        "{written} oEmbed responses written to {} ({skipped} views without a picture skipped)\n",
        output.display()
    ))
}
