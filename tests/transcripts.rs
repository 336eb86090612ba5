//! The five transcripts parse into the debates and speeches the pages print.
// Native only: the browser build runs tests/web.rs alone (wasm-pack test builds every test).
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a failed unwrap is a failed test

use std::path::Path;

use cited_stats::transcript::{
    Chamber, Date, SourceLayout, Transcript, group_debates, load_transcripts,
};

fn transcripts() -> Vec<Transcript> {
    load_transcripts(&Path::new(env!("CARGO_MANIFEST_DIR")).join("data/transcripts")).unwrap()
}

fn named<'a>(all: &'a [Transcript], prefix: &str) -> &'a Transcript {
    all.iter().find(|t| t.name.starts_with(prefix)).unwrap()
}

#[test]
fn the_copies_are_byte_for_byte_the_seeds() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.exists() {
        return; // shared/ sits beside the project on the team's machines and in CI only.
    }
    let pairs = [
        (
            "000",
            "2022-11-24-commons-independent-review-of-childrens-social-care-part-1",
        ),
        (
            "001",
            "2022-11-24-commons-independent-review-of-childrens-social-care-part-2",
        ),
        ("002", "2009-03-12-commons-lord-lamings-progress-report"),
        (
            "003",
            "undated-westminster-hall-childrens-social-care-minister-reply",
        ),
        (
            "004",
            "2016-10-20-westminster-hall-looked-after-children-social-work-reform",
        ),
    ];
    for (seed, name) in pairs {
        let seed_path = std::fs::read_dir(&seeds)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(seed))
            .unwrap();
        let copy =
            Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("data/transcripts/{name}.txt"));
        assert_eq!(
            std::fs::read(seed_path).unwrap(),
            std::fs::read(copy).unwrap(),
            "{name}"
        );
    }
}

#[test]
fn each_layout_gives_title_date_and_chamber() {
    let all = transcripts();
    let part1 = named(&all, "2022-11-24");
    assert_eq!(part1.layout, SourceLayout::ParallelParliament);
    assert_eq!(
        part1.header.title,
        "Independent Review of Children’s Social Care"
    );
    assert_eq!(part1.header.date, Date::new(2022, 11, 24));
    assert_eq!(part1.header.chamber, Chamber::Commons);

    let laming = named(&all, "2009");
    assert_eq!(laming.layout, SourceLayout::TheyWorkForYou);
    assert_eq!(laming.header.title, "Lord Laming's Progress Report");
    assert_eq!(
        laming.header.date,
        Date::new(2009, 3, 12),
        "“12 Mawrth 2009” is 12 March 2009"
    );
    assert_eq!(laming.header.chamber, Chamber::Commons);

    let lac = named(&all, "2016");
    assert_eq!(lac.header.date, Date::new(2016, 10, 20));
    assert_eq!(lac.header.chamber, Chamber::WestminsterHall);
    assert_eq!(lac.header.title, "Looked-after Children/Social Work Reform");

    let undated = named(&all, "undated");
    assert_eq!(undated.layout, SourceLayout::Unattributed);
    assert_eq!(undated.header.date, None);
    assert_eq!(undated.header.chamber, Chamber::WestminsterHall);
}

#[test]
fn the_two_parts_of_2022_are_one_debate() {
    let mut all = transcripts();
    let debates = group_debates(&mut all);
    assert_eq!(debates.len(), 4);
    let debate = debates
        .iter()
        .find(|d| d.date == Date::new(2022, 11, 24))
        .unwrap();
    assert_eq!(debate.transcripts.len(), 2);
    // Helen Hayes' constituency and party are printed only in part 1; part 2 gets them from it.
    let part2 = named(
        &all,
        "2022-11-24-commons-independent-review-of-childrens-social-care-part-2",
    );
    let hayes = part2
        .speeches
        .iter()
        .find(|s| s.speaker.name == "Helen Hayes")
        .unwrap();
    assert_eq!(hayes.speaker.printed_as, "Helen Hayes");
    assert_eq!(
        hayes.speaker.constituency.as_deref(),
        Some("Dulwich and West Norwood")
    );
    assert_eq!(hayes.speaker.party.as_deref(), Some("Labour"));
}

#[test]
fn welsh_headers_give_party_and_constituency() {
    let all = transcripts();
    let laming = named(&all, "2009");
    let starkey = laming
        .speeches
        .iter()
        .find(|s| s.speaker.name == "Phyllis Starkey")
        .unwrap();
    assert_eq!(starkey.speaker.party.as_deref(), Some("Labour"));
    assert_eq!(
        starkey.speaker.constituency.as_deref(),
        Some("Milton Keynes South West")
    );
    let timpson = laming
        .speeches
        .iter()
        .find(|s| s.speaker.name == "Edward Timpson")
        .unwrap();
    assert_eq!(timpson.speaker.party.as_deref(), Some("Conservative"));
    let balls = &laming.speeches[0];
    assert_eq!(balls.speaker.name, "Edward Balls");
    assert_eq!(
        balls.speaker.role.as_deref(),
        Some("Secretary of State for Children, Schools and Families")
    );
    let speakers: std::collections::BTreeSet<&str> = laming
        .speeches
        .iter()
        .map(|s| s.speaker.name.as_str())
        .collect();
    assert_eq!(speakers.len(), 27, "{speakers:?}");
}

#[test]
fn reader_comments_are_set_aside_and_never_in_a_speech() {
    let all = transcripts();
    let laming = named(&all, "2009");
    assert_eq!(laming.comments.len(), 8);
    let comment_words = [
        "paedophile psychologist",
        "Kinsey Institute",
        "barbara richards",
        "russell burnikell",
        "judgement day",
        "humbling the proud",
        "road sweepers",
    ];
    for transcript in &all {
        for speech in &transcript.speeches {
            for paragraph in &speech.paragraphs {
                let text = transcript.paragraph_text(paragraph);
                for words in comment_words {
                    assert!(
                        !text.contains(words),
                        "comment text {words:?} in a speech at {}:{}",
                        transcript.name,
                        paragraph.line
                    );
                }
                for comment in &transcript.comments {
                    let overlaps = paragraph.span.start < comment.span.end
                        && comment.span.start < paragraph.span.end;
                    assert!(
                        !overlaps,
                        "{}:{} overlaps a comment",
                        transcript.name, paragraph.line
                    );
                }
                assert!(text != "b" && text != "r" && !text.starts_with("Cyflwynwyd gan"));
            }
        }
    }
    for comment in &laming.comments {
        assert!(laming.text[comment.span.clone()].contains("Cyflwynwyd gan"));
    }
}

#[test]
fn every_line_is_a_header_a_paragraph_or_a_comment() {
    for transcript in transcripts() {
        let mut accounted = vec![false; transcript.text.split('\n').count() + 1];
        for speech in &transcript.speeches {
            accounted[speech.line] = true;
            for p in &speech.paragraphs {
                accounted[p.line] = true;
            }
        }
        for comment in &transcript.comments {
            accounted[comment.first_line..=comment.last_line].fill(true);
        }
        let first_speech = transcript.speeches[0].line;
        for (index, line) in transcript.text.split('\n').enumerate() {
            let number = index + 1;
            let text = line.trim();
            let structural = text.is_empty()
                || text == "--- Later in debate ---"
                || (text.starts_with("- ") && text.contains("Hansard"))
                || number < first_speech;
            assert!(
                accounted[number] || structural,
                "{}:{} is unaccounted for: {text:?}",
                transcript.name,
                number
            );
        }
    }
}

#[test]
fn the_unprinted_speakers_are_inferred_with_reasons() {
    let all = transcripts();
    let undated = named(&all, "undated");
    let names: Vec<&str> = undated
        .speeches
        .iter()
        .map(|s| s.speaker.name.as_str())
        .collect();
    assert_eq!(
        names,
        ["Unnamed Minister", "Unnamed Member", "Unnamed Minister"]
    );
    let minister = &undated.speeches[0].speaker;
    assert!(
        minister
            .inferred
            .iter()
            .any(|i| i.field == "speaker" && i.reason.contains("My Department"))
    );
    let member = &undated.speeches[1].speaker;
    assert!(
        member.inferred[0].reason.contains("the hon. Lady"),
        "{:?}",
        member.inferred
    );
    let date = undated
        .header
        .notes
        .iter()
        .find(|n| n.field == "date")
        .unwrap();
    assert!(!date.has_value && date.reason.contains("(7 years ago)"));
    let title = undated
        .header
        .notes
        .iter()
        .find(|n| n.field == "debate")
        .unwrap();
    assert!(title.has_value && title.reason.contains("Fiona Onasanya"));
}

#[test]
fn a_constituency_no_header_prints_is_taken_from_the_debates_words() {
    let mut all = transcripts();
    cited_stats::transcript::group_debates(&mut all);
    let speaker = |part: &str, name: &str| {
        all.iter()
            .find(|t| t.name.contains(part))
            .unwrap()
            .speeches
            .iter()
            .find(|s| s.speaker.name == name)
            .map(|s| s.speaker.clone())
            .unwrap()
    };
    let lewell_buck = speaker("2016", "Emma Lewell-Buck");
    assert_eq!(lewell_buck.constituency.as_deref(), Some("South Shields"));
    let inference = &lewell_buck.inferred[0];
    assert_eq!(inference.field, "speaker_constituency");
    assert!(inference.has_value);
    assert!(
        inference
            .reason
            .contains("“Member for South Shields (Mrs Lewell-Buck)” (2016-10-20-westminster-hall-looked-after-children-social-work-reform:29)"),
        "{}",
        inference.reason
    );
    // Named in part 1, speaking in part 2: the debate's parts are read together.
    let loughton = speaker("part-2", "Tim Loughton");
    assert_eq!(
        loughton.constituency.as_deref(),
        Some("East Worthing and Shoreham")
    );
    assert!(loughton.inferred[0].reason.contains("part-1:78)"));
    assert_eq!(
        loughton.party, None,
        "no words of the debate state his party"
    );
    // No words of the 2009 debate state Edward Balls's party or constituency.
    let balls = speaker("2009", "Edward Balls");
    assert_eq!((balls.party, balls.constituency), (None, None));
    assert!(balls.inferred.is_empty());
    // A printed constituency is never replaced.
    let drummond = speaker("part-1", "Flick Drummond");
    assert_eq!(drummond.constituency.as_deref(), Some("Meon Valley"));
    assert!(drummond.inferred.is_empty());
}
