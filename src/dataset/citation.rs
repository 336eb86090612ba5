//! A ready text citation for one figure.

use super::Figure;

/// "Helen Hayes MP (Labour, Dulwich and West Norwood), House of Commons, 24 November 2022,
/// ‘Independent Review of Children’s Social Care’: “…quote…”"; unprinted fields are said so.
pub fn citation(figure: &Figure) -> String {
    let mut who = figure.speaker.clone();
    let details: Vec<&str> = [&figure.speaker_party, &figure.speaker_constituency]
        .into_iter()
        .filter_map(|v| v.as_deref())
        .collect();
    if !details.is_empty() {
        who = format!("{who} ({})", details.join(", "));
    }
    if figure.inferred.iter().any(|f| f == "speaker") {
        who = format!("{who} [speaker inferred]");
    }
    let date = figure
        .date
        .as_deref()
        .map_or_else(|| "date not recorded".to_string(), long_date);
    format!(
        "{who}, {}, {date}, ‘{}’: “{}” (transcript {}, line {})",
        figure.chamber, figure.debate, figure.quote, figure.transcript, figure.transcript_line
    )
}

/// "2022-11-24" → "24 November 2022".
fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<&str> = iso.split('-').collect();
    match parts.as_slice() {
        [y, m, d] => match (
            m.parse::<usize>()
                .ok()
                .and_then(|m| MONTHS.get(m.wrapping_sub(1))),
            d.parse::<u8>(),
        ) {
            (Some(month), Ok(day)) => format!("{day} {month} {y}"),
            _ => iso.to_string(),
        },
        _ => iso.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::long_date;

    #[test]
    fn dates_in_words() {
        assert_eq!(long_date("2009-03-12"), "12 March 2009");
        assert_eq!(long_date("nonsense"), "nonsense");
    }
}
