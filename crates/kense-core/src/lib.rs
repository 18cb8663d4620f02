//! Kense core: the domain, the SQLite store, settings and translations.
//!
//! Nothing here depends on Tauri or a window: the desktop shell, the CLI and
//! the tests all call these functions.
//!
//! # The map
//!
//! Three kinds of room:
//!
//! - **The store**: [`store`] (opening, checking, migrating; `with_tx`,
//!   `with_write_tx` and the reader connections), the migrations in
//!   `migrations/`, [`changelog`], `soft_delete`, [`search_index`], [`files`]
//!   (atomic writes) and [`backup`].
//! - **One module per table**: [`people`], [`organisations`], [`events`],
//!   [`attendance`], [`campaigns`], [`categories`], [`media`], [`memoranda`],
//!   [`signatories`], [`office`], [`settings`], [`audit`], [`equipment`],
//!   [`id_handovers`], [`initiatives`], [`photos`], [`proposals`],
//!   [`speakers`]: verb-first functions over `&Connection` that read and write
//!   their table only. Writes run inside a `&Transaction` (it derefs to a
//!   `&Connection`) that the store began.
//! - **Features**, as folders: [`import`], [`export`], [`documents`],
//!   [`planning`], [`report`], [`press`], [`privacy`], [`hub`], [`demo`], and the
//!   sidebar's [`search`]. A feature's pure format code (the CSV and XLSX
//!   readers and writers, the RFC 5545 writer) sits inside its folder beside
//!   its database half (`import::registry`, `export::registry`,
//!   `planning::ics`).
//!
//! Shared vocabulary and helpers: [`error`] (the one error type and its
//! codes), [`refusal`] (why a value was refused and which field: one
//! vocabulary for forms, imports and the CLI), [`kinds`] (both listed once
//! through `code_enum!`), [`validate`], [`i18n`], [`grammar`], [`fold`] and
//! [`collation`] (search folding and Kazakh order), [`paths`], [`logs`],
//! [`time`] (the one reader of the local clock), [`about`].
//!
//! The rule: a table module never reaches up into a feature; a feature may
//! use any table module. `clippy.toml` bans the unsafe alternatives
//! (`std::fs::write`, beginning a transaction outside the store, reading the
//! clock outside [`time`]) and names the house way.

pub mod about;
pub mod attendance;
pub mod audit;
pub mod backup;
pub mod campaigns;
pub mod categories;
pub mod changelog;
mod code_enum;
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
pub mod progress;
pub mod proposals;
#[cfg(test)]
mod records_test_support;
pub mod refusal;
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

pub use error::{Error, ErrorCode, Result};
pub use i18n::Lang;
pub use refusal::{FieldName, Invalid};
pub use store::Store;
