//! Painting a [`Layout`] on any plotters backend: a canvas in the browser, SVG in tests and for the
//! static fallback. Nothing is computed here but the CSS px → device px conversion; every position
//! comes from the layout. A mark whose pixels a later mark paints exactly again is left to the later
//! one (`footprint.rs`).

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::DrawError;
use super::footprint::{device_length, device_point, marks_to_draw};
use super::geometry::Point;
use super::layout::{Anchor, Layout, Tone};
use super::mark::{Fill, Mark, Marker, OpenEnd, Shape, interval_strokes};
use super::theme::{Colour, Theme};

/// Draws the layout onto `area`, whose size in device pixels should be the layout's CSS size
/// times its device-pixel ratio.
pub fn draw<DB: DrawingBackend>(
    layout: &Layout,
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
) -> Result<(), DrawError> {
    let painter = Painter {
        area,
        dpr: layout.device_pixel_ratio,
        theme,
    };
    painter.run(layout).map_err(|e| DrawError(e.to_string()))
}

/// Why a ring is drawn round a mark on the overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ring {
    /// The pointer is over the mark: a thin ring.
    Hover,
    /// The mark has keyboard focus or is selected: a thick ring, visible on either theme.
    Focus,
}

/// Draws rings round marks of `layout` onto a transparent overlay of the same size, so the chart
/// itself need not be redrawn when the pointer or focus moves. Mark indices out of range are skipped.
pub fn draw_rings<DB: DrawingBackend>(
    layout: &Layout,
    area: &DrawingArea<DB, Shift>,
    theme: &Theme,
    rings: &[(usize, Ring)],
) -> Result<(), DrawError> {
    let painter = Painter {
        area,
        dpr: layout.device_pixel_ratio,
        theme,
    };
    rings
        .iter()
        .filter_map(|&(mark, ring)| layout.marks.get(mark).map(|m| (m, ring)))
        .try_for_each(|(mark, ring)| painter.ring(mark, ring))
        .map_err(|e| DrawError(e.to_string()))
}

type Outcome<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

struct Painter<'a, DB: DrawingBackend> {
    area: &'a DrawingArea<DB, Shift>,
    dpr: f64,
    theme: &'a Theme,
}

fn rgb(c: Colour) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

impl<DB: DrawingBackend> Painter<'_, DB> {
    /// CSS px → device px (the one conversion, [`device_point`], which the footprints share).
    fn device(&self, x_css_px: f64, y_css_px: f64) -> (i32, i32) {
        device_point(x_css_px, y_css_px, self.dpr)
    }

    fn px(&self, css_px: f64) -> u32 {
        device_length(css_px, self.dpr)
    }

    fn run(&self, layout: &Layout) -> Outcome<DB> {
        self.area.fill(&rgb(self.theme.background))?;
        for line in layout.lines.iter().filter(|l| l.grid) {
            self.line(
                line.from.x_css_px,
                line.from.y_css_px,
                line.to.x_css_px,
                line.to.y_css_px,
                self.theme.grid,
                1.0,
            )?;
        }
        for line in layout.lines.iter().filter(|l| !l.grid) {
            self.line(
                line.from.x_css_px,
                line.from.y_css_px,
                line.to.x_css_px,
                line.to.y_css_px,
                self.theme.axis,
                1.0,
            )?;
        }
        for mark in marks_to_draw(&layout.marks, self.dpr) {
            self.mark(mark)?;
        }
        for item in &layout.legend {
            match item.marker {
                Some(marker) => self.marker(marker, item.swatch.centre())?,
                None => {
                    let swatch = Shape::Bar { rect: item.swatch };
                    self.shape(&swatch, self.theme.series(item.series), item.fill)?;
                }
            }
        }
        for label in layout
            .labels
            .iter()
            .chain(layout.legend.iter().map(|i| &i.label))
        {
            let colour = match label.tone {
                Tone::Normal => self.theme.text,
                Tone::Muted => self.theme.muted,
            };
            let h = match label.anchor {
                Anchor::Start => HPos::Left,
                Anchor::Middle => HPos::Center,
                Anchor::End => HPos::Right,
            };
            // The family is named as it is: plotters' `From<&str>` would lower-case it through
            // the full Unicode tables only to tell "serif" from the rest.
            let font = FontDesc::new(
                FontFamily::Name(&self.theme.font_family),
                label.size_css_px * self.dpr,
                FontStyle::Normal,
            )
            .color(&rgb(colour))
            .pos(Pos::new(h, VPos::Center));
            self.area.draw(&Text::new(
                label.text.clone(),
                self.device(label.at.x_css_px, label.at.y_css_px),
                font,
            ))?;
        }
        Ok(())
    }

    fn ring(&self, mark: &Mark, ring: Ring) -> Outcome<DB> {
        let (gap, width, colour) = match ring {
            Ring::Hover => (2.0, 1.5, self.theme.muted),
            Ring::Focus => (3.0, 2.5, self.theme.text),
        };
        let b = mark.shape.bbox();
        let corners = [
            self.device(b.x_css_px - gap, b.y_css_px - gap),
            self.device(b.right() + gap, b.bottom() + gap),
        ];
        let style = ShapeStyle::from(&rgb(colour)).stroke_width(self.px(width));
        self.area.draw(&Rectangle::new(corners, style))
    }

    fn line(
        &self,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        colour: Colour,
        width_css_px: f64,
    ) -> Outcome<DB> {
        let style = ShapeStyle::from(&rgb(colour)).stroke_width(self.px(width_css_px));
        self.area.draw(&PathElement::new(
            vec![self.device(x0, y0), self.device(x1, y1)],
            style,
        ))
    }

    /// One stroke from `ends.0` to `ends.1`, CSS px.
    fn stroke(&self, ends: (Point, Point), colour: Colour, width_css_px: f64) -> Outcome<DB> {
        let (a, b) = ends;
        self.line(
            a.x_css_px,
            a.y_css_px,
            b.x_css_px,
            b.y_css_px,
            colour,
            width_css_px,
        )
    }

    /// A diamond in the text colour, ringed in the background's, over `at`: it reads on any
    /// mark and in either theme.
    fn marker(&self, marker: Marker, at: Point) -> Outcome<DB> {
        match marker {
            Marker::QuotedDifferently => {
                let diamond = |r: f64| {
                    vec![
                        self.device(at.x_css_px, at.y_css_px - r),
                        self.device(at.x_css_px + r, at.y_css_px),
                        self.device(at.x_css_px, at.y_css_px + r),
                        self.device(at.x_css_px - r, at.y_css_px),
                    ]
                };
                let ring = ShapeStyle::from(&rgb(self.theme.background)).filled();
                let inside = ShapeStyle::from(&rgb(self.theme.text)).filled();
                self.area.draw(&Polygon::new(diamond(6.0), ring))?;
                self.area.draw(&Polygon::new(diamond(4.5), inside))
            }
        }
    }

    fn mark(&self, mark: &Mark) -> Outcome<DB> {
        let colour = self.theme.series(mark.series);
        self.shape(&mark.shape, colour, mark.fill)?;
        if let Some(marker) = mark.marker {
            self.marker(marker, mark.shape.centre())?;
        }
        let bbox = mark.shape.bbox();
        let (right, middle) = (bbox.right(), bbox.y_css_px + bbox.height_css_px / 2.0);
        let size = (bbox.height_css_px / 2.0).clamp(2.0, 5.0);
        match mark.open_end {
            // An arrowhead past the end: the true value lies beyond it.
            Some(OpenEnd::Beyond) => {
                let points = vec![
                    self.device(right + 1.0, middle - size),
                    self.device(right + 1.0 + size * 1.4, middle),
                    self.device(right + 1.0, middle + size),
                ];
                self.area.draw(&Polygon::new(
                    points,
                    ShapeStyle::from(&rgb(colour)).filled(),
                ))
            }
            // A bracket at the end: the true value is at or below it.
            Some(OpenEnd::Within) => {
                self.line(
                    right + 2.0,
                    middle - size - 1.0,
                    right + 2.0,
                    middle + size + 1.0,
                    self.theme.text,
                    1.5,
                )?;
                self.line(
                    right + 2.0,
                    middle - size - 1.0,
                    right - 1.0,
                    middle - size - 1.0,
                    self.theme.text,
                    1.5,
                )?;
                self.line(
                    right + 2.0,
                    middle + size + 1.0,
                    right - 1.0,
                    middle + size + 1.0,
                    self.theme.text,
                    1.5,
                )
            }
            None => Ok(()),
        }
    }

    fn shape(&self, shape: &Shape, colour: Colour, fill: Fill) -> Outcome<DB> {
        let solid = ShapeStyle::from(&rgb(colour)).filled();
        let inside = ShapeStyle::from(&rgb(self.theme.background)).filled();
        let outline = ShapeStyle::from(&rgb(colour)).stroke_width(self.px(1.5));
        match *shape {
            Shape::Circle {
                centre,
                radius_css_px,
            } => {
                let at = self.device(centre.x_css_px, centre.y_css_px);
                let r = self.px(radius_css_px);
                match fill {
                    Fill::Solid => self.area.draw(&Circle::new(at, r, solid)),
                    Fill::Outline => {
                        self.area.draw(&Circle::new(at, r, inside))?;
                        self.area.draw(&Circle::new(at, r, outline))
                    }
                }
            }
            Shape::Bar { rect } => {
                let corners = [
                    self.device(rect.x_css_px, rect.y_css_px),
                    self.device(rect.right(), rect.bottom()),
                ];
                match fill {
                    Fill::Solid => self.area.draw(&Rectangle::new(corners, solid)),
                    Fill::Outline => {
                        self.area.draw(&Rectangle::new(corners, inside))?;
                        self.area.draw(&Rectangle::new(corners, outline))
                    }
                }
            }
            Shape::Interval {
                from,
                to,
                cap_css_px,
            } => {
                let width = if fill == Fill::Solid { 3.0 } else { 1.5 };
                let [bar, start, end] = interval_strokes(from, to, cap_css_px);
                self.stroke(bar, colour, width)?;
                self.stroke(start, colour, 2.0)?;
                self.stroke(end, colour, 2.0)
            }
        }
    }
}
