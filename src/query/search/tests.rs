use super::super::testing::figure;
use super::*;

fn all(figures: &[Figure]) -> Vec<usize> {
    (0..figures.len()).collect()
}

fn ids(figures: &[Figure], search: &str) -> Vec<String> {
    rank_matches(figures, &all(figures), search)
        .into_iter()
        .map(|i| figures[i].id.clone())
        .collect()
}

fn with_quote(id: &str, quote: &str) -> Figure {
    let mut fig = figure(id);
    fig.quote = quote.to_string();
    fig
}

#[test]
fn no_words_returns_candidates_unchanged() {
    let figures = vec![figure("a"), figure("b"), figure("c")];
    assert_eq!(rank_matches(&figures, &[2, 0], ""), vec![2, 0]);
    assert_eq!(rank_matches(&figures, &[2, 0], "  — ’ "), vec![2, 0]);
}

#[test]
fn every_word_must_prefix_match_some_word() {
    let figures = vec![
        with_quote("a", "Foster carers are leaving."),
        with_quote("b", "Carers of children in foster care."),
        with_quote("c", "Refostering is not a word."),
    ];
    assert_eq!(ids(&figures, "foster"), ["a", "b"]);
    assert_eq!(ids(&figures, "FOST car"), ["a", "b"]);
    assert_eq!(ids(&figures, "foster children"), ["b"]);
    assert_eq!(ids(&figures, "ostering"), Vec::<String>::new());
    assert_eq!(ids(&figures, "foster zebra"), Vec::<String>::new());
}

#[test]
fn searches_measure_speaker_and_cited_source_too() {
    let mut by_speaker = figure("speaker");
    by_speaker.speaker = "Tim Loughton".into();
    let mut by_source = figure("source");
    by_source.cited_source = Some("Ofsted’s annual report".into());
    let mut by_measure = figure("measure");
    by_measure.measure = "councils rated inadequate".into();
    let figures = vec![by_speaker, by_source, by_measure];
    assert_eq!(ids(&figures, "loughton"), ["speaker"]);
    assert_eq!(ids(&figures, "ofsteds annual"), ["source"]);
    assert_eq!(ids(&figures, "Ofsted's"), ["source"]);
    assert_eq!(ids(&figures, "inadeq"), ["measure"]);
}

#[test]
fn accents_quotes_money_and_percent_are_tolerated() {
    let figures = vec![
        with_quote("accent", "The Ysgol Gymraeg café in Aberdâr."),
        with_quote("pounds", "We spent £73 million."),
        with_quote("percent_sign", "Some 36% of them."),
        with_quote("per_cent", "Some 12 per cent. of them."),
        with_quote("curly", "The children’s homes."),
    ];
    assert_eq!(ids(&figures, "CAFÉ"), ["accent"]);
    assert_eq!(ids(&figures, "aberdar"), ["accent"]);
    assert_eq!(ids(&figures, "gbp 73"), ["pounds"]);
    assert_eq!(ids(&figures, "£73"), ["pounds"]);
    assert_eq!(ids(&figures, "GBP"), ["pounds"]);
    assert_eq!(ids(&figures, "%"), ["percent_sign", "per_cent"]);
    assert_eq!(ids(&figures, "per cent"), ["percent_sign", "per_cent"]);
    assert_eq!(ids(&figures, "percent"), ["percent_sign", "per_cent"]);
    assert_eq!(ids(&figures, "12%"), ["per_cent"]);
    assert_eq!(ids(&figures, "children's"), ["curly"]);
    assert_eq!(ids(&figures, "children’s"), ["curly"]);
    assert_eq!(ids(&figures, "“childrens”"), ["curly"]);
}

#[test]
fn measure_and_speaker_rank_above_quote_and_whole_words_above_prefixes() {
    let quote_whole = with_quote("quote_whole", "Adoption rose.");
    let quote_prefix = with_quote("quote_prefix", "Adoptions rose.");
    let mut measure_prefix = figure("measure_prefix");
    measure_prefix.measure = "adoptions completed".into();
    let mut measure_whole = figure("measure_whole");
    measure_whole.measure = "adoption orders".into();
    let mut source_whole = figure("source_whole");
    source_whole.cited_source = Some("Adoption statistics".into());
    let figures = vec![
        quote_prefix,
        quote_whole,
        source_whole,
        measure_prefix,
        measure_whole,
    ];
    assert_eq!(
        ids(&figures, "adoption"),
        [
            "measure_whole",
            "measure_prefix",
            "source_whole",
            "quote_whole",
            "quote_prefix"
        ]
    );
}

#[test]
fn ties_keep_the_candidates_order_and_scores_add_up() {
    let figures = vec![
        with_quote("a", "Social workers left."),
        with_quote("b", "Social workers stayed."),
        with_quote("c", "Social workers left."),
    ];
    assert_eq!(ids(&figures, "social"), ["a", "b", "c"]);
    assert_eq!(rank_matches(&figures, &[2, 1, 0], "social"), vec![2, 1, 0]);
    // b has no word starting "left".
    assert_eq!(ids(&figures, "social left"), ["a", "c"]);
    let mut speaker = with_quote("d", "Workers left.");
    speaker.speaker = "Ann Social".into();
    let figures = vec![figures[0].clone(), speaker];
    // "social" in the speaker outranks "social" in the quote.
    assert_eq!(ids(&figures, "social work"), ["d", "a"]);
}

#[test]
fn out_of_range_candidates_are_dropped_when_searching() {
    let figures = vec![with_quote("a", "Foster care.")];
    assert_eq!(rank_matches(&figures, &[0, 7], "foster"), vec![0]);
}

#[test]
fn scores_are_as_documented() {
    let mut fig = with_quote("a", "Foster care rose.");
    fig.measure = "fostering placements".into();
    let folded = FoldedFigure::new(&fig);
    let words = |text: &str| search_words(text);
    assert_eq!(
        score(&folded, &words("foster")),
        Some(MEASURE_OR_SPEAKER),
        "prefix in the measure beats whole word in the quote"
    );
    assert_eq!(score(&folded, &words("care")), Some(QUOTE + WHOLE_WORD));
    assert_eq!(
        score(&folded, &words("ann care")),
        Some(MEASURE_OR_SPEAKER + WHOLE_WORD + QUOTE + WHOLE_WORD)
    );
    assert_eq!(score(&folded, &words("care zebra")), None);
}
