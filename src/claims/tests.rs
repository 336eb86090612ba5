//! The claims index and its sentence, on made-up figures.

use super::*;
use crate::dataset::Figure;
use crate::number::{Qualifier, Unit};
use crate::query::testing::figure;

fn quoting(id: &str, claim: &str, qualifier: Qualifier, value: f64) -> Figure {
    let mut f = figure(id);
    f.claim = Some(claim.to_string());
    f.qualifier = qualifier;
    f.value = value;
    f
}

#[test]
fn each_figure_knows_its_claim_count_and_agreement() {
    use Qualifier::*;
    let figures = vec![
        quoting("a", "projects", MoreThan, 50.0),
        quoting("b", "projects", Approximately, 50.0),
        quoting("c", "projects", Nearly, 100.0),
        figure("alone"),
        quoting("d", "money", Exact, 200e6),
        quoting("e", "money", Exact, 200e6),
    ];
    let claims = Claims::new(&figures);
    assert_eq!(claims.all().len(), 2);
    assert_eq!(
        claims.named("projects").map(|c| c.figures.clone()),
        Some(vec![0, 1, 2])
    );
    assert_eq!(claims.quotations(0), 3);
    assert_eq!(claims.quotations(3), 1);
    assert_eq!(claims.agrees(3), None, "no claim: null");
    // "over 50" agrees with both; "about 50" and "nearly 100" differ from each other.
    assert_eq!(claims.agrees(0), Some(true));
    assert_eq!(claims.agrees(1), Some(false));
    assert_eq!(claims.agrees(2), Some(false));
    assert_eq!(claims.agrees(4), Some(true));
    assert!(claims.claim_differs(&claims.all()[1]));
    assert!(!claims.claim_differs(&claims.all()[0]));
    assert!(claims.of(3).is_none() && claims.named("nothing").is_none());
}

#[test]
fn a_blank_claim_is_none() {
    let mut f = figure("a");
    f.claim = Some("  ".into());
    let claims = Claims::new(&[f.clone(), f]);
    assert!(claims.all().is_empty());
    assert_eq!(claims.agrees(0), None);
}

/// The one-pass rule (highest lower end, lowest upper end) says what comparing every pair says.
#[test]
fn one_pass_agreement_equals_every_pair_compared() {
    use Qualifier::*;
    let qualifiers = [
        Exact,
        Approximately,
        MoreThan,
        AtLeast,
        UpTo,
        Nearly,
        LessThan,
        Range,
    ];
    let values = [0.0, 7.0, 14.0, 45.0, 50.0, 55.0, 90.0, 100.0];
    let mut checked = 0;
    for (n, seed) in (0..400u64).enumerate() {
        let size = 2 + (seed % 4) as usize;
        let figures: Vec<Figure> = (0..size)
            .map(|k| {
                let pick = (seed.wrapping_mul(2654435761).wrapping_add(k as u64 * 40503)) as usize;
                let qualifier = qualifiers[pick % qualifiers.len()];
                let value = values[(pick / 8) % values.len()];
                let mut f = quoting(&format!("f{n}-{k}"), "c", qualifier, value);
                if qualifier == Range {
                    f.value_high = Some(value + 10.0);
                }
                f
            })
            .collect();
        let claims = Claims::new(&figures);
        for i in 0..figures.len() {
            let mine = Interval::of(&figures[i]);
            let pairwise = (0..figures.len())
                .filter(|&j| j != i)
                .any(|j| !mine.overlaps(&Interval::of(&figures[j])));
            assert_eq!(
                claims.differs(i),
                pairwise,
                "{:?}",
                figures
                    .iter()
                    .map(|f| (f.qualifier, f.value))
                    .collect::<Vec<_>>()
            );
            checked += 1;
        }
    }
    assert!(checked > 1000);
}

#[test]
fn the_sentence_says_how_often_when_what_and_whether_they_differ() {
    use Qualifier::*;
    let dated = |id: &str, date: Option<&str>, debate: &str, q: Qualifier, v: f64| {
        let mut f = quoting(id, "k", q, v);
        f.date = date.map(str::to_string);
        f.debate_id = debate.to_string();
        f.unit = Unit::Gbp;
        f
    };
    let say = |figures: &[Figure]| {
        let claims = Claims::new(figures);
        summary(&claims, &claims.all()[0], figures)
    };
    assert_eq!(
        say(&[
            dated("a", Some("2016-10-20"), "d1", Exact, 200e6),
            dated("b", Some("2022-11-24"), "d2", Exact, 200e6),
            dated("c", None, "d3", Exact, 200e6),
        ]),
        "quoted 3 times, 2016–2022 and undated: all £200m"
    );
    let mut share = [
        dated("a", Some("2022-11-24"), "d", Exact, 7.0),
        dated("b", Some("2022-11-24"), "d", Approximately, 14.0),
    ];
    for f in &mut share {
        f.unit = Unit::Percent;
    }
    assert_eq!(
        say(&share),
        "quoted twice in the same debate: 7% and about 14% — these differ"
    );
    let mut projects = [
        dated("a", Some("2016-10-20"), "d1", MoreThan, 50.0),
        dated("b", Some("2022-11-24"), "d2", Approximately, 50.0),
    ];
    for f in &mut projects {
        f.unit = Unit::Count;
    }
    assert_eq!(
        say(&projects),
        "quoted twice, 2016–2022: more than 50 and about 50 — these agree"
    );
    assert_eq!(
        say(&[
            dated("later", None, "d2", Approximately, 5.0),
            dated("first", Some("2022-01-01"), "d1", Exact, 5.0),
        ]),
        "quoted twice, 2022 and undated: £5 and about £5 — these agree"
    );
    assert_eq!(
        say(&[
            dated("a", Some("2022-01-01"), "d1", Exact, 5.0),
            dated("b", Some("2022-06-01"), "d2", Exact, 5.0),
        ]),
        "quoted twice in 2022: both £5"
    );
    assert_eq!(
        say(&[
            dated("a", None, "d1", Exact, 5.0),
            dated("b", None, "d2", Exact, 5.0)
        ]),
        "quoted twice, undated: both £5"
    );
}
