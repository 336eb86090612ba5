//! Charts, drawn from a layout computed once in Rust. This module holds the pieces every chart
//! kind stands on: geometry in CSS pixels, scales with their inverses, nice ticks, injected text
//! measurement, and the light and dark themes.

pub mod geometry;
pub mod scale;
pub mod text;
pub mod theme;
pub mod ticks;

pub use geometry::{Point, Rect};
pub use scale::{BandScale, LinearScale, LogScale, Scale};
pub use text::{ApproxTextMetrics, TextMetrics, truncate};
pub use theme::{Colour, Theme};
pub use ticks::{linear_ticks, log_ticks};
