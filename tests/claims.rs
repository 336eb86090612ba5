//! Claims on the committed data: every claim is sound, agreement is computed from the words,
//! the filters, groups and exports carry it, the compare chart draws it, and `check` reports it.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)] // a failed unwrap is a failed test

mod support;

use cited_stats::chart::{ApproxTextMetrics, ChartSpec, Description, Marker, Shape, layout};
use cited_stats::claims::{Claims, Interval, claim_key};
use cited_stats::dataset::{
    Figure, check_figures, embedded_figures, from_jsonl, to_csv_of, to_jsonl,
};
use cited_stats::labels::QUOTED_DIFFERENTLY;
use cited_stats::number::Qualifier;
use cited_stats::query::{ChartKind, GroupField, from_query_string, group, select};
use support::cli::{run, text};

fn figures() -> Vec<Figure> {
    embedded_figures().unwrap()
}

fn index_of(figures: &[Figure], id: &str) -> usize {
    figures.iter().position(|f| f.id == id).unwrap()
}

/// Whether figure `i` disagrees with some other quotation of its claim, comparing every pair.
fn differs_pairwise(figures: &[Figure], i: usize) -> bool {
    let Some(key) = claim_key(&figures[i]) else {
        return false;
    };
    let mine = Interval::of(&figures[i]);
    figures
        .iter()
        .enumerate()
        .any(|(j, f)| j != i && claim_key(f) == Some(key) && !mine.overlaps(&Interval::of(f)))
}

#[test]
fn every_claim_has_two_or_more_figures_in_one_unit_and_a_slug_key() {
    let figures = figures();
    let claims = Claims::new(&figures);
    assert!(claims.all().len() >= 3, "the data decides several claims");
    for claim in claims.all() {
        assert!(claim.figures.len() >= 2, "{}", claim.key);
        let unit = figures[claim.figures[0]].unit;
        assert!(
            claim.figures.iter().all(|&i| figures[i].unit == unit),
            "{}",
            claim.key
        );
        assert!(
            cited_stats::claims::is_claim_key(&claim.key),
            "{}",
            claim.key
        );
    }
}

/// The innovation programme's projects: "more than 50" (2016), "about 50" (2022) and "nearly
/// 100" (undated). About 50 is 45–55 and nearly 100 is 90 up to 100: those two differ; more than
/// 50 overlaps both.
#[test]
fn the_real_differing_pair_differs_and_the_open_bound_agrees_with_both() {
    let figures = figures();
    let claims = Claims::new(&figures);
    let more = index_of(&figures, "lac-2016-006");
    let about = index_of(&figures, "icsc-2022-009");
    let nearly = index_of(&figures, "wh-undated-006");
    assert_eq!(
        [more, about, nearly].map(|i| (figures[i].qualifier, figures[i].value)),
        [
            (Qualifier::MoreThan, 50.0),
            (Qualifier::Approximately, 50.0),
            (Qualifier::Nearly, 100.0)
        ],
        "the words these tests rest on"
    );
    assert_eq!(claims.agrees(more), Some(true));
    assert_eq!(claims.agrees(about), Some(false));
    assert_eq!(claims.agrees(nearly), Some(false));
    assert!(!Interval::of(&figures[about]).overlaps(&Interval::of(&figures[nearly])));
    // Every figure of the data: the one-pass rule says what comparing every pair says.
    for i in 0..figures.len() {
        assert_eq!(
            claims.differs(i),
            differs_pairwise(&figures, i),
            "{}",
            figures[i].id
        );
    }
}

#[test]
fn the_quoted_filters_select_exactly_what_the_claims_say() {
    let figures = figures();
    let claims = Claims::new(&figures);
    let pick = |url: &str| select(&from_query_string(url).unwrap(), &figures).indices;
    let differing: Vec<usize> = (0..figures.len()).filter(|&i| claims.differs(i)).collect();
    assert!(!differing.is_empty());
    assert_eq!(pick("quoted=differently"), differing);
    let quoted: Vec<usize> = (0..figures.len())
        .filter(|&i| claims.quotations(i) > 1)
        .collect();
    assert_eq!(pick("quoted=more-than-once"), quoted);
    let projects = claims.named("innovation-programme-projects").unwrap();
    assert_eq!(
        pick("claim=innovation-programme-projects"),
        projects.figures
    );
    // AND across fields: a claim and a year.
    let dated_2022: Vec<usize> = projects
        .figures
        .iter()
        .copied()
        .filter(|&i| figures[i].date.as_deref() == Some("2022-11-24"))
        .collect();
    assert_eq!(
        pick("claim=innovation-programme-projects&from=2022-01-01&to=2022-12-31"),
        dated_2022
    );
    // A claim key no figure has is named by the view, like an unknown speaker.
    let mut query = from_query_string("claim=no-such-claim").unwrap();
    let errors = cited_stats::query::remove_unknown_values(&mut query, &figures);
    assert_eq!(
        errors[0].to_string(),
        "URL parameter `claim`: \"no-such-claim\" is not a claim in this dataset"
    );
    let bad = from_query_string("quoted=sometimes&claim=Not%20A%20Key").unwrap_err();
    let said: Vec<String> = bad.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [
            "URL parameter `quoted`: \"sometimes\" is not one of (more-than-once, differently)",
            "URL parameter `claim`: \"Not A Key\" is not a claim key (lower-case letters, digits and single hyphens)"
        ]
    );
}

#[test]
fn group_by_claim_keeps_every_figure_once() {
    let figures = figures();
    let everything = select(&Default::default(), &figures);
    let groups = group(&figures, &everything, GroupField::Claim);
    assert_eq!(groups.iter().map(|g| g.count).sum::<usize>(), figures.len());
    let alone = groups.iter().find(|g| g.key.is_empty()).unwrap();
    assert_eq!(alone.label, "not quoted elsewhere");
    let projects = groups
        .iter()
        .find(|g| g.key == "innovation-programme-projects")
        .unwrap();
    assert_eq!(projects.label, "innovation programme projects");
    assert_eq!(projects.count, 3);
}

#[test]
fn exports_carry_the_claim_and_what_is_derived_from_it() {
    let figures = figures();
    let claims = Claims::new(&figures);
    let jsonl = to_jsonl(&figures);
    for (i, line) in jsonl.lines().enumerate() {
        let json: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(json["claim_quotations"], claims.quotations(i));
        match claims.agrees(i) {
            Some(agrees) => assert_eq!(json["claim_agrees"], agrees),
            None => assert!(json["claim_agrees"].is_null()),
        }
        assert_eq!(json["claim"].as_str(), figures[i].claim.as_deref());
    }
    // What is derived is computed afresh: reading the export back ignores it.
    let (read, errors) = from_jsonl("figures.jsonl", &jsonl);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(read, figures);
    // A selection of one figure of a claim still counts the claim's other quotations.
    let nearly = index_of(&figures, "wh-undated-006");
    let csv = to_csv_of(&figures, [nearly]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().unwrap().clone();
    let row = reader.records().next().unwrap().unwrap();
    let cell = |name: &str| row[header.iter().position(|h| h == name).unwrap()].to_string();
    assert_eq!(cell("claim"), "innovation-programme-projects");
    assert_eq!(cell("claim_quotations"), "3");
    assert_eq!(cell("claim_agrees"), "false");
    let alone = figures.iter().position(|f| f.claim.is_none()).unwrap();
    let csv = to_csv_of(&figures, [alone]);
    assert!(
        csv.lines().nth(1).unwrap().contains(",1,,"),
        "no claim: 1 quotation, blank agreement"
    );
}

#[test]
fn a_readers_dataset_gets_the_same_claim_errors_by_record() {
    let mut figures = figures();
    let projects: Vec<usize> = (0..figures.len())
        .filter(|&i| figures[i].claim.as_deref() == Some("innovation-programme-projects"))
        .collect();
    figures[projects[0]].claim = Some("inovation-programme-projects".into());
    figures[projects[1]].unit = cited_stats::number::Unit::Percent;
    let errors: Vec<String> = check_figures("mine.json", &figures)
        .iter()
        .map(ToString::to_string)
        .collect();
    let record = |i: usize| format!("mine.json: record {} (id {:?})", i + 1, figures[i].id);
    assert!(
        errors.contains(&format!(
            "{}, field `claim`: claim `inovation-programme-projects` has one figure; did you mean `innovation-programme-projects`?",
            record(projects[0])
        )),
        "{errors:#?}"
    );
    assert!(
        errors.iter().any(|e| e.starts_with(&format!(
            "{}, field `unit`: claim `innovation-programme-projects` is in",
            record(projects[2])
        )) || e.starts_with(&format!(
            "{}, field `unit`: claim `innovation-programme-projects` is in",
            record(projects[1])
        ))),
        "{errors:#?}"
    );
    // A dataset without claims is sound as it was.
    let mut plain = embedded_figures().unwrap();
    for f in &mut plain {
        f.claim = None;
    }
    assert!(check_figures("mine.json", &plain).is_empty());
}

#[test]
fn the_compare_chart_draws_each_quotation_as_its_interval() {
    let figures = figures();
    let claims = Claims::new(&figures);
    for claim in claims.all() {
        let query = from_query_string(&format!("chart=compare&claim={}", claim.key)).unwrap();
        let selection = select(&query, &figures);
        let spec = ChartSpec {
            kind: ChartKind::Compare,
            ..ChartSpec::default()
        };
        let drawn = layout(&spec, &figures, &selection, &ApproxTextMetrics).unwrap();
        assert_eq!(drawn.marks.len(), claim.figures.len(), "{}", claim.key);
        for mark in &drawn.marks {
            let i = mark.figures[0];
            let f = &figures[i];
            let centre = mark.shape.centre();
            assert_eq!(
                drawn.hit(centre.x_css_px, centre.y_css_px).map(|h| h.mark),
                Some(drawn.marks.iter().position(|m| m == mark).unwrap())
            );
            let b = mark.shape.bbox();
            assert!(
                b.x_css_px >= drawn.plot.x_css_px - 0.01 && b.right() <= drawn.plot.right() + 0.01,
                "{} off the plot",
                f.id
            );
            match f.qualifier {
                Qualifier::Exact => assert!(matches!(mark.shape, Shape::Circle { .. }), "{}", f.id),
                _ => assert!(matches!(mark.shape, Shape::Interval { .. }), "{}", f.id),
            }
            assert_eq!(mark.marker.is_some(), claims.differs(i), "{}", f.id);
        }
        let has_legend = drawn
            .legend
            .iter()
            .any(|l| l.label.text == QUOTED_DIFFERENTLY);
        assert_eq!(has_legend, claims.claim_differs(claim), "{}", claim.key);
    }
    // Without a claim there is nothing to compare, and it says so.
    let query = from_query_string("chart=compare&q=zzzz").unwrap();
    let drawn = layout(
        &ChartSpec {
            kind: ChartKind::Compare,
            ..ChartSpec::default()
        },
        &figures,
        &select(&query, &figures),
        &ApproxTextMetrics,
    )
    .unwrap();
    assert!(drawn.marks.is_empty());
}

#[test]
fn every_chart_marks_the_figures_quoted_differently() {
    let figures = figures();
    let claims = Claims::new(&figures);
    let everything = select(&Default::default(), &figures);
    let spec = ChartSpec::default();
    let drawn = layout(&spec, &figures, &everything, &ApproxTextMetrics).unwrap();
    for mark in &drawn.marks {
        if let (Description::Figure, [i]) = (&mark.description, mark.figures.as_slice()) {
            assert_eq!(
                mark.marker == Some(Marker::QuotedDifferently),
                claims.differs(*i)
            );
            let said = cited_stats::chart::describe_mark(mark, &figures);
            assert_eq!(
                said.ends_with("; quoted differently elsewhere"),
                claims.differs(*i),
                "{said}"
            );
        }
    }
    assert!(
        drawn
            .legend
            .iter()
            .any(|l| l.label.text == QUOTED_DIFFERENTLY && l.marker.is_some())
    );
}

#[test]
fn check_reports_claims_quotations_and_how_many_differ() {
    let figures = figures();
    let claims = Claims::new(&figures);
    let out = run(&["check"]);
    let stdout = text(&out.stdout);
    let differ = claims
        .all()
        .iter()
        .filter(|c| claims.claim_differs(c))
        .count();
    let quotations: usize = claims.all().iter().map(|c| c.figures.len()).sum();
    assert!(
        stdout.contains(&format!(
            "claims: {} ({quotations} quotations), of which {differ} quoted differently",
            claims.all().len()
        )),
        "{stdout}"
    );
    assert!(stdout.contains("innovation-programme-projects: quoted 3 times, 2016–2022 and undated: more than 50, about 50 and nearly 100 — these differ"), "{stdout}");
}
