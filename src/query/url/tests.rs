use super::*;

fn set<const N: usize>(items: [&str; N]) -> SortedSet<String> {
    items.into_iter().map(String::from).collect()
}

fn date_of(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn errors_of(text: &str) -> Vec<UrlError> {
    from_query_string(text).expect_err(text)
}

/// The only error for `text`, checked to name `parameter` and `value` in its message.
#[track_caller]
fn only_error(text: &str, parameter: &str, value: &str) -> UrlError {
    let errors = errors_of(text);
    assert_eq!(errors.len(), 1, "{text}: {errors:?}");
    let error = errors.into_iter().next().unwrap();
    assert_eq!(
        (error.parameter.as_str(), error.value.as_str()),
        (parameter, value)
    );
    let message = error.to_string();
    assert!(
        message.starts_with(&format!("URL parameter `{parameter}`: {value:?} ")),
        "{message}"
    );
    error
}

fn queries() -> Vec<Query> {
    let full = Query {
        debates: set([
            "2022-11-24-independent-review-of-childrens-social-care",
            "2009-03-12-lord-lamings-progress-report",
        ]),
        speakers: set(["Tim Loughton", "Siân James", "Dafydd Elis-Thomas"]),
        parties: set(["Labour", "Plaid Cymru", ""]),
        topics: SortedSet::from([Topic::Fostering, Topic::Adoption, Topic::ChildrenInCare]),
        units: SortedSet::from([Unit::Gbp, Unit::Percent]),
        claims: set(["innovation-programme-funding", "a1"]),
        quoted: Some(Quoted::Differently),
        from: Some(date_of("2009-03-12")),
        to: Some(date_of("2022-11-24")),
        has_cited_source: Some(true),
        search: "£1.2 billion, 12% & \"per cent\" = a+b 100%".into(),
        chart: ChartKind::PercentDots,
        group_by: Some(GroupField::Cited),
        selected_figure: Some("laming-2009-001".into()),
    };
    let mut queries = vec![Query::default(), full];
    for chart in ChartKind::ALL {
        queries.push(Query {
            chart: *chart,
            ..Query::default()
        });
    }
    for field in GroupField::ALL {
        queries.push(Query {
            group_by: Some(*field),
            ..Query::default()
        });
    }
    for quoted in Quoted::ALL {
        queries.push(Query {
            quoted: Some(*quoted),
            ..Query::default()
        });
    }
    queries.push(Query {
        topics: Topic::ALL.iter().copied().collect(),
        units: Unit::ALL.iter().copied().collect(),
        has_cited_source: Some(false),
        ..Query::default()
    });
    for text in [
        " ",
        "  leading and trailing  ",
        "a,b,,c",
        "%",
        "%41",
        "+",
        "&=?#",
        "Ŵyn’s “café” — 日本語 😀",
        "line\nbreak\ttab",
    ] {
        queries.push(Query {
            search: text.into(),
            ..Query::default()
        });
        queries.push(Query {
            speakers: set([text, "plain"]),
            debates: set([text]),
            selected_figure: Some(text.into()),
            ..Query::default()
        });
    }
    queries.push(Query {
        speakers: set(["Smith, John", "a&b=c", "50%", "x+y"]),
        parties: set([""]),
        selected_figure: Some(String::new()),
        from: Some(date_of("2016-10-20")),
        ..Query::default()
    });
    queries.push(Query {
        to: Some(date_of("2016-02-29")),
        ..Query::default()
    });
    queries.push(Query {
        from: Some(date_of("2022-11-24")),
        to: Some(date_of("2022-11-24")),
        ..Query::default()
    });
    queries
}

#[test]
fn every_query_round_trips_exactly() {
    for query in queries() {
        let text = to_query_string(&query);
        assert_eq!(from_query_string(&text), Ok(query.clone()), "{text}");
        assert_eq!(from_query_string(&format!("?{text}")), Ok(query), "?{text}");
    }
}

#[test]
fn canonical_form_omits_defaults_and_orders_parameters() {
    assert_eq!(to_query_string(&Query::default()), "");
    let query = Query {
        selected_figure: Some("a-1".into()),
        search: "foster care".into(),
        topics: SortedSet::from([Topic::Adoption, Topic::Fostering]),
        chart: ChartKind::ValueBars,
        speakers: set(["Smith, John", "Tim Loughton"]),
        from: Some(date_of("2009-03-12")),
        has_cited_source: Some(false),
        group_by: Some(GroupField::Speaker),
        ..Query::default()
    };
    assert_eq!(
        to_query_string(&query),
        "chart=bars&speaker=Smith%2C+John,Tim+Loughton&topic=fostering,adoption\
         &from=2009-03-12&cited=no&q=foster+care&group=speaker&figure=a-1"
    );
    let timeline = Query {
        chart: ChartKind::Timeline,
        ..Query::default()
    };
    assert_eq!(to_query_string(&timeline), "");
    assert_eq!(
        to_query_string(&Query {
            search: "50% & £5, ‘ok’".into(),
            ..Query::default()
        }),
        "q=50%25+%26+%C2%A35%2C+%E2%80%98ok%E2%80%99"
    );
}

#[test]
fn reads_hand_written_strings() {
    let query = from_query_string(
        "?topic=fostering,adoption&speaker=Tim%20Loughton&q=per+cent&cited=yes&chart=timeline&&",
    )
    .unwrap();
    assert_eq!(
        query,
        Query {
            topics: SortedSet::from([Topic::Fostering, Topic::Adoption]),
            speakers: set(["Tim Loughton"]),
            search: "per cent".into(),
            has_cited_source: Some(true),
            ..Query::default()
        }
    );
    assert_eq!(from_query_string(""), Ok(Query::default()));
    assert_eq!(from_query_string("?"), Ok(Query::default()));
    assert_eq!(from_query_string("q="), Ok(Query::default()));
    let raw = from_query_string("q=café, £5&speaker=Siân James").unwrap();
    assert_eq!(raw.search, "café, £5");
    assert_eq!(raw.speakers, set(["Siân James"]));
    let no_equals = from_query_string("figure").unwrap();
    assert_eq!(no_equals.selected_figure, Some(String::new()));
}

#[test]
fn unknown_unit_message() {
    let error = only_error("unit=count,furlongs", "unit", "furlongs");
    assert_eq!(
        error.to_string(),
        "URL parameter `unit`: \"furlongs\" is not one of (count, percent, gbp, years, months, \
         weeks, days, hours, times)"
    );
}

#[test]
fn unknown_topic_chart_and_group_messages() {
    let error = only_error("topic=fostering,knitting", "topic", "knitting");
    assert!(error.problem.contains("children-in-care"), "{error}");
    let error = only_error("chart=pie", "chart", "pie");
    assert!(
        error
            .to_string()
            .ends_with("is not one of (timeline, bars, counts, dots, compare)")
    );
    let error = only_error("group=colour", "group", "colour");
    assert!(
        error
            .problem
            .contains("speaker, debate, topic, unit, party, cited")
    );
    only_error("topic=Fostering", "topic", "Fostering");
    only_error("chart=", "chart", "");
}

#[test]
fn bad_date_messages() {
    let error = only_error("from=2022-02-30", "from", "2022-02-30");
    assert!(error.to_string().contains("is not a date (YYYY-MM-DD)"));
    only_error("to=24%2F11%2F2022", "to", "24/11/2022");
    only_error("to=", "to", "");
}

#[test]
fn from_after_to_message() {
    let error = only_error("from=2022-11-24&to=2009-03-12", "from", "2022-11-24");
    assert!(
        error.to_string().contains("is after `to` (2009-03-12)"),
        "{error}"
    );
    assert!(from_query_string("from=2009-03-12&to=2009-03-12").is_ok());
}

#[test]
fn cited_not_yes_or_no_message() {
    let error = only_error("cited=maybe", "cited", "maybe");
    assert!(error.to_string().ends_with("is not one of (yes, no)"));
    only_error("cited=true", "cited", "true");
}

#[test]
fn unknown_parameter_message() {
    let error = only_error("colour=red", "colour", "red");
    assert!(error.problem.contains("unknown parameter"));
    assert!(error.problem.contains("chart, debate, speaker"), "{error}");
    only_error("Topic=fostering", "Topic", "fostering");
    only_error("=orphan", "", "orphan");
}

#[test]
fn duplicate_parameter_messages() {
    let error = only_error("topic=fostering&topic=adoption", "topic", "adoption");
    assert!(error.to_string().contains("`topic=a,b`"), "{error}");
    let error = only_error("q=one&%71=two+words", "q", "two words");
    assert!(error.problem.contains("takes one value"), "{error}");
}

#[test]
fn percent_escape_messages() {
    let error = only_error("speaker=50%&topic=adoption", "speaker", "50%");
    assert!(
        error.to_string().contains("malformed percent escape"),
        "{error}"
    );
    let error = only_error("q=%FF", "q", "%FF");
    assert!(error.to_string().contains("not UTF-8"), "{error}");
    let error = only_error("%zz=1", "%zz", "1");
    assert!(error.to_string().contains("parameter name"), "{error}");
    // One bad item of a list is named alone.
    only_error("debate=ok,%E2%80", "debate", "%E2%80");
}

#[test]
fn every_problem_is_collected_and_the_rest_is_kept() {
    let text = "chart=pie&topic=fostering,knitting&colour=red&unit=gbp&from=2022-11-24\
                &to=2009-01-01&cited=maybe&topic=adoption&q=foster&group=x";
    let errors = errors_of(text);
    let named: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.parameter.as_str(), e.value.as_str()))
        .collect();
    assert_eq!(
        named,
        [
            ("chart", "pie"),
            ("topic", "knitting"),
            ("colour", "red"),
            ("cited", "maybe"),
            ("topic", "adoption"),
            ("group", "x"),
            ("from", "2022-11-24"),
        ]
    );
    let (query, lenient_errors) = from_query_string_lenient(text);
    assert_eq!(lenient_errors, errors);
    assert_eq!(
        query,
        Query {
            topics: SortedSet::from([Topic::Fostering]),
            units: SortedSet::from([Unit::Gbp]),
            search: "foster".into(),
            ..Query::default()
        }
    );
}

#[test]
fn lenient_reading_of_a_good_string_has_no_errors() {
    let query = queries().swap_remove(1);
    let (read, errors) = from_query_string_lenient(&to_query_string(&query));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(read, query);
}
