//! The one handle JS holds: a validated dataset, the current query and selection, and the last
//! layout (so hover, keyboard and rings use exactly the geometry that was drawn).

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::chart::fit::fit;
use crate::chart::{ChartSpec, Layout, Ring, ScaleChoice, Theme, draw, draw_rings, layout};
use crate::claims::Claims;
use crate::dataset::{Figure, dataset_note, source_line, to_csv_of};
use crate::query::{
    Query, Selection, choices, from_query_string_lenient, remove_unknown_values, select,
    to_query_string,
};

use super::canvas::{clear, context_2d, drawing_area, size_backing_store};
use super::convert::js_error;
use super::messages;
use super::metrics::CanvasTextMetrics;
use super::types::RenderOptions;
use super::views::{FigureView, MarkView, ProblemView, RenderView, StateView, choices_to_js};

/// A dataset being explored: build one per widget (they share the module, never state).
#[wasm_bindgen]
pub struct CitedStats {
    pub(super) figures: Vec<Figure>,
    pub(super) query: Query,
    pub(super) selection: Selection,
    pub(super) layout: Option<Layout>,
    pub(super) theme: Theme,
    /// Where the figures came from (a URL or how the page gave them), named in messages and, for
    /// any dataset but the built-in one, in the card, the citation and the PNG's source line.
    pub(super) source: String,
    pub(super) built_in: bool,
    /// True while the figures lack their detail fields (the built-in dataset's first part, until
    /// `addDetails`): cards, CSV and searches of the quotes wait for them.
    pub(super) details_pending: bool,
    /// The dataset's claims: which figures state the same quantity, and which disagree.
    pub(super) claims: Claims,
}

impl CitedStats {
    /// A handle over checked `figures` from `source`, selecting all of them.
    pub(super) fn over(figures: Vec<Figure>, source: &str, details_pending: bool) -> CitedStats {
        let selection = select(&Query::default(), &figures);
        let claims = Claims::new(&figures);
        CitedStats {
            claims,
            figures,
            query: Query::default(),
            selection,
            layout: None,
            theme: Theme::light(),
            source: source.to_string(),
            built_in: false,
            details_pending,
        }
    }

    /// Refuses what needs the figures' details while they have not arrived, naming `what`.
    pub(super) fn need_details(&self, what: &str) -> Result<(), JsError> {
        if self.details_pending {
            Err(js_error(messages::needs_details(what)))
        } else {
            Ok(())
        }
    }
}

#[wasm_bindgen]
impl CitedStats {
    /// Validates `figures` (an array of objects in the dataset schema) read from `source` (a
    /// file name or URL, used in messages). Throws an `Error` listing every bad record by number,
    /// id and field.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "Figure[]")] figures: JsValue,
        source: &str,
    ) -> Result<CitedStats, JsError> {
        let figures = super::types::read_dataset(figures, source, false)?;
        Ok(CitedStats::over(figures, source, false))
    }

    /// Says these are the built-in dataset's figures (the page's loader knows its URL); until
    /// then the card, the citation and the PNG name the dataset's source.
    #[wasm_bindgen(js_name = markBuiltIn)]
    pub fn mark_built_in(&mut self) {
        self.built_in = true;
    }

    /// The line under an exported PNG: which dataset the figures come from, and `view` (a link
    /// to the view in the explorer) when given.
    #[wasm_bindgen(js_name = sourceLine)]
    pub fn source_line(&self, view: Option<String>) -> String {
        source_line(self.given(), view.as_deref())
    }

    /// For a dataset other than the built-in one, what the card says about where it comes from.
    #[wasm_bindgen(js_name = datasetNote)]
    pub fn dataset_note(&self) -> Option<String> {
        self.given().map(dataset_note)
    }

    fn given(&self) -> Option<&str> {
        (!self.built_in).then_some(self.source.as_str())
    }

    /// How many figures the dataset holds.
    #[wasm_bindgen(getter)]
    pub fn total(&self) -> usize {
        self.figures.len()
    }

    /// What each filter can be set to, with counts.
    #[wasm_bindgen(unchecked_return_type = "Choices")]
    pub fn choices(&self) -> Result<JsValue, JsError> {
        Ok(choices_to_js(&choices(&self.figures)))
    }

    /// Applies a URL query string (the explorer's URL, or an embed's attributes written as one).
    /// Bad parameters and values are reported, never thrown; the rest of the query applies.
    #[wasm_bindgen(js_name = setQuery, unchecked_return_type = "State")]
    pub fn set_query(&mut self, query_string: &str) -> Result<JsValue, JsError> {
        let (mut query, mut errors) = from_query_string_lenient(query_string);
        errors.extend(remove_unknown_values(&mut query, &self.figures));
        let selection = select(&query, &self.figures);
        let same_chart = selection == self.selection
            && query.chart == self.query.chart
            && query.group_by == self.query.group_by;
        if !same_chart {
            self.layout = None;
        }
        self.selection = selection;
        self.query = query;
        let selected = self
            .query
            .selected_figure
            .as_ref()
            .and_then(|id| self.figures.iter().position(|f| &f.id == id));
        Ok(StateView {
            query: to_query_string(&self.query),
            problems: errors.iter().map(ProblemView::from).collect(),
            indices: self.selection.indices.clone(),
            total: self.selection.total,
            chart: self.query.chart.slug(),
            group: self.query.group_by.map(|g| g.slug()),
            search: self.query.search.clone(),
            selected,
            redraw: !same_chart,
        }
        .to_js())
    }

    /// Lays out the current selection and draws it on `canvas`, whose backing store is set to
    /// the CSS size × device-pixel ratio. A size or ratio out of bounds is clamped (each clamp is
    /// named in `notices`); one that is not a number, or absurd, throws, naming the option.
    #[wasm_bindgen(unchecked_return_type = "Rendered")]
    pub fn render(
        &mut self,
        canvas: &HtmlCanvasElement,
        #[wasm_bindgen(unchecked_param_type = "RenderOptions")] options: JsValue,
    ) -> Result<JsValue, JsError> {
        let options = RenderOptions::read(&options)?;
        let theme = options.theme()?;
        let fitted = fit(
            options.width_css_px,
            options.height_css_px,
            options.device_pixel_ratio,
        )
        .map_err(js_error)?;
        let spec = ChartSpec {
            device_pixel_ratio: fitted.device_pixel_ratio,
            scale: options.scale.unwrap_or(ScaleChoice::Auto),
            text_size_css_px: options
                .text_size_css_px
                .unwrap_or(crate::chart::MIN_TEXT_CSS_PX),
            ..ChartSpec::for_view(&self.query, fitted.width_css_px, fitted.height_css_px)
        };
        spec.validate().map_err(js_error)?;
        let context = context_2d(canvas)?;
        let metrics = CanvasTextMetrics::new(&context, &theme.font_family);
        let laid_out = layout(&spec, &self.figures, &self.selection, &metrics).map_err(js_error)?;
        size_backing_store(
            canvas,
            spec.width_css_px,
            spec.height_css_px,
            spec.device_pixel_ratio,
        );
        let area = drawing_area(canvas)?;
        draw(&laid_out, &area, &theme).map_err(js_error)?;
        let view = RenderView {
            marks: laid_out.marks.len(),
            width_device_px: canvas.width(),
            height_device_px: canvas.height(),
            width_css_px: spec.width_css_px,
            height_css_px: spec.height_css_px,
            device_pixel_ratio: spec.device_pixel_ratio,
            notices: fitted.notices,
        };
        self.layout = Some(laid_out);
        self.theme = theme;
        Ok(view.to_js())
    }

    /// Redraws the overlay: sized like the chart, cleared, then a thin ring round `hover` and a
    /// thick one round `focus` (mark indices; either may be absent).
    #[wasm_bindgen(js_name = drawRings)]
    pub fn draw_rings(
        &self,
        overlay: &HtmlCanvasElement,
        hover: Option<usize>,
        focus: Option<usize>,
    ) -> Result<(), JsError> {
        let Some(laid_out) = &self.layout else {
            return clear(overlay);
        };
        size_backing_store(
            overlay,
            laid_out.width_css_px,
            laid_out.height_css_px,
            laid_out.device_pixel_ratio,
        );
        clear(overlay)?;
        let mut rings = Vec::new();
        rings.extend(
            hover
                .filter(|&h| Some(h) != focus)
                .map(|h| (h, Ring::Hover)),
        );
        rings.extend(focus.map(|f| (f, Ring::Focus)));
        let area = drawing_area(overlay)?;
        draw_rings(laid_out, &area, &self.theme, &rings).map_err(js_error)
    }

    /// The mark under a point given in CSS px from the canvas's top left, if any; with `touch`,
    /// within a finger's reach of it (`TOUCH_HIT_RADIUS_CSS_PX`) rather than a mouse's.
    #[wasm_bindgen(unchecked_return_type = "MarkView | null")]
    pub fn hit(
        &self,
        x_css_px: f64,
        y_css_px: f64,
        touch: Option<bool>,
    ) -> Result<JsValue, JsError> {
        let radius = if touch == Some(true) {
            crate::chart::TOUCH_HIT_RADIUS_CSS_PX
        } else {
            crate::chart::HIT_RADIUS_CSS_PX
        };
        let found = self.layout.as_ref().and_then(|l| {
            l.hit_mark(x_css_px, y_css_px, radius)
                .and_then(|m| MarkView::of_layout(l, &self.figures, m))
        });
        Ok(found.map_or(JsValue::NULL, |m| m.to_js()))
    }

    /// Mark `mark` of the last drawn chart, if it exists.
    #[wasm_bindgen(js_name = markView, unchecked_return_type = "MarkView | null")]
    pub fn mark_view(&self, mark: usize) -> Result<JsValue, JsError> {
        Ok(self
            .layout
            .as_ref()
            .and_then(|l| MarkView::of_layout(l, &self.figures, mark))
            .map_or(JsValue::NULL, |m| m.to_js()))
    }

    /// Every mark of the last drawn chart, in reading order (empty before the first render).
    #[wasm_bindgen(unchecked_return_type = "MarkView[]")]
    pub fn marks(&self) -> Result<JsValue, JsError> {
        let views: js_sys::Array = self
            .layout
            .as_ref()
            .map(|l| {
                l.reading_order
                    .iter()
                    .filter_map(|&m| MarkView::of_layout(l, &self.figures, m))
                    .map(|m| m.to_js())
                    .collect()
            })
            .unwrap_or_default();
        Ok(views.into())
    }

    /// The mark after `current` in reading order (the first when `current` is absent); wraps.
    #[wasm_bindgen(js_name = nextMark)]
    pub fn next_mark(&self, current: Option<usize>) -> Option<usize> {
        self.layout.as_ref().and_then(|l| l.next_mark(current))
    }

    /// The mark before `current` in reading order (the last when `current` is absent); wraps.
    #[wasm_bindgen(js_name = previousMark)]
    pub fn previous_mark(&self, current: Option<usize>) -> Option<usize> {
        self.layout.as_ref().and_then(|l| l.previous_mark(current))
    }

    /// The mark that stands for dataset figure `figure` in the last drawn chart, if one does.
    #[wasm_bindgen(js_name = markOfFigure)]
    pub fn mark_of_figure(&self, figure: usize) -> Option<usize> {
        self.layout
            .as_ref()
            .and_then(|l| l.marks.iter().position(|m| m.figures.contains(&figure)))
    }

    /// Figure `index` ready to show (quote split round its words, value text, citation).
    #[wasm_bindgen(js_name = figureView, unchecked_return_type = "FigureView")]
    pub fn figure_view(&self, index: usize) -> Result<JsValue, JsError> {
        self.need_details("figureView")?;
        let figure = self
            .figures
            .get(index)
            .ok_or_else(|| js_error(messages::figure_out_of_range(index, self.figures.len())))?;
        Ok(FigureView::of(figure, self.dataset_note().as_deref()).to_js())
    }

    /// The figures at `indices` as CSV with every provenance column (the same as the CLI's export).
    pub fn csv(&self, indices: Vec<usize>) -> Result<String, JsError> {
        self.need_details("csv")?;
        Ok(to_csv_of(&self.figures, indices))
    }
}
