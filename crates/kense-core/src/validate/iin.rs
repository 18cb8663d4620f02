//! The Kazakhstan individual identification number (ИИН / ЖСН).
//!
//! Twelve digits: `YYMMDD` birth date, a century-and-gender digit (1/2 →
//! 1800s, 3/4 → 1900s, 5/6 → 2000s; odd male, even female), four
//! registration digits and a check digit. The check digit is
//! Σ digitᵢ·wᵢ mod 11 with weights 1…11; when that is 10 the weights
//! 3…11, 1, 2 are used instead, and a second 10 means no valid IIN.

use crate::Invalid;
use crate::import::Gender;
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// A valid IIN and what it says about its holder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Iin {
    /// The 12 digits.
    pub digits: String,
    /// Date of birth.
    #[ts(type = "string")]
    pub birth_date: NaiveDate,
    /// Gender.
    pub gender: Gender,
}

/// The IIN as lists show it: nine dots and the last three digits
/// (`•••••••••127`); empty for no IIN.
pub fn mask_iin(digits: &str) -> String {
    let count = digits.chars().count();
    if count == 0 {
        return String::new();
    }
    let shown = count.min(3);
    let tail: String = digits.chars().skip(count - shown).collect();
    format!("{}{tail}", "•".repeat(count - shown))
}

/// Why an IIN was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IinError {
    /// Something other than digits and spaces.
    #[error("an IIN has only digits")]
    NotDigits,
    /// Not 12 digits.
    #[error("an IIN has 12 digits")]
    WrongLength,
    /// 11 digits that are a valid IIN with a leading 0 (lost in Excel).
    #[error("11 digits: the leading 0 was probably lost in Excel (format the column as text)")]
    LeadingZeroLost,
    /// The 7th digit is not 1–6.
    #[error("the 7th digit (century and gender) must be 1 to 6")]
    BadCentury,
    /// The first 6 digits are not a date.
    #[error("the first 6 digits are not a birth date (YYMMDD)")]
    BadBirthDate,
    /// The check digit does not match.
    #[error("the check digit does not match")]
    BadChecksum,
}

impl IinError {
    /// The stable reason code.
    pub fn reason(self) -> Invalid {
        match self {
            Self::LeadingZeroLost => Invalid::IinLeadingZeroLost,
            _ => Invalid::NotAnIin,
        }
    }
}

/// Validates an IIN (spaces allowed anywhere) and reads the birth date and
/// gender from it.
pub fn validate_iin(s: &str) -> Result<Iin, IinError> {
    let digits: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(IinError::NotDigits);
    }
    if digits.len() == 11 && check(&format!("0{digits}")).is_ok() {
        return Err(IinError::LeadingZeroLost);
    }
    check(&digits)
}

fn check(digits: &str) -> Result<Iin, IinError> {
    let d: Vec<u32> = digits.bytes().map(|b| u32::from(b - b'0')).collect();
    if d.len() != 12 {
        return Err(IinError::WrongLength);
    }
    let (century, gender) = match d[6] {
        1 => (1800, Gender::Male),
        2 => (1800, Gender::Female),
        3 => (1900, Gender::Male),
        4 => (1900, Gender::Female),
        5 => (2000, Gender::Male),
        6 => (2000, Gender::Female),
        _ => return Err(IinError::BadCentury),
    };
    let year = century + (d[0] * 10 + d[1]) as i32;
    let birth_date = NaiveDate::from_ymd_opt(year, d[2] * 10 + d[3], d[4] * 10 + d[5])
        .ok_or(IinError::BadBirthDate)?;
    if check_digit(&d[..11]) != Some(d[11]) {
        return Err(IinError::BadChecksum);
    }
    Ok(Iin {
        digits: digits.to_owned(),
        birth_date,
        gender,
    })
}

/// The check digit of the first 11 digits, or `None` when there is none.
fn check_digit(first11: &[u32]) -> Option<u32> {
    let weighted = |weights: [u32; 11]| -> u32 {
        first11
            .iter()
            .zip(weights)
            .map(|(digit, weight)| digit * weight)
            .sum::<u32>()
            % 11
    };
    let first = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if first != 10 {
        return Some(first);
    }
    let second = weighted([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    (second != 10).then_some(second)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A valid IIN from its first 11 digits, or `None` when they have no
    /// check digit.
    pub(crate) fn with_check_digit(first11: &str) -> Option<String> {
        let d: Vec<u32> = first11.bytes().map(|b| u32::from(b - b'0')).collect();
        check_digit(&d).map(|c| format!("{first11}{c}"))
    }

    #[test]
    fn a_valid_iin_gives_birth_date_and_gender() {
        // Born 15 March 1985, man (3 → 1900s, odd → male).
        let iin = with_check_digit("85031530012").unwrap();
        let parsed = validate_iin(&iin).unwrap();
        assert_eq!(parsed.digits, iin);
        assert_eq!(
            parsed.birth_date,
            NaiveDate::from_ymd_opt(1985, 3, 15).unwrap()
        );
        assert_eq!(parsed.gender, Gender::Male);

        // Born 29 February 2004, woman (6 → 2000s, even → female).
        let iin = with_check_digit("04022960123").unwrap();
        let parsed = validate_iin(&iin).unwrap();
        assert_eq!(
            parsed.birth_date,
            NaiveDate::from_ymd_opt(2004, 2, 29).unwrap()
        );
        assert_eq!(parsed.gender, Gender::Female);
    }

    #[test]
    fn the_second_weights_are_used_when_the_first_give_ten() {
        // Find a prefix whose first checksum is 10 but the second is not.
        let mut found = false;
        for serial in 0..1000 {
            let first11 = format!("900101{}{serial:04}", 3);
            let d: Vec<u32> = first11.bytes().map(|b| u32::from(b - b'0')).collect();
            let plain: u32 = d.iter().zip(1..=11).map(|(x, w)| x * w).sum::<u32>() % 11;
            if plain != 10 {
                continue;
            }
            let second: u32 = d
                .iter()
                .zip([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])
                .map(|(x, w)| x * w)
                .sum::<u32>()
                % 11;
            if second == 10 {
                // No check digit: every 12th digit is refused.
                for last in 0..10 {
                    assert_eq!(
                        validate_iin(&format!("{first11}{last}")),
                        Err(IinError::BadChecksum)
                    );
                }
                continue;
            }
            let iin = format!("{first11}{second}");
            assert!(validate_iin(&iin).is_ok(), "{iin}");
            found = true;
        }
        assert!(found);
    }

    #[test]
    fn spaces_are_accepted() {
        let iin = with_check_digit("85031530012").unwrap();
        let spaced = format!("{} {} {}", &iin[0..6], &iin[6..8], &iin[8..]);
        assert_eq!(validate_iin(&spaced).unwrap().digits, iin);
        assert_eq!(validate_iin(&format!("  {iin}\u{a0}")).unwrap().digits, iin);
    }

    #[test]
    fn invalid_iins_are_refused_with_a_reason() {
        let iin = with_check_digit("85031530012").unwrap();
        let last = iin.as_bytes()[11] - b'0';
        let wrong = format!("{}{}", &iin[..11], (last + 1) % 10);
        assert_eq!(validate_iin(&wrong), Err(IinError::BadChecksum));
        assert_eq!(validate_iin(&iin[..11]), Err(IinError::WrongLength));
        assert_eq!(validate_iin(&format!("{iin}0")), Err(IinError::WrongLength));
        assert_eq!(validate_iin("85031530012A"), Err(IinError::NotDigits));
        assert_eq!(validate_iin("ИИН 850315300"), Err(IinError::NotDigits));
        assert_eq!(validate_iin(""), Err(IinError::WrongLength));
        let month_13 = with_check_digit("85131530012").unwrap();
        assert_eq!(validate_iin(&month_13), Err(IinError::BadBirthDate));
        let feb_30 = with_check_digit("85023030012").unwrap();
        assert_eq!(validate_iin(&feb_30), Err(IinError::BadBirthDate));
        let century_7 = with_check_digit("85031570012").unwrap();
        assert_eq!(validate_iin(&century_7), Err(IinError::BadCentury));
        assert_eq!(IinError::BadChecksum.reason().as_str(), "not_an_iin");
    }

    #[test]
    fn a_leading_zero_lost_in_excel_is_named() {
        // Born 1 May 2003: the IIN starts with 0 and Excel drops it.
        let iin = with_check_digit("03050150034").unwrap();
        assert!(validate_iin(&iin).is_ok());
        assert_eq!(validate_iin(&iin[1..]), Err(IinError::LeadingZeroLost));
        assert_eq!(
            IinError::LeadingZeroLost.reason().as_str(),
            "iin_leading_zero_lost"
        );
    }
}
