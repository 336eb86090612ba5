//! The command line (native only): parse, load the dataset, run the command.

mod args;
mod check;
mod coverage;
mod describe;
mod downloads;
mod export;
mod fallbacks;
mod html;
mod jsonld;
mod noscript;
mod oembed;
mod output;
mod page;
mod svg;
mod views;

use std::process::ExitCode;

use cited_stats::dataset::{DataPaths, DatasetError, build_dataset};

use args::{Command, USAGE, parse_args};
use output::{exit_code, write_stdout, write_to};

/// Runs the command line: exit 0 on success, 1 when the data or the work fails (each problem on
/// standard error), 2 for bad arguments (named, with the usage).
pub fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(message) => {
            eprintln!("cited-stats: {message}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<ExitCode, String> {
    let Some(args) = parse_args()? else {
        return Ok(exit_code(write_stdout(format!("{USAGE}\n").as_bytes())));
    };
    if let Command::Vocabulary { output } = &args.command {
        let text = cited_stats::vocabulary::javascript();
        return Ok(exit_code(write_to(output.as_deref(), text.as_bytes())));
    }
    let paths = args
        .data
        .map_or_else(DataPaths::project, |dir| DataPaths::in_dir(&dir));
    let built = match build_dataset(&paths) {
        Ok(built) => built,
        Err(errors) => return Ok(report_errors(&errors)),
    };
    if !built.checked.errors.is_empty() {
        return Ok(report_errors(&built.checked.errors));
    }
    let figures = &built.checked.figures;
    match args.command {
        Command::Check => Ok(check::print(&built)),
        Command::Coverage { propose } => Ok(coverage::run(&built, &paths, propose)),
        Command::Export { format, output } => export::run(figures, &format, output.as_deref()),
        Command::Svg {
            query,
            size,
            theme,
            output,
        } => svg::run(figures, &query, size, &theme, output.as_deref()),
        Command::Fallbacks { output, size } => Ok(fallbacks::run(figures, &output, size)),
        Command::Downloads { output, size } => Ok(downloads::run(figures, &output, size)),
        Command::Oembed { base, output, size } => Ok(oembed::run(figures, &base, &output, size)),
        Command::JsonLd { output, page } => Ok(block(
            page::Block::JsonLd,
            jsonld::element(figures),
            output.as_deref(),
            page.as_deref(),
        )),
        Command::Noscript { output, page, size } => Ok(block(
            page::Block::Noscript,
            noscript::element(figures, size),
            output.as_deref(),
            page.as_deref(),
        )),
        Command::Vocabulary { .. } => Ok(ExitCode::SUCCESS),
    }
}

/// Writes a generated block of the explorer page, or names why it could not be made (exit 1).
fn block(
    which: page::Block,
    made: Result<String, String>,
    output: Option<&std::path::Path>,
    page: Option<&std::path::Path>,
) -> ExitCode {
    match made {
        Ok(text) => page::run(which, &text, output, page),
        Err(message) => {
            eprintln!("cited-stats: {message}");
            ExitCode::FAILURE
        }
    }
}

fn report_errors(errors: &[DatasetError]) -> ExitCode {
    for error in errors {
        eprintln!("{error}");
    }
    eprintln!("{} problem(s) found", errors.len());
    ExitCode::FAILURE
}
