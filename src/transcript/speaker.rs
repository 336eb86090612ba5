//! Speakers: who a header names, read from each layout's header line.

use super::Inference;
use super::party::party_name;

/// A speaker as the transcript records them.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    /// The speaker's name: the portrait caption or photo caption ("Edward Timpson"), or for an
    /// unprinted speaker a description such as "Unnamed Minister".
    pub name: String,
    /// The header exactly as printed after the name caption ("Mrs Flick Drummond (Meon Valley) (Con)").
    pub printed_as: String,
    /// Constituency, where printed.
    pub constituency: Option<String>,
    /// Party, as a full name ("Labour"), where printed.
    pub party: Option<String>,
    /// Office held, where printed ("Secretary of State for Children, Schools and Families").
    pub role: Option<String>,
    /// Fields inferred from the text rather than printed, with reasons.
    pub inferred: Vec<Inference>,
}

impl Speaker {
    /// A speaker known only by name.
    pub fn named(name: &str, printed_as: &str) -> Speaker {
        Speaker {
            name: name.to_string(),
            printed_as: printed_as.to_string(),
            constituency: None,
            party: None,
            role: None,
            inferred: Vec::new(),
        }
    }

    /// Fills fields this header left out from an earlier header of the same person in the same
    /// debate (the page prints constituency and party only at a speaker's first contribution).
    pub fn complete_from(&mut self, earlier: &Speaker) {
        if self.constituency.is_none() {
            self.constituency.clone_from(&earlier.constituency);
        }
        if self.party.is_none() {
            self.party.clone_from(&earlier.party);
        }
        if self.role.is_none() {
            self.role.clone_from(&earlier.role);
        }
    }
}

/// Reads a Parallel Parliament header: `"<Name> Portrait <printed>"` where printed is one of
/// `"Name (Constituency) (Party)"`, `"The Minister for X (Name)"` or just `"Mrs Drummond"`.
pub fn parse_portrait_header(line: &str) -> Option<Speaker> {
    let (name, printed) = line.split_once(" Portrait ")?;
    let name = name.trim();
    let printed = printed.trim();
    if name.is_empty() || printed.is_empty() {
        return None;
    }
    let mut speaker = Speaker::named(name, printed);
    let (head, groups) = trailing_parentheses(printed);
    match groups.as_slice() {
        [constituency, party] => {
            speaker.constituency = Some(constituency.to_string());
            speaker.party = party_name(party)
                .map(str::to_string)
                .or(Some(party.to_string()));
        }
        [_] if head.starts_with("The ") => speaker.role = Some(head.to_string()),
        [inner] => match party_name(inner) {
            Some(party) => speaker.party = Some(party.to_string()),
            None => speaker.constituency = Some(inner.to_string()),
        },
        _ => {}
    }
    Some(speaker)
}

/// Splits `"A (B) (C)"` into `("A", ["B", "C"])`; text without trailing groups gives `(text, [])`.
fn trailing_parentheses(text: &str) -> (&str, Vec<&str>) {
    let mut rest = text.trim_end();
    let mut groups = Vec::new();
    while let Some(without_close) = rest.strip_suffix(')') {
        let Some(open) = without_close.rfind('(') else {
            break;
        };
        groups.push(without_close[open + 1..].trim());
        rest = without_close[..open].trim_end();
    }
    groups.reverse();
    (rest, groups)
}

/// Reads a TheyWorkForYou header: `"Photo of <Name> <Name> <rest>"`, where rest is
/// `"<Party>, <Constituency>"` (party possibly in Welsh) or an office, optionally followed by the
/// time and date of the first speech (`"12:36, 12 Mawrth 2009"`).
pub fn parse_photo_header(line: &str) -> Option<Speaker> {
    let after = line.trim().strip_prefix("Photo of ")?;
    let words: Vec<&str> = after.split(' ').collect();
    // The name is printed twice; a blank "name" (spaces after "Photo of") is no header.
    let name_len = (1..=words.len() / 2).find(|&k| {
        words[..k] == words[k..2 * k] && words[..k].iter().any(|word| !word.is_empty())
    })?;
    let name = words[..name_len].join(" ");
    let rest = strip_time_and_date(&words[2 * name_len..].join(" "));
    let mut speaker = Speaker::named(&name, after);
    if rest.is_empty() {
        return Some(speaker);
    }
    let party = rest
        .split_once(", ")
        .and_then(|(first, constituency)| party_name(first).map(|p| (p, constituency)));
    match party {
        Some((party, constituency)) => {
            speaker.party = Some(party.to_string());
            speaker.constituency = Some(constituency.to_string());
        }
        None => speaker.role = Some(undouble(&rest).to_string()),
    }
    Some(speaker)
}

/// Drops a trailing `"HH:MM, D Month YYYY"` from a header.
fn strip_time_and_date(rest: &str) -> String {
    let words: Vec<&str> = rest.split(' ').collect();
    let is_time = |w: &str| {
        let w = w.trim_end_matches(',');
        w.len() >= 4 && w.contains(':') && w.chars().all(|c| c.is_ascii_digit() || c == ':')
    };
    match words.iter().position(|w| is_time(w)) {
        Some(i) if words.len() - i == 4 => words[..i].join(" "),
        _ => rest.to_string(),
    }
}

/// Pages repeat some offices twice ("Chair, X Committee, Chair, X Committee"): keep one.
fn undouble(text: &str) -> &str {
    let half = text.len().saturating_sub(2) / 2;
    match (
        text.get(..half),
        text.get(half..half + 2),
        text.get(half + 2..),
    ) {
        (Some(a), Some(", "), Some(b)) if a == b => a,
        _ => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portrait_with_constituency_and_party() {
        let s =
            parse_portrait_header("Flick Drummond Portrait Mrs Flick Drummond (Meon Valley) (Con)")
                .unwrap();
        assert_eq!(s.name, "Flick Drummond");
        assert_eq!(s.constituency.as_deref(), Some("Meon Valley"));
        assert_eq!(s.party.as_deref(), Some("Conservative"));
        assert_eq!(s.role, None);
        let s = parse_portrait_header(
            "David Simmonds Portrait David Simmonds (Ruislip, Northwood and Pinner) (Con)",
        )
        .unwrap();
        assert_eq!(
            s.constituency.as_deref(),
            Some("Ruislip, Northwood and Pinner")
        );
    }

    #[test]
    fn portrait_with_office() {
        let s = parse_portrait_header(
            "Edward Timpson Portrait The Minister for Vulnerable Children and Families (Edward Timpson)",
        )
        .unwrap();
        assert_eq!(s.name, "Edward Timpson");
        assert_eq!(
            s.role.as_deref(),
            Some("The Minister for Vulnerable Children and Families")
        );
        assert_eq!(s.constituency, None);
    }

    #[test]
    fn portrait_with_name_only() {
        let s = parse_portrait_header("Flick Drummond Portrait Mrs Drummond").unwrap();
        assert_eq!(s.name, "Flick Drummond");
        assert_eq!(s.printed_as, "Mrs Drummond");
        assert_eq!((s.party, s.constituency, s.role), (None, None, None));
        assert!(parse_portrait_header("no header here").is_none());
    }

    #[test]
    fn photo_with_a_blank_name_is_no_header() {
        assert!(parse_photo_header("Photo of   commissioner 12 Mawrth 2009").is_none());
        assert!(parse_photo_header("Photo of  ").is_none());
    }

    #[test]
    fn photo_with_welsh_party() {
        let s = parse_photo_header(
            "Photo of Phyllis Starkey Phyllis Starkey Llafur, Milton Keynes South West",
        )
        .unwrap();
        assert_eq!(s.name, "Phyllis Starkey");
        assert_eq!(s.party.as_deref(), Some("Labour"));
        assert_eq!(s.constituency.as_deref(), Some("Milton Keynes South West"));
        let s = parse_photo_header(
            "Photo of Edward Timpson Edward Timpson Ceidwadwyr, Crewe and Nantwich",
        )
        .unwrap();
        assert_eq!(s.party.as_deref(), Some("Conservative"));
        let s = parse_photo_header("Photo of Meg Munn Meg Munn Llafur, Sheffield, Heeley").unwrap();
        assert_eq!(s.constituency.as_deref(), Some("Sheffield, Heeley"));
    }

    #[test]
    fn photo_with_office_time_and_date() {
        let s = parse_photo_header(
            "Photo of Edward Balls Edward Balls Secretary of State for Children, Schools and Families 12:36, 12 Mawrth 2009",
        )
        .unwrap();
        assert_eq!(s.name, "Edward Balls");
        assert_eq!(
            s.role.as_deref(),
            Some("Secretary of State for Children, Schools and Families")
        );
        let s = parse_photo_header(
            "Photo of Barry Sheerman Barry Sheerman Chair, Children, Schools and Families Committee, Chair, Children, Schools and Families Committee",
        )
        .unwrap();
        assert_eq!(
            s.role.as_deref(),
            Some("Chair, Children, Schools and Families Committee")
        );
        let s = parse_photo_header("Photo of Michael Lord Michael Lord Deputy Speaker (Second Deputy Chairman of Ways and Means)").unwrap();
        assert_eq!(s.name, "Michael Lord");
    }
}
