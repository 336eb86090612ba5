//! `cited-stats downloads`: the standard views as SVG files to download, into the folder given
//! (`www/data/download/<slug>.svg` in the build; the slugs of the fallbacks' `index.json`), emptied
//! first: each view drawn by
//! the same `chart::draw` in the light theme, with a `<title>` naming it, a `<desc>` holding the
//! core's sentence for it (`chart::summarise`) and the source line under the chart, and
//! `index.json` listing them by canonical query (`{"views": [{"query", "file"}]}`). The explorer
//! offers them for the standard views; building them here adds nothing to what an embed loads.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use cited_stats::chart::{ApproxTextMetrics, Layout, TextMetrics, Theme, draw_svg, summarise};
use cited_stats::dataset::{Figure, source_line};

use super::args::Size;
use super::html::escape_html;
use super::output::{report, write_text};
use super::svg::lay_out;
use super::views::{Subject, View, standard_views};

/// The band under the chart that holds the source line, CSS px.
const SOURCE_LINE_CSS_PX: u32 = 24;

/// The source line's text size, CSS px.
const SOURCE_TEXT_CSS_PX: f64 = 12.0;

/// Writes every view's download SVG and `index.json` into `output` and prints a one-line summary;
/// exit 1 when a file cannot be written.
pub fn run(figures: &[Figure], output: &Path, size: Size) -> ExitCode {
    report(write_all(figures, output, size))
}

/// One download in `index.json`.
#[derive(Debug, Serialize)]
struct Entry {
    /// The view's canonical query string, as the browser's `state.query` reports it.
    query: String,
    /// The SVG's file name in the folder.
    file: String,
}

/// `index.json`.
#[derive(Debug, Serialize)]
struct Index {
    views: Vec<Entry>,
}

/// Writes one SVG per standard view that has something to draw (the views the fallbacks skip are
/// skipped here too, silently: `cited-stats fallbacks` names them) and returns the one-line summary.
fn write_all(figures: &[Figure], folder: &Path, size: Size) -> Result<String, String> {
    // Emptied first, so views the dataset no longer has leave no stale files behind.
    if folder.exists() {
        std::fs::remove_dir_all(folder)
            .map_err(|e| format!("cannot empty {}: {e}", folder.display()))?;
    }
    std::fs::create_dir_all(folder)
        .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    let (mut views, mut bytes) = (Vec::new(), 0);
    for view in standard_views(figures) {
        let Some(svg) = download_svg(figures, &view, size)? else {
            continue;
        };
        let file = format!("{}.svg", view.slug());
        bytes += write_text(&folder.join(&file), &svg)?;
        views.push(Entry {
            query: view.query_string(),
            file,
        });
    }
    let written = views.len();
    let json = serde_json::to_string(&Index { views }).map_err(|e| format!("index.json: {e}"))?;
    bytes += write_text(&folder.join("index.json"), &(json + "\n"))?;
    Ok(format!(
        "{written} download SVGs and index.json written, {bytes} bytes in {}\n",
        folder.display()
    ))
}

/// The download SVG of `view`, or `None` when it cannot be laid out or has nothing to draw.
pub fn download_svg(figures: &[Figure], view: &View, size: Size) -> Result<Option<String>, String> {
    let Ok((spec, _, laid_out)) = lay_out(figures, &view.query, size) else {
        return Ok(None);
    };
    if laid_out.marks.is_empty() {
        return Ok(None);
    }
    let theme = Theme::light();
    let chart = draw_svg(&laid_out, &theme)
        .map_err(|e| format!("the view {:?}: {e}", view.query_string()))?;
    let title = title(spec.kind.label(), &view.subject);
    let summary = summarise(&spec, &laid_out, figures);
    Ok(Some(document(&laid_out, &chart, &title, &summary, &theme)))
}

/// What the picture shows, in a few words: the chart kind and what the view narrows to.
fn title(kind: &str, subject: &Subject) -> String {
    let what = match subject {
        Subject::All => {
            "every figure quoted in UK parliamentary debates on children's social care".to_string()
        }
        Subject::Topic(label) => {
            format!("figures on {label} quoted in UK parliamentary debates")
        }
        Subject::Debate(title) => format!("figures quoted in the debate “{title}”"),
        Subject::Claim(label) => format!("the quotations of one statistic, {label}"),
    };
    format!("{kind}: {what} (cited-stats)")
}

/// The chart (a whole SVG document from `draw_svg`) inside one of its own, with the title, the
/// description and the source line under the chart.
fn document(layout: &Layout, chart: &str, title: &str, desc: &str, theme: &Theme) -> String {
    // The layout's CSS size at ratio 1 is the chart document's size (`draw_svg`).
    let width = layout.width_css_px.round();
    let chart_height = layout.height_css_px.round();
    let height = chart_height + f64::from(SOURCE_LINE_CSS_PX);
    let line = source_line(None, None);
    // Squeezed to the width, as the PNG's is, when the estimate says it would not fit.
    let room = width - 16.0;
    let fit = if ApproxTextMetrics.width_css_px(&line, SOURCE_TEXT_CSS_PX) > room {
        format!(" textLength=\"{room}\" lengthAdjust=\"spacingAndGlyphs\"")
    } else {
        String::new()
    };
    let chart = chart.trim_start_matches(|c: char| c != '<');
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"title desc\">\n\
         <title id=\"title\">{title}</title>\n<desc id=\"desc\">{desc}</desc>\n\
         <rect width=\"{width}\" height=\"{height}\" fill=\"{background}\"/>\n\
         {chart}\n\
         <text id=\"source\" x=\"8\" y=\"{baseline}\" font-family=\"sans-serif\" font-size=\"{SOURCE_TEXT_CSS_PX}\" \
         fill=\"{text}\"{fit}>{line}</text>\n</svg>\n",
        title = escape_html(title),
        desc = escape_html(desc),
        background = theme.background.hex(),
        chart = chart.trim_end(),
        baseline = chart_height + f64::from(SOURCE_LINE_CSS_PX) / 2.0 + 4.0,
        text = theme.text.hex(),
        line = escape_html(&line),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_name_the_chart_and_what_it_narrows_to() {
        assert_eq!(
            title("Value bars", &Subject::Topic("care leavers".into())),
            "Value bars: figures on care leavers quoted in UK parliamentary debates (cited-stats)"
        );
    }
}
