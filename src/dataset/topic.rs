//! Topics a figure is filed under.

use serde::{Deserialize, Serialize};
use std::fmt;

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

impl Topic {
    /// Every topic, in declaration order.
    pub const ALL: &'static [Topic] = &[
        Topic::Workforce,
        Topic::Funding,
        Topic::Inspection,
        Topic::ChildrenInCare,
        Topic::CareLeavers,
        Topic::Fostering,
        Topic::Adoption,
        Topic::KinshipCare,
        Topic::ChildProtection,
        Topic::EarlyHelp,
        Topic::MentalHealth,
        Topic::Outcomes,
        Topic::Courts,
        Topic::Innovation,
    ];

    /// The name used in data files, exports and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Topic::Workforce => "workforce",
            Topic::Funding => "funding",
            Topic::Inspection => "inspection",
            Topic::ChildrenInCare => "children-in-care",
            Topic::CareLeavers => "care-leavers",
            Topic::Fostering => "fostering",
            Topic::Adoption => "adoption",
            Topic::KinshipCare => "kinship-care",
            Topic::ChildProtection => "child-protection",
            Topic::EarlyHelp => "early-help",
            Topic::MentalHealth => "mental-health",
            Topic::Outcomes => "outcomes",
            Topic::Courts => "courts",
            Topic::Innovation => "innovation",
        }
    }

    /// Reads a slug.
    pub fn from_slug(slug: &str) -> Option<Topic> {
        Topic::ALL.iter().copied().find(|t| t.slug() == slug)
    }

    /// The accepted slugs, for error messages.
    pub fn expected() -> String {
        let all: Vec<&str> = Topic::ALL.iter().map(|t| t.slug()).collect();
        format!("one of ({})", all.join(", "))
    }
}

impl fmt::Display for Topic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

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
