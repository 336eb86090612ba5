//! Layout and hit-testing (`chart::layout`, `Layout::hit`, `next_mark`) on arbitrary selections,
//! sizes, options and text widths, over the built-in dataset with some figures' numbers, units,
//! qualifiers, dates, speakers and claims changed (kept only when `check_figures` accepts the result, as
//! the browser would).
//!
//! Properties: the layout is refused exactly when the spec is; every mark's, label's and line's
//! geometry is finite, and every mark stands for figures of the selection; every mark is hit at its centre, and the hit index gives,
//! there and at arbitrary points, the same mark as a search of every mark (nearest within the
//! radius, then smaller, then earlier), at the mouse's radius, a finger's, none, the widest and
//! any other (not a number or below 0 counts as 0, above the widest as the widest); the keyboard
//! order visits every mark once and wraps.
#![no_main]

use std::borrow::Cow;
use std::collections::BTreeSet;

use arbitrary::{Arbitrary, Result, Unstructured};
use cited_stats::chart::{
    ApproxTextMetrics, ChartSpec, HIT_RADIUS_CSS_PX, Layout, MAX_HIT_RADIUS_CSS_PX, Point,
    ScaleChoice, TOUCH_HIT_RADIUS_CSS_PX, TextMetrics, layout,
};
use cited_stats::dataset::{Figure, Topic, check_figures};
use cited_stats::number::{Qualifier, Unit};
use cited_stats::query::{ChartKind, GroupField, Selection};
use cited_stats_fuzz::figures;
use libfuzzer_sys::fuzz_target;

/// Text measured as the approximate metrics times a factor (a canvas's fonts differ).
struct Scaled(f64);

impl TextMetrics for Scaled {
    fn width_css_px(&self, text: &str, font_size_css_px: f64) -> f64 {
        ApproxTextMetrics.width_css_px(text, font_size_css_px) * self.0
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(case) = Case::read(&mut u) else {
        return;
    };
    let laid_out = layout(
        &case.spec,
        &case.figures,
        &case.selection,
        &Scaled(case.text_scale),
    );
    let layout = match (laid_out, case.spec.validate()) {
        (Ok(layout), Ok(())) => layout,
        (Err(_), Err(_)) => return,
        (laid_out, valid) => panic!("layout {:?} but spec {valid:?}", laid_out.map(|_| ())),
    };
    let edited: Vec<String> = case
        .figures
        .iter()
        .zip(figures())
        .enumerate()
        .filter(|(_, (f, base))| f != base)
        .map(|(i, (f, _))| {
            format!(
                "{i}: {} to {:?} {} {}",
                f.value, f.value_high, f.unit, f.qualifier
            )
        })
        .collect();
    let context = format!(
        "{:?}, text widths ×{}, selection {:?}, figures changed {edited:?}",
        case.spec, case.text_scale, case.selection.indices
    );
    for label in &layout.labels {
        let at = label.at;
        assert!(
            at.x_css_px.is_finite() && at.y_css_px.is_finite(),
            "{label:?} in {context}"
        );
    }
    for line in &layout.lines {
        let ends = [
            line.from.x_css_px,
            line.from.y_css_px,
            line.to.x_css_px,
            line.to.y_css_px,
        ];
        assert!(ends.iter().all(|v| v.is_finite()), "{line:?} in {context}");
    }
    let selected: BTreeSet<usize> = case.selection.indices.iter().copied().collect();
    for (i, mark) in layout.marks.iter().enumerate() {
        let b = mark.shape.bbox();
        for v in [b.x_css_px, b.y_css_px, b.width_css_px, b.height_css_px] {
            assert!(v.is_finite(), "mark {i}: {:?} in {context}", mark.shape);
        }
        assert!(
            mark.figures.iter().all(|f| selected.contains(f)),
            "mark {i} stands for {:?}, outside the selection",
            mark.figures
        );
        let c = mark.shape.centre();
        let hit = layout.hit(c.x_css_px, c.y_css_px).unwrap_or_else(|| {
            panic!(
                "mark {i} is not hit at its centre {c:?}: {:?} in {context}",
                mark.shape
            )
        });
        assert_eq!(
            Some(hit.mark),
            nearest(&layout, c, HIT_RADIUS_CSS_PX),
            "at the centre of mark {i} in {context}"
        );
        assert_eq!(hit.figures, layout.marks[hit.mark].figures);
    }
    while let Ok((point, radius)) = point(&mut u, &layout) {
        let found = layout.hit_mark(point.x_css_px, point.y_css_px, radius);
        assert_eq!(
            found,
            nearest(&layout, point, radius),
            "at {point:?} within {radius} in {context}"
        );
        if radius == HIT_RADIUS_CSS_PX {
            let hit = layout.hit(point.x_css_px, point.y_css_px).map(|h| h.mark);
            assert_eq!(hit, found, "hit and hit_mark at {point:?} in {context}");
        }
    }
    let n = layout.marks.len();
    let mut seen = vec![false; n];
    let mut current = None;
    for _ in 0..n {
        let next = layout.next_mark(current).expect("a next mark");
        assert!(
            !std::mem::replace(&mut seen[next], true),
            "mark {next} visited twice"
        );
        assert_eq!(
            layout.previous_mark(Some(next)),
            current.or(layout.previous_mark(None))
        );
        current = Some(next);
    }
    assert_eq!(layout.next_mark(current), layout.next_mark(None));
});

/// The mark a search of every mark finds at `p`: nearest within `radius` (not a number or below 0
/// counts as 0, above the widest as the widest), then smaller, then earlier.
fn nearest(layout: &Layout, p: Point, radius: f64) -> Option<usize> {
    let radius = if radius > 0.0 {
        radius.min(MAX_HIT_RADIUS_CSS_PX)
    } else {
        0.0
    };
    let mut best: Option<(f64, f64, usize)> = None;
    for (i, mark) in layout.marks.iter().enumerate() {
        let distance = mark.shape.distance_to(p);
        if distance > radius {
            continue;
        }
        let b = mark.shape.bbox();
        let key = (distance, b.width_css_px * b.height_css_px, i);
        if best.is_none_or(|best| key < best) {
            best = Some(key);
        }
    }
    best.map(|(_, _, i)| i)
}

/// A radius to hit within, and a point near a mark (within twice that radius, or the mouse's if
/// smaller, of its centre) or anywhere on the chart.
fn point(u: &mut Unstructured<'_>, layout: &Layout) -> Result<(Point, f64)> {
    if u.is_empty() {
        return Err(arbitrary::Error::NotEnoughData);
    }
    let radius = match u.int_in_range(0..=7u8)? {
        0 => f64::arbitrary(u)?,
        1 => 0.0,
        2 => 2.0 * MAX_HIT_RADIUS_CSS_PX,
        3 | 4 => TOUCH_HIT_RADIUS_CSS_PX,
        _ => HIT_RADIUS_CSS_PX,
    };
    let spread = 2.0
        * if radius > HIT_RADIUS_CSS_PX {
            radius.min(MAX_HIT_RADIUS_CSS_PX)
        } else {
            HIT_RADIUS_CSS_PX
        };
    let (x, y) = if !layout.marks.is_empty() && bool::arbitrary(u)? {
        let c = u.choose(&layout.marks)?.shape.centre();
        (c.x_css_px, c.y_css_px)
    } else {
        (0.0, 0.0)
    };
    let offset = |u: &mut Unstructured<'_>, size: f64| -> Result<f64> {
        Ok(f64::from(u.int_in_range(0..=1000u16)?) / 1000.0 * size)
    };
    if x == 0.0 && y == 0.0 {
        let anywhere = Point {
            x_css_px: offset(u, layout.width_css_px + 40.0)? - 20.0,
            y_css_px: offset(u, layout.height_css_px + 40.0)? - 20.0,
        };
        return Ok((anywhere, radius));
    }
    let near = Point {
        x_css_px: x + offset(u, 2.0 * spread)? - spread,
        y_css_px: y + offset(u, 2.0 * spread)? - spread,
    };
    Ok((near, radius))
}

struct Case {
    spec: ChartSpec,
    figures: Cow<'static, [Figure]>,
    selection: Selection,
    text_scale: f64,
}

impl Case {
    fn read(u: &mut Unstructured<'_>) -> Result<Case> {
        let spec = ChartSpec {
            kind: *u.choose(ChartKind::ALL)?,
            width_css_px: size(u, 160)?,
            height_css_px: size(u, 120)?,
            device_pixel_ratio: if u.ratio(1, 16)? {
                f64::arbitrary(u)?
            } else {
                f64::from(u.int_in_range(1..=32u8)?) / 8.0
            },
            lane_by: *u.choose(GroupField::ALL)?,
            group_by: *u.choose(GroupField::ALL)?,
            scale: *u.choose(&[ScaleChoice::Auto, ScaleChoice::Linear, ScaleChoice::Log])?,
            unit: if bool::arbitrary(u)? {
                Some(*u.choose(Unit::ALL)?)
            } else {
                None
            },
            text_size_css_px: if u.ratio(1, 16)? {
                f64::arbitrary(u)?
            } else {
                f64::from(u.int_in_range(8..=32u8)?)
            },
        };
        let text_scale = f64::from(u.int_in_range(0..=40u8)?) / 10.0;
        let figures = edited_figures(u)?;
        let total = figures.len();
        let indices = if bool::arbitrary(u)? {
            (0..total).collect()
        } else {
            let count = u.int_in_range(0..=total + 2)?;
            (0..count)
                .map(|_| u.int_in_range(0..=total + 2))
                .collect::<Result<Vec<usize>>>()?
        };
        Ok(Case {
            spec,
            figures,
            selection: Selection { indices, total },
            text_scale,
        })
    }
}

/// A size from the minimum to 2,400 CSS px with a fraction, or now and then any number at all.
fn size(u: &mut Unstructured<'_>, min: u16) -> Result<f64> {
    if u.ratio(1, 16)? {
        return f64::arbitrary(u);
    }
    Ok(f64::from(u.int_in_range(min..=2400)?) + f64::from(u.int_in_range(0..=7u8)?) / 8.0)
}

/// The built-in figures, with up to eight of them changed when the result is still a dataset
/// `check_figures` accepts.
fn edited_figures(u: &mut Unstructured<'_>) -> Result<Cow<'static, [Figure]>> {
    let base = figures();
    let edits = u.int_in_range(0..=8u8)?;
    if edits == 0 {
        return Ok(Cow::Borrowed(base));
    }
    let mut edited = base.to_vec();
    for _ in 0..edits {
        let f = u.choose_index(edited.len())?;
        // Another figure's claim and unit, for edit 6 (a figure joins that claim).
        let other = &base[u.choose_index(base.len())?];
        let (other_claim, other_unit) = (other.claim.clone(), other.unit);
        let f = &mut edited[f];
        match u.int_in_range(0..=6u8)? {
            0 => f.value = f64::arbitrary(u)?,
            1 => {
                f.qualifier = Qualifier::Range;
                f.value_high = Some(f64::arbitrary(u)?);
            }
            2 => {
                f.qualifier = *u.choose(Qualifier::ALL)?;
                if f.qualifier != Qualifier::Range {
                    f.value_high = None;
                }
            }
            3 => f.unit = *u.choose(Unit::ALL)?,
            4 => {
                f.date = if bool::arbitrary(u)? {
                    let (y, m, d) = (
                        u.int_in_range(0..=9999u16)?,
                        u.int_in_range(1..=12u8)?,
                        u.int_in_range(1..=28u8)?,
                    );
                    Some(format!("{y:04}-{m:02}-{d:02}"))
                } else {
                    None
                }
            }
            6 => {
                f.claim = other_claim;
                f.unit = other_unit;
            }
            _ => {
                f.speaker = String::arbitrary(u)?;
                f.topic = *u.choose(Topic::ALL)?;
                f.cited_source = Option::<String>::arbitrary(u)?;
            }
        }
    }
    Ok(if check_figures("fuzz", &edited).is_empty() {
        Cow::Owned(edited)
    } else {
        Cow::Borrowed(base)
    })
}
