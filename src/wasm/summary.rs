//! The last drawn view in one sentence, for the chart's accessible description and the PNG's alt
//! text.

use wasm_bindgen::prelude::*;

use super::handle::CitedStats;

#[wasm_bindgen]
impl CitedStats {
    /// The last drawn view in one sentence (`chart::summarise`): the chart's accessible
    /// description and the PNG's alt text; null before the first render. Worded when asked, not
    /// with every render, so a redraw of 100,000 figures does not count their speakers.
    pub fn summary(&self) -> Option<String> {
        let layout = self.layout.as_ref()?;
        let spec = crate::chart::ChartSpec::for_view(
            &self.query,
            layout.width_css_px,
            layout.height_css_px,
        );
        Some(crate::chart::summarise(&spec, layout, &self.figures))
    }
}
