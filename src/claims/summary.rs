//! A claim in one sentence, for the card: "quoted 3 times, 2016–2022, all £200m"; "quoted twice
//! in the same debate: 7% and about 14% — these differ".

use crate::chart::qualified;
use crate::dataset::Figure;
use crate::joining::join;
use crate::sorting::sort_indices;

use super::{Claim, Claims};

/// The sentence for `claim` of `claims` over `figures`.
pub fn summary(claims: &Claims, claim: &Claim, figures: &[Figure]) -> String {
    // Oldest first, undated last, so the values read in the order they were said.
    let mut order = claim.figures.clone();
    let date = |i: usize| figures.get(i).map(|f| f.date.as_deref().unwrap_or("~"));
    sort_indices(&mut order, &|a, b| date(a).cmp(&date(b)));
    let quoted: Vec<&Figure> = order.iter().filter_map(|&i| figures.get(i)).collect();
    let times = match quoted.len() {
        1 => "once".to_string(),
        2 => "twice".to_string(),
        n => format!("{n} times"),
    };
    let mut values: Vec<String> = Vec::new();
    for f in &quoted {
        let value = qualified(f);
        if !values.contains(&value) {
            values.push(value);
        }
    }
    let values_said = match values.as_slice() {
        [one] if quoted.len() == 2 => format!("both {one}"),
        [one] => format!("all {one}"),
        many => list(many),
    };
    let verdict = if claims.claim_differs(claim) {
        " — these differ"
    } else if values.len() > 1 {
        " — these agree"
    } else {
        ""
    };
    format!("quoted {times}{}: {values_said}{verdict}", when(&quoted))
}

/// " in the same debate", " in 2022", ", 2016–2022", ", 2022 and undated", ", undated".
fn when(quoted: &[&Figure]) -> String {
    let same_debate = quoted
        .first()
        .is_some_and(|first| quoted.iter().all(|f| f.debate_id == first.debate_id));
    if same_debate {
        return " in the same debate".to_string();
    }
    let years = || {
        quoted
            .iter()
            .filter_map(|f| f.date.as_deref().and_then(|d| d.get(..4)))
    };
    let undated = quoted.iter().any(|f| f.date.is_none());
    let span = match (years().min(), years().max()) {
        (Some(first), Some(last)) if first == last => first.to_string(),
        (Some(first), Some(last)) => format!("{first}–{last}"),
        _ => String::new(),
    };
    match (undated, span.is_empty()) {
        (false, _) if !span.chars().any(|c| c == '–') => format!(" in {span}"),
        (false, _) => format!(", {span}"),
        (true, true) => ", undated".to_string(),
        (true, false) => format!(", {span} and undated"),
    }
}

/// "a", "a and b", "a, b and c".
fn list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", join(rest, ", ")),
    }
}
