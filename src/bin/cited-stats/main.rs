//! `cited-stats`: the command line for the people who maintain the data, and the build's static
//! fallback charts.
//!
//! ```text
//! cited-stats check                           validate everything, print a summary; exit 1 on any problem
//! cited-stats coverage [--propose]            account for every number phrase in every speech: per
//!                                             transcript found / in figures / excluded / unaccounted,
//!                                             each unaccounted phrase or stale exclusion named; exit 1
//!                                             on any (--propose: a `[[figure]]` stub for each instead)
//! cited-stats export --format jsonl|json|csv  print the resolved dataset (json-first and
//!        [--output FILE]                      json-detail: the browser's two parts of it)
//!                                             … or write it to FILE
//! cited-stats svg --query QS                  draw one view of the explorer (QS: its URL query string,
//!        [--width 640] [--height 420]           e.g. `chart=bars&topic=care-leavers`; "" is the default
//!        [--theme light|dark] [--output FILE]   view) as SVG, to standard output or FILE
//! cited-stats fallbacks --output DIR          draw every chart kind × (all figures, each topic, each
//!        [--width 640] [--height 420]           debate) in both themes: DIR/<slug>.light.svg,
//!                                               DIR/<slug>.dark.svg and DIR/index.json (canonical
//!                                               query, slug, files, count, alt text per view)
//! cited-stats downloads --output DIR          each of those views as an SVG to download: DIR/<slug>.svg
//!        [--width 640] [--height 420]           (title, the view's sentence, the source line) and
//!                                               DIR/index.json (canonical query → file)
//! cited-stats oembed --base URL --output DIR  a static oEmbed response (type rich: the iframe snippet
//!        [--width 640] [--height 420]           on the site at URL) for each view `fallbacks` draws:
//!                                               DIR/<slug>.json
//! cited-stats jsonld                          the explorer page's schema.org Dataset JSON-LD element
//!        [--output FILE | --in-page FILE]       (--in-page: put it into that page in place of its own)
//! cited-stats noscript                        the explorer page's <noscript> block: the default
//!        [--output FILE | --in-page FILE]       view's picture with the core's sentence as alt text,
//!        [--width 640] [--height 420]           and links to the downloads
//! cited-stats vocabulary [--output FILE]      the JS host's names, labels, limits and colours
//!                                               (www/lib/vocabulary.js), from the core
//! Common: --data DIR                          a data folder with figures.toml and transcripts/ (default: the project's)
//! ```
//!
//! Exit codes: 0 done (also when standard output's reader stopped reading, as `| head` does); 1 the
//! data has problems or an output cannot be written (each named); 2 bad arguments, with the usage.
//!
//! The browser build (wasm32) has no command line; there the binary is an empty stub, so that
//! `cargo test --target wasm32-unknown-unknown` can build it.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
