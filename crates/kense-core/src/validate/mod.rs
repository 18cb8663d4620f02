//! Validators for what people type or bring from Excel: Kazakhstan phone
//! numbers, IINs, e-mail addresses and dates. Pure functions: text in,
//! normalised value or a reason ([`crate::Invalid`]) out.

pub mod date;
pub mod email;
pub mod iin;
pub mod phone;

pub use date::parse_date;
pub use email::is_email;
pub use iin::{Iin, IinError, mask_iin, validate_iin};
pub use phone::{PhoneError, format_phone, normalize_phone};
