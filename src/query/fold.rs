//! Text folded into words for matching, so that a search finds the words however they were typed:
//! Latin letters in lower case and without accents ("É" → "e", "Ŵ" → "w", "ß" → "ss"); apostrophes,
//! straight or curly, dropped ("children’s" = "children's" = "childrens"); quotes, hyphens, dashes
//! and other punctuation as spaces; "£" as the word "gbp"; "%" and "per cent" as the word
//! "percent"; digit groups joined ("12,000" → "12000") and decimal points kept ("1.2").
//!
//! Case is folded for the Latin script only (ASCII, Latin-1, Latin Extended-A, the Welsh letters of
//! Latin Extended Additional and the Romanian comma-below letters): the debates are in English and
//! Welsh. Letters of other scripts are matched as typed. This keeps the standard library's full
//! Unicode case and property tables (about 9 kB brotli) out of the browser module.

/// The folded words of `text`, in order (see the module notes for what folding does).
pub fn search_words(text: &str) -> Vec<String> {
    let chars = folded_chars(text);
    let mut words = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if is_word_char(c) {
            word.push(c);
            continue;
        }
        let digit_before = i
            .checked_sub(1)
            .and_then(|before| chars.get(before))
            .is_some_and(char::is_ascii_digit);
        let digit_after = chars
            .get(i.saturating_add(1))
            .is_some_and(char::is_ascii_digit);
        match c {
            ',' if digit_before && digit_after => {}
            '.' if digit_before && digit_after => word.push('.'),
            _ => end_word(&mut word, &mut words),
        }
    }
    end_word(&mut word, &mut words);
    join_per_cent(words)
}

fn end_word(word: &mut String, words: &mut Vec<String>) {
    if !word.is_empty() {
        words.push(std::mem::take(word));
    }
}

/// "per" followed by "cent" becomes "percent".
fn join_per_cent(words: Vec<String>) -> Vec<String> {
    let mut joined: Vec<String> = Vec::with_capacity(words.len());
    for word in words {
        if word == "cent" && joined.last().is_some_and(|last| last == "per") {
            if let Some(last) = joined.last_mut() {
                *last = "percent".to_string();
            }
        } else {
            joined.push(word);
        }
    }
    joined
}

/// Lower-cased, accent-free characters, with "£" and "%" spelt out and apostrophes dropped.
fn folded_chars(text: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '£' => out.extend(" gbp ".chars()),
            '%' => out.extend(" percent ".chars()),
            '\'' | '‘' | '’' | 'ʼ' | '′' | '`' | '´' => {}
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            _ => match fold_latin(c) {
                Some(plain) => out.extend(plain.chars()),
                None if is_combining_mark(c) => {}
                None => out.push(c),
            },
        }
    }
    out
}

/// Whether `c` (already folded) belongs to a word: an ASCII letter or digit, or any other
/// character outside the punctuation, symbol and space blocks (so letters of any script count).
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c,
        '\u{80}'..='\u{BF}'            // C1 controls, Latin-1 punctuation and symbols (NBSP, «, », ·)
        | '\u{D7}' | '\u{F7}'          // × ÷
        | '\u{1680}' | '\u{FEFF}'      // Ogham space mark, zero-width no-break space
        | '\u{2000}'..='\u{2BFF}'      // spaces, dashes, quotes, bidi controls, symbols, arrows
        | '\u{2E00}'..='\u{2E7F}'      // supplemental punctuation
        | '\u{3000}'..='\u{303F}'      // CJK symbols and punctuation
        | '\u{FE10}'..='\u{FE6F}'      // vertical, small and compatibility punctuation
        | '\u{FF01}'..='\u{FF0F}'      // fullwidth punctuation
    )
}

/// Combining diacritics (text typed or stored decomposed: "e" + U+0301).
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// The plain lower-case letters for a non-ASCII Latin letter of either case (Latin-1, Latin
/// Extended-A, the Welsh letters of Latin Extended Additional, and Romanian comma-below letters).
fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "a",
        'Æ' => "ae",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' => "c",
        'Ð' | 'Ď' | 'Đ' => "d",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "e",
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' => "g",
        'Ĥ' | 'Ħ' => "h",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "i",
        'Ĳ' => "ij",
        'Ĵ' => "j",
        'Ķ' => "k",
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' => "l",
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' | 'Ŋ' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' => "o",
        'Œ' => "oe",
        'Ŕ' | 'Ŗ' | 'Ř' => "r",
        'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' => "s",
        'Ţ' | 'Ť' | 'Ŧ' | 'Ț' => "t",
        'Þ' => "th",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' => "u",
        'Ŵ' | 'Ẁ' | 'Ẃ' | 'Ẅ' => "w",
        'Ý' | 'Ÿ' | 'Ŷ' | 'Ỳ' => "y",
        'Ź' | 'Ż' | 'Ž' => "z",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ð' | 'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' | 'ĸ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> String {
        search_words(text).join(" ")
    }

    #[test]
    fn case_and_accents_fold() {
        assert_eq!(words("Café NAÏVE Ŵyn"), "cafe naive wyn");
        assert_eq!(words("Straße Œuvre Łódź Þór"), "strasse oeuvre lodz thor");
        assert_eq!(words("Ẃyn ỲMDDIRIEDOLAETH"), "wyn ymddiriedolaeth");
        // Decomposed: e + combining acute; I with dot above lower-cases to i + a combining dot.
        assert_eq!(words("Cafe\u{301} İstanbul"), "cafe istanbul");
    }

    #[test]
    fn every_latin_capital_folds_as_its_small_letter() {
        // The pairs of Latin-1 and Latin Extended-A, checked against the standard library's
        // full Unicode lower-casing (which the module no longer carries).
        let latin = ('\u{C0}'..='\u{17F}').chain(['Ẁ', 'Ẃ', 'Ẅ', 'Ỳ', 'Ș', 'Ț']);
        for upper in latin.filter(|c| c.is_uppercase()) {
            let lower: String = upper.to_lowercase().collect();
            assert_eq!(words(&upper.to_string()), words(&lower), "{upper}");
            assert!(!words(&lower).is_empty(), "{upper}");
        }
    }

    #[test]
    fn other_scripts_are_words_matched_as_typed() {
        assert_eq!(words("Ωmega ωmega"), "Ωmega ωmega");
        assert_eq!(words("ysgol, «ysgol» · ysgol"), "ysgol ysgol ysgol");
        assert_eq!(words("a\u{202e}b\u{a0}c\u{2009}d"), "a b c d");
    }

    #[test]
    fn apostrophes_join_quotes_and_dashes_split() {
        assert_eq!(words("children’s"), "childrens");
        assert_eq!(words("children's"), "childrens");
        assert_eq!(words("“in care”—and ‘out’"), "in care and out");
        assert_eq!(
            words("long-term well‑being – now"),
            "long term well being now"
        );
        assert_eq!(words("\"quoted\" (aside); end."), "quoted aside end");
    }

    #[test]
    fn money_and_percentages_spelt_out() {
        assert_eq!(words("£1.2 billion"), "gbp 1.2 billion");
        assert_eq!(words("for every £1, £5"), "for every gbp 1 gbp 5");
        assert_eq!(words("36%"), "36 percent");
        assert_eq!(words("12 per cent."), "12 percent");
        assert_eq!(words("12 Per-Cent"), "12 percent");
        assert_eq!(words("per capita, cent"), "per capita cent");
        assert_eq!(words("percentage"), "percentage");
    }

    #[test]
    fn digit_groups_join_and_decimals_stay() {
        assert_eq!(words("nearly 12,000 children"), "nearly 12000 children");
        assert_eq!(words("0.7"), "0.7");
        assert_eq!(words("in 2009. Then, 5"), "in 2009 then 5");
        assert_eq!(words("a,b.c"), "a b c");
    }

    #[test]
    fn nothing_to_match() {
        assert!(search_words("").is_empty());
        assert!(search_words(" — “” ' ").is_empty());
    }
}
