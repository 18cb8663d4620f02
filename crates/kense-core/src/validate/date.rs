//! Dates as office staff write them and as Excel stores them.

use chrono::{Datelike, NaiveDate};

/// Earliest and latest year accepted: anything else is a typo.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Smallest Excel serial day accepted (4 May 1927): smaller numbers are far
/// more likely a year or a count typed into the wrong column.
const MIN_SERIAL: f64 = 10_000.0;

/// Reads a date written `dd.mm.yyyy` (also with `/` or `-`, one-digit day or
/// month, and an optional time after a space), `yyyy-mm-dd` (also
/// `yyyy.mm.dd`, ISO date-times) or an Excel serial day number (`45366` =
/// 15.03.2024). Two-digit years are refused: «01.02.03» is ambiguous.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let date = if let Ok(serial) = s.replace(',', ".").parse::<f64>() {
        from_excel_serial(serial)?
    } else {
        // Drop a time part: "15.03.2024 0:00:00", "2024-03-15T10:00:00".
        let date_part = s.split([' ', 'T']).next().unwrap_or(s);
        let parts: Vec<&str> = date_part.split(['.', '/', '-']).collect();
        let [a, b, c] = parts[..] else {
            return None;
        };
        let number = |p: &str, max_len: usize| -> Option<u32> {
            (!p.is_empty() && p.len() <= max_len && p.bytes().all(|b| b.is_ascii_digit()))
                .then(|| p.parse().ok())
                .flatten()
        };
        if a.len() == 4 {
            NaiveDate::from_ymd_opt(number(a, 4)? as i32, number(b, 2)?, number(c, 2)?)?
        } else if c.len() == 4 {
            NaiveDate::from_ymd_opt(number(c, 4)? as i32, number(b, 2)?, number(a, 2)?)?
        } else {
            return None;
        }
    };
    YEARS.contains(&date.year()).then_some(date)
}

/// The date of an Excel serial day number (1900 date system).
pub fn from_excel_serial(serial: f64) -> Option<NaiveDate> {
    if !(MIN_SERIAL..2_958_466.0).contains(&serial) {
        return None;
    }
    // Day 60 is Excel's phantom 29.02.1900; from day 61 on, day 0 is
    // 30.12.1899.
    let epoch = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    epoch.checked_add_days(chrono::Days::new(serial.trunc() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn usual_ways_to_write_a_date() {
        for s in [
            "15.03.2024",
            "15/03/2024",
            "15-03-2024",
            "2024-03-15",
            "2024.03.15",
            " 15.03.2024 ",
            "15.03.2024 0:00:00",
            "2024-03-15T10:30:00",
            "45366",
            "45366.0",
            "45366,75",
        ] {
            assert_eq!(parse_date(s), ymd(2024, 3, 15), "{s}");
        }
        assert_eq!(parse_date("5.3.2024"), ymd(2024, 3, 5));
        assert_eq!(parse_date("29.02.2024"), ymd(2024, 2, 29));
    }

    #[test]
    fn other_text_is_not_a_date() {
        for s in [
            "",
            "вчера",
            "31.02.2024",
            "15.13.2024",
            "01.02.03",
            "2024",
            "15.03",
            "15.03.1850",
            "15..2024",
            "1.1.1.2024",
            "-45366",
            "1e9",
        ] {
            assert_eq!(parse_date(s), None, "{s}");
        }
    }
}
