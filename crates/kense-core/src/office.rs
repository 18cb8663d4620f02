//! The office profile: one row describing the project office (table
//! `office_profile`).

use crate::error::SqlContext;
use crate::text::clean;
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Lang, Result};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest accepted office name, in characters.
pub const MAX_NAME: usize = 300;
/// Longest accepted region, city, address, phone or e-mail, in characters.
pub const MAX_LINE: usize = 300;
/// Largest accepted logo, in bytes.
pub const MAX_LOGO_BYTES: usize = 2 * 1024 * 1024;

/// Time zones of Kazakhstan, as IANA names.
pub const TIME_ZONES: &[&str] = &[
    "Asia/Almaty",
    "Asia/Qostanay",
    "Asia/Qyzylorda",
    "Asia/Aqtobe",
    "Asia/Aqtau",
    "Asia/Atyrau",
    "Asia/Oral",
];

/// The office as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OfficeProfile {
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Region (oblast) in Kazakh.
    pub region_kk: String,
    /// Region in Russian.
    pub region_ru: String,
    /// City in Kazakh.
    pub city_kk: String,
    /// City in Russian.
    pub city_ru: String,
    /// Postal address in Kazakh.
    pub address_kk: String,
    /// Postal address in Russian.
    pub address_ru: String,
    /// Phone.
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// IANA time zone, one of [`TIME_ZONES`].
    pub time_zone: String,
    /// True when a logo is stored.
    pub has_logo: bool,
    /// Last change, UTC RFC 3339.
    pub updated_at: String,
}

impl OfficeProfile {
    /// The name in `lang`, falling back to the other language when empty.
    pub fn name(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Kk => (&self.name_kk, &self.name_ru),
            Lang::Ru => (&self.name_ru, &self.name_kk),
        };
        if first.is_empty() { second } else { first }
    }

    /// The names entered, Kazakh first: the letterhead of documents.
    pub fn names(&self) -> Vec<String> {
        [&self.name_kk, &self.name_ru]
            .into_iter()
            .filter(|n| !n.trim().is_empty())
            .cloned()
            .collect()
    }

    /// True when no name was entered in either language.
    pub fn is_blank(&self) -> bool {
        self.name_kk.is_empty() && self.name_ru.is_empty()
    }
}

/// The editable fields of the office profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OfficeProfileInput {
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Region in Kazakh.
    pub region_kk: String,
    /// Region in Russian.
    pub region_ru: String,
    /// City in Kazakh.
    pub city_kk: String,
    /// City in Russian.
    pub city_ru: String,
    /// Address in Kazakh.
    pub address_kk: String,
    /// Address in Russian.
    pub address_ru: String,
    /// Phone.
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// IANA time zone.
    pub time_zone: String,
}

impl From<&OfficeProfile> for OfficeProfileInput {
    fn from(p: &OfficeProfile) -> Self {
        Self {
            name_kk: p.name_kk.clone(),
            name_ru: p.name_ru.clone(),
            region_kk: p.region_kk.clone(),
            region_ru: p.region_ru.clone(),
            city_kk: p.city_kk.clone(),
            city_ru: p.city_ru.clone(),
            address_kk: p.address_kk.clone(),
            address_ru: p.address_ru.clone(),
            phone: p.phone.clone(),
            email: p.email.clone(),
            time_zone: p.time_zone.clone(),
        }
    }
}

/// Reads the office profile.
pub fn get_office_profile(conn: &Connection) -> Result<OfficeProfile> {
    conn.query_row(
        "SELECT name_kk, name_ru, region_kk, region_ru, city_kk, city_ru, address_kk, address_ru,
                phone, email, time_zone, logo IS NOT NULL, updated_at
         FROM office_profile WHERE id = 1",
        [],
        |row| {
            Ok(OfficeProfile {
                name_kk: row.get(0)?,
                name_ru: row.get(1)?,
                region_kk: row.get(2)?,
                region_ru: row.get(3)?,
                city_kk: row.get(4)?,
                city_ru: row.get(5)?,
                address_kk: row.get(6)?,
                address_ru: row.get(7)?,
                phone: row.get(8)?,
                email: row.get(9)?,
                time_zone: row.get(10)?,
                has_logo: row.get(11)?,
                updated_at: row.get(12)?,
            })
        },
    )
    .context("reading the office profile")
}

/// Validates and saves the office profile; returns it as stored.
pub fn update_office_profile(
    conn: &Connection,
    input: &OfficeProfileInput,
) -> Result<OfficeProfile> {
    let v = validate(input)?;
    conn.execute(
        "UPDATE office_profile SET name_kk = ?1, name_ru = ?2, region_kk = ?3, region_ru = ?4,
                city_kk = ?5, city_ru = ?6, address_kk = ?7, address_ru = ?8, phone = ?9,
                email = ?10, time_zone = ?11, updated_at = ?12
         WHERE id = 1",
        params![
            v.name_kk,
            v.name_ru,
            v.region_kk,
            v.region_ru,
            v.city_kk,
            v.city_ru,
            v.address_kk,
            v.address_ru,
            v.phone,
            v.email,
            v.time_zone,
            now_utc()
        ],
    )
    .context("saving the office profile")?;
    get_office_profile(conn)
}

fn validate(input: &OfficeProfileInput) -> Result<OfficeProfileInput> {
    let time_zone = input.time_zone.trim();
    let time_zone = if time_zone.is_empty() {
        "Asia/Almaty"
    } else {
        time_zone
    };
    if !TIME_ZONES.contains(&time_zone) {
        return Err(Error::validation(
            FieldName::TimeZone,
            Invalid::NotAKazakhstanTimeZone,
            format!(
                "{time_zone:?} is not a time zone of Kazakhstan ({})",
                TIME_ZONES.join(", ")
            ),
        ));
    }
    let email = clean(FieldName::Email, &input.email, MAX_LINE)?;
    if !email.is_empty() && !crate::validate::email::is_email(&email) {
        return Err(Error::validation(
            FieldName::Email,
            Invalid::NotAnEmail,
            "is not an e-mail address",
        ));
    }
    Ok(OfficeProfileInput {
        name_kk: clean(FieldName::NameKk, &input.name_kk, MAX_NAME)?,
        name_ru: clean(FieldName::NameRu, &input.name_ru, MAX_NAME)?,
        region_kk: clean(FieldName::RegionKk, &input.region_kk, MAX_LINE)?,
        region_ru: clean(FieldName::RegionRu, &input.region_ru, MAX_LINE)?,
        city_kk: clean(FieldName::CityKk, &input.city_kk, MAX_LINE)?,
        city_ru: clean(FieldName::CityRu, &input.city_ru, MAX_LINE)?,
        address_kk: clean(FieldName::AddressKk, &input.address_kk, MAX_LINE)?,
        address_ru: clean(FieldName::AddressRu, &input.address_ru, MAX_LINE)?,
        phone: clean(FieldName::Phone, &input.phone, MAX_LINE)?,
        email,
        time_zone: time_zone.to_owned(),
    })
}

/// The stored logo: bytes and MIME type.
pub fn get_office_logo(conn: &Connection) -> Result<Option<(Vec<u8>, String)>> {
    conn.query_row(
        "SELECT logo, logo_mime FROM office_profile WHERE id = 1 AND logo IS NOT NULL",
        [],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )
    .optional()
    .context("reading the office logo")
}

/// Stores a PNG or JPEG logo (recognised by its signature).
pub fn set_office_logo(conn: &Connection, bytes: &[u8]) -> Result<()> {
    let mime = logo_mime(FieldName::Logo, bytes)?;
    conn.execute(
        "UPDATE office_profile SET logo = ?1, logo_mime = ?2, updated_at = ?3 WHERE id = 1",
        params![bytes, mime, now_utc()],
    )
    .context("saving the office logo")?;
    Ok(())
}

/// The MIME type of a PNG or JPEG logo of at most [`MAX_LOGO_BYTES`],
/// recognised by its signature; a validation error on `field` otherwise.
pub(crate) fn logo_mime(field: FieldName, bytes: &[u8]) -> Result<&'static str> {
    let mime = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        "image/jpeg"
    } else {
        return Err(Error::validation(
            field,
            Invalid::NotAnImage,
            "must be a PNG or JPEG image",
        ));
    };
    if bytes.len() > MAX_LOGO_BYTES {
        return Err(Error::over_limit(
            field,
            Invalid::TooLarge,
            MAX_LOGO_BYTES as u64,
            format!(
                "is {} bytes; at most {MAX_LOGO_BYTES} are allowed",
                bytes.len()
            ),
        ));
    }
    Ok(mime)
}

/// Removes the logo.
pub fn clear_office_logo(conn: &Connection) -> Result<()> {
    conn.execute(
        "UPDATE office_profile SET logo = NULL, logo_mime = NULL, updated_at = ?1 WHERE id = 1",
        params![now_utc()],
    )
    .context("removing the office logo")?;
    Ok(())
}

/// The office's identity on a regional hub: a UUID v7 made when the
/// database was created (migration 8) and the short code the region gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OfficeIdentity {
    /// The office's UUID: never changes, carried with every row it sends.
    pub office_id: String,
    /// The short code the region gives the office (e.g. `ALM-01`); empty
    /// until set.
    pub code: String,
}

/// Longest office code, in characters.
pub const MAX_OFFICE_CODE: usize = 32;

/// Reads the office's identity.
pub fn get_office_identity(conn: &Connection) -> Result<OfficeIdentity> {
    conn.query_row(
        "SELECT office_uuid, office_code FROM office_profile WHERE id = 1",
        [],
        |row| {
            Ok(OfficeIdentity {
                office_id: row.get(0)?,
                code: row.get(1)?,
            })
        },
    )
    .context("reading the office identity")
}

/// Sets the office code: letters, digits, `-` and `_`, up to
/// [`MAX_OFFICE_CODE`] characters (upper-cased).
pub fn set_office_code(conn: &Connection, code: &str) -> Result<OfficeIdentity> {
    let code = code.trim().to_uppercase();
    if code.is_empty() {
        return Err(Error::validation(
            FieldName::OfficeCode,
            Invalid::Required,
            "the office code is empty",
        ));
    }
    if code.chars().count() > MAX_OFFICE_CODE {
        return Err(Error::over_limit(
            FieldName::OfficeCode,
            Invalid::TooLong,
            MAX_OFFICE_CODE as u64,
            "the office code is too long",
        ));
    }
    if !code
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        return Err(Error::validation(
            FieldName::OfficeCode,
            Invalid::UnknownValue,
            "an office code has Latin letters, digits, - and _ only",
        ));
    }
    conn.execute(
        "UPDATE office_profile SET office_code = ?1, updated_at = ?2 WHERE id = 1",
        params![code, now_utc()],
    )
    .context("saving the office code")?;
    get_office_identity(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorCode, Store};

    fn sample() -> OfficeProfileInput {
        OfficeProfileInput {
            name_kk: "  Алматы облысы прокуратурасының жобалық кеңсесі ".into(),
            name_ru: "Проектный офис прокуратуры Алматинской области".into(),
            region_kk: "Алматы облысы".into(),
            time_zone: "Asia/Almaty".into(),
            email: "office@example.kz".into(),
            ..Default::default()
        }
    }

    #[test]
    fn new_database_has_a_blank_profile_in_almaty_time() {
        let store = Store::open_in_memory().unwrap();
        let p = get_office_profile(store.conn()).unwrap();
        assert!(p.is_blank());
        assert_eq!(p.time_zone, "Asia/Almaty");
        assert!(!p.has_logo);
    }

    #[test]
    fn update_trims_and_keeps_kazakh_letters() {
        let store = Store::open_in_memory().unwrap();
        let p = update_office_profile(store.conn(), &sample()).unwrap();
        assert_eq!(p.name_kk, "Алматы облысы прокуратурасының жобалық кеңсесі");
        assert_eq!(
            p.name(Lang::Ru),
            "Проектный офис прокуратуры Алматинской области"
        );
        assert_eq!(get_office_profile(store.conn()).unwrap(), p);
    }

    #[test]
    fn bad_fields_are_named() {
        let store = Store::open_in_memory().unwrap();
        let mut input = sample();
        input.time_zone = "Europe/Moscow".into();
        let err = update_office_profile(store.conn(), &input).unwrap_err();
        assert_eq!(
            (err.code(), err.field()),
            (ErrorCode::Validation, Some(FieldName::TimeZone))
        );
        let mut input = sample();
        input.email = "not an email".into();
        assert_eq!(
            update_office_profile(store.conn(), &input)
                .unwrap_err()
                .field(),
            Some(FieldName::Email)
        );
        let mut input = sample();
        input.name_ru = "Я".repeat(MAX_NAME + 1);
        assert_eq!(
            update_office_profile(store.conn(), &input)
                .unwrap_err()
                .field(),
            Some(FieldName::NameRu)
        );
        assert!(
            get_office_profile(store.conn()).unwrap().is_blank(),
            "nothing half-written"
        );
    }

    #[test]
    fn quotes_and_sql_like_text_are_stored_verbatim() {
        let store = Store::open_in_memory().unwrap();
        let mut input = sample();
        input.name_ru = "Офис «Тест»'; DROP TABLE office_profile; --".into();
        let p = update_office_profile(store.conn(), &input).unwrap();
        assert_eq!(p.name_ru, input.name_ru);
    }

    #[test]
    fn logo_must_be_png_or_jpeg() {
        let store = Store::open_in_memory().unwrap();
        assert!(set_office_logo(store.conn(), b"GIF89a...").is_err());
        set_office_logo(store.conn(), b"\x89PNG\r\n\x1a\nrest").unwrap();
        let (bytes, mime) = get_office_logo(store.conn()).unwrap().unwrap();
        assert_eq!((bytes.len(), mime.as_str()), (12, "image/png"));
        assert!(get_office_profile(store.conn()).unwrap().has_logo);
        clear_office_logo(store.conn()).unwrap();
        assert!(get_office_logo(store.conn()).unwrap().is_none());
    }
}
