//! Kense core: the domain, the SQLite store, settings and translations.
//!
//! Nothing here depends on Tauri or a window: the desktop shell, the CLI and
//! the tests all call these functions. Repository modules (one per table)
//! take a `&Connection` so they work inside a transaction as well.

pub mod about;
pub mod attendance;
pub mod audit;
pub mod backup;
pub mod campaigns;
pub mod categories;
pub mod changelog;
pub mod collation;
pub mod demo;
pub mod documents;
pub mod equipment;
pub mod error;
pub mod events;
pub mod export;
pub mod files;
pub mod fold;
pub mod grammar;
pub mod hub;
pub mod i18n;
pub mod id_handovers;
pub mod import;
pub mod initiatives;
pub mod kinds;
pub mod logs;
pub mod media;
pub mod memoranda;
pub mod office;
pub mod organisations;
pub mod paths;
pub mod people;
pub mod photos;
pub mod planning;
pub mod press;
pub mod privacy;
pub mod proposals;
#[cfg(test)]
mod records_test_support;
pub mod report;
pub mod search;
pub mod search_index;
pub mod settings;
pub mod signatories;
mod soft_delete;
pub mod speakers;
pub mod store;
mod text;
pub mod time;
pub mod validate;

pub use error::{Error, ErrorCode, Invalid, Result};
pub use i18n::Lang;
pub use store::Store;
