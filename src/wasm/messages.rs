//! Every message the browser boundary words itself, as a function of the bad value, so the wording
//! lives in one place (vega-lite's `message.ts` is the model). The dataset's problems are worded in
//! `dataset::error`, the URL's in `query::url::error`, the chart's in `chart::error`; these are the
//! rest: what a page handed over that is not what the boundary takes.

use crate::chart::Theme;
use crate::quoting::Quoted;

/// A dataset (or one of its two parts) that is not an array.
pub fn not_an_array(source: &str) -> String {
    format!("{source}: the dataset must be an array of figures")
}

/// A problem at a place of a dataset, with the field when one is to blame.
pub fn at_place(place: &str, field: Option<&str>, problem: &dyn std::fmt::Display) -> String {
    match field {
        Some(field) => format!("{place}, field `{field}`: {problem}"),
        None => format!("{place}: {problem}"),
    }
}

/// A required field that is absent.
pub fn missing_field(field: &str) -> String {
    format!("missing field `{field}`")
}

/// A field whose value is not of its type (the type checks name the type first; this is the rest).
pub const WRONG_TYPE: &str = "has the wrong type";

/// A name outside a field's list of names.
pub fn unknown_name(text: &str, expected: &str) -> String {
    format!("unknown variant `{text}`, expected {expected}")
}

/// A detail part with another number of records than the figures it completes.
pub fn detail_count(source: &str, details: u32, figures: usize) -> String {
    format!("{source}: {details} detail records for {figures} figures")
}

/// A detail record whose id is not its figure's.
pub fn detail_not_for_its_figure(source: &str, number: usize) -> String {
    format!("{source}: detail record {number} is not for figure {number} (ids differ)")
}

/// A call that needs the details before they arrived.
pub fn needs_details(call: &str) -> String {
    format!("{call} needs the figures' details, which have not arrived yet (addDetails)")
}

/// A figure index past the dataset's end.
pub fn figure_out_of_range(index: usize, held: usize) -> String {
    format!("figure index {index} is out of range (the dataset holds {held})")
}

/// An object with a key the boundary does not take.
pub fn unknown_key(what: &str, key: &str, fields: &[&str]) -> String {
    // Written out, not `join`: the only `join` of `&str`s the module would carry.
    let mut message = format!("{what}: unknown field `{key}`, expected one of ");
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            message.push_str(", ");
        }
        message.push_str(field);
    }
    message
}

/// A render option of the wrong type.
pub fn option_type(name: &str, expected: &str, found: &str) -> String {
    format!("render option `{name}`: expected {expected}, found {found}")
}

/// A render option that must be given.
pub fn option_missing(name: &str) -> String {
    format!("render options: missing field `{name}`")
}

/// A render option outside its list of names.
pub fn option_not_in(name: &str, value: &str, expected: &str) -> String {
    format!(
        "render option `{name}`: {} is not {expected}",
        Quoted(value)
    )
}

/// A theme name that is neither theme's.
pub fn unknown_theme(name: &str) -> String {
    option_not_in(
        "theme",
        name,
        &format!("one of ({}, {})", Theme::light().name, Theme::dark().name),
    )
}

/// A colour not written `#rrggbb`.
pub fn not_a_colour(name: &str, text: &str) -> String {
    format!(
        "render option `colours.{name}`: {} is not a colour written #rrggbb",
        Quoted(text)
    )
}

/// A font family that is not a CSS font-family list.
pub fn not_a_font_family(family: &str) -> String {
    format!(
        "render option `fontFamily`: {} is not a CSS font-family list",
        Quoted(family)
    )
}

/// The message for a widget whose call `call` trapped with `detail` (the `RuntimeError`'s text).
pub fn trapped(call: &str, detail: &str) -> String {
    format!(
        "cited-stats stopped this chart: its WebAssembly engine failed during `{call}` ({detail}). \
         The engine was restarted for the other charts on this page; reload the page to show this one again."
    )
}
