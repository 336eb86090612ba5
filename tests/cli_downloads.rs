//! `cited-stats downloads` writes the standard views as SVG files to download: one per view in
//! the fallbacks' `index.json`, listed by the same canonical queries in the folder's own
//! `index.json`, each well-formed XML
//! with a `<title>`, a `<desc>` holding the core's sentence for the view, the light fallback's
//! chart inside it unchanged (the same `chart::draw`) and the source line under it.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

mod support;

use std::collections::BTreeSet;

use cited_stats::dataset::source_line;
use support::cli::{run, text};
use support::scratch::Scratch;

/// One element of a parsed document: its name, attributes and the text directly inside it.
#[derive(Debug)]
struct Element {
    name: String,
    attributes: Vec<(String, String)>,
    text: String,
    depth: usize,
}

/// Parses `xml` as a well-formed XML document (elements, attributes, text and the five predefined
/// entities and character references; no DOCTYPE, comments or CDATA, which these files do not
/// use): one root, every tag closed in order, every attribute quoted and unique, no bare `<` or
/// `&` in text or values. Returns its elements in document order, or what is wrong.
fn parse_xml(xml: &str) -> Result<Vec<Element>, String> {
    let mut elements: Vec<Element> = Vec::new();
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut roots = 0;
    let mut rest = xml;
    while !rest.is_empty() {
        let Some(at) = rest.find('<') else {
            text_of(rest)?;
            if !rest.trim().is_empty() && open.is_empty() {
                return Err(format!("text after the root: {rest:?}"));
            }
            if let Some((_, i)) = open.last() {
                elements[*i].text.push_str(&text_of(rest)?);
            }
            break;
        };
        let text = text_of(&rest[..at])?;
        match open.last() {
            Some((_, i)) => elements[*i].text.push_str(&text),
            None if !text.trim().is_empty() => {
                return Err(format!("text outside the root: {text:?}"));
            }
            None => {}
        }
        rest = &rest[at..];
        let end = rest.find('>').ok_or("a tag is not closed")?;
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let (expected, _) = open.pop().ok_or(format!("</{name}> closes nothing"))?;
            if expected != name.trim() {
                return Err(format!("</{name}> closes <{expected}>"));
            }
            continue;
        }
        if tag.starts_with('!') || tag.starts_with('?') {
            return Err(format!("unexpected <{tag}>"));
        }
        let empty = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let (name, mut attrs) = tag.split_at(tag.find(char::is_whitespace).unwrap_or(tag.len()));
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_:".contains(c))
        {
            return Err(format!("bad element name {name:?}"));
        }
        if open.is_empty() {
            roots += 1;
        }
        let mut attributes: Vec<(String, String)> = Vec::new();
        loop {
            attrs = attrs.trim_start();
            if attrs.is_empty() {
                break;
            }
            let eq = attrs
                .find('=')
                .ok_or(format!("attribute without a value in <{name}>"))?;
            let key = attrs[..eq].trim().to_string();
            if key.is_empty() || key.contains(char::is_whitespace) {
                return Err(format!("bad attribute name {key:?} in <{name}>"));
            }
            let after = attrs[eq + 1..].trim_start();
            let quote = after.chars().next().ok_or("attribute value missing")?;
            if quote != '"' && quote != '\'' {
                return Err(format!("attribute {key} in <{name}> is not quoted"));
            }
            let close = after[1..]
                .find(quote)
                .ok_or(format!("attribute {key} not closed"))?;
            let value = &after[1..=close];
            if value.contains('<') {
                return Err(format!("'<' in attribute {key} of <{name}>"));
            }
            if attributes.iter().any(|(k, _)| *k == key) {
                return Err(format!("attribute {key} twice in <{name}>"));
            }
            attributes.push((key, text_of(value)?));
            attrs = &after[close + 2..];
        }
        elements.push(Element {
            name: name.to_string(),
            attributes,
            text: String::new(),
            depth: open.len(),
        });
        if !empty {
            open.push((name.to_string(), elements.len() - 1));
        }
    }
    if let Some((name, _)) = open.last() {
        return Err(format!("<{name}> is never closed"));
    }
    if roots != 1 {
        return Err(format!("{roots} root elements"));
    }
    Ok(elements)
}

/// Character data with its references replaced; an error for a bare `&`.
fn text_of(raw: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let end = rest[at..].find(';').ok_or(format!("bare & in {raw:?}"))? + at;
        let entity = &rest[at + 1..end];
        let c = match entity {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => entity
                .strip_prefix("#x")
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32)
                .ok_or(format!("unknown entity &{entity}; in {raw:?}"))?,
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[test]
fn the_checker_refuses_what_is_not_well_formed() {
    for bad in [
        "<a><b></a></b>",
        "<a>",
        "<a></a><b></b>",
        "<a x=1></a>",
        "<a x=\"1\" x=\"2\"></a>",
        "<a>1 < 2</a>",
        "<a>fish & chips</a>",
        "<a x=\"<\"></a>",
    ] {
        assert!(parse_xml(bad).is_err(), "{bad}");
    }
    let good =
        parse_xml("<a x=\"1 &amp; 2\"><b/>fish &amp; chips &#163;<c y='z'></c></a>").unwrap();
    assert_eq!(good.len(), 3);
    assert_eq!(good[0].text, "fish & chips £");
    assert_eq!(
        good[0].attributes,
        vec![("x".to_string(), "1 & 2".to_string())]
    );
}

#[derive(serde::Deserialize)]
struct Index {
    views: Vec<View>,
}

#[derive(serde::Deserialize)]
struct Downloads {
    views: Vec<Download>,
}

#[derive(serde::Deserialize, Debug, PartialEq)]
struct Download {
    query: String,
    file: String,
}

#[derive(serde::Deserialize)]
struct View {
    query: String,
    slug: String,
    description: String,
}

/// How many views `index.json` in `folder` lists.
fn index_len(folder: &std::path::Path) -> usize {
    let index: Index =
        serde_json::from_str(&std::fs::read_to_string(folder.join("index.json")).unwrap()).unwrap();
    index.views.len()
}

#[test]
fn each_standard_view_has_a_download_svg_with_title_desc_and_source_line() {
    let root = Scratch::new("downloads-views");
    let fallback = root.join("fallback");
    let out = run(&["fallbacks", "--output", fallback.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let folder = root.join("download");
    let out = run(&["downloads", "--output", folder.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains(&format!(
            "{} download SVGs and index.json written",
            index_len(&fallback)
        )),
        "{stdout}"
    );
    let index: Index =
        serde_json::from_str(&std::fs::read_to_string(fallback.join("index.json")).unwrap())
            .unwrap();
    let written: BTreeSet<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    let mut listed: BTreeSet<String> = index
        .views
        .iter()
        .map(|v| format!("{}.svg", v.slug))
        .collect();
    listed.insert("index.json".to_string());
    assert_eq!(
        written, listed,
        "one download per view in index.json, no other"
    );
    let downloads: Downloads =
        serde_json::from_str(&std::fs::read_to_string(folder.join("index.json")).unwrap()).unwrap();
    let expected: Vec<Download> = index
        .views
        .iter()
        .map(|v| Download {
            query: v.query.clone(),
            file: format!("{}.svg", v.slug),
        })
        .collect();
    assert_eq!(downloads.views, expected);
    let line = source_line(None, None);
    for view in &index.views {
        let svg = std::fs::read_to_string(folder.join(format!("{}.svg", view.slug))).unwrap();
        let elements = parse_xml(&svg).unwrap_or_else(|e| panic!("{}: {e}", view.slug));
        let root = &elements[0];
        assert_eq!(root.name, "svg");
        assert!(root.attributes.contains(&(
            "xmlns".to_string(),
            "http://www.w3.org/2000/svg".to_string()
        )));
        let only = |name: &str| {
            let found: Vec<&Element> = elements
                .iter()
                .filter(|e| e.name == name && e.depth == 1)
                .collect();
            assert_eq!(found.len(), 1, "{}: one <{name}>", view.slug);
            found[0]
        };
        let title = &only("title").text;
        assert!(
            title.ends_with("(cited-stats)") && title.len() > 20,
            "{title}"
        );
        // The core's sentence: what the fallback's alt text begins with.
        let desc = &only("desc").text;
        assert!(
            !desc.is_empty() && view.description.starts_with(desc.as_str()),
            "{desc}"
        );
        let source = elements
            .iter()
            .find(|e| {
                e.attributes
                    .contains(&("id".to_string(), "source".to_string()))
            })
            .unwrap_or_else(|| panic!("{}: no source line", view.slug));
        assert_eq!(source.name, "text");
        assert_eq!(source.text, line);
        // The chart is the light fallback, as `chart::draw` painted it.
        let chart =
            std::fs::read_to_string(fallback.join(format!("{}.light.svg", view.slug))).unwrap();
        assert!(svg.contains(chart.trim_end()), "{}", view.slug);
        assert!(
            root.attributes
                .contains(&("height".to_string(), "444".to_string()))
        );
    }
}
