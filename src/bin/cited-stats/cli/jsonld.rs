//! `cited-stats jsonld`: the explorer page's schema.org `Dataset` description, as the
//! `<script type="application/ld+json">` element of www/index.html's `<head>`, built from the data
//! (how many figures and debates, the earliest and latest dated figures) so that a test can prove
//! the page's copy current. Only the explorer carries it: inside an iframe it would be credited to
//! the iframe's URL.

use serde::Serialize;

use cited_stats::dataset::Figure;
use std::collections::BTreeSet;

/// The downloads the page offers as files, beside the page: (URL, MIME type, what it is).
pub const DOWNLOADS: [(&str, &str, &str); 2] = [
    (
        "data/figures.csv",
        "text/csv",
        "Every figure with its words, speaker, date, debate and cited source, as CSV",
    ),
    (
        "data/figures.json",
        "application/json",
        "Every figure with its words, speaker, date, debate and cited source, as JSON",
    ),
];

/// The dataset's name.
const NAME: &str =
    "cited-stats: statistics quoted in UK parliamentary debates on children's social care";

#[derive(Debug, Serialize)]
struct Dataset {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'static str,
    description: String,
    creator: Thing,
    license: Vec<String>,
    #[serde(rename = "isAccessibleForFree")]
    free: bool,
    #[serde(rename = "inLanguage")]
    language: &'static str,
    #[serde(rename = "temporalCoverage", skip_serializing_if = "Option::is_none")]
    temporal: Option<String>,
    #[serde(rename = "spatialCoverage")]
    spatial: Thing,
    distribution: Vec<Download>,
}

#[derive(Debug, Serialize)]
struct Thing {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'static str,
}

#[derive(Debug, Serialize)]
struct Download {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'static str,
    #[serde(rename = "encodingFormat")]
    format: &'static str,
    #[serde(rename = "contentUrl")]
    url: &'static str,
}

/// The JSON-LD object for `figures`, pretty-printed. `<` is written `\u003c`, so no text can close
/// the script element that holds it.
pub fn json(figures: &[Figure]) -> Result<String, String> {
    let dates: BTreeSet<&str> = figures.iter().filter_map(|f| f.date.as_deref()).collect();
    let debates: BTreeSet<&str> = figures.iter().map(|f| f.debate_id.as_str()).collect();
    let undated: BTreeSet<&str> = figures
        .iter()
        .filter(|f| f.date.is_none())
        .map(|f| f.debate_id.as_str())
        .collect();
    let (first, last) = (dates.iter().next(), dates.iter().next_back());
    let mut when = Vec::new();
    match (first, last) {
        (Some(first), Some(last)) if first[..4] == last[..4] => when.push(first[..4].to_string()),
        (Some(first), Some(last)) => when.push(format!("{}–{}", &first[..4], &last[..4])),
        _ => {}
    }
    match undated.len() {
        0 => {}
        1 => when.push("one undated".to_string()),
        n => when.push(format!("{n} undated")),
    }
    let when = if when.is_empty() {
        String::new()
    } else {
        format!(" ({})", when.join("; "))
    };
    let description = format!(
        "{} statistics quoted in {} UK parliamentary debates on children's social care{when}, each \
         with the words spoken, who said it, when, in which debate and the source the speaker cited; \
         every quote is checked word for word against its transcript.",
        figures.len(),
        debates.len(),
    );
    let dataset = Dataset {
        context: "https://schema.org",
        kind: "Dataset",
        name: NAME,
        description,
        creator: Thing {
            kind: "Organization",
            name: "cited-stats",
        },
        // The project's licence (Cargo.toml's SPDX expression: either, at the user's option). The
        // data states no other.
        license: env!("CARGO_PKG_LICENSE")
            .split(" OR ")
            .map(|id| format!("https://spdx.org/licenses/{}.html", id.trim()))
            .collect(),
        free: true,
        language: "en-GB",
        // ISO 8601: the earliest and latest dated figures (the debates' sitting days).
        temporal: first
            .zip(last)
            .map(|(first, last)| format!("{first}/{last}")),
        // The debates are the UK Parliament's; each figure's own place, where its speaker names
        // one, is its `geography`.
        spatial: Thing {
            kind: "Place",
            name: "United Kingdom",
        },
        distribution: DOWNLOADS
            .iter()
            .map(|&(url, format, name)| Download {
                kind: "DataDownload",
                name,
                format,
                url,
            })
            .collect(),
    };
    let text = serde_json::to_string_pretty(&dataset).map_err(|e| format!("JSON-LD: {e}"))?;
    Ok(text.replace('<', "\\u003c"))
}

/// The `<script type="application/ld+json">` element, indented as a child of `<head>`, each line
/// ending in a newline.
pub fn element(figures: &[Figure]) -> Result<String, String> {
    let mut out = String::from("  <script type=\"application/ld+json\">\n");
    for line in json(figures)?.lines() {
        out.push_str("  ");
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("  </script>\n");
    Ok(out)
}
