//! App settings (table `app_setting`) and the `KEY VALUE` interface the CLI
//! uses for them and for the office profile.

use crate::FieldName;
use crate::error::SqlContext;
use crate::office::{self, OfficeProfileInput};
use crate::{Error, Lang, Result};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use ts_rs::TS;

const LANGUAGE_KEY: &str = "ui.language";

/// Reads a raw setting.
pub fn get_setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    conn.query_row(
        "SELECT value FROM app_setting WHERE key = ?1",
        [key],
        |row| row.get(0),
    )
    .optional()
    .context("reading a setting")
}

/// Writes a raw setting.
pub fn put_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO app_setting (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )
    .context("saving a setting")?;
    Ok(())
}

/// The UI language chosen by the user (Kazakh until one is chosen).
pub fn get_language(conn: &Connection) -> Result<Lang> {
    Ok(get_setting(conn, LANGUAGE_KEY)?
        .and_then(|v| v.parse().ok())
        .unwrap_or_default())
}

/// Remembers the UI language.
pub fn set_language(conn: &Connection, lang: Lang) -> Result<()> {
    put_setting(conn, LANGUAGE_KEY, lang.code())
}

/// One `KEY = VALUE` line of `kense settings show`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SettingEntry {
    /// The key, as accepted by [`set_by_key`].
    pub key: String,
    /// The current value.
    pub value: String,
}

/// The keys [`set_by_key`] accepts.
pub const KEYS: &[&str] = &[
    "office.name_kk",
    "office.name_ru",
    "office.region_kk",
    "office.region_ru",
    "office.city_kk",
    "office.city_ru",
    "office.address_kk",
    "office.address_ru",
    "office.phone",
    "office.email",
    "office.time_zone",
    "ui.language",
    REPEAT_WARNING_KEY,
];

/// Months within which a second award of the same kind to the same person is
/// warned about (0 turns the warning off).
pub const REPEAT_WARNING_KEY: &str = "documents.repeat_warning_months";

/// The repeat-award warning window in months (12 unless set).
pub fn repeat_warning_months(conn: &Connection) -> Result<u32> {
    Ok(get_setting(conn, REPEAT_WARNING_KEY)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(12))
}

fn office_field<'a>(input: &'a mut OfficeProfileInput, key: &str) -> Option<&'a mut String> {
    Some(match key {
        "office.name_kk" => &mut input.name_kk,
        "office.name_ru" => &mut input.name_ru,
        "office.region_kk" => &mut input.region_kk,
        "office.region_ru" => &mut input.region_ru,
        "office.city_kk" => &mut input.city_kk,
        "office.city_ru" => &mut input.city_ru,
        "office.address_kk" => &mut input.address_kk,
        "office.address_ru" => &mut input.address_ru,
        "office.phone" => &mut input.phone,
        "office.email" => &mut input.email,
        "office.time_zone" => &mut input.time_zone,
        _ => return None,
    })
}

/// Every key with its current value, in [`KEYS`] order, plus `office.logo`.
pub fn list_entries(conn: &Connection) -> Result<Vec<SettingEntry>> {
    let profile = office::get_office_profile(conn)?;
    let mut input = OfficeProfileInput::from(&profile);
    let mut entries = Vec::new();
    for key in KEYS {
        let value = match office_field(&mut input, key) {
            Some(v) => v.clone(),
            None if *key == REPEAT_WARNING_KEY => repeat_warning_months(conn)?.to_string(),
            None => get_language(conn)?.code().to_owned(),
        };
        entries.push(SettingEntry {
            key: (*key).to_owned(),
            value,
        });
    }
    entries.push(SettingEntry {
        key: "office.logo".to_owned(),
        value: if profile.has_logo { "yes" } else { "no" }.to_owned(),
    });
    Ok(entries)
}

/// Sets one key to `value`, validating as the Settings screen does.
pub fn set_by_key(conn: &Connection, key: &str, value: &str) -> Result<()> {
    if key == LANGUAGE_KEY {
        return set_language(conn, value.parse()?);
    }
    if key == REPEAT_WARNING_KEY {
        let months: u32 = value
            .trim()
            .parse()
            .ok()
            .filter(|m| *m <= 120)
            .ok_or_else(|| {
                Error::validation(
                    FieldName::Months,
                    crate::Invalid::NotACount,
                    "must be a number of months from 0 to 120",
                )
            })?;
        return put_setting(conn, REPEAT_WARNING_KEY, &months.to_string());
    }
    let profile = office::get_office_profile(conn)?;
    let mut input = OfficeProfileInput::from(&profile);
    match office_field(&mut input, key) {
        Some(field) => *field = value.to_owned(),
        None => {
            return Err(Error::validation(
                FieldName::Key,
                crate::Invalid::UnknownSetting,
                format!(
                    "unknown setting {key:?}; known: {}, office.logo",
                    KEYS.join(", ")
                ),
            ));
        }
    }
    office::update_office_profile(conn, &input)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    #[test]
    fn language_defaults_to_kazakh_and_is_remembered() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(get_language(store.conn()).unwrap(), Lang::Kk);
        set_language(store.conn(), Lang::Ru).unwrap();
        assert_eq!(get_language(store.conn()).unwrap(), Lang::Ru);
    }

    #[test]
    fn set_by_key_updates_the_profile_and_validates() {
        let store = Store::open_in_memory().unwrap();
        set_by_key(store.conn(), "office.name_kk", "Жобалық кеңсе").unwrap();
        set_by_key(store.conn(), "ui.language", "ru").unwrap();
        let entries = list_entries(store.conn()).unwrap();
        let get = |k: &str| entries.iter().find(|e| e.key == k).unwrap().value.clone();
        assert_eq!(get("office.name_kk"), "Жобалық кеңсе");
        assert_eq!(get("ui.language"), "ru");
        assert_eq!(get("office.logo"), "no");
        assert_eq!(
            set_by_key(store.conn(), "office.nope", "x")
                .unwrap_err()
                .field(),
            Some(FieldName::Key)
        );
        assert_eq!(
            set_by_key(store.conn(), "ui.language", "en")
                .unwrap_err()
                .field(),
            Some(FieldName::Language)
        );
        assert_eq!(
            set_by_key(store.conn(), "office.time_zone", "UTC")
                .unwrap_err()
                .field(),
            Some(FieldName::TimeZone)
        );
    }
}
