//! What a chart, a PNG and a card say about where their figures come from: the built-in dataset
//! (checked against the transcripts by this project) or a dataset a page gave, named by its source.

use super::isolate;

/// The line under an exported PNG. `given` is the source of a dataset the page gave (`None` for
/// the built-in one); `view` a link to the view in the explorer, where there is one.
pub fn source_line(given: Option<&str>, view: Option<&str>) -> String {
    let from = match given {
        None => "Source: figures quoted in UK parliamentary debates, each with its words, speaker and date (cited-stats).".to_string(),
        Some(source) => format!(
            "Source: the dataset {}, given to this page: not the cited-stats dataset, and not checked by it.",
            isolate(source)
        ),
    };
    match view {
        Some(link) => format!("{from} View: {link}"),
        None => from,
    }
}

/// What the card and its citation add for a figure from a dataset the page gave.
pub fn dataset_note(source: &str) -> String {
    format!(
        "from the dataset {}, given to this page (not the cited-stats dataset)",
        isolate(source)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_dataset_is_named_and_never_passed_off_as_the_built_in_one() {
        let built_in = source_line(None, Some("https://x.test/index.html?chart=bars"));
        assert!(built_in.starts_with("Source: figures quoted in UK parliamentary debates"));
        assert!(built_in.ends_with(" View: https://x.test/index.html?chart=bars"));
        let given = source_line(Some("https://other.test/mine.json"), None);
        assert_eq!(
            given,
            "Source: the dataset \u{2068}https://other.test/mine.json\u{2069}, given to this page: not the cited-stats dataset, and not checked by it."
        );
        assert!(dataset_note("property `data`").contains("property `data`"));
    }
}
