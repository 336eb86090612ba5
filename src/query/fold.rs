//! Text folded into words for matching, so that a search finds the words however they were typed:
//! lower case; accents off Latin letters ("é" → "e", "ŵ" → "w", "ß" → "ss"); apostrophes, straight or
//! curly, dropped ("children’s" = "children's" = "childrens"); quotes, hyphens, dashes and other
//! punctuation as spaces; "£" as the word "gbp"; "%" and "per cent" as the word "percent"; digit
//! groups joined ("12,000" → "12000") and decimal points kept ("1.2").

/// The folded words of `text`, in order (see the module notes for what folding does).
pub fn search_words(text: &str) -> Vec<String> {
    let chars = folded_chars(text);
    let mut words = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            word.push(c);
            continue;
        }
        let digit_before = i
            .checked_sub(1)
            .and_then(|before| chars.get(before))
            .is_some_and(char::is_ascii_digit);
        let digit_after = chars.get(i + 1).is_some_and(char::is_ascii_digit);
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
            _ => {
                for lower in c.to_lowercase() {
                    match fold_latin(lower) {
                        Some(plain) => out.extend(plain.chars()),
                        None if is_combining_mark(lower) => {}
                        None => out.push(lower),
                    }
                }
            }
        }
    }
    out
}

/// Combining diacritics (text typed or stored decomposed: "e" + U+0301).
fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// The plain letters for a lower-case accented Latin letter (Latin-1, Latin Extended-A, the Welsh
/// letters of Latin Extended Additional, and Romanian comma-below letters).
fn fold_latin(c: char) -> Option<&'static str> {
    Some(match c {
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
