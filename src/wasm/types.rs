//! Inputs read from JS (render options, a dataset) and the TypeScript declarations of every DTO.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::chart::{Colour, ScaleChoice, Theme, ThemeOverrides};
use crate::dataset::limits::{problem_list, too_many_figures};
use crate::dataset::{
    DERIVED_FIELDS, DatasetError, Figure, Place, Position, check_numbered, field_names_then,
    is_detail_field,
};

use super::convert::{js_error, only_known_keys, unknown_key};
use super::figure_in::{FieldNames, FieldValues, read_figure};
use super::messages;
use super::shape::{describe, figure_object, wrong_types};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** One statistic with its full provenance (the dataset schema; see data/README.md). */
export interface Figure {
  id: string; quote: string; figure_text: string; figure_offset: number;
  value: number; value_high: number | null; unit: string; qualifier: string; measure: string;
  period: string | null; geography: string | null; cited_source: string | null; topic: string;
  claim?: string | null;
  speaker: string; speaker_party: string | null; speaker_constituency: string | null;
  speaker_role: string | null; debate: string; debate_id: string; date: string | null;
  chamber: string; transcript: string; transcript_line: number; inferred: string[];
  notes: Record<string, string>; unparsed: string | null;
}
/** One value a filter can take. */
export interface Choice { value: string; label: string; count: number; }
/** Every value each filter can take. */
export interface Choices {
  debates: Choice[]; speakers: Choice[]; parties: Choice[]; topics: Choice[]; units: Choice[];
  claims: Choice[];
  first_date: string | null; last_date: string | null;
}
/** A problem with one URL parameter or attribute. */
export interface Problem { parameter: string; value: string; message: string; }
/** The state after `setQuery`. */
export interface State {
  query: string; problems: Problem[]; indices: number[]; total: number;
  chart: "timeline" | "bars" | "counts" | "dots" | "compare"; group: string | null; search: string;
  selected: number | null; redraw: boolean;
}
/** Options for `render`. */
export interface RenderOptions {
  widthCssPx: number; heightCssPx: number; devicePixelRatio?: number;
  theme?: "light" | "dark"; scale?: "auto" | "linear" | "log";
  /** The page's own colours, each written #rrggbb, replacing the theme's. */
  colours?: { background?: string; text?: string; muted?: string; accent?: string };
  /** A CSS font-family list for the chart's text. */
  fontFamily?: string;
  /** The page's font size, CSS px: the chart's text is drawn at it, from 12 to 24. */
  textSizeCssPx?: number;
}
/** What `render` drew. */
export interface Rendered {
  marks: number; widthDevicePx: number; heightDevicePx: number;
  /** The size and ratio drawn at: what was asked, clamped to what can be drawn. */
  widthCssPx: number; heightCssPx: number; devicePixelRatio: number;
  /** One line for each size or ratio that was clamped. */
  notices: string[];
}
/** A rectangle in CSS px from the canvas's top left. */
export interface Rect { xCssPx: number; yCssPx: number; widthCssPx: number; heightCssPx: number; }
/** One mark of the drawn chart. */
export interface MarkView {
  mark: number; figures: number[]; bbox: Rect; description: string; position: number; of: number;
  /** What the sign over the mark says ("quoted differently elsewhere"), or null. */
  marker: string | null;
}
/** Another quotation of the same quantity, for a card. */
export interface QuotationView {
  index: number; id: string; agrees: boolean; valueText: string;
  before: string; words: string; after: string;
  speaker: string; date: string | null; debate: string; period: string | null;
}
/** A figure's claim: the sentence, whether quotations differ, and the other quotations. */
export interface ClaimView {
  key: string; label: string; summary: string; differs: boolean; thisDiffers: boolean;
  others: QuotationView[];
}
/** What an export derives for a figure from the whole dataset's claims. */
export interface Derived { claim_quotations: number; claim_agrees: boolean | null; }
/** One figure ready to show. */
export interface FigureView {
  before: string; words: string; after: string; valueText: string; citation: string;
  /** The parliamentary form, as Hansard is cited ("HC Deb 24 November 2022"), or null. */
  parliamentary: string | null;
}
"#;

/// The keys a render-options object may have.
pub const RENDER_OPTIONS: [&str; 8] = [
    "widthCssPx",
    "heightCssPx",
    "devicePixelRatio",
    "theme",
    "scale",
    "colours",
    "fontFamily",
    "textSizeCssPx",
];

/// Options for one render.
pub struct RenderOptions {
    /// Width, CSS px.
    pub width_css_px: f64,
    /// Height, CSS px.
    pub height_css_px: f64,
    /// Device pixels per CSS pixel.
    pub device_pixel_ratio: f64,
    /// "light" (default) or "dark".
    pub theme: Option<String>,
    /// Value-axis scale.
    pub scale: Option<ScaleChoice>,
    /// The page's own colours, each `#rrggbb`, replacing the theme's.
    pub colours: Option<ColourOptions>,
    /// The page's own CSS font-family list for the chart's text.
    pub font_family: Option<String>,
    /// The page's font size, CSS px: the chart's text follows it from 12 to 24.
    pub text_size_css_px: Option<f64>,
}

/// The keys render option `colours` may have.
pub const COLOUR_OPTIONS: [&str; 4] = ["background", "text", "muted", "accent"];

/// Colours a page gives for the chart (`#rrggbb` each; any may be left out).
#[derive(Default)]
pub struct ColourOptions {
    background: Option<String>,
    text: Option<String>,
    muted: Option<String>,
    accent: Option<String>,
}

/// The value at `key` of the options object `within`, absent when undefined or null.
fn option(within: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(within, &JsValue::from_str(key))
        .ok()
        .filter(|value| !value.is_undefined() && !value.is_null())
}

/// Option `name` read by `read`, or an error naming it, what it must be and what it was.
fn typed<T>(
    within: &JsValue,
    name: &str,
    expected: &str,
    read: impl Fn(&JsValue) -> Option<T>,
) -> Result<Option<T>, JsError> {
    option(within, name)
        .map(|value| {
            read(&value)
                .ok_or_else(|| js_error(messages::option_type(name, expected, &describe(&value))))
        })
        .transpose()
}

impl RenderOptions {
    /// Reads the options object a page gives `render`: an unknown key, an option of the wrong
    /// type or a missing size is named.
    pub fn read(options: &JsValue) -> Result<RenderOptions, JsError> {
        only_known_keys(options, "render options", &RENDER_OPTIONS).map_err(js_error)?;
        let number = |name: &str| typed(options, name, "a number", JsValue::as_f64);
        let text = |name: &str| typed(options, name, "a string", JsValue::as_string);
        let size =
            |name: &str| number(name)?.ok_or_else(|| js_error(messages::option_missing(name)));
        let scale = text("scale")?
            .map(|slug| {
                ScaleChoice::from_slug(&slug).ok_or_else(|| {
                    js_error(messages::option_not_in(
                        "scale",
                        &slug,
                        &ScaleChoice::expected(),
                    ))
                })
            })
            .transpose()?;
        let colours = match option(options, "colours") {
            None => None,
            Some(given) => {
                only_known_keys(&given, "render option `colours`", &COLOUR_OPTIONS)
                    .map_err(js_error)?;
                let colour = |name: &str| typed(&given, name, "a string", JsValue::as_string);
                Some(ColourOptions {
                    background: colour("background")?,
                    text: colour("text")?,
                    muted: colour("muted")?,
                    accent: colour("accent")?,
                })
            }
        };
        Ok(RenderOptions {
            width_css_px: size("widthCssPx")?,
            height_css_px: size("heightCssPx")?,
            device_pixel_ratio: number("devicePixelRatio")?.unwrap_or(1.0),
            theme: text("theme")?,
            scale,
            colours,
            font_family: text("fontFamily")?,
            text_size_css_px: number("textSizeCssPx")?,
        })
    }
}

/// Reads render option `colours.<name>`, naming it and the value when it is not `#rrggbb`.
fn colour(name: &str, value: Option<&String>) -> Result<Option<Colour>, JsError> {
    value
        .map(|text| {
            Colour::from_hex(text).ok_or_else(|| js_error(messages::not_a_colour(name, text)))
        })
        .transpose()
}

impl RenderOptions {
    /// The named theme with the page's own colours and font.
    pub fn theme(&self) -> Result<Theme, JsError> {
        let base = match self.theme.as_deref() {
            None | Some("light") => Theme::light(),
            Some("dark") => Theme::dark(),
            Some(other) => {
                return Err(js_error(messages::unknown_theme(other)));
            }
        };
        let colours = self.colours.as_ref();
        let font_family = match self.font_family.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(family) if family.len() > 200 || family.contains([';', '{', '}']) => {
                return Err(js_error(messages::not_a_font_family(family)));
            }
            Some(family) => Some(family.to_string()),
        };
        let overrides = ThemeOverrides {
            background: colour("background", colours.and_then(|c| c.background.as_ref()))?,
            text: colour("text", colours.and_then(|c| c.text.as_ref()))?,
            muted: colour("muted", colours.and_then(|c| c.muted.as_ref()))?,
            accent: colour("accent", colours.and_then(|c| c.accent.as_ref()))?,
            font_family,
        };
        Ok(base.with_overrides(&overrides))
    }
}

/// Reads and checks a dataset given as a JS array of figure objects; every bad record is named
/// (its number from 1, its id when it has one, the field and the problem) in one `Error`, which
/// lists the first problems and counts the rest. The checks the types cannot express run on every
/// record that could be read, so one record with a wrong type does not hide another's empty
/// quote. An array of more than `MAX_FIGURES` is refused before any record is read. With
/// `details_pending` (the first part of a split dataset, `details.rs`) the checks of the detail
/// fields wait for them.
pub fn read_dataset(
    value: JsValue,
    source: &str,
    details_pending: bool,
) -> Result<Vec<Figure>, JsError> {
    let Some(array) = value.dyn_ref::<js_sys::Array>() else {
        return Err(js_error(messages::not_an_array(source)));
    };
    if let Some(message) = too_many_figures(source, array.length() as usize) {
        return Err(js_error(message));
    }
    let mut figures = Vec::new();
    // For each figure read, its record number in the array (from 1).
    let mut numbers: Vec<usize> = Vec::new();
    let mut problems = Vec::new();
    // A figure's fields, and what an export derives from claims (read past, computed afresh).
    let known = field_names_then(&DERIVED_FIELDS);
    let names = FieldNames::new();
    for (index, item) in array.iter().enumerate() {
        let number = index.saturating_add(1);
        let values = FieldValues::of(&item, &names);
        // The record's place in messages, written only for a record with a problem (100,000
        // good records would otherwise each format one).
        let place = || {
            Place {
                file: source.to_string(),
                at: Position::Record {
                    number,
                    id: values.as_slice().first().and_then(JsValue::as_string),
                },
                field: None,
            }
            .to_string()
        };
        if let Err(problem) = figure_object(&item) {
            problems.push(messages::at_place(&place(), None, &problem));
            continue;
        }
        let wrong = wrong_types(values.as_slice());
        if !wrong.is_empty() {
            let place = place();
            problems.extend(
                wrong
                    .iter()
                    .map(|(field, problem)| messages::at_place(&place, Some(field), problem)),
            );
            continue;
        }
        if let Some(key) = unknown_key(&item, &known) {
            problems.push(messages::unknown_key(&place(), &key, &known));
            continue;
        }
        match read_figure(&values)
            .map_err(|(field, problem)| messages::at_place(&place(), field, &problem))
        {
            Ok(figure) => {
                figures.push(figure);
                numbers.push(number);
            }
            Err(message) => problems.push(message),
        }
    }
    if array.length() == 0 || !figures.is_empty() {
        let number = |i: usize| numbers.get(i).copied().unwrap_or(i.saturating_add(1));
        problems.extend(
            check_numbered(source, &figures, number)
                .into_iter()
                .filter(|error| !(details_pending && waits_for_details(error)))
                .map(|error| error.to_string()),
        );
    }
    if problems.is_empty() {
        Ok(figures)
    } else {
        Err(js_error(problem_list(&problems)))
    }
}

/// Whether `error` is about a detail field (see `dataset::DETAIL_FIELDS`).
fn waits_for_details(error: &DatasetError) -> bool {
    error.place.field.as_deref().is_some_and(is_detail_field)
}
