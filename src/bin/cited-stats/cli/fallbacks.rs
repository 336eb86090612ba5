//! `cited-stats fallbacks`: the standard views drawn as static SVG in both themes, shown before
//! the wasm starts or where it cannot, with `index.json` mapping each canonical query string to its
//! files and alt text. A view that cannot be laid out, or has nothing to draw, is skipped and named.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use cited_stats::chart::{Layout, Theme, draw_svg};
use cited_stats::dataset::Figure;

use super::args::Size;
use super::describe::describe;
use super::output::{report, write_text};
use super::svg::lay_out;
use super::views::{View, standard_views};

/// How a picture's file is named, as `index.json` says it (`files`): `{slug}` is the view's slug,
/// `{theme}` "light" or "dark". The pages read it from the index rather than a second copy of the
/// rule, and the index stays small: the iframe page fetches it before its picture.
pub const FILES: &str = "{slug}.{theme}.svg";

/// The file of `slug`'s picture in `theme` ("light" or "dark"), by [`FILES`].
pub fn picture_file(slug: &str, theme: &str) -> String {
    FILES.replace("{slug}", slug).replace("{theme}", theme)
}

/// `index.json`.
#[derive(Debug, Serialize)]
struct Index {
    width: u32,
    height: u32,
    files: &'static str,
    views: Vec<Entry>,
}

/// One view in `index.json`.
#[derive(Debug, Serialize)]
struct Entry {
    /// The canonical query string, as the browser's `state.query` reports it.
    query: String,
    /// Its pictures' and other files' name stem.
    slug: String,
    /// Alt text.
    description: String,
}

/// Writes every view's SVGs and `index.json` into `output`, prints a one-line summary, and names
/// each skipped view on standard error. Exit 1 only when a file cannot be written.
pub fn run(figures: &[Figure], output: &Path, size: Size) -> ExitCode {
    report(write_all(figures, output, size))
}

/// Writes every file and returns the one-line summary.
fn write_all(figures: &[Figure], output: &Path, size: Size) -> Result<String, String> {
    std::fs::create_dir_all(output)
        .map_err(|e| format!("cannot create {}: {e}", output.display()))?;
    let mut slugs: BTreeMap<String, String> = BTreeMap::new();
    let (mut entries, mut skipped, mut bytes) = (Vec::new(), 0, 0);
    for view in standard_views(figures) {
        let (query, slug) = (view.query_string(), view.slug());
        if let Some(other) = slugs.insert(slug.clone(), query.clone()) {
            return Err(format!(
                "the views {other:?} and {query:?} would share the file name {slug}"
            ));
        }
        match render(figures, &view, size)? {
            Rendered::Skipped(reason) => {
                eprintln!("cited-stats: skipped the view {query:?} ({slug}): {reason}");
                skipped += 1;
            }
            Rendered::Drawn {
                light,
                dark,
                description,
            } => {
                bytes += write_text(&output.join(picture_file(&slug, "light")), &light)?;
                bytes += write_text(&output.join(picture_file(&slug, "dark")), &dark)?;
                entries.push(Entry {
                    query,
                    slug,
                    description,
                });
            }
        }
    }
    let written = entries.len();
    let index = Index {
        width: size.width_css_px,
        height: size.height_css_px,
        files: FILES,
        views: entries,
    };
    let json = serde_json::to_string(&index).map_err(|e| format!("index.json: {e}"))? + "\n";
    bytes += write_text(&output.join("index.json"), &json)?;
    Ok(format!(
        "{written} views written ({} SVG files and index.json), {skipped} skipped, {bytes} bytes in {}\n",
        2 * written,
        output.display()
    ))
}

enum Rendered {
    Skipped(String),
    Drawn {
        light: String,
        dark: String,
        description: String,
    },
}

fn render(figures: &[Figure], view: &View, size: Size) -> Result<Rendered, String> {
    let drawn = match lay_out_view(figures, view, size) {
        Ok(drawn) => drawn,
        Err(reason) => return Ok(Rendered::Skipped(reason)),
    };
    let draw = |theme: &Theme| {
        draw_svg(&drawn.layout, theme)
            .map_err(|e| format!("the view {:?}: {e}", view.query_string()))
    };
    Ok(Rendered::Drawn {
        light: draw(&Theme::light())?,
        dark: draw(&Theme::dark())?,
        description: drawn.description,
    })
}

/// A standard view laid out: what its static picture shows.
pub struct LaidOut {
    /// The chart, laid out at the pictures' size.
    pub layout: Layout,
    /// The core's sentence for the view, narrowed to its subject: the pictures' alt text.
    pub description: String,
}

/// Lays out one standard view as its static pictures draw it; `Err` gives why it has no picture
/// (it cannot be laid out, or it has nothing to draw), so that every command skips the same views.
pub fn lay_out_view(figures: &[Figure], view: &View, size: Size) -> Result<LaidOut, String> {
    let (spec, selection, laid_out) =
        lay_out(figures, &view.query, size).map_err(|e| e.to_string())?;
    if laid_out.marks.is_empty() {
        return Err(format!(
            "the {} chart has nothing to draw for the {} figure(s) selected",
            spec.kind,
            selection.indices.len()
        ));
    }
    Ok(LaidOut {
        description: describe(&view.subject, &spec, &laid_out, figures),
        layout: laid_out,
    })
}
