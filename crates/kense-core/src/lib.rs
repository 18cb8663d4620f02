//! Kense core: the domain, the SQLite store, settings and translations.
//!
//! Nothing here depends on Tauri or a window: the desktop shell, the CLI and
//! the tests all call these functions. Repository modules (one per table)
//! take a `&Connection` so they work inside a transaction as well.

pub mod campaigns;
pub mod demo;
pub mod error;
pub mod files;
pub mod i18n;
pub mod office;
pub mod paths;
pub mod settings;
pub mod signatories;
pub mod store;
mod text;
mod time;

pub use error::{Error, ErrorCode, Invalid, Result};
pub use i18n::Lang;
pub use store::Store;
