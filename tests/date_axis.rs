//! The timeline's date axis: every view that shows dated figures names at least one date under
//! them, years are whole and named once, and tick labels never touch.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

mod support;

use cited_stats::chart::{ChartSpec, Label, Layout, Shape};
use cited_stats::dataset::Figure;
use cited_stats::query::ChartKind;
use cited_stats::transcript::Date;
use support::render::{figures, label_box, layout_for};

fn timeline(width_css_px: f64) -> ChartSpec {
    ChartSpec {
        kind: ChartKind::Timeline,
        width_css_px,
        height_css_px: 420.0,
        ..ChartSpec::default()
    }
}

/// The tick labels under the plot (not the axis title under them).
fn tick_labels(layout: &Layout) -> Vec<&Label> {
    let bottom = layout.plot.bottom();
    layout
        .labels
        .iter()
        .filter(|l| l.at.y_css_px > bottom && l.at.y_css_px < bottom + 1.5 * l.size_css_px)
        .collect()
}

fn texts(layout: &Layout) -> Vec<&str> {
    tick_labels(layout)
        .iter()
        .map(|l| l.text.as_str())
        .collect()
}

/// The labels that name a whole year.
fn years(layout: &Layout) -> Vec<u16> {
    texts(layout)
        .iter()
        .filter_map(|t| t.parse().ok())
        .collect()
}

fn assert_no_two_touch(layout: &Layout, what: &str) {
    let labels = tick_labels(layout);
    for (i, a) in labels.iter().enumerate() {
        for b in &labels[i + 1..] {
            let (ba, bb) = (label_box(a), label_box(b));
            assert!(
                ba.right() <= bb.x_css_px || bb.right() <= ba.x_css_px,
                "{what}: {:?} and {:?} touch",
                a.text,
                b.text
            );
        }
    }
}

/// Copies of a real figure, one per date.
fn dated(dates: &[String]) -> Vec<Figure> {
    let base = figures()[0].clone();
    dates
        .iter()
        .enumerate()
        .map(|(i, date)| Figure {
            id: format!("dated-{i:04}"),
            date: Some(date.clone()),
            ..base.clone()
        })
        .collect()
}

#[test]
fn one_debate_is_named_by_its_date_written_out() {
    let figures = figures();
    let mut debates: Vec<(&str, &str)> = figures
        .iter()
        .filter_map(|f| Some((f.debate_id.as_str(), f.date.as_deref()?)))
        .collect();
    debates.sort_unstable();
    debates.dedup();
    assert_eq!(debates.len(), 3, "the dataset's dated debates");
    for (slug, date) in debates {
        let written = Date::parse_iso(date).unwrap().written();
        for width in [960.0, 640.0, 390.0] {
            let layout = layout_for(&figures, &format!("debate={slug}"), &timeline(width));
            assert_eq!(texts(&layout), [written.as_str()], "{slug} at {width} px");
            // The date's label stands under the debate's dots.
            let label = tick_labels(&layout)[0].at.x_css_px;
            for mark in &layout.marks {
                let Shape::Circle { centre, .. } = mark.shape else {
                    panic!("a timeline mark is a circle");
                };
                assert!(
                    (centre.x_css_px - label).abs() < 40.0,
                    "{slug}: {centre:?} vs {label}"
                );
            }
        }
    }
    assert_eq!(
        Date::parse_iso("2016-10-20").unwrap().written(),
        "20 October 2016"
    );
}

#[test]
fn a_phone_wide_timeline_names_at_least_two_years() {
    let figures = figures();
    for query in ["", "q=foster", "topic=fostering", "unit=percent"] {
        for width in [360.0, 390.0, 480.0] {
            let layout = layout_for(&figures, query, &timeline(width));
            assert!(
                years(&layout).len() >= 2,
                "{query:?} at {width} px: {:?}",
                texts(&layout)
            );
            assert_no_two_touch(&layout, &format!("{query:?} at {width} px"));
        }
        // Narrower still, where two years' labels no longer fit: at least one date is named.
        let layout = layout_for(&figures, query, &timeline(300.0));
        assert!(
            texts(&layout).iter().any(|t| *t != "undated"),
            "{query:?} at 300 px: {:?}",
            texts(&layout)
        );
        assert_no_two_touch(&layout, &format!("{query:?} at 300 px"));
    }
}

#[test]
fn years_are_whole_and_each_named_once() {
    // Two dates a year and a half apart on a wide chart: about a dozen ticks are asked for, and
    // a step under a year would put 2016's tick (and grid line) in one place five times over.
    let figures = dated(&["2016-03-01".into(), "2017-09-01".into()]);
    for width in [960.0, 1600.0] {
        let layout = layout_for(&figures, "", &timeline(width));
        let years = years(&layout);
        assert!(years.len() >= 2, "{:?}", texts(&layout));
        assert!(years.windows(2).all(|w| w[0] < w[1]), "{years:?}");
        assert_eq!(years.len(), texts(&layout).len(), "{:?}", texts(&layout));
        assert_no_two_touch(&layout, &format!("{width} px"));
        // One grid line a year, none drawn twice over.
        let grid_lines = layout.lines.iter().filter(|l| l.grid).count();
        assert_eq!(grid_lines, years.len(), "{width} px: {years:?}");
    }
}

#[test]
fn one_date_in_midsummer_is_written_out_too() {
    // A date whose padded range holds two new years (2016 and 2017) is still written out.
    let figures = dated(&["2016-06-15".into(), "2016-06-15".into()]);
    for width in [960.0, 390.0] {
        let layout = layout_for(&figures, "", &timeline(width));
        assert_eq!(texts(&layout), ["15 June 2016"], "{width} px");
    }
}

#[test]
fn several_dates_within_a_year_are_named_by_the_first_and_last() {
    // Every day from September to December 2016: the range shown runs from January 2016 to
    // August 2017, so one new year (2017) falls in it, right of every dot; the first and the last
    // dates are written out instead, as many of the two as fit.
    let dates: Vec<String> = (9..=12)
        .flat_map(|month| (1..=31).filter_map(move |day| Date::new(2016, month, day)))
        .map(|date| date.to_string())
        .collect();
    assert_eq!(dates.len(), 122);
    let figures = dated(&dates);
    for (width, expected) in [
        (960.0, &["1 September 2016", "31 December 2016"][..]),
        (390.0, &["1 September 2016"][..]),
    ] {
        let layout = layout_for(&figures, "", &timeline(width));
        assert_eq!(texts(&layout), expected, "{width} px");
        let grid_lines = layout.lines.iter().filter(|l| l.grid).count();
        assert_eq!(grid_lines, expected.len(), "{width} px");
    }
}

#[test]
fn no_lone_year_stands_for_the_dates() {
    // Pairs of dates from a day to twelve years apart, at phone to desktop widths, with and
    // without an undated figure: two or more years, or dates of the figures written out.
    let firsts = ["2010-01-02", "2010-09-03", "2016-06-15", "2016-12-30"];
    let gaps_in_days = [1, 40, 200, 400, 800, 1500, 2600, 4400];
    for first in firsts {
        let start = Date::parse_iso(first).unwrap();
        for gap in gaps_in_days {
            let last = date_after(start, gap);
            for undated in [false, true] {
                let mut figures = dated(&[start.to_string(), last.to_string()]);
                if undated {
                    figures[1].date = None;
                    figures.push(Figure {
                        id: "dated-last".into(),
                        date: Some(last.to_string()),
                        ..figures[0].clone()
                    });
                }
                let written = [start.written(), last.written()];
                for width in [360.0, 390.0, 640.0, 960.0, 1600.0] {
                    let layout = layout_for(&figures, "", &timeline(width));
                    let what = format!("{start} and {last}, undated {undated}, {width} px");
                    let labels: Vec<&str> = texts(&layout)
                        .into_iter()
                        .filter(|t| *t != "undated")
                        .collect();
                    let years = years(&layout);
                    assert!(
                        years.len() >= 2
                            || (years.is_empty()
                                && !labels.is_empty()
                                && labels.iter().all(|t| written.iter().any(|w| w == t))),
                        "{what}: {labels:?}"
                    );
                    assert_no_two_touch(&layout, &what);
                }
            }
        }
    }
}

/// The date `days` after `date`, counted a day at a time.
fn date_after(date: Date, days: u32) -> Date {
    let mut at = date;
    for _ in 0..days {
        at = Date::new(at.year, at.month, at.day + 1)
            .or_else(|| Date::new(at.year, at.month + 1, 1))
            .or_else(|| Date::new(at.year + 1, 1, 1))
            .unwrap();
    }
    at
}
