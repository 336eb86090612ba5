//! The summary `cited-stats check` prints: figures per debate, speaker and unit; how many cite a
//! source; how many have inferred fields; which words could not be read mechanically.

use crate::claims::Claims;
use crate::labels::CITE_A_SOURCE;
use std::collections::BTreeMap;
use std::fmt;

use super::Figure;

/// Counts over a resolved dataset.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Number of figures.
    pub figures: usize,
    /// Figures per debate ("date title").
    pub per_debate: BTreeMap<String, usize>,
    /// Figures per speaker.
    pub per_speaker: BTreeMap<String, usize>,
    /// Figures per unit.
    pub per_unit: BTreeMap<String, usize>,
    /// Figures per topic.
    pub per_topic: BTreeMap<String, usize>,
    /// Figures naming a source.
    pub cited: usize,
    /// Figures with at least one inferred field.
    pub with_inferred: usize,
    /// (id, reason) of figures whose words are not read mechanically.
    pub unparsed: Vec<(String, String)>,
    /// Each claim: (key, the core's sentence for it, whether its quotations differ).
    pub claims: Vec<(String, String, bool)>,
    /// Figures that quote a claim.
    pub quotations: usize,
}

impl Summary {
    /// Counts the figures.
    pub fn of(figures: &[Figure]) -> Summary {
        let mut summary = Summary {
            figures: figures.len(),
            ..Summary::default()
        };
        for f in figures {
            let debate = format!("{} {}", f.date.as_deref().unwrap_or("undated"), f.debate);
            *summary.per_debate.entry(debate).or_default() += 1;
            *summary.per_speaker.entry(f.speaker.clone()).or_default() += 1;
            *summary.per_unit.entry(f.unit.to_string()).or_default() += 1;
            *summary.per_topic.entry(f.topic.to_string()).or_default() += 1;
            summary.cited += usize::from(f.has_cited_source());
            summary.with_inferred += usize::from(!f.inferred.is_empty());
            if let Some(reason) = &f.unparsed {
                summary.unparsed.push((f.id.clone(), reason.clone()));
            }
        }
        let claims = Claims::new(figures);
        for claim in claims.all() {
            summary.quotations += claim.figures.len();
            summary.claims.push((
                claim.key.clone(),
                crate::claims::summary(&claims, claim, figures),
                claims.claim_differs(claim),
            ));
        }
        summary
    }
}

fn section(
    f: &mut fmt::Formatter<'_>,
    title: &str,
    counts: &BTreeMap<String, usize>,
) -> fmt::Result {
    writeln!(f, "{title}:")?;
    let mut rows: Vec<(&String, &usize)> = counts.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (name, count) in rows {
        writeln!(f, "  {count:>4}  {name}")?;
    }
    Ok(())
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} figures", self.figures)?;
        section(f, "per debate", &self.per_debate)?;
        section(f, "per speaker", &self.per_speaker)?;
        section(f, "per unit", &self.per_unit)?;
        section(f, "per topic", &self.per_topic)?;
        writeln!(f, "{CITE_A_SOURCE}: {} of {}", self.cited, self.figures)?;
        writeln!(
            f,
            "with inferred fields: {} of {}",
            self.with_inferred, self.figures
        )?;
        writeln!(f, "words not read mechanically: {}", self.unparsed.len())?;
        for (id, reason) in &self.unparsed {
            writeln!(f, "  {id}: {reason}")?;
        }
        let differ = self
            .claims
            .iter()
            .filter(|(_, _, differs)| *differs)
            .count();
        writeln!(
            f,
            "claims: {} ({} quotations), of which {differ} quoted differently",
            self.claims.len(),
            self.quotations
        )?;
        for (key, sentence, _) in &self.claims {
            writeln!(f, "  {key}: {sentence}")?;
        }
        Ok(())
    }
}
