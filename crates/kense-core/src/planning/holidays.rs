//! Public holidays of Kazakhstan: a built-in list computed per year, and the
//! office's edits to it (table `public_holiday`).
//!
//! The built-in list follows the Law «On holidays in the Republic of
//! Kazakhstan» as amended in 2022 (Republic Day on 25 October restored, the
//! second day of Independence Day dropped) and the Labour Code rule that a
//! holiday falling on a Saturday or Sunday moves the day off to the next
//! working day — except for the religious holidays (Orthodox Christmas,
//! Kurban Ait). The first day of Kurban Ait follows the lunar calendar and is
//! fixed each year by the government: the table below holds the announced
//! dates up to 2026 and astronomical estimates after that. Government
//! decrees that swap working days are not in the list: offices add them by
//! hand, which is what the edits are for.

use crate::error::SqlContext;
use crate::text::required;
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Result};
use chrono::{Datelike, NaiveDate, Weekday};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

/// One holiday (a day off) as the planner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Holiday {
    /// The day, `YYYY-MM-DD`.
    pub day: String,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Part of the built-in list (possibly renamed by the office).
    pub builtin: bool,
    /// Added or renamed by the office.
    pub edited: bool,
}

/// A holiday added or renamed by the office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HolidayInput {
    /// The day (`YYYY-MM-DD` or `dd.mm.yyyy`).
    pub day: String,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
}

/// Fixed-date holidays: month, day, Kazakh and Russian names, and whether a
/// weekend occurrence moves the day off to the next working day.
const FIXED: &[(u32, u32, &str, &str, bool)] = &[
    (1, 1, "Жаңа жыл", "Новый год", true),
    (1, 2, "Жаңа жыл", "Новый год", true),
    (
        1,
        7,
        "Православиелік Рождество",
        "Православное Рождество",
        false,
    ),
    (
        3,
        8,
        "Халықаралық әйелдер күні",
        "Международный женский день",
        true,
    ),
    (3, 21, "Наурыз мейрамы", "Праздник Наурыз", true),
    (3, 22, "Наурыз мейрамы", "Праздник Наурыз", true),
    (3, 23, "Наурыз мейрамы", "Праздник Наурыз", true),
    (
        5,
        1,
        "Қазақстан халқының бірлігі мерекесі",
        "Праздник единства народа Казахстана",
        true,
    ),
    (5, 7, "Отан қорғаушы күні", "День защитника Отечества", true),
    (5, 9, "Жеңіс күні", "День Победы", true),
    (7, 6, "Астана күні", "День Столицы", true),
    (8, 30, "Конституция күні", "День Конституции", true),
    (10, 25, "Республика күні", "День Республики", true),
    (12, 16, "Тәуелсіздік күні", "День Независимости", true),
];

/// The first day of Kurban Ait by year (announced to 2026, estimated after).
const KURBAN_AIT: &[(i32, u32, u32)] = &[
    (2022, 7, 9),
    (2023, 6, 28),
    (2024, 6, 16),
    (2025, 6, 6),
    (2026, 5, 27),
    (2027, 5, 16),
    (2028, 5, 5),
    (2029, 4, 24),
    (2030, 4, 13),
    (2031, 4, 2),
    (2032, 3, 22),
    (2033, 3, 11),
    (2034, 3, 1),
    (2035, 2, 18),
];

const MOVED_KK: &str = "ауыстырылған демалыс күні";
const MOVED_RU: &str = "перенесённый выходной";

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The built-in holidays of `year`, by day, with the moved days off.
pub fn builtin_holidays(year: i32) -> Vec<Holiday> {
    let mut days: BTreeMap<NaiveDate, (String, String)> = BTreeMap::new();
    let mut movable = Vec::new();
    for &(month, day, kk, ru, moves) in FIXED {
        if let Some(date) = NaiveDate::from_ymd_opt(year, month, day) {
            days.insert(date, (kk.to_owned(), ru.to_owned()));
            if moves && is_weekend(date) {
                movable.push((date, kk, ru));
            }
        }
    }
    for &(y, month, day) in KURBAN_AIT {
        if let (true, Some(date)) = (y == year, NaiveDate::from_ymd_opt(y, month, day)) {
            days.insert(date, ("Құрбан айт".to_owned(), "Курбан айт".to_owned()));
        }
    }
    // Each weekend holiday gives the next working day that is not already off.
    for (date, kk, ru) in movable {
        let mut next = date;
        while let Some(d) = next.succ_opt() {
            next = d;
            if !is_weekend(next) && !days.contains_key(&next) {
                if next.year() == year {
                    days.insert(
                        next,
                        (format!("{kk} ({MOVED_KK})"), format!("{ru} ({MOVED_RU})")),
                    );
                }
                break;
            }
        }
    }
    days.into_iter()
        .map(|(day, (name_kk, name_ru))| Holiday {
            day: day.format("%Y-%m-%d").to_string(),
            name_kk,
            name_ru,
            builtin: true,
            edited: false,
        })
        .collect()
}

/// The holidays of `year`: the built-in list with the office's edits.
pub fn list_holidays(conn: &Connection, year: i32) -> Result<Vec<Holiday>> {
    holidays_between(
        conn,
        &format!("{year:04}-01-01"),
        &format!("{year:04}-12-31"),
    )
}

/// The holidays from `from` to `to` (`YYYY-MM-DD`, both included), by day.
pub fn holidays_between(conn: &Connection, from: &str, to: &str) -> Result<Vec<Holiday>> {
    let first = parse_day(FieldName::From, from)?;
    let last = parse_day(FieldName::To, to)?;
    let mut by_day: BTreeMap<String, Holiday> = BTreeMap::new();
    for year in first.year()..=last.year() {
        for h in builtin_holidays(year) {
            by_day.insert(h.day.clone(), h);
        }
    }
    let edits = conn
        .prepare_cached(
            "SELECT day, name_kk, name_ru, off FROM public_holiday
             WHERE day >= ?1 AND day <= ?2 ORDER BY day",
        )
        .and_then(|mut stmt| {
            stmt.query_map(params![from, to], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, bool>(3)?,
                ))
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("reading holiday edits")?;
    for (day, name_kk, name_ru, off) in edits {
        if off {
            let builtin = by_day.get(&day).is_some_and(|h| h.builtin);
            by_day.insert(
                day.clone(),
                Holiday {
                    day,
                    name_kk,
                    name_ru,
                    builtin,
                    edited: true,
                },
            );
        } else {
            by_day.remove(&day);
        }
    }
    let (from, to) = (
        first.format("%Y-%m-%d").to_string(),
        last.format("%Y-%m-%d").to_string(),
    );
    Ok(by_day
        .into_values()
        .filter(|h| h.day >= from && h.day <= to)
        .collect())
}

fn parse_day(field: FieldName, value: &str) -> Result<NaiveDate> {
    crate::validate::date::parse_date(value.trim()).ok_or_else(|| {
        Error::validation(field, Invalid::NotADate, format!("{value:?} is not a date"))
    })
}

/// Adds a holiday or renames one (built-in or not).
pub fn save_holiday(conn: &Connection, input: &HolidayInput) -> Result<Holiday> {
    let day = parse_day(FieldName::Day, &input.day)?
        .format("%Y-%m-%d")
        .to_string();
    let name_kk = required(FieldName::NameKk, &input.name_kk, 200)?;
    let name_ru = required(FieldName::NameRu, &input.name_ru, 200)?;
    conn.execute(
        "INSERT INTO public_holiday (day, name_kk, name_ru, off, updated_at) VALUES (?1, ?2, ?3, 1, ?4)
         ON CONFLICT (day) DO UPDATE SET name_kk = ?2, name_ru = ?3, off = 1, updated_at = ?4",
        params![day, name_kk, name_ru, now_utc()],
    )
    .context("saving a holiday")?;
    let year = day.get(..4).and_then(|y| y.parse().ok()).unwrap_or(0);
    let builtin = builtin_holidays(year).iter().any(|h| h.day == day);
    Ok(Holiday {
        day,
        name_kk,
        name_ru,
        builtin,
        edited: true,
    })
}

/// Takes a day out of the holidays: a built-in one is marked as not a
/// holiday this year, an added one is forgotten.
pub fn remove_holiday(conn: &Connection, day: &str) -> Result<()> {
    let date = parse_day(FieldName::Day, day)?;
    let day = date.format("%Y-%m-%d").to_string();
    let builtin = builtin_holidays(date.year()).iter().any(|h| h.day == day);
    if builtin {
        conn.execute(
            "INSERT INTO public_holiday (day, name_kk, name_ru, off, updated_at) VALUES (?1, '', '', 0, ?2)
             ON CONFLICT (day) DO UPDATE SET name_kk = '', name_ru = '', off = 0, updated_at = ?2",
            params![day, now_utc()],
        )
    } else {
        conn.execute("DELETE FROM public_holiday WHERE day = ?1", [&day])
    }
    .context("removing a holiday")?;
    Ok(())
}

/// Forgets the office's edits of `year`: the built-in list comes back.
pub fn reset_holidays(conn: &Connection, year: i32) -> Result<usize> {
    conn.execute(
        "DELETE FROM public_holiday WHERE day >= ?1 AND day <= ?2",
        params![format!("{year:04}-01-01"), format!("{year:04}-12-31")],
    )
    .context("restoring the built-in holidays")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    fn days(list: &[Holiday]) -> Vec<&str> {
        list.iter().map(|h| h.day.as_str()).collect()
    }

    #[test]
    fn weekend_holidays_move_the_day_off() {
        let list = builtin_holidays(2026);
        // Nauryz 2026 is Saturday to Monday: Tuesday and Wednesday are off too.
        for day in ["2026-03-21", "2026-03-23", "2026-03-24", "2026-03-25"] {
            assert!(
                days(&list).contains(&day),
                "{day} missing from {:?}",
                days(&list)
            );
        }
        assert!(!days(&list).contains(&"2026-03-26"));
        // 8 March 2026 is a Sunday; Monday 9 March is off.
        let moved = list.iter().find(|h| h.day == "2026-03-09").unwrap();
        assert!(moved.name_kk.starts_with("Халықаралық әйелдер күні"));
        assert!(moved.name_ru.contains("перенесённый"));
        // Orthodox Christmas on a weekend moves nothing (religious holiday).
        let list = builtin_holidays(2024); // 7 January 2024 is a Sunday
        assert!(!days(&list).contains(&"2024-01-08"));
        assert!(days(&list).contains(&"2024-06-16"), "Kurban Ait 2024");
    }

    #[test]
    fn the_office_adds_renames_and_removes_days() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        remove_holiday(c, "2026-12-16").unwrap();
        save_holiday(
            c,
            &HolidayInput {
                day: "31.12.2026".into(),
                name_kk: "Қосымша демалыс".into(),
                name_ru: "Дополнительный выходной".into(),
            },
        )
        .unwrap();
        let list = list_holidays(c, 2026).unwrap();
        assert!(!days(&list).contains(&"2026-12-16"));
        let added = list.iter().find(|h| h.day == "2026-12-31").unwrap();
        assert!(added.edited && !added.builtin);
        let err = save_holiday(
            c,
            &HolidayInput {
                day: "2026-02-30".into(),
                name_kk: "x".into(),
                name_ru: "x".into(),
            },
        )
        .unwrap_err();
        assert_eq!(err.field(), Some(FieldName::Day));
        assert_eq!(reset_holidays(c, 2026).unwrap(), 2);
        let list = list_holidays(c, 2026).unwrap();
        assert!(days(&list).contains(&"2026-12-16"));
        assert!(!days(&list).contains(&"2026-12-31"));
    }
}
