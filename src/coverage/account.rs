//! Accounting: each phrase the reader finds is in a figure's words, excluded, or unaccounted.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::dataset::{Built, DataPaths, Figure};
use crate::number::{Reading, scan};
use crate::transcript::Transcript;

use super::error::{CoverageError, CoverageProblem};
use super::ledger::{Exclusion, parse_ledger};
use super::sentence::sentence_around;

/// One number phrase found in a speech.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// The transcript's name.
    pub transcript: String,
    /// 1-based transcript line (the paragraph's).
    pub line: usize,
    /// The phrase as printed.
    pub text: String,
    /// Byte range of the phrase in the transcript.
    pub span: Range<usize>,
    /// The sentence holding it, verbatim.
    pub sentence: String,
    /// Which occurrence of the phrase in its sentence it is (1-based), and how many there are.
    pub occurrence: (usize, usize),
    /// What the number reader makes of it.
    pub reading: Option<Reading>,
}

/// One transcript's tally.
#[derive(Debug, Clone, PartialEq)]
pub struct TranscriptCoverage {
    /// The transcript's name.
    pub name: String,
    /// The transcript file, as named in messages.
    pub file: String,
    /// Phrases found in its speeches.
    pub found: usize,
    /// Of those, in (or overlapping) a figure's words.
    pub in_figures: usize,
    /// Of the rest, excluded with a reason.
    pub excluded: usize,
    /// The rest: neither.
    pub unaccounted: Vec<Phrase>,
}

/// The whole check.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// Per transcript, in file-name order.
    pub transcripts: Vec<TranscriptCoverage>,
    /// Every problem: unaccounted phrases, then the ledger files' problems.
    pub errors: Vec<CoverageError>,
}

/// The folder of ledger files: `coverage/` beside `figures.toml`.
pub fn ledger_dir(paths: &DataPaths) -> PathBuf {
    paths.figures.with_file_name("coverage")
}

/// Checks every transcript of a dataset that passed `check` against its ledger file.
pub fn check_coverage(built: &Built, paths: &DataPaths) -> Coverage {
    let dir = ledger_dir(paths);
    let (mut ledgers, mut errors) = read_ledgers(&dir, &built.transcripts);
    let mut unaccounted_errors = Vec::new();
    let mut tallies = Vec::new();
    for transcript in &built.transcripts {
        let file = paths
            .transcripts
            .join(format!("{}.txt", transcript.name))
            .display()
            .to_string();
        let figures: Vec<(Range<usize>, &str)> = built
            .checked
            .figures
            .iter()
            .filter(|f| f.transcript == transcript.name)
            .filter_map(|f| figure_span(f, transcript).map(|span| (span, f.id.as_str())))
            .collect();
        let (ledger_file, exclusions) = ledgers
            .remove(&transcript.name)
            .unwrap_or_else(|| (ledger_path(&dir, &transcript.name), Vec::new()));
        let phrases = phrases_of(transcript);
        let mut tally = TranscriptCoverage {
            name: transcript.name.clone(),
            file: file.clone(),
            found: phrases.len(),
            in_figures: 0,
            excluded: 0,
            unaccounted: Vec::new(),
        };
        let mut used = vec![false; exclusions.len()];
        for (phrase, nth) in with_occurrences(phrases) {
            let in_figure = figures.iter().any(|(span, _)| overlaps(span, &phrase.span));
            let names = |e: &Exclusion| e.line == phrase.line && e.phrase == phrase.text;
            let excluded = exclusions
                .iter()
                .position(|e| names(e) && e.occurrence == Some(nth))
                .or_else(|| {
                    exclusions
                        .iter()
                        .position(|e| names(e) && e.occurrence.is_none())
                });
            if in_figure {
                tally.in_figures += 1;
            } else if let Some(index) = excluded {
                used[index] = true;
                tally.excluded += 1;
            } else {
                unaccounted_errors.push(CoverageError {
                    file: file.clone(),
                    line: phrase.line,
                    problem: CoverageProblem::Unaccounted {
                        phrase: phrase.text.clone(),
                        sentence: phrase.sentence.clone(),
                    },
                });
                tally.unaccounted.push(phrase);
            }
        }
        for (index, (exclusion, used)) in exclusions.iter().zip(used).enumerate() {
            // A repeated exclusion is named once, as a repeat (read_ledgers), not also as unused.
            let repeated = exclusions[..index].iter().any(|e| {
                e.line == exclusion.line
                    && e.phrase == exclusion.phrase
                    && e.occurrence == exclusion.occurrence
            });
            let problem = unused_problem(exclusion, used || repeated, transcript, &figures);
            if let Some(problem) = problem {
                errors.push(CoverageError {
                    file: ledger_file.clone(),
                    line: exclusion.at,
                    problem,
                });
            }
            if let Some(id) = &exclusion.of {
                if !built.checked.figures.iter().any(|f| &f.id == id) {
                    errors.push(CoverageError {
                        file: ledger_file.clone(),
                        line: exclusion.at,
                        problem: CoverageProblem::UnknownFigure(id.clone()),
                    });
                }
            }
        }
        tallies.push(tally);
    }
    unaccounted_errors.append(&mut errors);
    Coverage {
        transcripts: tallies,
        errors: unaccounted_errors,
    }
}

fn ledger_path(dir: &Path, name: &str) -> String {
    dir.join(format!("{name}.toml")).display().to_string()
}

/// The ledger files read, by transcript name: each file's name and its exclusions.
type Ledgers = HashMap<String, (String, Vec<Exclusion>)>;

/// Reads every `*.toml` in the ledger folder (none when it is absent), keyed by transcript name.
fn read_ledgers(dir: &Path, transcripts: &[Transcript]) -> (Ledgers, Vec<CoverageError>) {
    let mut ledgers = HashMap::new();
    let mut errors = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (ledgers, errors);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    for path in paths {
        let file = path.display().to_string();
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if !transcripts.iter().any(|t| t.name == name) {
            errors.push(CoverageError {
                file,
                line: 0,
                problem: CoverageProblem::NoSuchTranscript(name),
            });
            continue;
        }
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                errors.push(CoverageError {
                    file,
                    line: 0,
                    problem: CoverageProblem::Syntax(format!("cannot read: {e}")),
                });
                continue;
            }
        };
        let (exclusions, mut problems) = parse_ledger(&file, &text);
        errors.append(&mut problems);
        let mut first: HashMap<(usize, &str, Option<usize>), usize> = HashMap::new();
        for exclusion in &exclusions {
            let key = (
                exclusion.line,
                exclusion.phrase.as_str(),
                exclusion.occurrence,
            );
            match first.get(&key) {
                Some(&line) => errors.push(CoverageError {
                    file: file.clone(),
                    line: exclusion.at,
                    problem: CoverageProblem::DuplicateExclusion {
                        phrase: exclusion.phrase.clone(),
                        occurrence: exclusion.occurrence,
                        first: line,
                    },
                }),
                None => {
                    first.insert(key, exclusion.at);
                }
            }
        }
        ledgers.insert(name, (file, exclusions));
    }
    (ledgers, errors)
}

/// Why an exclusion that accounted for nothing is wrong: it matches no phrase on its line left to
/// account for (none, or each taken by a figure or a more precise exclusion), or only phrases
/// already in a figure.
fn unused_problem(
    exclusion: &Exclusion,
    used: bool,
    transcript: &Transcript,
    figures: &[(Range<usize>, &str)],
) -> Option<CoverageProblem> {
    if used {
        return None;
    }
    let on_line: Vec<(Phrase, usize)> = with_occurrences(phrases_of(transcript))
        .into_iter()
        .filter(|(p, _)| p.line == exclusion.line)
        .collect();
    let figure_of = |p: &Phrase| figures.iter().find(|(span, _)| overlaps(span, &p.span));
    let named: Vec<&Phrase> = on_line
        .iter()
        .filter(|(p, nth)| {
            p.text == exclusion.phrase && exclusion.occurrence.is_none_or(|n| n == *nth)
        })
        .map(|(p, _)| p)
        .collect();
    // Needless only when every occurrence it names is in a figure; otherwise others account for them.
    let in_figure = match named
        .iter()
        .map(|p| figure_of(p))
        .collect::<Option<Vec<_>>>()
    {
        Some(all) => all.first().copied(),
        None => None,
    };
    Some(match in_figure {
        Some((_, id)) => CoverageProblem::ExcludesAFigure {
            phrase: exclusion.phrase.clone(),
            figure: (*id).to_string(),
        },
        None => CoverageProblem::StaleExclusion {
            phrase: exclusion.phrase.clone(),
            occurrence: exclusion.occurrence,
            transcript_line: exclusion.line,
            found: on_line.into_iter().map(|(p, _)| p.text).collect(),
        },
    })
}

/// Each phrase with its occurrence (1-based) among the phrases of the same words on its line.
fn with_occurrences(phrases: Vec<Phrase>) -> Vec<(Phrase, usize)> {
    let mut seen: HashMap<(usize, String), usize> = HashMap::new();
    phrases
        .into_iter()
        .map(|phrase| {
            let count = seen.entry((phrase.line, phrase.text.clone())).or_insert(0);
            *count += 1;
            let nth = *count;
            (phrase, nth)
        })
        .collect()
}

/// Every number phrase in the transcript's speech paragraphs, in order.
pub fn phrases_of(transcript: &Transcript) -> Vec<Phrase> {
    let mut phrases = Vec::new();
    for speech in &transcript.speeches {
        for paragraph in &speech.paragraphs {
            let text = transcript.paragraph_text(paragraph);
            for found in scan(text) {
                let sentence_span = sentence_around(text, &found.span);
                let sentence = &text[sentence_span.clone()];
                let phrase = &text[found.span.clone()];
                let before = found.span.start - sentence_span.start;
                let starts: Vec<usize> = sentence.match_indices(phrase).map(|(i, _)| i).collect();
                let occurrence = starts.iter().take_while(|&&i| i < before).count() + 1;
                phrases.push(Phrase {
                    transcript: transcript.name.clone(),
                    line: paragraph.line,
                    text: phrase.to_string(),
                    span: paragraph.span.start + found.span.start
                        ..paragraph.span.start + found.span.end,
                    sentence: sentence.to_string(),
                    occurrence: (occurrence, starts.len()),
                    reading: found.reading,
                });
            }
        }
    }
    phrases
}

/// The byte range of a figure's words in its transcript.
fn figure_span(figure: &Figure, transcript: &Transcript) -> Option<Range<usize>> {
    let paragraph = transcript
        .speeches
        .iter()
        .flat_map(|s| &s.paragraphs)
        .find(|p| p.line == figure.transcript_line)?;
    let text = transcript.paragraph_text(paragraph);
    let quote_at = text.find(&figure.quote)?;
    let in_quote = figure
        .quote
        .char_indices()
        .nth(figure.figure_offset)
        .map_or(figure.quote.len(), |(i, _)| i);
    let start = paragraph.span.start + quote_at + in_quote;
    Some(start..start + figure.figure_text.len())
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}
