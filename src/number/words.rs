//! Number words: "twenty-five", "a hundred", "two thirds".

/// Cardinal words and their values.
const CARDINALS: [(&str, f64); 28] = [
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
];

/// Denominator words ("a third", "two fifths") and the divisor they name.
const DENOMINATORS: [(&str, f64); 16] = [
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("twentieth", 20.0),
    ("hundredth", 100.0),
];

/// The value of one cardinal word, or of a hyphenated pair ("twenty-five").
pub(crate) fn cardinal(word: &str) -> Option<f64> {
    if let Some((tens, ones)) = word.split_once('-') {
        let (t, o) = (cardinal(tens)?, cardinal(ones)?);
        return (t >= 20.0 && t % 10.0 == 0.0 && o < 10.0).then_some(t + o);
    }
    CARDINALS.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// The divisor a denominator word names.
pub(crate) fn denominator(word: &str) -> Option<f64> {
    DENOMINATORS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, v)| *v)
}

/// Multipliers written as words or abbreviations after a number.
pub(crate) fn scale(word: &str) -> Option<f64> {
    match word {
        "hundred" => Some(100.0),
        "thousand" | "k" => Some(1e3),
        "million" | "m" | "mn" => Some(1e6),
        "billion" | "bn" | "b" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

/// Reads a run of number words at the start of `words` ("two hundred and fifty", "a hundred",
/// "one", "nine and a half"), returning the value and how many words it used.
pub(crate) fn cardinal_run(words: &[&str]) -> Option<(f64, usize)> {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut used = 0;
    let mut any = false;
    while let Some(&word) = words.get(used) {
        if let Some(v) = cardinal(word) {
            current += v;
            any = true;
        } else if (word == "a" || word == "an")
            && !any
            && words.get(used + 1).is_some_and(|w| scale(w).is_some())
        {
            current = 1.0;
            any = true;
        } else if word == "and"
            && any
            && matches!(words.get(used + 1..used + 3), Some(["a" | "an", "half"]))
        {
            current += 0.5;
            used += 3;
            break;
        } else if word == "and" && any && words.get(used + 1).is_some_and(|w| cardinal(w).is_some())
        {
        } else if let Some(s) = scale(word).filter(|_| any && word.len() > 2) {
            if s == 100.0 {
                current *= s;
            } else {
                total += current * s;
                current = 0.0;
            }
        } else {
            break;
        }
        used += 1;
    }
    any.then_some((total + current, used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinals() {
        assert_eq!(cardinal("seven"), Some(7.0));
        assert_eq!(cardinal("twenty-five"), Some(25.0));
        assert_eq!(cardinal("five-twenty"), None);
        assert_eq!(cardinal("many"), None);
    }

    #[test]
    fn runs_of_words() {
        assert_eq!(
            cardinal_run(&["two", "hundred", "and", "fifty", "children"]),
            Some((250.0, 4))
        );
        assert_eq!(
            cardinal_run(&["a", "hundred", "councils"]),
            Some((100.0, 2))
        );
        assert_eq!(cardinal_run(&["three", "thousand"]), Some((3000.0, 2)));
        assert_eq!(
            cardinal_run(&["nine", "and", "a", "half", "years"]),
            Some((9.5, 4))
        );
        assert_eq!(cardinal_run(&["a", "third"]), None);
        assert_eq!(cardinal_run(&["children"]), None);
    }
}
