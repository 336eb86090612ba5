//! `cited-stats svg`: one view of the explorer drawn as SVG, exactly as `chart::draw` paints it.

use std::path::Path;
use std::process::ExitCode;

use cited_stats::chart::{
    ApproxTextMetrics, ChartError, ChartSpec, Layout, Theme, draw_svg, layout,
};
use cited_stats::dataset::Figure;
use cited_stats::query::{Query, Selection, select, to_query_string, unknown_values};

use super::args::Size;
use super::output::{exit_code, write_to};

/// The chart the explorer draws for `query` at `size` (device-pixel ratio 1).
pub fn spec_for(query: &Query, size: Size) -> ChartSpec {
    ChartSpec::for_view(
        query,
        f64::from(size.width_css_px),
        f64::from(size.height_css_px),
    )
}

/// The figures `query` selects and their chart, laid out with the approximate text metrics.
pub fn lay_out(
    figures: &[Figure],
    query: &Query,
    size: Size,
) -> Result<(ChartSpec, Selection, Layout), ChartError> {
    let spec = spec_for(query, size);
    let selection = select(query, figures);
    let laid_out = layout(&spec, figures, &selection, &ApproxTextMetrics)?;
    Ok((spec, selection, laid_out))
}

/// Draws the view `query` names and writes it to `output` or standard output. Values the dataset
/// does not hold are bad arguments (exit 2); a chart that cannot be laid out or drawn exits 1.
pub fn run(
    figures: &[Figure],
    query: &Query,
    size: Size,
    theme: &Theme,
    output: Option<&Path>,
) -> Result<ExitCode, String> {
    let unknown = unknown_values(query, figures);
    if !unknown.is_empty() {
        let each: Vec<String> = unknown.iter().map(ToString::to_string).collect();
        return Err(format!(
            "--query {:?}: {}",
            to_query_string(query),
            each.join("; ")
        ));
    }
    let drawn = lay_out(figures, query, size)
        .map_err(|e| e.to_string())
        .and_then(|(_, _, laid_out)| draw_svg(&laid_out, theme).map_err(|e| e.to_string()));
    let svg = match drawn {
        Ok(svg) => svg,
        Err(message) => {
            eprintln!(
                "cited-stats: cannot draw the view {:?}: {message}",
                to_query_string(query)
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    Ok(exit_code(write_to(output, svg.as_bytes())))
}
