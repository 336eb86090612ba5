//! The patched plotters SVG backend (`vendor/plotters-svg`, see its PATCHED.md) writes circles and
//! rectangles byte for byte as the published crate does: each expected element below is built
//! with the crate's own formatting (`format!("{}")` for numbers, `#{:02X}{:02X}{:02X}` for
//! colours), over coordinates from the extremes of `i32` to zero, every colour channel's edge
//! values, alphas other than 1 and both fills.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use plotters::prelude::{DrawingBackend, RGBAColor, SVGBackend, ShapeStyle};

const COORDINATES: [i32; 9] = [i32::MIN, -1_000_000, -1, 0, 1, 9, 10, 959, i32::MAX];
const COLOURS: [(u8, u8, u8, f64); 5] = [
    (0, 0, 0, 1.0),
    (255, 255, 255, 1.0),
    (15, 16, 160, 1.0),
    (1, 154, 222, 0.5),
    (171, 205, 239, 0.125),
];

/// A colour as the published crate writes it.
fn colour(rgb: (u8, u8, u8)) -> String {
    format!("#{:02X}{:02X}{:02X}", rgb.0, rgb.1, rgb.2)
}

/// The document `draw` writes on a fresh backend, without its opening `<svg …>` line.
fn drawn(draw: impl FnOnce(&mut SVGBackend)) -> String {
    let mut out = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut out, (960, 600));
        draw(&mut backend);
        backend.present().unwrap();
    }
    let body = out.split_once(">\n").expect("an opening tag").1;
    body.strip_suffix("</svg>\n")
        .expect("a closing tag")
        .to_string()
}

fn style((r, g, b, alpha): (u8, u8, u8, f64), filled: bool, width: u32) -> ShapeStyle {
    ShapeStyle {
        color: RGBAColor(r, g, b, alpha),
        filled,
        stroke_width: width,
    }
}

#[test]
fn circles_are_written_as_the_published_crate_writes_them() {
    for &(r, g, b, alpha) in &COLOURS {
        for filled in [true, false] {
            for (i, &x) in COORDINATES.iter().enumerate() {
                let y = COORDINATES[COORDINATES.len() - 1 - i];
                let radius = [0, 3, 4_294_967_295][i % 3];
                let width = [1, 2, 4_294_967_295][(i + 1) % 3];
                let shape = style((r, g, b, alpha), filled, width);
                let written = drawn(|backend| {
                    backend.draw_circle((x, y), radius, &shape, filled).unwrap();
                });
                let (stroke, fill) = if filled {
                    ("none".to_string(), colour((r, g, b)))
                } else {
                    (colour((r, g, b)), "none".to_string())
                };
                let expected = format!(
                    "<circle cx=\"{x}\" cy=\"{y}\" r=\"{radius}\" opacity=\"{alpha}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{width}\"/>\n"
                );
                assert_eq!(written, expected);
            }
        }
    }
}

#[test]
fn rectangles_are_written_as_the_published_crate_writes_them() {
    for &(r, g, b, alpha) in &COLOURS {
        for filled in [true, false] {
            for (i, &x) in COORDINATES.iter().enumerate() {
                let y = COORDINATES[(i + 4) % COORDINATES.len()];
                // Corners whose differences fit in an i32, as the crate's own subtraction needs.
                let (right, bottom) = (x.saturating_add(37), y.saturating_add(1));
                let shape = style((r, g, b, alpha), filled, 1);
                let written = drawn(|backend| {
                    backend
                        .draw_rect((x, y), (right, bottom), &shape, filled)
                        .unwrap();
                });
                let (fill, stroke) = if filled {
                    (colour((r, g, b)), "none".to_string())
                } else {
                    ("none".to_string(), colour((r, g, b)))
                };
                let expected = format!(
                    "<rect x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{}\" opacity=\"{alpha}\" fill=\"{fill}\" stroke=\"{stroke}\"/>\n",
                    right - x,
                    bottom - y
                );
                assert_eq!(written, expected);
            }
        }
    }
}

#[test]
fn a_transparent_shape_writes_nothing() {
    let clear = style((1, 2, 3, 0.0), true, 1);
    let written = drawn(|backend| {
        backend.draw_circle((5, 5), 3, &clear, true).unwrap();
        backend.draw_rect((5, 5), (9, 9), &clear, false).unwrap();
    });
    assert_eq!(written, "");
}
