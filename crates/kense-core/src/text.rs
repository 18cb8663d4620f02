//! Small text helpers for validating user input.

use crate::{Error, Invalid, Result};

/// Trims `value` and checks it is at most `max` characters (not bytes).
pub(crate) fn clean(field: &str, value: &str, max: usize) -> Result<String> {
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
pub(crate) fn required(field: &str, value: &str, max: usize) -> Result<String> {
    let cleaned = clean(field, value, max)?;
    if cleaned.is_empty() {
        return Err(Error::validation(field, Invalid::Required, "is required"));
    }
    Ok(cleaned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_characters_not_bytes() {
        let kazakh = "Ә".repeat(10);
        assert_eq!(clean("f", &kazakh, 10).unwrap(), kazakh);
        let err = clean("name_kk", &"Ә".repeat(11), 10).unwrap_err();
        assert_eq!(err.field(), Some("name_kk"));
    }

    #[test]
    fn required_refuses_blank() {
        assert!(required("name_ru", "   ", 10).is_err());
        assert_eq!(required("name_ru", "  Ақ  ", 10).unwrap(), "Ақ");
    }

    #[test]
    fn control_characters_are_refused() {
        assert!(clean("f", "a\u{0}b", 10).is_err());
        assert_eq!(clean("f", "a\nb", 10).unwrap(), "a\nb");
    }
}
