//! The transcript parsers (`parse_transcript`: Parallel Parliament, TheyWorkForYou in Welsh, and
//! pages with no speakers) on arbitrary text.
//!
//! Properties: a transcript read has speeches, each with a named speaker; every paragraph's span
//! lies on character boundaries inside the text, holds the trimmed, non-empty text of the line it
//! names, and comes after the one before it; reader comments hold no paragraph; every line number
//! (of a speech, a comment or an error) is a line of the text.
#![no_main]

use cited_stats::transcript::parse_transcript;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let lines = line_starts.len();
    let transcript = match parse_transcript("fuzz", text) {
        Ok(transcript) => transcript,
        Err(error) => {
            assert!((1..=lines).contains(&error.line), "{error} ({lines} lines)");
            return;
        }
    };
    assert_eq!(transcript.text, text);
    assert!(!transcript.speeches.is_empty());
    let mut previous_end = 0;
    let mut paragraphs = Vec::new();
    for speech in &transcript.speeches {
        assert!((1..=lines).contains(&speech.line));
        assert!(!speech.speaker.name.trim().is_empty(), "{speech:?}");
        for paragraph in &speech.paragraphs {
            let span = paragraph.span.clone();
            let words = text
                .get(span.clone())
                .unwrap_or_else(|| panic!("span {span:?} is not text"));
            assert!(!words.is_empty() && words.trim() == words, "{words:?}");
            assert!(
                span.start >= previous_end,
                "paragraphs overlap or go back at {span:?}"
            );
            previous_end = span.end;
            let line = paragraph.line;
            assert!((1..=lines).contains(&line));
            let line_end = line_starts.get(line).map_or(text.len(), |next| next - 1);
            let line_text = &text[line_starts[line - 1]..line_end];
            assert_eq!(line_text.trim(), words, "paragraph on line {line}");
            paragraphs.push(span);
        }
    }
    for comment in &transcript.comments {
        assert!(text.get(comment.span.clone()).is_some());
        assert!(1 <= comment.first_line && comment.first_line <= comment.last_line);
        assert!(comment.last_line <= lines);
        for span in &paragraphs {
            assert!(
                span.end <= comment.span.start || comment.span.end <= span.start,
                "paragraph {span:?} inside comment {:?}",
                comment.span
            );
        }
    }
});
