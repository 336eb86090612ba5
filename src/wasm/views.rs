//! The plain-data shapes returned to JS (their TypeScript twins are in `types.rs`), each built
//! as a plain JS object key by key (`object.rs`) with the keys the TypeScript names.

use wasm_bindgen::prelude::*;

use crate::chart::{Layout, Marker, Rect, describe_mark};
use crate::dataset::{Figure, isolated_citation, parliamentary_citation};
use crate::labels::QUOTED_DIFFERENTLY;
use crate::number::format_value;
use crate::query::{Choice, Choices, UrlError};

use super::object::{Object, numbers, texts};

/// A problem with one URL parameter or attribute.
pub struct ProblemView {
    /// Parameter (or attribute) name.
    pub parameter: String,
    /// The bad value.
    pub value: String,
    /// The whole message, naming both.
    pub message: String,
}

impl From<&UrlError> for ProblemView {
    fn from(e: &UrlError) -> Self {
        ProblemView {
            parameter: e.parameter.clone(),
            value: e.value.clone(),
            message: e.to_string(),
        }
    }
}

impl ProblemView {
    /// As a `Problem` (types.rs).
    pub fn to_js(&self) -> JsValue {
        Object::new()
            .set("parameter", self.parameter.as_str())
            .set("value", self.value.as_str())
            .set("message", self.message.as_str())
            .build()
    }
}

/// The state after a query is applied.
pub struct StateView {
    /// The query in canonical URL form (what a permalink carries), without `?`.
    pub query: String,
    /// Every problem found, each named; the rest of the query still applies.
    pub problems: Vec<ProblemView>,
    /// Dataset indices of the selected figures, in display order.
    pub indices: Vec<usize>,
    /// How many figures the dataset holds.
    pub total: usize,
    /// The chart kind's slug.
    pub chart: &'static str,
    /// The group-by field's slug, if any.
    pub group: Option<&'static str>,
    /// The search text.
    pub search: String,
    /// Dataset index of the selected figure, when the query names one that exists.
    pub selected: Option<usize>,
    /// Whether the chart must be drawn again (the selection, chart kind or grouping changed).
    pub redraw: bool,
}

impl StateView {
    /// As a `State` (types.rs).
    pub fn to_js(&self) -> JsValue {
        let problems: js_sys::Array = self.problems.iter().map(ProblemView::to_js).collect();
        Object::new()
            .set("query", self.query.as_str())
            .set("problems", problems)
            .set("indices", numbers(&self.indices))
            .number("total", self.total)
            .set("chart", self.chart)
            .text_or_null("group", self.group)
            .set("search", self.search.as_str())
            .number_or_null("selected", self.selected)
            .set("redraw", self.redraw)
            .build()
    }
}

/// One mark: what a tooltip, a focus ring and an announcement need.
pub struct MarkView {
    /// Index in the layout's marks.
    pub mark: usize,
    /// Dataset indices of the figures it stands for.
    pub figures: Vec<usize>,
    /// Bounding box, CSS px from the canvas's top left.
    pub bbox: Rect,
    /// One-line description (for the live region).
    pub description: String,
    /// Position in reading order (1-based) and how many marks there are.
    pub position: usize,
    /// Marks in the chart.
    pub of: usize,
    /// What the sign over the mark says ("quoted differently elsewhere"), if it has one.
    pub marker: Option<&'static str>,
}

impl MarkView {
    /// The view of mark `mark`, if the layout (drawn from `figures`) has it.
    pub fn of_layout(layout: &Layout, figures: &[Figure], mark: usize) -> Option<MarkView> {
        let m = layout.marks.get(mark)?;
        let position = *layout.reading_position.get(mark)?;
        Some(MarkView {
            mark,
            figures: m.figures.clone(),
            bbox: m.shape.bbox(),
            description: describe_mark(m, figures),
            position: position.saturating_add(1),
            of: layout.marks.len(),
            marker: m.marker.map(|marker| match marker {
                Marker::QuotedDifferently => QUOTED_DIFFERENTLY,
            }),
        })
    }

    /// As a `MarkView` (types.rs).
    pub fn to_js(&self) -> JsValue {
        Object::new()
            .number("mark", self.mark)
            .set("figures", numbers(&self.figures))
            .set("bbox", rect(&self.bbox))
            .set("description", self.description.as_str())
            .number("position", self.position)
            .number("of", self.of)
            .text_or_null("marker", self.marker)
            .build()
    }
}

/// What a drawn chart reports.
pub struct RenderView {
    /// Marks drawn.
    pub marks: usize,
    /// Backing-store width, device px.
    pub width_device_px: u32,
    /// Backing-store height, device px.
    pub height_device_px: u32,
    /// Width laid out, CSS px (the asked width, clamped).
    pub width_css_px: f64,
    /// Height laid out, CSS px (the asked height, clamped).
    pub height_css_px: f64,
    /// Ratio drawn at (the asked ratio, clamped to the backing store's limits).
    pub device_pixel_ratio: f64,
    /// Each size or ratio that was clamped, named with what was asked and what was drawn.
    pub notices: Vec<String>,
}

impl RenderView {
    /// As a `Rendered` (types.rs).
    pub fn to_js(&self) -> JsValue {
        Object::new()
            .number("marks", self.marks)
            .set("widthDevicePx", self.width_device_px)
            .set("heightDevicePx", self.height_device_px)
            .set("widthCssPx", self.width_css_px)
            .set("heightCssPx", self.height_css_px)
            .set("devicePixelRatio", self.device_pixel_ratio)
            .set("notices", texts(&self.notices))
            .build()
    }
}

/// One figure ready to show: the quote split round its words, its value in words, a citation.
pub struct FigureView {
    /// The quote before the figure's words.
    pub before: String,
    /// The figure's words (highlighted).
    pub words: String,
    /// The quote after them.
    pub after: String,
    /// The value, UK-formatted ("£1.2bn", "12,000", "36%"); a range as "a–b".
    pub value_text: String,
    /// A ready text citation.
    pub citation: String,
    /// The parliamentary form ("HC Deb 24 November 2022"), when the chamber is Parliament's.
    pub parliamentary: Option<String>,
}

impl FigureView {
    /// The view of `figure`. A figure whose offset misses its words shows the whole quote
    /// unhighlighted. The citation isolates the data's text (bidirectional controls in it stay
    /// inside) and ends with `dataset_note` for a dataset other than the built-in one.
    pub fn of(figure: &Figure, dataset_note: Option<&str>) -> FigureView {
        let (before, words, after) =
            figure
                .quote_parts()
                .unwrap_or((figure.quote.as_str(), "", ""));
        let low = format_value(figure.value, figure.unit);
        let value_text = match figure.value_high {
            Some(high) => format!("{low}–{}", format_value(high, figure.unit)),
            None => low,
        };
        FigureView {
            before: before.to_string(),
            words: words.to_string(),
            after: after.to_string(),
            value_text,
            parliamentary: parliamentary_citation(figure),
            citation: match dataset_note {
                Some(note) => format!("{} — {note}", isolated_citation(figure)),
                None => isolated_citation(figure),
            },
        }
    }
    /// As a `FigureView` (types.rs).
    pub fn to_js(&self) -> JsValue {
        Object::new()
            .set("before", self.before.as_str())
            .set("words", self.words.as_str())
            .set("after", self.after.as_str())
            .set("valueText", self.value_text.as_str())
            .set("citation", self.citation.as_str())
            .text_or_null("parliamentary", self.parliamentary.as_deref())
            .build()
    }
}

/// `rect` as a `Rect` (types.rs).
fn rect(rect: &Rect) -> JsValue {
    Object::new()
        .set("xCssPx", rect.x_css_px)
        .set("yCssPx", rect.y_css_px)
        .set("widthCssPx", rect.width_css_px)
        .set("heightCssPx", rect.height_css_px)
        .build()
}

/// `choice` as a `Choice` (types.rs).
fn choice(choice: &Choice) -> JsValue {
    Object::new()
        .set("value", choice.value.as_str())
        .set("label", choice.label.as_str())
        .number("count", choice.count)
        .build()
}

/// `choices` as `Choices` (types.rs): its keys are the Rust fields' names, `first_date` and
/// `last_date` included.
pub fn choices_to_js(choices: &Choices) -> JsValue {
    let list = |values: &[Choice]| values.iter().map(choice).collect::<js_sys::Array>();
    Object::new()
        .set("debates", list(&choices.debates))
        .set("speakers", list(&choices.speakers))
        .set("parties", list(&choices.parties))
        .set("topics", list(&choices.topics))
        .set("units", list(&choices.units))
        .set("claims", list(&choices.claims))
        .text_or_null("first_date", choices.first_date.as_deref())
        .text_or_null("last_date", choices.last_date.as_deref())
        .build()
}
