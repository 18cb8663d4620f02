//! Validators for what people type or bring from Excel: Kazakhstan phone
//! numbers, IINs, e-mail addresses and dates. Pure functions: text in,
//! normalised value or a reason out.

pub mod date;
pub mod email;
pub mod iin;
pub mod phone;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use date::parse_date;
pub use email::is_email;
pub use iin::{Iin, IinError, mask_iin, validate_iin};
pub use phone::{PhoneError, format_phone, normalize_phone};

/// Why a value was refused: stable codes the UI translates
/// (`invalid-<code>`). The first ones are the same as [`crate::Invalid`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// Empty where a value is needed.
    Required,
    /// Longer than `limit` characters.
    TooLong,
    /// Contains control characters.
    ControlCharacters,
    /// Not an e-mail address.
    NotAnEmail,
    /// Not a phone number written in a way we understand.
    NotAPhone,
    /// Not a valid IIN (12 digits, birth date, check digit).
    NotAnIin,
    /// 11 digits that become a valid IIN with a leading 0: Excel dropped the
    /// zero because the column was formatted as numbers.
    IinLeadingZeroLost,
    /// Not a date we understand.
    NotADate,
    /// Not a gender we recognise (м/ж, ер/әйел, male/female…).
    UnknownGender,
    /// Not a yes/no we recognise (да/нет, иә/жоқ, yes/no, 1/0, +/-).
    UnknownConsent,
    /// Not an event role we recognise.
    UnknownRole,
    /// Not an organisation kind we recognise.
    UnknownOrgKind,
}

impl Reason {
    /// The reason as written on the wire and in translation keys.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Required => "required",
            Self::TooLong => "too_long",
            Self::ControlCharacters => "control_characters",
            Self::NotAnEmail => "not_an_email",
            Self::NotAPhone => "not_a_phone",
            Self::NotAnIin => "not_an_iin",
            Self::IinLeadingZeroLost => "iin_leading_zero_lost",
            Self::NotADate => "not_a_date",
            Self::UnknownGender => "unknown_gender",
            Self::UnknownConsent => "unknown_consent",
            Self::UnknownRole => "unknown_role",
            Self::UnknownOrgKind => "unknown_org_kind",
        }
    }

    /// Every reason, for tests of the translations.
    pub const ALL: [Reason; 12] = [
        Self::Required,
        Self::TooLong,
        Self::ControlCharacters,
        Self::NotAnEmail,
        Self::NotAPhone,
        Self::NotAnIin,
        Self::IinLeadingZeroLost,
        Self::NotADate,
        Self::UnknownGender,
        Self::UnknownConsent,
        Self::UnknownRole,
        Self::UnknownOrgKind,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_serialise_as_their_wire_names() {
        for reason in Reason::ALL {
            let json = serde_json::to_string(&reason).unwrap();
            assert_eq!(json, format!("\"{}\"", reason.as_str()));
        }
    }
}
