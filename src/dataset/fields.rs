//! The resolved dataset's fields: one table of every field's name, JSON type and part (first or
//! detail), in the schema's order. The export's header and JSON parts, the browser's type checks
//! and the split into two parts all read it here.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

/// The JSON type a field must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A string.
    Text,
    /// A number.
    Number,
    /// A whole number of 0 or more.
    Count,
    /// A string or null.
    TextOrNull,
    /// A number or null.
    NumberOrNull,
    /// A list of strings.
    TextList,
    /// An object whose values are strings.
    TextMap,
}

impl FieldKind {
    /// What a value of this kind is, for messages ("a string or null").
    pub fn expected(self) -> &'static str {
        match self {
            FieldKind::Text => "a string",
            FieldKind::Number => "a number",
            FieldKind::Count => "a whole number of 0 or more",
            FieldKind::TextOrNull => "a string or null",
            FieldKind::NumberOrNull => "a number or null",
            FieldKind::TextList => "a list of strings",
            FieldKind::TextMap => "an object whose values are strings",
        }
    }
}

/// Which part of the browser's split dataset carries a field (`split.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// What the first draw, hover, filters and choices need.
    First,
    /// What only a detail card shows: loaded when a card first opens, or when the page is idle.
    Detail,
}

/// One field of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// Its name in JSON, CSV and the browser's figure objects.
    pub name: &'static str,
    /// Its JSON type.
    pub kind: FieldKind,
    /// The part that carries it.
    pub part: Part,
}

const fn field(name: &'static str, kind: FieldKind, part: Part) -> Field {
    Field { name, kind, part }
}

/// Every field of a figure, in the schema's order.
pub const FIELDS: [Field; 27] = {
    use FieldKind::*;
    use Part::*;
    [
        field("id", Text, First),
        field("quote", Text, Detail),
        field("figure_text", Text, First),
        field("figure_offset", Count, Detail),
        field("value", Number, First),
        field("value_high", NumberOrNull, First),
        field("unit", Text, First),
        field("qualifier", Text, First),
        field("measure", Text, First),
        field("period", TextOrNull, Detail),
        field("geography", TextOrNull, Detail),
        field("cited_source", TextOrNull, First),
        field("topic", Text, First),
        field("claim", TextOrNull, First),
        field("speaker", Text, First),
        field("speaker_party", TextOrNull, First),
        field("speaker_constituency", TextOrNull, Detail),
        field("speaker_role", TextOrNull, Detail),
        field("debate", Text, First),
        field("debate_id", Text, First),
        field("date", TextOrNull, First),
        field("chamber", Text, Detail),
        field("transcript", Text, Detail),
        field("transcript_line", Count, Detail),
        field("inferred", TextList, Detail),
        field("notes", TextMap, Detail),
        field("unparsed", TextOrNull, Detail),
    ]
};

/// The fields' names, in the schema's order.
// Evaluated at compile time: an index out of range fails the build, never the page.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
pub const FIGURE_FIELDS: [&str; FIELDS.len()] = {
    let mut names = [""; FIELDS.len()];
    let mut i = 0;
    while i < FIELDS.len() {
        names[i] = FIELDS[i].name;
        i += 1;
    }
    names
};

/// The fields' names in the schema's order, then `more` (the CSV's extra columns, or what an
/// export derives): copied as two slices, which costs the browser module less than a chain of
/// iterators collected.
pub fn field_names_then(more: &[&'static str]) -> Vec<&'static str> {
    let mut names = FIGURE_FIELDS.to_vec();
    names.extend_from_slice(more);
    names
}

/// The field named `name`, if the schema has one.
pub fn field_named(name: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|field| field.name == name)
}

/// Whether `name` is a field that waits for the detail part.
pub fn is_detail_field(name: &str) -> bool {
    field_named(name).is_some_and(|field| field.part == Part::Detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_in_the_schema_order() {
        let mut sorted = FIGURE_FIELDS.to_vec();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), FIELDS.len());
        for (name, field) in FIGURE_FIELDS.iter().zip(FIELDS) {
            assert_eq!(*name, field.name);
        }
        assert_eq!(FIGURE_FIELDS[0], "id");
    }

    #[test]
    fn the_first_part_holds_the_id_and_what_the_charts_need() {
        for name in ["id", "value", "unit", "speaker", "date", "debate", "topic"] {
            assert!(!is_detail_field(name), "{name}");
        }
        for name in ["quote", "notes", "transcript_line"] {
            assert!(is_detail_field(name), "{name}");
        }
        assert!(!is_detail_field("no-such-field"));
    }
}
