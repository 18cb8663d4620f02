//! Kazakhstan phone numbers, written the usual local ways, normalised to
//! `+77011234567`.
//!
//! Accepted: `+7 701 123 45 67`, `8 701 123 45 67`, `8(701)123-45-67`,
//! `87011234567`, `7011234567`, `+7 (7272) 12-34-56`, `8 7272 123456`, with
//! spaces, brackets, dashes and dots anywhere. A foreign number is `+` (or
//! `00`) and 8–15 digits, kept as `+` and the digits.

use crate::Invalid;

/// Why a phone number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    /// Letters or other characters that are not part of a phone number.
    #[error("contains characters that are not part of a phone number")]
    NotAPhone,
    /// Too few or too many digits for a Kazakhstan (or foreign) number.
    #[error(
        "has the wrong number of digits (a Kazakhstan number has 10 after +7 or 8; a foreign one 8 to 15 after +)"
    )]
    WrongDigitCount,
}

impl PhoneError {
    /// The stable reason code.
    pub fn reason(self) -> Invalid {
        Invalid::NotAPhone
    }
}

/// Normalises a phone number to `+7XXXXXXXXXX` (Kazakhstan, and Russia's
/// shared +7 zone) or `+<digits>` (other countries). Empty (or blank) stays
/// empty.
pub fn normalize_phone(s: &str) -> Result<String, PhoneError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    let mut digits = String::with_capacity(16);
    let mut plus = false;
    for (i, c) in s.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c),
            '+' if i == 0 => plus = true,
            ' ' | '\u{a0}' | '\u{202f}' | '(' | ')' | '-' | '.' | '‐' | '‑' | '‒' | '–' | '—' =>
                {}
            _ => return Err(PhoneError::NotAPhone),
        }
    }
    if !plus && let Some(rest) = digits.strip_prefix("00") {
        // 00 is the international prefix: 00 49 30 … = +49 30 …
        digits = rest.to_owned();
        plus = true;
    }
    let n = digits.len();
    if plus {
        if digits.starts_with('7') {
            return if n == 11 {
                Ok(format!("+{digits}"))
            } else {
                Err(PhoneError::WrongDigitCount)
            };
        }
        return if (8..=15).contains(&n) && !digits.starts_with('0') {
            Ok(format!("+{digits}"))
        } else {
            Err(PhoneError::WrongDigitCount)
        };
    }
    match n {
        11 if digits.starts_with('8') || digits.starts_with('7') => {
            Ok(format!("+7{}", &digits[1..]))
        }
        10 if !matches!(digits.as_bytes()[0], b'0' | b'1' | b'2' | b'8') => {
            Ok(format!("+7{digits}"))
        }
        _ => Err(PhoneError::WrongDigitCount),
    }
}

/// Formats a normalised number for reading: `+7 701 123 45 67`. Foreign or
/// unexpected input is returned unchanged.
pub fn format_phone(normalised: &str) -> String {
    match normalised.strip_prefix("+7") {
        Some(rest) if rest.len() == 10 && rest.bytes().all(|b| b.is_ascii_digit()) => format!(
            "+7 {} {} {} {}",
            &rest[0..3],
            &rest[3..6],
            &rest[6..8],
            &rest[8..10]
        ),
        _ => normalised.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_local_ways_normalise_to_the_same_number() {
        for written in [
            "+7 701 123 45 67",
            "8 701 123 45 67",
            "8(701)123-45-67",
            "87011234567",
            "7011234567",
            "+7 (701) 123-45-67",
            "8.701.123.45.67",
            "  8 701 123 45 67  ",
            "8\u{a0}701\u{a0}123\u{a0}45\u{a0}67",
            "8–701–123–45–67",
            "77011234567",
        ] {
            assert_eq!(
                normalize_phone(written).as_deref(),
                Ok("+77011234567"),
                "{written}"
            );
        }
    }

    #[test]
    fn city_numbers_with_four_digit_codes() {
        assert_eq!(
            normalize_phone("+7 (7272) 12-34-56").as_deref(),
            Ok("+77272123456")
        );
        assert_eq!(
            normalize_phone("8 7272 123456").as_deref(),
            Ok("+77272123456")
        );
        assert_eq!(
            normalize_phone("8 (7172) 55-66-77").as_deref(),
            Ok("+77172556677")
        );
    }

    #[test]
    fn empty_stays_empty() {
        assert_eq!(normalize_phone("").as_deref(), Ok(""));
        assert_eq!(normalize_phone("   ").as_deref(), Ok(""));
    }

    #[test]
    fn foreign_numbers_keep_their_country_code() {
        assert_eq!(
            normalize_phone("+49 30 1234567").as_deref(),
            Ok("+49301234567")
        );
        assert_eq!(
            normalize_phone("+998 90 123-45-67").as_deref(),
            Ok("+998901234567")
        );
        assert_eq!(
            normalize_phone("00 996 555 123 456").as_deref(),
            Ok("+996555123456")
        );
    }

    #[test]
    fn anything_else_is_refused_with_a_reason() {
        for letters in [
            "8 701 ABC 45 67",
            "тел. 87011234567",
            "8701123456 доб. 12",
            "+7 701 +123",
        ] {
            assert_eq!(
                normalize_phone(letters),
                Err(PhoneError::NotAPhone),
                "{letters}"
            );
        }
        for wrong_count in [
            "8 701 123 45 6",
            "8 701 123 45 678",
            "123-45-67",
            "+7 701 123 45 6",
            "+7 701 123 45 678",
            "+1234567",
            "+1234567890123456",
            "8701123456",
            "+",
        ] {
            assert_eq!(
                normalize_phone(wrong_count),
                Err(PhoneError::WrongDigitCount),
                "{wrong_count}"
            );
        }
        assert_eq!(PhoneError::NotAPhone.reason().as_str(), "not_a_phone");
        assert_eq!(PhoneError::WrongDigitCount.reason().as_str(), "not_a_phone");
    }

    #[test]
    fn formats_for_reading() {
        assert_eq!(format_phone("+77011234567"), "+7 701 123 45 67");
        assert_eq!(format_phone("+49301234567"), "+49301234567");
        assert_eq!(format_phone(""), "");
        let normalised = normalize_phone("8(701)123-45-67").unwrap();
        assert_eq!(format_phone(&normalised), "+7 701 123 45 67");
        assert_eq!(
            normalize_phone(&format_phone(&normalised)).unwrap(),
            normalised
        );
    }
}
