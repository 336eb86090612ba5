//! Topics a figure is filed under.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use serde::{Deserialize, Serialize};

/// What a figure is about, one per figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    /// Social workers: caseloads, vacancies, turnover, recruitment, training.
    Workforce,
    /// Money spent, invested or cut.
    Funding,
    /// Ofsted ratings and the performance of authorities.
    Inspection,
    /// Numbers of looked-after children, placements, residential care.
    ChildrenInCare,
    /// Young people leaving care.
    CareLeavers,
    /// Foster care and foster carers.
    Fostering,
    /// Adoption.
    Adoption,
    /// Kinship carers and family networks.
    KinshipCare,
    /// Referrals, child protection plans, deaths, serious case reviews.
    ChildProtection,
    /// Early intervention, Sure Start, family support.
    EarlyHelp,
    /// Mental health of children in care.
    MentalHealth,
    /// Education, employment, health, prison, homelessness of care-experienced people.
    Outcomes,
    /// Family courts and care proceedings.
    Courts,
    /// Innovation programmes, pilots and projects.
    Innovation,
}

slugs!(
    Topic,
    Workforce = "workforce",
    Funding = "funding",
    Inspection = "inspection",
    ChildrenInCare = "children-in-care",
    CareLeavers = "care-leavers",
    Fostering = "fostering",
    Adoption = "adoption",
    KinshipCare = "kinship-care",
    ChildProtection = "child-protection",
    EarlyHelp = "early-help",
    MentalHealth = "mental-health",
    Outcomes = "outcomes",
    Courts = "courts",
    Innovation = "innovation",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_match_serde_names() {
        for topic in Topic::ALL {
            assert_eq!(Topic::from_slug(topic.slug()), Some(*topic));
            let json = serde_json::to_string(topic).unwrap();
            assert_eq!(json, format!("\"{}\"", topic.slug()));
        }
    }
}
