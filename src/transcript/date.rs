//! Calendar dates as printed on debate pages, in English or Welsh.
// The browser module reaches this code: one panic would stop every chart on the page.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

use std::fmt;

use crate::labels::MONTHS;

/// A calendar date (no time zone: the sitting day at Westminster).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of month, 1–31.
    pub day: u8,
}

/// Welsh month names as TheyWorkForYou's Welsh interface prints them ("12 Mawrth 2009").
const WELSH_MONTHS: [&str; 12] = [
    "ionawr",
    "chwefror",
    "mawrth",
    "ebrill",
    "mai",
    "mehefin",
    "gorffennaf",
    "awst",
    "medi",
    "hydref",
    "tachwedd",
    "rhagfyr",
];

impl Date {
    /// A date, if the day exists in that month (leap years included).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days).then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`: ten bytes, ASCII digits and two hyphens, nothing else (no sign, no
    /// spaces).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = text.as_bytes() else {
            return None;
        };
        // Read byte by byte: called for every figure on every timeline, where `str::parse`
        // was the layout's largest single cost with 100,000 figures.
        let number = |digits: &[u8]| {
            digits.iter().try_fold(0u16, |n, &b| {
                b.is_ascii_digit().then(|| {
                    n.wrapping_mul(10)
                        .wrapping_add(u16::from(b.wrapping_sub(b'0')))
                })
            })
        };
        let month = u8::try_from(number(&[m0, m1])?).ok()?;
        let day = u8::try_from(number(&[d0, d1])?).ok()?;
        Date::new(number(&[y0, y1, y2, y3])?, month, day)
    }

    /// Finds the first "D Month YYYY" in `text` (day may carry st/nd/rd/th; month English or Welsh).
    pub fn find_in(text: &str) -> Option<Date> {
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        words.windows(3).find_map(|w| {
            let [day, month, year] = w else { return None };
            let day = day.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let month = month_number(month)?;
            let year = year.trim_end_matches('.');
            if day.is_empty() || !day.bytes().all(|b| b.is_ascii_digit()) || year.len() != 4 {
                return None;
            }
            Date::new(year.parse().ok()?, month, day.parse().ok()?)
        })
    }

    /// Days since 1970-01-01 (for placing dates on a time axis).
    // The year is a u16 and the month and day u8s, so no term below comes near i64's limits.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date as a reader reads it: "24 November 2022" (as `2022-11-24` if its month is not
    /// one, which only a date built field by field can be).
    pub fn written(self) -> String {
        match crate::labels::month_name(usize::from(self.month)) {
            Some(month) => format!("{} {month} {:04}", self.day, self.year),
            None => self.to_string(),
        }
    }
}

fn month_number(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    MONTHS
        .iter()
        .position(|m| m.to_lowercase() == lower)
        .or_else(|| WELSH_MONTHS.iter().position(|m| *m == lower))
        .and_then(|i| u8::try_from(i.saturating_add(1)).ok())
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_date_as_a_reader_reads_it() {
        let written = |y, m, d| Date::new(y, m, d).map(Date::written);
        assert_eq!(written(2016, 10, 20).as_deref(), Some("20 October 2016"));
        assert_eq!(written(2009, 3, 1).as_deref(), Some("1 March 2009"));
        assert_eq!(written(999, 12, 31).as_deref(), Some("31 December 0999"));
        // A month that is none, possible only field by field: the ISO form, not a gap.
        let odd = Date {
            year: 2022,
            month: 13,
            day: 1,
        };
        assert_eq!(odd.written(), "2022-13-01");
    }

    #[test]
    fn reads_english_and_welsh_page_dates() {
        assert_eq!(
            Date::find_in("Thursday 24th November 2022"),
            Date::new(2022, 11, 24)
        );
        assert_eq!(
            Date::find_in(
                "Business of the House – in the House of Commons am 12:36 pm ar 12 Mawrth 2009."
            ),
            Date::new(2009, 3, 12)
        );
        assert_eq!(
            Date::find_in("Thursday 20th October 2016"),
            Date::new(2016, 10, 20)
        );
        assert_eq!(Date::find_in("(7 years ago)"), None);
        assert_eq!(Date::find_in("31st February 2020"), None);
    }

    #[test]
    fn iso_round_trip_and_epoch_days() {
        let date = Date::new(2022, 11, 24).unwrap();
        assert_eq!(Date::parse_iso(&date.to_string()), Some(date));
        assert_eq!(Date::parse_iso("2022-13-01"), None);
        assert_eq!(Date::parse_iso("24/11/2022"), None);
        // Signs are not digits, though Rust's integer parsing takes them.
        assert_eq!(Date::parse_iso("2020-+1-+1"), None);
        assert_eq!(Date::parse_iso("+999-01-01"), None);
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2023, 2, 29).is_none());
    }

    /// The rule as first written, with `split` and `str::parse`.
    fn parse_iso_by_split(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        if ![y, m, d]
            .iter()
            .all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    #[test]
    fn iso_parsing_byte_by_byte_agrees_with_split_and_parse() {
        // Every date of four leap cycles, and each of them broken one byte at a time with
        // characters a parser could mistake for part of a date.
        let mut checked = 0;
        for year in [1999u16, 2000, 2022, 2100] {
            for month in 0..=13u8 {
                for day in 0..=32u8 {
                    let text = format!("{year:04}-{month:02}-{day:02}");
                    assert_eq!(Date::parse_iso(&text), parse_iso_by_split(&text), "{text}");
                    for at in 0..text.len() {
                        for c in ['-', '+', ' ', 'a', '٣', '0'] {
                            let mut broken: Vec<char> = text.chars().collect();
                            broken[at] = c;
                            let broken: String = broken.into_iter().collect();
                            assert_eq!(
                                Date::parse_iso(&broken),
                                parse_iso_by_split(&broken),
                                "{broken:?}"
                            );
                            checked += 1;
                        }
                    }
                }
            }
        }
        for text in [
            "",
            "2022-11-2",
            "2022-11-244",
            "2022-11-24 ",
            "20221-1-24",
            "2022--11-24",
        ] {
            assert_eq!(Date::parse_iso(text), parse_iso_by_split(text), "{text:?}");
        }
        assert!(checked > 100_000);
    }
}
