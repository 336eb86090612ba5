//! The closed set of reasons a number phrase is not a figure.

/// Why a number phrase in a speech is not a statistic (see `data/README.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    /// A year, date, time of day, or a span that only says when something happened ("in 2016",
    /// "15 years ago", "over the last 30 years").
    Date,
    /// A number about the debate or a document rather than the world: clauses, sections cited as
    /// places, pages referred to, counts of recommendations, questions, points, missions, pillars.
    Procedural,
    /// An ordinal: "the first time", "the second pillar", "fourth emergency service".
    Ordinal,
    /// A number inside a name: "Children Act 1989", "Catch22", "covid-19", "Teach First".
    Name,
    /// Words that state no figure about children's social care: a pronoun ("one of the problems"),
    /// an idiom, a vague amount, a personal anecdote, an illustration.
    NotAStatistic,
    /// The same figure said again in the same speech; `of` names the figure's id.
    RepeatOf,
    /// A number inside a recorded figure's measure, period or cited source (a threshold, an age
    /// band, the year a rate refers to); `of` names the figure's id.
    PartOf,
}

slugs!(
    Reason,
    Date = "date",
    Procedural = "procedural",
    Ordinal = "ordinal",
    Name = "name",
    NotAStatistic = "not-a-statistic",
    RepeatOf = "repeat-of",
    PartOf = "part-of"
);

impl Reason {
    /// Whether the reason names a figure in `of`.
    pub fn needs_figure(self) -> bool {
        matches!(self, Reason::RepeatOf | Reason::PartOf)
    }
}
