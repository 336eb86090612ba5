//! A [`Query`] as a URL query string, and back.
//!
//! Parameters, in the canonical order [`to_query_string`] writes them: `chart`, `debate`, `speaker`,
//! `party`, `topic`, `unit`, `claim` (claim keys), `quoted` (`more-than-once`|`differently`),
//! `from`, `to`, `cited` (`yes`|`no`), `q` (search text), `group`, `figure` (the selected
//! figure's id). Defaults are left out: no filter, no search, the timeline
//! chart, no grouping, no figure. A field with several values is one parameter with the values
//! separated by commas, `topic=fostering,adoption`; a comma inside a value is written `%2C`.
//! Values are percent-encoded UTF-8 (`percent.rs`), a space as `+`.
//!
//! Reading collects every problem, each naming the parameter and the value: unknown parameters,
//! a parameter given twice, values that are not slugs, dates or yes/no, `from` after `to`, and bad
//! percent escapes. Empty pieces (`a=1&&b=2`, a trailing `&`) are not parameters and are skipped;
//! a leading `?` is accepted.

use crate::collections::SortedSet;
use crate::joining::join;
use std::fmt;

use crate::dataset::Topic;
use crate::number::Unit;
use crate::transcript::Date;

use super::percent::{decode, encode};
use super::{ChartKind, GroupField, Query, Quoted};
use crate::claims::{NOT_A_CLAIM_KEY, is_claim_key};
use crate::splitting::{split_on, split_once_on};

mod error;

pub use error::UrlError;

/// The names of a view's URL parameters (the element's attributes too), in canonical order.
pub fn parameter_names() -> [&'static str; 14] {
    Param::ALL.map(Param::name)
}

/// The parameters that take a comma-separated list of values.
pub fn list_parameter_names() -> Vec<&'static str> {
    Param::ALL
        .into_iter()
        .filter(|param| param.takes_a_list())
        .map(Param::name)
        .collect()
}

/// The parameters, in canonical order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Param {
    Chart,
    Debate,
    Speaker,
    Party,
    Topic,
    Unit,
    Claim,
    Quoted,
    From,
    To,
    Cited,
    Search,
    Group,
    Figure,
}

impl Param {
    const ALL: [Param; 14] = [
        Param::Chart,
        Param::Debate,
        Param::Speaker,
        Param::Party,
        Param::Topic,
        Param::Unit,
        Param::Claim,
        Param::Quoted,
        Param::From,
        Param::To,
        Param::Cited,
        Param::Search,
        Param::Group,
        Param::Figure,
    ];

    fn name(self) -> &'static str {
        match self {
            Param::Chart => "chart",
            Param::Debate => "debate",
            Param::Speaker => "speaker",
            Param::Party => "party",
            Param::Topic => "topic",
            Param::Unit => "unit",
            Param::Claim => "claim",
            Param::Quoted => "quoted",
            Param::From => "from",
            Param::To => "to",
            Param::Cited => "cited",
            Param::Search => "q",
            Param::Group => "group",
            Param::Figure => "figure",
        }
    }

    fn from_name(name: &str) -> Option<Param> {
        Param::ALL.into_iter().find(|param| param.name() == name)
    }

    fn takes_a_list(self) -> bool {
        matches!(
            self,
            Param::Debate
                | Param::Speaker
                | Param::Party
                | Param::Topic
                | Param::Unit
                | Param::Claim
        )
    }

    /// The query's values for this parameter, unencoded; empty when it is left out.
    fn values(self, query: &Query) -> Vec<String> {
        fn slugs<T: fmt::Display>(set: &SortedSet<T>) -> Vec<String> {
            set.iter().map(T::to_string).collect()
        }
        match self {
            Param::Chart if query.chart == ChartKind::default() => Vec::new(),
            Param::Chart => vec![query.chart.slug().to_string()],
            Param::Debate => slugs(&query.debates),
            Param::Speaker => slugs(&query.speakers),
            Param::Party => slugs(&query.parties),
            Param::Topic => slugs(&query.topics),
            Param::Unit => slugs(&query.units),
            Param::Claim => slugs(&query.claims),
            Param::Quoted => query.quoted.iter().map(|q| q.slug().into()).collect(),
            Param::From => query.from.iter().map(Date::to_string).collect(),
            Param::To => query.to.iter().map(Date::to_string).collect(),
            Param::Cited => query.has_cited_source.iter().map(|&c| yes_no(c)).collect(),
            Param::Search if query.search.is_empty() => Vec::new(),
            Param::Search => vec![query.search.clone()],
            Param::Group => query.group_by.iter().map(|g| g.slug().into()).collect(),
            Param::Figure => query.selected_figure.iter().cloned().collect(),
        }
    }
}

fn yes_no(cited: bool) -> String {
    if cited { "yes" } else { "no" }.to_string()
}

/// The query as a URL query string, without the leading `?`: parameters in canonical order,
/// defaults left out (so the empty query gives ""). For any query whose dates are real and in order,
/// `from_query_string(&to_query_string(&q)) == Ok(q)`.
pub fn to_query_string(query: &Query) -> String {
    let mut parts: Vec<String> = Vec::new();
    for param in Param::ALL {
        let values = param.values(query);
        if !values.is_empty() {
            let encoded: Vec<String> = values.iter().map(|value| encode(value)).collect();
            parts.push(format!("{}={}", param.name(), join(&encoded, ",")));
        }
    }
    join(&parts, "&")
}

/// Reads a URL query string (with or without the leading `?`): the query, or every problem found.
pub fn from_query_string(text: &str) -> Result<Query, Vec<UrlError>> {
    let (query, errors) = from_query_string_lenient(text);
    if errors.is_empty() {
        Ok(query)
    } else {
        Err(errors)
    }
}

/// Reads a URL query string, keeping what is good: the query built from the good parameters (and the
/// good items of a list), with every problem found. A repeated parameter keeps its first value; a
/// `from` after `to` drops both dates.
pub fn from_query_string_lenient(text: &str) -> (Query, Vec<UrlError>) {
    let text = text.strip_prefix('?').unwrap_or(text);
    let mut query = Query::default();
    let mut errors = Vec::new();
    let mut seen: Vec<Param> = Vec::new();
    for piece in split_on(text, b'&').filter(|piece| !piece.is_empty()) {
        let (raw_name, raw_value) = split_once_on(piece, b'=').unwrap_or((piece, ""));
        let name = match decode(raw_name) {
            Ok(name) => name,
            Err(problem) => {
                let problem = format!("cannot be read: the parameter name {problem}");
                errors.push(UrlError::new(raw_name, &shown(raw_value), problem));
                continue;
            }
        };
        let Some(param) = Param::from_name(&name) else {
            let names: Vec<&str> = Param::ALL.iter().map(|p| p.name()).collect();
            let problem = format!(
                "is given to an unknown parameter (the parameters are {})",
                join(&names, ", ")
            );
            errors.push(UrlError::new(&name, &shown(raw_value), problem));
            continue;
        };
        if seen.contains(&param) {
            let problem = if param.takes_a_list() {
                format!(
                    "repeats `{name}`, given already (give several values once, separated by \
                     commas: `{name}=a,b`)"
                )
            } else {
                format!("repeats `{name}`, given already (it takes one value)")
            };
            errors.push(UrlError::new(&name, &shown(raw_value), problem));
            continue;
        }
        seen.push(param);
        read(&mut query, param, raw_value, &mut errors);
    }
    if let (Some(from), Some(to)) = (query.from, query.to) {
        if from > to {
            let problem = format!("is after `to` ({to})");
            errors.push(UrlError::new("from", &from.to_string(), problem));
            query.from = None;
            query.to = None;
        }
    }
    (query, errors)
}

/// Sets the field of `query` that `param` names from its raw (still encoded) value.
fn read(query: &mut Query, param: Param, raw: &str, errors: &mut Vec<UrlError>) {
    let name = param.name();
    let text = |value: &str| Ok(value.to_string());
    match param {
        Param::Chart => {
            if let Some(chart) = one(name, raw, errors, &|v| {
                known(ChartKind::from_slug(v), ChartKind::expected)
            }) {
                query.chart = chart;
            }
        }
        Param::Debate => query.debates = list(name, raw, errors, &text),
        Param::Speaker => query.speakers = list(name, raw, errors, &text),
        Param::Party => query.parties = list(name, raw, errors, &text),
        Param::Topic => {
            query.topics = list(name, raw, errors, &|v| {
                known(Topic::from_slug(v), Topic::expected)
            });
        }
        Param::Unit => {
            query.units = list(name, raw, errors, &|v| {
                known(Unit::from_slug(v), Unit::expected)
            })
        }
        Param::Claim => {
            query.claims = list(name, raw, errors, &|v| {
                if is_claim_key(v) {
                    Ok(v.to_string())
                } else {
                    Err(NOT_A_CLAIM_KEY.into())
                }
            })
        }
        Param::Quoted => {
            query.quoted = one(name, raw, errors, &|v| {
                known(Quoted::from_slug(v), Quoted::expected)
            })
        }
        Param::From => query.from = one(name, raw, errors, &date),
        Param::To => query.to = one(name, raw, errors, &date),
        Param::Cited => {
            query.has_cited_source = one(name, raw, errors, &|v| match v {
                "yes" => Ok(true),
                "no" => Ok(false),
                _ => Err("is not one of (yes, no)".to_string()),
            });
        }
        Param::Search => query.search = one(name, raw, errors, &text).unwrap_or_default(),
        Param::Group => {
            query.group_by = one(name, raw, errors, &|v| {
                known(GroupField::from_slug(v), GroupField::expected)
            })
        }
        Param::Figure => query.selected_figure = one(name, raw, errors, &text),
    }
}

/// A slug read, or the problem naming the accepted slugs.
fn known<T>(found: Option<T>, expected: fn() -> String) -> Result<T, String> {
    found.ok_or_else(|| format!("is not {}", expected()))
}

fn date(value: &str) -> Result<Date, String> {
    Date::parse_iso(value).ok_or_else(|| "is not a date (YYYY-MM-DD)".to_string())
}

/// One value: decoded and read, or `None` with the problem recorded. `parse` is a trait object, so
/// the module holds one copy of this for each kind of value, not one for each reader.
fn one<T>(
    name: &str,
    raw: &str,
    errors: &mut Vec<UrlError>,
    parse: &dyn Fn(&str) -> Result<T, String>,
) -> Option<T> {
    let value = decoded(name, raw, errors)?;
    let read = parse(&value);
    read.map_err(|problem| errors.push(UrlError::new(name, &value, problem)))
        .ok()
}

/// One value decoded, or `None` with the problem recorded. Out of line: `one` is compiled once
/// for each kind of value read, and this part is the same for all of them.
#[inline(never)]
fn decoded(name: &str, raw: &str, errors: &mut Vec<UrlError>) -> Option<String> {
    decode(raw)
        .map_err(|problem| errors.push(UrlError::new(name, raw, problem.to_string())))
        .ok()
}

/// Comma-separated values, each decoded and read; the bad ones are recorded and left out.
fn list<T: Ord>(
    name: &str,
    raw: &str,
    errors: &mut Vec<UrlError>,
    parse: &dyn Fn(&str) -> Result<T, String>,
) -> SortedSet<T> {
    split_on(raw, b',')
        .filter_map(|item| one(name, item, errors, parse))
        .collect()
}

/// A raw value decoded for an error message, or as given when it cannot be decoded.
fn shown(raw: &str) -> String {
    decode(raw).unwrap_or_else(|_| raw.to_string())
}

#[cfg(test)]
mod tests;
