//! A small RFC 4180 CSV writer: comma-separated fields, each record ending in `\n`, a field quoted
//! (with its quotes doubled) only when it holds a comma, a quote, `\r` or `\n` — the output of
//! the `csv` crate's default writer, which a test checks byte for byte. Written here because the
//! crate costs the browser module about 19 kB brotli for what these few lines do.
//!
//! Fields of free text also go through [`formula_safe`], so that a spreadsheet opening the file
//! never runs a field as a formula (OWASP's CSV-injection rule).
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

/// Appends one record: `fields` joined by commas, each quoted where RFC 4180 needs it, then `\n`.
pub(crate) fn write_record<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        write_field(out, field.as_ref());
    }
    out.push('\n');
}

fn write_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        // Each quote doubled (char by char: `str::replace` costs the browser module a searcher).
        for c in field.chars() {
            if c == '"' {
                out.push('"');
            }
            out.push(c);
        }
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// `text` made safe to open in a spreadsheet: text beginning with `=`, `+`, `-`, `@`, a tab or a
/// carriage return (which Excel, LibreOffice and Google Sheets read as the start of a formula) gets
/// a leading apostrophe, which spreadsheets show as text and do not evaluate. Other text is
/// returned unchanged. Numbers the dataset formats itself never need it and do not get it.
pub(crate) fn formula_safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(fields: &[&str]) -> String {
        let mut out = String::new();
        write_record(&mut out, fields);
        out
    }

    #[test]
    fn plain_fields_are_joined_by_commas() {
        assert_eq!(record(&["a", "b c", ""]), "a,b c,\n");
    }

    #[test]
    fn fields_with_commas_quotes_or_line_breaks_are_quoted() {
        assert_eq!(record(&["a,b"]), "\"a,b\"\n");
        assert_eq!(record(&["say \"hi\""]), "\"say \"\"hi\"\"\"\n");
        assert_eq!(record(&["one\ntwo", "x\ry"]), "\"one\ntwo\",\"x\ry\"\n");
    }

    #[test]
    fn formula_starts_get_an_apostrophe() {
        for start in ["=", "+", "-", "@", "\t", "\r"] {
            let text = format!("{start}HYPERLINK(\"http://x\",\"y\")");
            assert_eq!(formula_safe(&text), format!("'{text}"));
        }
        assert_eq!(formula_safe("Ofsted"), "Ofsted");
        assert_eq!(formula_safe("a=b"), "a=b");
        assert_eq!(formula_safe(""), "");
    }
}

#[cfg(test)]
mod same_as_the_csv_crate {
    use super::*;
    use crate::dataset::{embedded_figures, to_csv};

    fn crate_record(fields: &[String]) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        writer.write_record(fields).unwrap();
        String::from_utf8(writer.into_inner().unwrap()).unwrap()
    }

    #[test]
    fn the_whole_dataset_is_written_as_the_crate_writes_it() {
        let ours = to_csv(&embedded_figures().unwrap());
        let mut reader = csv::Reader::from_reader(ours.as_bytes());
        let mut theirs = crate_record(
            &reader
                .headers()
                .unwrap()
                .iter()
                .map(String::from)
                .collect::<Vec<_>>(),
        );
        for row in reader.records() {
            let fields: Vec<String> = row.unwrap().iter().map(String::from).collect();
            theirs.push_str(&crate_record(&fields));
        }
        assert_eq!(ours, theirs);
        assert_eq!(ours.lines().next().unwrap().split(',').count(), 31);
    }

    #[test]
    fn generated_hostile_fields_are_written_as_the_crate_writes_them() {
        const PIECES: [&str; 16] = [
            ",", "\"", "\r", "\n", "\r\n", " ", "a", "£", "’", "=", "é", "\t", "\u{202e}", "😀",
            "\u{0}", "\"\"",
        ];
        // A fixed linear congruential generator: the same fields on every run.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1);
            (state >> 33) as usize
        };
        for _ in 0..2_000 {
            let fields: Vec<String> = (0..1 + next() % 5)
                .map(|_| {
                    (0..next() % 7)
                        .map(|_| PIECES[next() % PIECES.len()])
                        .collect()
                })
                .collect();
            let mut ours = String::new();
            write_record(&mut ours, &fields);
            if fields.len() == 1 && fields[0].is_empty() {
                // The crate writes a lone empty field as `""` so the line is not blank; every
                // record this project writes has 28 fields.
                continue;
            }
            assert_eq!(ours, crate_record(&fields), "fields {fields:?}");
        }
    }
}
