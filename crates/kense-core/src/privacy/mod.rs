//! Personal data kept in: erasing a person for good ([`erase`]). Masking
//! lives with the data (`people::PersonSummary::iin_masked`,
//! `validate::mask_iin`), exports take [`crate::export::registry::PeopleExportOptions`],
//! and what leaves the app is recorded in [`crate::audit`].

pub mod erase;

pub use erase::{EraseReport, erase_person};
