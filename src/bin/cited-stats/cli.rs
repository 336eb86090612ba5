//! The command line's parsing and commands (native only).

use std::path::PathBuf;
use std::process::ExitCode;

use cited_stats::dataset::{Built, DataPaths, Summary, build_dataset, to_csv, to_json, to_jsonl};

const USAGE: &str = "usage: cited-stats check [--data DIR]
       cited-stats export --format jsonl|json|csv [--output FILE] [--data DIR]";

#[derive(Debug)]
enum Command {
    Check,
    Export {
        format: String,
        output: Option<PathBuf>,
    },
}

/// Runs the command line.
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
    let (command, data) = parse_args()?;
    let paths = data.map_or_else(DataPaths::project, |dir| DataPaths::in_dir(&dir));
    let built = match build_dataset(&paths) {
        Ok(built) => built,
        Err(errors) => return Ok(report_errors(&errors)),
    };
    if !built.checked.errors.is_empty() {
        return Ok(report_errors(&built.checked.errors));
    }
    match command {
        Command::Check => {
            print_check(&built);
            Ok(ExitCode::SUCCESS)
        }
        Command::Export { format, output } => {
            let text = match format.as_str() {
                "jsonl" => to_jsonl(&built.checked.figures),
                "json" => to_json(&built.checked.figures),
                "csv" => to_csv(&built.checked.figures)?,
                other => return Err(format!("--format {other:?} is not one of jsonl, json, csv")),
            };
            match output {
                Some(path) => std::fs::write(&path, text)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
                None => print!("{text}"),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn print_check(built: &Built) {
    println!(
        "{} transcripts, {} debates",
        built.transcripts.len(),
        built.debates.len()
    );
    for debate in &built.debates {
        let date = debate
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        println!(
            "  {date}  {} ({}; {} part(s))",
            debate.title,
            debate.chamber.label(),
            debate.transcripts.len()
        );
    }
    print!("{}", Summary::of(&built.checked.figures));
    println!(
        "ok: every quote is verbatim in one speech, and every figure's words agree with its record"
    );
}

fn report_errors(errors: &[cited_stats::dataset::DatasetError]) -> ExitCode {
    for error in errors {
        eprintln!("{error}");
    }
    eprintln!("{} problem(s) found", errors.len());
    ExitCode::FAILURE
}

fn parse_args() -> Result<(Command, Option<PathBuf>), String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut subcommand = None;
    let mut format = None;
    let mut output = None;
    let mut data = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Value(value) if subcommand.is_none() => {
                subcommand = Some(value.string().map_err(|e| e.to_string())?)
            }
            Long("format") => {
                format = Some(
                    parser
                        .value()
                        .and_then(|v| v.string())
                        .map_err(|e| e.to_string())?,
                )
            }
            Long("output") => {
                output = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?))
            }
            Long("data") => data = Some(PathBuf::from(parser.value().map_err(|e| e.to_string())?)),
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            other => return Err(other.unexpected().to_string()),
        }
    }
    let command = match subcommand.as_deref() {
        Some("check") if format.is_none() && output.is_none() => Command::Check,
        Some("check") => return Err("check takes only --data".to_string()),
        Some("export") => Command::Export {
            format: format.ok_or("export needs --format jsonl or --format csv")?,
            output,
        },
        Some(other) => return Err(format!("unknown command {other:?}")),
        None => return Err("no command given".to_string()),
    };
    Ok((command, data))
}
