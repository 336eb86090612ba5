//! Engine benchmark: prints timings (median of several runs) for query + layout + draw to SVG on
//! the real dataset and on 1,000 / 10,000 / 100,000 synthetic figures, hit-test time per call,
//! and keyboard-next time per call. A command that prints figures, not a test:
//!
//! ```sh
//! cargo bench --bench engine
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::hint::black_box;
use std::time::{Duration, Instant};

use cited_stats::chart::{ApproxTextMetrics, ChartSpec, Theme, draw, layout};
use cited_stats::dataset::{Figure, Topic, embedded_figures};
use cited_stats::number::{Qualifier, Unit};
use cited_stats::query::{ChartKind, Query, Selection, from_query_string, select};
use plotters::prelude::*;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn ms(d: Duration) -> String {
    format!("{:9.3} ms", d.as_secs_f64() * 1e3)
}

fn synthetic(base: &Figure, n: usize) -> Vec<Figure> {
    let dates = ["2009-03-12", "2016-10-20", "2022-11-24"];
    (0..n)
        .map(|i| {
            let mut f = base.clone();
            f.id = format!("synthetic-{i:06}");
            f.value = ((i * 7919) % 100_000) as f64 * 1.7 + 1.0;
            f.value_high = None;
            f.qualifier = Qualifier::Exact;
            f.unit = if i % 3 == 0 {
                Unit::Percent
            } else {
                Unit::Count
            };
            f.date = Some(dates[i % 3].to_string());
            f.topic = Topic::ALL[i % Topic::ALL.len()];
            f.speaker = format!("Speaker {}", i % 40);
            f
        })
        .collect()
}

fn render(figures: &[Figure], selection: &Selection, spec: &ChartSpec) -> usize {
    let l = layout(spec, figures, selection, &ApproxTextMetrics).expect("layout");
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(
            &mut out,
            (spec.width_css_px as u32, spec.height_css_px as u32),
        )
        .into_drawing_area();
        draw(&l, &area, &Theme::light()).expect("draw");
        area.present().expect("present");
    }
    out.len()
}

fn main() {
    let real = embedded_figures().expect("embedded dataset");
    let spec = |kind| ChartSpec {
        kind,
        width_css_px: 960.0,
        height_css_px: 600.0,
        ..ChartSpec::default()
    };
    let kinds = [
        ChartKind::Timeline,
        ChartKind::ValueBars,
        ChartKind::Counts,
        ChartKind::PercentDots,
    ];
    println!("cited-stats engine benchmark (median of runs; native, release)");
    println!(
        "{:<44} {:>12} {:>12} {:>12}",
        "case", "query", "layout", "layout+draw SVG"
    );
    let query = from_query_string("q=foster").expect("query");
    for kind in kinds {
        let s = spec(kind);
        let q = time(50, || select(&query, &real));
        let all = select(&Query::default(), &real);
        let l = time(50, || layout(&s, &real, &all, &ApproxTextMetrics));
        let d = time(50, || render(&real, &all, &s));
        println!(
            "{:<44} {} {} {}",
            format!("real dataset ({} figures), {kind:?}", real.len()),
            ms(q),
            ms(l),
            ms(d)
        );
    }
    for n in [1_000, 10_000, 100_000] {
        let many = synthetic(&real[0], n);
        let all = Selection {
            indices: (0..n).collect(),
            total: n,
        };
        for kind in kinds {
            let s = spec(kind);
            let runs = if n >= 100_000 { 5 } else { 15 };
            let q = time(runs, || select(&Query::default(), &many));
            let l = time(runs, || layout(&s, &many, &all, &ApproxTextMetrics));
            let d = time(runs, || render(&many, &all, &s));
            println!(
                "{:<44} {} {} {}",
                format!("{n} synthetic, {kind:?}"),
                ms(q),
                ms(l),
                ms(d)
            );
        }
        let s = spec(ChartKind::Timeline);
        let l = layout(&s, &many, &all, &ApproxTextMetrics).expect("layout");
        let calls = 100_000;
        let mut state = 12345u64;
        let points: Vec<(f64, f64)> = (0..calls)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                ((state >> 33) as f64 % 960.0, (state >> 13) as f64 % 600.0)
            })
            .collect();
        let start = Instant::now();
        let mut hits = 0;
        for &(x, y) in &points {
            hits += usize::from(l.hit(x, y).is_some());
        }
        let per_hit = start.elapsed() / calls as u32;
        let start = Instant::now();
        let mut current = None;
        for _ in 0..calls {
            current = l.next_mark(current);
        }
        black_box(current);
        let per_next = start.elapsed() / calls as u32;
        println!(
            "{:<44} hit test {:>8.3} µs/call ({hits} of {calls} random points hit); keyboard next {:>8.3} µs/call",
            format!("{n} synthetic, Timeline"),
            per_hit.as_secs_f64() * 1e6,
            per_next.as_secs_f64() * 1e6
        );
    }
}
