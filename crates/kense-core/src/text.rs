//! Small text helpers for validating user input.

use crate::{Error, FieldName, Invalid, Result};
use chrono::{NaiveDate, NaiveDateTime};

/// Trims `value` and checks it is at most `max` characters (not bytes).
pub(crate) fn clean(field: FieldName, value: &str, max: usize) -> Result<String> {
    let trimmed = value.trim();
    let count = trimmed.chars().count();
    if count > max {
        return Err(Error::over_limit(
            field,
            Invalid::TooLong,
            max as u64,
            format!("is {count} characters long; at most {max} are allowed"),
        ));
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(Error::validation(
            field,
            Invalid::ControlCharacters,
            "contains control characters",
        ));
    }
    Ok(trimmed.to_owned())
}

/// Like [`clean`] but the result must not be empty.
pub(crate) fn required(field: FieldName, value: &str, max: usize) -> Result<String> {
    let cleaned = clean(field, value, max)?;
    if cleaned.is_empty() {
        return Err(Error::validation(field, Invalid::Required, "is required"));
    }
    Ok(cleaned)
}

/// A phone normalised to `+77011234567` (empty stays empty).
pub(crate) fn phone(field: FieldName, value: &str) -> Result<String> {
    let value = clean(field, value, 40)?;
    crate::validate::phone::normalize_phone(&value).map_err(|_| {
        Error::validation(
            field,
            Invalid::NotAPhone,
            format!("{value:?} is not a phone number"),
        )
    })
}

/// An e-mail address of a plausible shape (empty stays empty).
pub(crate) fn email(field: FieldName, value: &str) -> Result<String> {
    let value = clean(field, value, 254)?;
    if value.is_empty() || crate::validate::email::is_email(&value) {
        Ok(value)
    } else {
        Err(Error::validation(
            field,
            Invalid::NotAnEmail,
            "is not an e-mail address",
        ))
    }
}

/// A date as `YYYY-MM-DD`; accepts what people type and Excel writes
/// (`dd.mm.yyyy`, `yyyy-mm-dd`, …). Empty is `None`.
pub(crate) fn date(field: FieldName, value: Option<&str>) -> Result<Option<String>> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    crate::validate::date::parse_date(value)
        .map(|d| Some(d.format("%Y-%m-%d").to_string()))
        .ok_or_else(|| {
            Error::validation(field, Invalid::NotADate, format!("{value:?} is not a date"))
        })
}

/// A local date and time as `YYYY-MM-DDTHH:MM`; a bare date means 00:00.
pub(crate) fn datetime(field: FieldName, value: &str) -> Result<String> {
    let value = value.trim();
    let parsed = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(value, "%Y-%m-%d %H:%M"))
        .or_else(|_| {
            NaiveDate::parse_from_str(value, "%Y-%m-%d").map(|d| d.and_time(chrono::NaiveTime::MIN))
        });
    parsed
        .map(|dt| dt.format("%Y-%m-%dT%H:%M").to_string())
        .map_err(|_| {
            Error::validation(
                field,
                Invalid::NotADate,
                format!("{value:?} is not a date and time"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        let kazakh = "Ә".repeat(10);
        assert_eq!(clean(FieldName::Notes, &kazakh, 10).unwrap(), kazakh);
        let err = clean(FieldName::NameKk, &"Ә".repeat(11), 10).unwrap_err();
        assert_eq!(err.field(), Some(FieldName::NameKk));
    }

    #[test]
    fn required_refuses_blank() {
        assert!(required(FieldName::NameRu, "   ", 10).is_err());
        assert_eq!(required(FieldName::NameRu, "  Ақ  ", 10).unwrap(), "Ақ");
    }

    #[test]
    fn dates_and_times_are_normalised() {
        assert_eq!(
            date(FieldName::Day, Some("21.11.2026")).unwrap().as_deref(),
            Some("2026-11-21")
        );
        assert_eq!(date(FieldName::Day, Some(" ")).unwrap(), None);
        assert_eq!(
            date(FieldName::Day, Some("31.02.2026"))
                .unwrap_err()
                .field(),
            Some(FieldName::Day)
        );
        assert_eq!(
            datetime(FieldName::StartsAt, "2026-11-21T09:30").unwrap(),
            "2026-11-21T09:30"
        );
        assert_eq!(
            datetime(FieldName::StartsAt, "2026-11-21").unwrap(),
            "2026-11-21T00:00"
        );
        assert!(datetime(FieldName::StartsAt, "завтра").is_err());
    }

    #[test]
    fn control_characters_are_refused() {
        assert!(clean(FieldName::Notes, "a\u{0}b", 10).is_err());
        assert_eq!(clean(FieldName::Notes, "a\nb", 10).unwrap(), "a\nb");
    }
}
