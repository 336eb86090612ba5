use super::*;

fn read(text: &str) -> (f64, Option<f64>, Unit, Qualifier) {
    let r = read_figure(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
    (r.value, r.value_high, r.unit, r.qualifier)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(1.0)
}

#[track_caller]
fn check(text: &str, value: f64, unit: Unit, qualifier: Qualifier) {
    let (v, high, u, q) = read(text);
    assert!(close(v, value), "{text:?}: value {v} != {value}");
    assert_eq!((high, u, q), (None, unit, qualifier), "{text:?}");
}

#[test]
fn counts_with_qualifiers() {
    check("nearly 12,000", 12_000.0, Unit::Count, Qualifier::Nearly);
    check(
        "more than 100 authorities",
        100.0,
        Unit::Count,
        Qualifier::MoreThan,
    );
    check(
        "about 75,000 children",
        75_000.0,
        Unit::Count,
        Qualifier::Approximately,
    );
    check("at least 40", 40.0, Unit::Count, Qualifier::AtLeast);
    check("fewer than 20", 20.0, Unit::Count, Qualifier::LessThan);
    check("seven", 7.0, Unit::Count, Qualifier::Exact);
    check(
        "two hundred and fifty",
        250.0,
        Unit::Count,
        Qualifier::Exact,
    );
    check("101 out of 150", 101.0, Unit::Count, Qualifier::Exact);
    check("a dozen", 12.0, Unit::Count, Qualifier::Exact);
    check("nine and a half years", 9.5, Unit::Years, Qualifier::Exact);
    check(
        "some five years",
        5.0,
        Unit::Years,
        Qualifier::Approximately,
    );
    check("12,000 or more", 12_000.0, Unit::Count, Qualifier::AtLeast);
}

#[test]
fn percentages_fractions_and_ratios() {
    check("36%", 36.0, Unit::Percent, Qualifier::Exact);
    check("70% more likely", 70.0, Unit::Percent, Qualifier::Exact);
    check(
        "more than 12 per cent.",
        12.0,
        Unit::Percent,
        Qualifier::MoreThan,
    );
    check("0.7 per cent.", 0.7, Unit::Percent, Qualifier::Exact);
    check("two thirds", 200.0 / 3.0, Unit::Percent, Qualifier::Exact);
    check(
        "more than two-thirds",
        200.0 / 3.0,
        Unit::Percent,
        Qualifier::MoreThan,
    );
    check("a third", 100.0 / 3.0, Unit::Percent, Qualifier::Exact);
    check(
        "more than a fifth",
        20.0,
        Unit::Percent,
        Qualifier::MoreThan,
    );
    check("half", 50.0, Unit::Percent, Qualifier::Exact);
    check("three quarters", 75.0, Unit::Percent, Qualifier::Exact);
    check("one in five", 20.0, Unit::Percent, Qualifier::Exact);
    check("1 in 4", 25.0, Unit::Percent, Qualifier::Exact);
}

#[test]
fn money() {
    check("£1.2 billion", 1.2e9, Unit::Gbp, Qualifier::Exact);
    check("over £350 million", 3.5e8, Unit::Gbp, Qualifier::MoreThan);
    check("£73 million", 7.3e7, Unit::Gbp, Qualifier::Exact);
    check("£350m", 3.5e8, Unit::Gbp, Qualifier::Exact);
    check("up to £1.2 million", 1.2e6, Unit::Gbp, Qualifier::UpTo);
    check("£200", 200.0, Unit::Gbp, Qualifier::Exact);
}

#[test]
fn durations_and_multipliers() {
    check("18 months", 18.0, Unit::Months, Qualifier::Exact);
    check("three years", 3.0, Unit::Years, Qualifier::Exact);
    check("up to the age of 25", 25.0, Unit::Years, Qualifier::UpTo);
    check("aged 16", 16.0, Unit::Years, Qualifier::Exact);
    check("25 years old", 25.0, Unit::Years, Qualifier::Exact);
    check("twice", 2.0, Unit::Times, Qualifier::Exact);
    check("four times", 4.0, Unit::Times, Qualifier::Exact);
}

#[test]
fn forms_from_the_debates() {
    check("a doubling", 2.0, Unit::Times, Qualifier::Exact);
    check("doubled", 2.0, Unit::Times, Qualifier::Exact);
    check("age 18", 18.0, Unit::Years, Qualifier::Exact);
    check("within five years", 5.0, Unit::Years, Qualifier::UpTo);
    check("within seven days", 7.0, Unit::Days, Qualifier::UpTo);
    check("a five-year", 5.0, Unit::Years, Qualifier::Exact);
    check("more than a decade", 10.0, Unit::Years, Qualifier::MoreThan);
    check(
        "756 pages, or something of that order",
        756.0,
        Unit::Count,
        Qualifier::Approximately,
    );
    check(
        "something like 70 pages",
        70.0,
        Unit::Count,
        Qualifier::Approximately,
    );
    check(
        "something like eight times",
        8.0,
        Unit::Times,
        Qualifier::Approximately,
    );
    check(
        "another third",
        100.0 / 3.0,
        Unit::Percent,
        Qualifier::Exact,
    );
    check("only a third", 100.0 / 3.0, Unit::Percent, Qualifier::Exact);
    check(
        "One in six mothers at least",
        100.0 / 6.0,
        Unit::Percent,
        Qualifier::AtLeast,
    );
    check("a year", 1.0, Unit::Years, Qualifier::Exact);
    check("151 of the 152", 151.0, Unit::Count, Qualifier::Exact);
    assert_eq!(
        read("ages zero to five"),
        (0.0, Some(5.0), Unit::Years, Qualifier::Range)
    );
    assert_eq!(
        read("13,000 or 14,000"),
        (13_000.0, Some(14_000.0), Unit::Count, Qualifier::Range)
    );
}

#[test]
fn bare_numbers_leave_the_unit_to_the_context() {
    let bare = read_figure("up to 25").unwrap();
    assert!(!bare.unit_stated);
    assert!(bare.unit_fits(Unit::Years) && bare.unit_fits(Unit::Count));
    assert!(!bare.unit_fits(Unit::Gbp) && !bare.unit_fits(Unit::Percent));
    let stated = read_figure("18 months").unwrap();
    assert!(stated.unit_stated && !stated.unit_fits(Unit::Years));
    assert!(!read_figure("36%").unwrap().unit_fits(Unit::Count));
}

#[test]
fn ranges() {
    assert_eq!(
        read("between 5 and 10"),
        (5.0, Some(10.0), Unit::Count, Qualifier::Range)
    );
    assert_eq!(
        read("5-10"),
        (5.0, Some(10.0), Unit::Count, Qualifier::Range)
    );
    assert_eq!(
        read("20 to 30 per cent"),
        (20.0, Some(30.0), Unit::Percent, Qualifier::Range)
    );
    assert_eq!(
        read("£1 to £2 million"),
        (1e6, Some(2e6), Unit::Gbp, Qualifier::Range)
    );
}

#[test]
fn unreadable_words_say_why() {
    let err = read_figure("for every £1 invested in the programme in Greenwich, they save £5")
        .unwrap_err();
    assert!(
        err.reason.contains("no number") || err.reason.contains("second number"),
        "{err}"
    );
    assert!(
        read_figure("many children")
            .unwrap_err()
            .reason
            .contains("no number")
    );
    assert!(
        read_figure("£5 and £7")
            .unwrap_err()
            .reason
            .contains("second number")
    );
    assert!(
        read_figure("between 5 or 6")
            .unwrap_err()
            .reason
            .contains("\"and\"")
    );
}

/// Found by the `number_phrase` fuzz target: more than 308 digits read as an infinite value.
#[test]
fn numbers_too_large_for_f64_are_refused_not_infinite() {
    let digits = "9".repeat(400);
    for text in [
        digits.clone(),
        format!("£{} billion", "9".repeat(320)),
        format!("99 to {digits}"),
        format!("{digits} in {digits}"),
    ] {
        let err = read_figure(&text).unwrap_err();
        assert!(err.reason.contains("too large"), "{text}: {err}");
    }
    assert_eq!(read("£1.5 billion").0, 1.5e9);
}
