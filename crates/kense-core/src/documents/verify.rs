//! Register numbers («АХ-2026/0042») and verification codes («26-0042-K3QX»).
//!
//! A verification code carries the year and number of a document and a
//! 20-bit check: SHA-256 over the database's secret, the full register number
//! and the recipient's name, written as four Crockford base-32 characters. A
//! paper can be checked against the register with the code alone; a code that
//! was made up or mistyped fails the check (1 in a million by chance).

use sha2::{Digest, Sha256};

/// Crockford's base-32 alphabet (no I, L, O, U).
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// What the QR code of a document starts with.
pub const QR_PREFIX: &str = "KENSE";

/// The register number as printed: «АХ-2026/0042» (at least four digits).
pub fn format_number(series: &str, year: i32, number: i64) -> String {
    format!("{series}-{year}/{number:04}")
}

/// Splits «АХ-2026/0042» into series, year and number.
pub fn parse_number(text: &str) -> Option<(String, i32, i64)> {
    let text = text.trim().trim_start_matches('№').trim();
    let (head, number) = text.rsplit_once('/')?;
    let (series, year) = head.rsplit_once('-')?;
    let year: i32 = year.parse().ok()?;
    let number: i64 = number.parse().ok()?;
    if series.is_empty() || !(2000..=2999).contains(&year) || number <= 0 {
        return None;
    }
    Some((series.to_owned(), year, number))
}

/// The check part of a code: four base-32 characters.
fn check(secret: &str, full_number: &str, recipient: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(secret.as_bytes());
    hasher.update([0]);
    hasher.update(full_number.as_bytes());
    hasher.update([0]);
    hasher.update(recipient.as_bytes());
    let digest = hasher.finalize();
    let bits =
        (u32::from(digest[0]) << 12) | (u32::from(digest[1]) << 4) | (u32::from(digest[2]) >> 4);
    (0..4)
        .rev()
        .map(|i| char::from(CROCKFORD[((bits >> (i * 5)) & 31) as usize]))
        .collect()
}

/// The verification code of a document: «26-0042-K3QX».
pub fn verification_code(
    secret: &str,
    series: &str,
    year: i32,
    number: i64,
    recipient: &str,
) -> String {
    let full = format_number(series, year, number);
    format!(
        "{:02}-{number:04}-{}",
        year.rem_euclid(100),
        check(secret, &full, recipient)
    )
}

/// What the QR code encodes: «KENSE АХ-2026/0042 26-0042-K3QX».
pub fn qr_payload(full_number: &str, code: &str) -> String {
    format!("{QR_PREFIX} {full_number} {code}")
}

/// A code as typed or scanned, understood: two-digit year, number, check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedCode {
    /// The year within the century (26 for 2026).
    pub year2: i32,
    /// The document number.
    pub number: i64,
    /// The four check characters, normalised.
    pub check: String,
}

/// Reads a code typed by hand (any case, spaces or dashes, O for 0 and I/L for
/// 1 as Crockford allows) or the whole text of a scanned QR code.
pub fn parse_code(input: &str) -> Option<ParsedCode> {
    // A scanned QR text: the code is its last word.
    let text = input
        .trim()
        .strip_prefix(QR_PREFIX)
        .and_then(|rest| rest.split_whitespace().last())
        .unwrap_or(input.trim());
    let parts: Vec<&str> = text
        .split(|c: char| c == '-' || c.is_whitespace())
        .filter(|p| !p.is_empty())
        .collect();
    let [year, number, check] = parts.as_slice() else {
        return None;
    };
    if year.len() != 2 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number: i64 = number.parse().ok().filter(|n| *n > 0)?;
    let check: String = check
        .chars()
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect();
    if check.len() != 4 || !check.bytes().all(|b| CROCKFORD.contains(&b)) {
        return None;
    }
    Some(ParsedCode {
        year2: year.parse().ok()?,
        number,
        check,
    })
}

/// True when `code` is the verification code of the document.
pub fn code_matches(
    secret: &str,
    code: &ParsedCode,
    series: &str,
    year: i32,
    number: i64,
    recipient: &str,
) -> bool {
    year.rem_euclid(100) == code.year2
        && number == code.number
        && check(secret, &format_number(series, year, number), recipient) == code.check
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_format_and_parse_back() {
        assert_eq!(format_number("АХ", 2026, 42), "АХ-2026/0042");
        assert_eq!(format_number("ДП", 2026, 12345), "ДП-2026/12345");
        assert_eq!(
            parse_number("№ АХ-2026/0042"),
            Some(("АХ".to_owned(), 2026, 42))
        );
        assert_eq!(
            parse_number("А-Х-2026/7"),
            Some(("А-Х".to_owned(), 2026, 7))
        );
        assert_eq!(parse_number("АХ-26/0042"), None);
        assert_eq!(parse_number("АХ-2026/0"), None);
        assert_eq!(parse_number("nonsense"), None);
    }

    #[test]
    fn codes_round_trip_and_catch_changes() {
        let code = verification_code("s3cret", "АХ", 2026, 42, "Әлденей Әлібек");
        assert!(code.starts_with("26-0042-"), "{code}");
        let parsed = parse_code(&code).unwrap();
        assert!(code_matches(
            "s3cret",
            &parsed,
            "АХ",
            2026,
            42,
            "Әлденей Әлібек"
        ));
        // Another secret, series, recipient or number fails.
        assert!(!code_matches(
            "other",
            &parsed,
            "АХ",
            2026,
            42,
            "Әлденей Әлібек"
        ));
        assert!(!code_matches(
            "s3cret",
            &parsed,
            "ДП",
            2026,
            42,
            "Әлденей Әлібек"
        ));
        assert!(!code_matches(
            "s3cret",
            &parsed,
            "АХ",
            2026,
            42,
            "Әлденей Әлібек Серікұлы"
        ));
        assert!(!code_matches(
            "s3cret",
            &parsed,
            "АХ",
            2026,
            43,
            "Әлденей Әлібек"
        ));
        // Typed loosely, or scanned from the QR code.
        let loose = code.to_lowercase().replace('-', " ");
        assert_eq!(parse_code(&loose), Some(parsed.clone()));
        let scanned = qr_payload("АХ-2026/0042", &code);
        assert_eq!(parse_code(&scanned), Some(parsed));
        assert_eq!(parse_code("26-0042"), None);
        assert_eq!(parse_code("2026-0042-ABCD"), None);
        assert_eq!(parse_code("26-0042-ABCU"), None);
    }
}
