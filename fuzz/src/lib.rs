//! Shared pieces of the fuzz targets: the project's own data, loaded once, and the properties more
//! than one target checks. A failed property panics, which libFuzzer reports as a crash.

use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;

use cited_stats::dataset::{Figure, embedded_figures};
use cited_stats::number::Qualifier;
use cited_stats::transcript::{Date, Debate, Transcript, group_debates, load_transcripts};

/// The built-in dataset (data/figures.jsonl as the crate embeds it).
pub fn figures() -> &'static [Figure] {
    static FIGURES: OnceLock<Vec<Figure>> = OnceLock::new();
    FIGURES.get_or_init(|| embedded_figures().expect("the embedded dataset reads"))
}

/// The committed transcripts (data/transcripts/) and the debates they make up.
pub fn transcripts() -> &'static (Vec<Transcript>, Vec<Debate>) {
    static TRANSCRIPTS: OnceLock<(Vec<Transcript>, Vec<Debate>)> = OnceLock::new();
    TRANSCRIPTS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/transcripts");
        let mut transcripts = load_transcripts(&dir).expect("the committed transcripts parse");
        let debates = group_debates(&mut transcripts);
        (transcripts, debates)
    })
}

/// Whether the figure's words are in its quote at `figure_offset`, counted in characters, checked
/// independently of `Figure::quote_parts`.
pub fn words_at_offset(figure: &Figure) -> bool {
    let chars = figure.quote.chars().count();
    if figure.figure_offset > chars {
        return false;
    }
    let rest: String = figure.quote.chars().skip(figure.figure_offset).collect();
    rest.starts_with(&figure.figure_text)
}

/// Panics unless `figures` is what `check_figures` promises to accept: at least one record, no
/// empty required text, unique ids, the words at their offset, finite numbers, a range only with
/// qualifier "range" and its upper value above the lower, ISO dates.
pub fn assert_sound(figures: &[Figure]) {
    assert!(!figures.is_empty(), "an empty dataset was accepted");
    let mut ids = HashSet::new();
    for f in figures {
        for text in [&f.id, &f.quote, &f.figure_text, &f.speaker, &f.debate] {
            assert!(!text.trim().is_empty(), "accepted empty text in {f:?}");
        }
        assert!(
            ids.insert(f.id.as_str()),
            "accepted a repeated id {:?}",
            f.id
        );
        assert!(
            words_at_offset(f),
            "accepted words not at their offset: {f:?}"
        );
        let (before, words, after) = f.quote_parts().expect("quote_parts of an accepted figure");
        assert_eq!(words, f.figure_text);
        assert_eq!(before.chars().count(), f.figure_offset);
        assert_eq!(format!("{before}{words}{after}"), f.quote);
        assert!(f.value.is_finite(), "accepted value {}", f.value);
        match f.value_high {
            Some(high) => {
                assert!(high.is_finite(), "accepted value_high {high}");
                assert_eq!(f.qualifier, Qualifier::Range);
                assert!(high > f.value, "accepted range {} to {high}", f.value);
            }
            None => assert_ne!(f.qualifier, Qualifier::Range),
        }
        if let Some(date) = &f.date {
            assert!(Date::parse_iso(date).is_some(), "accepted date {date:?}");
        }
    }
}
