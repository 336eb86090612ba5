//! Party names and abbreviations, in English and in TheyWorkForYou's Welsh interface.

/// Party abbreviations and names as pages print them, with the name this project shows.
const PARTIES: [(&str, &str); 21] = [
    ("Con", "Conservative"),
    ("Conservative", "Conservative"),
    ("Ceidwadwyr", "Conservative"),
    ("Lab", "Labour"),
    ("Labour", "Labour"),
    ("Llafur", "Labour"),
    ("Lab/Co-op", "Labour (Co-op)"),
    ("Llafur a'r Blaid Gydweithredol", "Labour (Co-op)"),
    ("LD", "Liberal Democrat"),
    ("Liberal Democrat", "Liberal Democrat"),
    ("Democratiaid Rhyddfrydol", "Liberal Democrat"),
    ("SNP", "Scottish National Party"),
    ("Scottish National Party", "Scottish National Party"),
    ("DUP", "Democratic Unionist Party"),
    ("Democratic Unionist Party", "Democratic Unionist Party"),
    ("PC", "Plaid Cymru"),
    ("Plaid Cymru", "Plaid Cymru"),
    ("Green", "Green"),
    ("Ind", "Independent"),
    ("Annibynnol", "Independent"),
    ("Alba", "Alba"),
];

/// The party a printed word or abbreviation stands for: "Llafur" → "Labour", "Con" → "Conservative".
pub(crate) fn party_name(printed: &str) -> Option<&'static str> {
    let printed = printed.trim();
    PARTIES
        .iter()
        .find(|(word, _)| *word == printed)
        .map(|(_, name)| *name)
}

#[cfg(test)]
mod tests {
    use super::party_name;

    #[test]
    fn welsh_and_abbreviated_parties() {
        assert_eq!(party_name("Llafur"), Some("Labour"));
        assert_eq!(party_name("Ceidwadwyr"), Some("Conservative"));
        assert_eq!(party_name("Con"), Some("Conservative"));
        assert_eq!(party_name("Lab"), Some("Labour"));
        assert_eq!(party_name("Meon Valley"), None);
    }
}
