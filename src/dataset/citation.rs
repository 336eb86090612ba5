//! A ready text citation for one figure.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use super::Figure;
use crate::joining::join;
use crate::transcript::Date;

/// "Helen Hayes MP (Labour, Dulwich and West Norwood), House of Commons, 24 November 2022,
/// ‘Independent Review of Children’s Social Care’: “…quote…”"; unprinted fields are said so.
pub fn citation(figure: &Figure) -> String {
    cite(figure, &|text| text.to_string())
}

/// [`citation`] with every text taken from the data between U+2068 FIRST STRONG ISOLATE and
/// U+2069 POP DIRECTIONAL ISOLATE, so bidirectional controls inside a name or quote (U+202E, say)
/// cannot reorder the citation's own words round it. For the card and the copied citation.
pub fn isolated_citation(figure: &Figure) -> String {
    cite(figure, &isolate)
}

/// `text` between U+2068 and U+2069.
pub fn isolate(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

fn cite(figure: &Figure, data: &dyn Fn(&str) -> String) -> String {
    let mut who = data(&figure.speaker);
    let details: Vec<String> = [&figure.speaker_party, &figure.speaker_constituency]
        .into_iter()
        .filter_map(|v| v.as_deref())
        .map(data)
        .collect();
    if !details.is_empty() {
        who = format!("{who} ({})", join(&details, ", "));
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
        data(&figure.chamber),
        data(&figure.debate),
        data(&figure.quote),
        data(&figure.transcript),
        figure.transcript_line
    )
}

/// The parliamentary form of the figure's debate, as Hansard is cited: "HC Deb 24 November 2022"
/// (House of Commons), "WH Deb 20 October 2016" (Westminster Hall), "HL Deb …" (House of Lords);
/// "…, date not recorded" when the transcript prints none. No volume or column: the transcripts
/// print neither, and none is invented. `None` for a chamber outside Parliament's three.
pub fn parliamentary_citation(figure: &Figure) -> Option<String> {
    let house = match figure.chamber.as_str() {
        "House of Commons" => "HC",
        "Westminster Hall" => "WH",
        "House of Lords" => "HL",
        _ => return None,
    };
    Some(match figure.date.as_deref() {
        Some(date) => format!("{house} Deb {}", long_date(date)),
        None => format!("{house} Deb, date not recorded"),
    })
}

/// "2022-11-24" → "24 November 2022".
fn long_date(iso: &str) -> String {
    Date::parse_iso(iso).map_or_else(|| iso.to_string(), Date::written)
}

#[cfg(test)]
mod tests {
    use super::{citation, isolated_citation, long_date, parliamentary_citation};
    use crate::dataset::embedded_figures;

    #[test]
    fn the_parliamentary_form_names_the_house_and_the_sitting_day_only() {
        let figures = embedded_figures().unwrap_or_default();
        let form = |id: &str| {
            figures
                .iter()
                .find(|f| f.id == id)
                .and_then(parliamentary_citation)
        };
        assert_eq!(
            form("icsc-2022-009").as_deref(),
            Some("HC Deb 24 November 2022")
        );
        assert_eq!(
            form("lac-2016-006").as_deref(),
            Some("WH Deb 20 October 2016")
        );
        assert_eq!(
            form("laming-2009-003").as_deref(),
            Some("HC Deb 12 March 2009")
        );
        assert_eq!(
            form("wh-undated-006").as_deref(),
            Some("WH Deb, date not recorded")
        );
        let mut elsewhere = figures[0].clone();
        elsewhere.chamber = "Scottish Parliament".into();
        assert_eq!(parliamentary_citation(&elsewhere), None);
        elsewhere.chamber = "House of Lords".into();
        elsewhere.date = Some("2020-01-02".into());
        assert_eq!(
            parliamentary_citation(&elsewhere).as_deref(),
            Some("HL Deb 2 January 2020")
        );
        // Every figure of the data has one.
        assert!(figures.iter().all(|f| parliamentary_citation(f).is_some()));
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(long_date("2009-03-12"), "12 March 2009");
        assert_eq!(long_date("nonsense"), "nonsense");
    }

    #[test]
    fn data_text_is_isolated_in_the_shown_citation_only() {
        let mut figure = embedded_figures().unwrap_or_default()[0].clone();
        figure.speaker = "\u{202e}Mallory".into();
        let shown = isolated_citation(&figure);
        assert!(
            shown.starts_with("\u{2068}\u{202e}Mallory\u{2069}"),
            "{shown}"
        );
        assert!(shown.contains(&format!("‘\u{2068}{}\u{2069}’", figure.debate)));
        // The CSV's citation is unchanged: plain text.
        assert!(citation(&figure).starts_with("\u{202e}Mallory"));
        assert_eq!(
            shown.replace(['\u{2068}', '\u{2069}'], ""),
            citation(&figure)
        );
    }
}
