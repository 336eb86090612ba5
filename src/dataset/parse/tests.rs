use super::*;

const GOOD: &str = r#"
[[figure]]
id = "t-001"
quote = '''Right now, two thirds of our most vulnerable children live in local authorities where service provision is less than good.'''
figure = "two thirds"
value = 66.7
unit = "percent"
qualifier = "exact"
measure = "vulnerable children in authorities with less-than-good services"
topic = "inspection"
"#;

fn messages(text: &str) -> Vec<String> {
    parse_records("data/figures.toml", text)
        .1
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn reads_a_record_with_lines() {
    let (records, errors) = parse_records("f.toml", GOOD);
    assert!(errors.is_empty(), "{errors:?}");
    let record = &records[0];
    assert_eq!(record.line, 3);
    assert_eq!(record.id.value, "t-001");
    assert_eq!(record.value.line, 6);
    assert_eq!(record.unit.value, Unit::Percent);
    assert_eq!(record.topic.value, Topic::Inspection);
}

#[test]
fn malformed_file_names_the_line() {
    let text = format!("{GOOD}\n[[figure]]\nid = \"unterminated\n");
    let errors = messages(&text);
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("data/figures.toml:13: not valid:"),
        "{errors:?}"
    );
}

#[test]
fn unknown_unit_names_line_field_and_value() {
    let errors = messages(&GOOD.replace("\"percent\"", "\"furlongs\""));
    assert_eq!(
        errors,
        vec![format!(
            "data/figures.toml:7, field `unit`: \"furlongs\" is not {}",
            Unit::expected()
        )]
    );
}

#[test]
fn collects_every_problem_not_just_the_first() {
    let text = GOOD
        .replace("qualifier = \"exact\"", "qualifier = \"roughly\"")
        .replace("value = 66.7", "value = \"lots\"")
        .replace("topic = \"inspection\"", "topik = \"inspection\"");
    let errors = messages(&text);
    assert!(
        errors
            .iter()
            .any(|e| e.contains(":6, field `value`: expected a finite number, found string")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(":8, field `qualifier`: \"roughly\" is not")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(":10, field `topik`: unknown field")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains(":3, field `topic`: missing")),
        "{errors:?}"
    );
}

#[test]
fn empty_and_wrongly_typed_text() {
    let errors = messages(
        &GOOD
            .replace("figure = \"two thirds\"", "figure = \"  \"")
            .replace(
                "measure = \"vulnerable children in authorities with less-than-good services\"",
                "measure = 3",
            ),
    );
    assert!(
        errors.iter().any(|e| e.ends_with("field `figure`: empty")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.ends_with("field `measure`: expected a string, found integer")),
        "{errors:?}"
    );
}

#[test]
fn no_records() {
    assert_eq!(
        messages("# nothing\n"),
        vec!["data/figures.toml: no records found (expected [[figure]] tables)"]
    );
}
