//! The command line's words → a [`Command`]: every unknown, missing or misplaced option is an
//! error naming it (exit 2, with the usage).

use std::ffi::OsString;
use std::path::PathBuf;

use cited_stats::chart::{ChartSpec, Theme};
use cited_stats::query::{Query, from_query_string};

/// How to call the command line.
pub const USAGE: &str = "usage: cited-stats check [--data DIR]
       cited-stats coverage [--propose] [--data DIR]
       cited-stats export --format jsonl|json|csv|json-first|json-detail [--output FILE] [--data DIR]
       cited-stats svg --query QS [--width 640] [--height 420] [--theme light|dark] [--output FILE] [--data DIR]
       cited-stats fallbacks --output DIR [--width 640] [--height 420] [--data DIR]
       cited-stats downloads --output DIR [--width 640] [--height 420] [--data DIR]
       cited-stats oembed --base URL --output DIR [--width 640] [--height 420] [--data DIR]
       cited-stats jsonld [--output FILE | --in-page FILE] [--data DIR]
       cited-stats noscript [--output FILE | --in-page FILE] [--width 640] [--height 420] [--data DIR]
       cited-stats vocabulary [--output FILE]";

/// A chart's size in whole CSS px.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Width, CSS px.
    pub width_css_px: u32,
    /// Height, CSS px.
    pub height_css_px: u32,
}

/// What to do.
#[derive(Debug)]
pub enum Command {
    /// Validate and summarise the dataset.
    Check,
    /// Account for every number phrase in the transcripts.
    Coverage {
        /// Print a `[[figure]]` stub for each unaccounted phrase instead of the table.
        propose: bool,
    },
    /// Write the resolved dataset.
    Export {
        /// `jsonl`, `json` or `csv` (checked when exporting).
        format: String,
        /// A file to write instead of standard output.
        output: Option<PathBuf>,
    },
    /// Draw one view as SVG.
    Svg {
        /// The view, as the explorer's URL query string gives it.
        query: Box<Query>,
        /// The chart's size.
        size: Size,
        /// Light or dark.
        theme: Theme,
        /// A file to write instead of standard output.
        output: Option<PathBuf>,
    },
    /// Write the JS host's vocabulary module (`www/lib/vocabulary.js`).
    Vocabulary {
        /// A file to write instead of standard output.
        output: Option<PathBuf>,
    },
    /// Draw the standard set of views in both themes, with an index.
    Fallbacks {
        /// The folder to write into.
        output: PathBuf,
        /// The charts' size.
        size: Size,
    },
    /// Draw each standard view as an SVG to download, with an index.
    Downloads {
        /// The folder to write into.
        output: PathBuf,
        /// The charts' size.
        size: Size,
    },
    /// Write a static oEmbed response for each standard view.
    Oembed {
        /// The site's URL: absolute, http(s), ending in "/".
        base: String,
        /// The folder to write into.
        output: PathBuf,
        /// The pictures' size (the responses' width).
        size: Size,
    },
    /// The explorer page's schema.org Dataset JSON-LD element.
    JsonLd {
        /// A file to write instead of standard output.
        output: Option<PathBuf>,
        /// A page to put it into instead (in place of its own).
        page: Option<PathBuf>,
    },
    /// The explorer page's `<noscript>` block.
    Noscript {
        /// A file to write instead of standard output.
        output: Option<PathBuf>,
        /// A page to put it into instead (in place of its own).
        page: Option<PathBuf>,
        /// The pictures' size.
        size: Size,
    },
}

/// A parsed command line.
#[derive(Debug)]
pub struct Args {
    /// What to do.
    pub command: Command,
    /// Another data folder (figures.toml + transcripts/), if given.
    pub data: Option<PathBuf>,
}

/// The options as given, before they are checked against the subcommand.
#[derive(Debug, Default)]
struct Given {
    format: Option<String>,
    output: Option<OsString>,
    query: Option<String>,
    width: Option<String>,
    height: Option<String>,
    theme: Option<String>,
    base: Option<String>,
    page: Option<OsString>,
    propose: bool,
    /// Option names in the order given, for "does not take --x".
    names: Vec<&'static str>,
}

/// Reads the process's arguments. `Ok(None)` when help was asked for (the caller prints it).
pub fn parse_args() -> Result<Option<Args>, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let mut subcommand = None;
    let mut given = Given::default();
    let mut data = None;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        let name = match arg {
            Value(value) if subcommand.is_none() => {
                subcommand = Some(value.string().map_err(|e| e.to_string())?);
                continue;
            }
            Short('h') | Long("help") => return Ok(None),
            Long("propose") => {
                given.propose = true;
                given.names.push("propose");
                continue;
            }
            Long("format") => "format",
            Long("output") => "output",
            Long("data") => "data",
            Long("query") => "query",
            Long("width") => "width",
            Long("height") => "height",
            Long("theme") => "theme",
            Long("base") => "base",
            Long("in-page") => "in-page",
            other => return Err(other.unexpected().to_string()),
        };
        let value = parser.value().map_err(|e| e.to_string())?;
        let text = || {
            value
                .clone()
                .into_string()
                .map_err(|v| format!("--{name} {v:?} is not valid UTF-8"))
        };
        match name {
            "format" => given.format = Some(text()?),
            "output" => given.output = Some(value),
            "data" => data = Some(PathBuf::from(value)),
            "query" => given.query = Some(text()?),
            "width" => given.width = Some(text()?),
            "height" => given.height = Some(text()?),
            "base" => given.base = Some(text()?),
            "in-page" => given.page = Some(value),
            _ => given.theme = Some(text()?),
        }
        if name != "data" {
            given.names.push(name);
        }
    }
    let command = command(subcommand.as_deref(), given)?;
    Ok(Some(Args { command, data }))
}

fn command(subcommand: Option<&str>, given: Given) -> Result<Command, String> {
    let allowed: &[&str] = match subcommand {
        Some("check") => &[],
        Some("coverage") => &["propose"],
        Some("export") => &["format", "output"],
        Some("svg") => &["query", "width", "height", "theme", "output"],
        Some("fallbacks") => &["output", "width", "height"],
        Some("downloads") => &["output", "width", "height"],
        Some("vocabulary") => &["output"],
        Some("oembed") => &["base", "output", "width", "height"],
        Some("jsonld") => &["output", "in-page"],
        Some("noscript") => &["output", "in-page", "width", "height"],
        Some(other) => return Err(format!("unknown command {other:?}")),
        None => return Err("no command given".to_string()),
    };
    let subcommand = subcommand.unwrap_or_default();
    if let Some(name) = given.names.iter().find(|n| !allowed.contains(n)) {
        let takes: Vec<String> = allowed
            .iter()
            .chain(&["data"])
            .map(|a| format!("--{a}"))
            .collect();
        return Err(format!(
            "{subcommand} does not take --{name} (it takes {})",
            takes.join(", ")
        ));
    }
    Ok(match subcommand {
        "check" => Command::Check,
        "coverage" => Command::Coverage {
            propose: given.propose,
        },
        "export" => Command::Export {
            format: given
                .format
                .ok_or("export needs --format jsonl, json, csv, json-first or json-detail")?,
            output: given.output.map(PathBuf::from),
        },
        "svg" => Command::Svg {
            query: Box::new(query(given.query.as_deref())?),
            size: size(given.width.as_deref(), given.height.as_deref())?,
            theme: theme(given.theme.as_deref())?,
            output: given.output.map(PathBuf::from),
        },
        "vocabulary" => Command::Vocabulary {
            output: given.output.map(PathBuf::from),
        },
        "downloads" => Command::Downloads {
            output: given
                .output
                .map(PathBuf::from)
                .ok_or("downloads needs --output DIR")?,
            size: size(given.width.as_deref(), given.height.as_deref())?,
        },
        "oembed" => Command::Oembed {
            base: base(given.base.as_deref())?,
            output: given
                .output
                .map(PathBuf::from)
                .ok_or("oembed needs --output DIR")?,
            size: size(given.width.as_deref(), given.height.as_deref())?,
        },
        "jsonld" | "noscript" => {
            if given.output.is_some() && given.page.is_some() {
                return Err(format!(
                    "{subcommand} takes --output or --in-page, not both"
                ));
            }
            let (output, page) = (
                given.output.map(PathBuf::from),
                given.page.map(PathBuf::from),
            );
            if subcommand == "jsonld" {
                Command::JsonLd { output, page }
            } else {
                Command::Noscript {
                    output,
                    page,
                    size: size(given.width.as_deref(), given.height.as_deref())?,
                }
            }
        }
        _ => Command::Fallbacks {
            output: given
                .output
                .map(PathBuf::from)
                .ok_or("fallbacks needs --output DIR")?,
            size: size(given.width.as_deref(), given.height.as_deref())?,
        },
    })
}

fn query(text: Option<&str>) -> Result<Query, String> {
    let text = text
        .ok_or("svg needs --query (the explorer's URL query string; \"\" for the default view)")?;
    from_query_string(text).map_err(|errors| {
        let each: Vec<String> = errors.iter().map(ToString::to_string).collect();
        format!("--query {text:?}: {}", each.join("; "))
    })
}

/// The site's URL for `oembed --base`: absolute http(s), ending in "/", with nothing HTML or a
/// query string would read otherwise.
fn base(text: Option<&str>) -> Result<String, String> {
    let text = text.ok_or(
        "oembed needs --base URL (the site's address, where embed.html is, ending in \"/\")",
    )?;
    let scheme = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    let fit = scheme.is_some_and(|rest| {
        !rest.is_empty()
            && !rest.starts_with('/')
            && rest.ends_with('/')
            && !rest
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "\"'<>?#`\\".contains(c))
    });
    if fit {
        Ok(text.to_string())
    } else {
        Err(format!(
            "--base {text:?} is not an absolute http(s) URL ending in \"/\" (without a query or fragment)"
        ))
    }
}

fn theme(name: Option<&str>) -> Result<Theme, String> {
    match name.unwrap_or("light") {
        "light" => Ok(Theme::light()),
        "dark" => Ok(Theme::dark()),
        other => Err(format!("--theme {other:?} is not one of light, dark")),
    }
}

/// The size, 640 × 420 CSS px unless given; each checked as the chart checks it.
fn size(width: Option<&str>, height: Option<&str>) -> Result<Size, String> {
    let whole = |name: &str, text: Option<&str>, default: u32| match text {
        None => Ok(default),
        Some(text) => text
            .parse::<u32>()
            .map_err(|_| format!("--{name} {text:?} is not a whole number of CSS px")),
    };
    let size = Size {
        width_css_px: whole("width", width, 640)?,
        height_css_px: whole("height", height, 420)?,
    };
    let spec = ChartSpec {
        width_css_px: f64::from(size.width_css_px),
        height_css_px: f64::from(size.height_css_px),
        ..ChartSpec::default()
    };
    spec.validate().map_err(|e| {
        let flag = if e.option == "heightCssPx" {
            "height"
        } else {
            "width"
        };
        format!("--{flag} {} is not {}", e.value, e.expected)
    })?;
    Ok(size)
}
