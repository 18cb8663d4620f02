//! The report's labels: dates and periods in words (titles, the
//! dashboard's cards, the programme and the planning warnings).

use super::{Period, parse_date};
use crate::FieldName;
use chrono::{Datelike, NaiveDate};

/// `dd.mm.yyyy` of a `YYYY-MM-DD…` text (the text itself if it is not a date).
pub fn short_date(text: &str) -> String {
    let day = text.get(..10).unwrap_or(text);
    NaiveDate::parse_from_str(day, "%Y-%m-%d")
        .map(|d| d.format("%d.%m.%Y").to_string())
        .unwrap_or_else(|_| text.to_owned())
}

/// A short span of days in words, as on a dashboard card: «1–2 желтоқсан»,
/// «1–2 декабря», «28 қараша – 2 желтоқсан», «1 желтоқсан» (the year left
/// out); `from` and `to` are `YYYY-MM-DD`.
pub fn span_label(t: &crate::i18n::Translator, from: &str, to: &str) -> String {
    let (Ok(f), Ok(l)) = (
        parse_date(FieldName::From, from),
        parse_date(FieldName::To, to),
    ) else {
        return format!("{from} – {to}");
    };
    let month = |d: NaiveDate| t.tr(&format!("month-day-{}", d.month()), &[]);
    if f == l {
        t.tr(
            "report-span-one-day",
            &[("day", &f.day().to_string()), ("month", &month(f))],
        )
    } else if (f.year(), f.month()) == (l.year(), l.month()) {
        t.tr(
            "report-span-one-month",
            &[
                ("from", &f.day().to_string()),
                ("to", &l.day().to_string()),
                ("month", &month(f)),
            ],
        )
    } else {
        t.tr(
            "report-span-two-months",
            &[
                ("from", &f.day().to_string()),
                ("fmonth", &month(f)),
                ("to", &l.day().to_string()),
                ("tmonth", &month(l)),
            ],
        )
    }
}

/// The period in words: «2026 жылғы қараша», «2026 жылғы I тоқсан»… for whole months,
/// quarters and years; else `dd.mm.yyyy – dd.mm.yyyy`.
pub fn period_label(t: &crate::i18n::Translator, from: &str, to: &str) -> String {
    let (Ok(f), Ok(l)) = (
        parse_date(FieldName::From, from),
        parse_date(FieldName::To, to),
    ) else {
        return format!("{from} – {to}");
    };
    let period = Period { from: f, to: l };
    let year = f.year().to_string();
    match period.whole_months() {
        // «2026 жылғы қараша» / «Ноябрь 2026 г.».
        Some(1) => crate::grammar::dates::month_title(t.lang(), f.year(), f.month()),
        Some(3) if (f.month() - 1) % 3 == 0 => t.tr(
            "report-period-quarter",
            &[
                (
                    "quarter",
                    ["I", "II", "III", "IV"][(f.month0() / 3) as usize],
                ),
                ("year", &year),
            ],
        ),
        Some(12) if f.month() == 1 => t.tr("report-period-year", &[("year", &year)]),
        _ => format!("{} – {}", short_date(from), short_date(to)),
    }
}

/// The period as the report's title block names it: in Russian «за ноябрь
/// 2026 г.», «за II квартал 2026 г.», «за 2026 год», «за период 03.11.2026 –
/// 09.11.2026»; in Kazakh the period itself («2026 жылғы қараша»).
pub fn period_heading(t: &crate::i18n::Translator, from: &str, to: &str) -> String {
    let label = period_label(t, from, to);
    if t.lang() != crate::Lang::Ru {
        return label;
    }
    let whole = match (
        parse_date(FieldName::From, from),
        parse_date(FieldName::To, to),
    ) {
        (Ok(f), Ok(l)) => {
            Period { from: f, to: l }.whole_months().is_some() && !label.contains('–')
        }
        _ => false,
    };
    if whole {
        // Months are masculine: the accusative after «за» is the nominative,
        // in lower case («за ноябрь»); a quarter's Roman numeral stays.
        let mut chars = label.chars();
        let lower: String = match chars.next() {
            Some(c) if ('А'..='Я').contains(&c) || c == 'Ё' => {
                c.to_lowercase().chain(chars).collect()
            }
            _ => label.clone(),
        };
        format!("за {lower}")
    } else {
        format!("за период {label}")
    }
}
