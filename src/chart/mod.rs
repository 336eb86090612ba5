//! Charts: spec → layout → draw, and hit-testing from the same layout.
//!
//! ```text
//! ChartSpec + figures + Selection + TextMetrics ──layout──▶ Layout ──draw──▶ any plotters backend
//!                                                              │              (canvas, SVG)
//!                                            pointer (CSS px) ─┴─hit──▶ Hit { mark, figures, bbox }
//! ```
//! Geometry is computed once, in CSS pixels, by `layout`; `draw` scales it by the device-pixel
//! ratio and paints only what the layout holds; `hit` searches an index built with the layout.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

mod draw;
mod error;
pub mod fit;
mod footprint;
pub mod geometry;
mod hit;
mod hit_index;
mod layout;
mod mark;
pub mod scale;
mod spec;
mod summary;
#[cfg(not(target_arch = "wasm32"))]
mod svg;
pub mod text;
pub mod theme;
pub mod ticks;
mod wording;

pub use draw::{Ring, draw, draw_rings};
pub use error::{ChartError, DrawError};
pub use geometry::{Point, Rect};
pub use hit::Hit;
pub use hit_index::{HIT_RADIUS_CSS_PX, MAX_HIT_RADIUS_CSS_PX, TOUCH_HIT_RADIUS_CSS_PX};
pub use layout::{Anchor, Label, Layout, LegendItem, Segment, Tone, layout};
pub use mark::{Description, Fill, Mark, Marker, OpenEnd, Shape};
pub use scale::{BandScale, LinearScale, LogScale, Scale};
pub use spec::{
    ChartSpec, MAX_SIDE_CSS_PX, MAX_TEXT_CSS_PX, MIN_HEIGHT_CSS_PX, MIN_TEXT_CSS_PX,
    MIN_WIDTH_CSS_PX, ScaleChoice,
};
pub use summary::summarise;
#[cfg(not(target_arch = "wasm32"))]
pub use svg::draw_svg;
pub use text::{ApproxTextMetrics, TextMetrics, truncate};
pub use theme::{Colour, PageColours, Theme, ThemeOverrides};
pub use ticks::{linear_ticks, log_ticks};
pub use wording::{describe_mark, qualified};
