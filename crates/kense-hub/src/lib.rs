//! Kense hub: the region's PostgreSQL database that offices send their
//! records to, and the consolidated report read from it.
//!
//! This is its own crate, not a folder of kense-core, because it links the
//! PostgreSQL client and OpenSSL (for TLS): the desktop app and the core's
//! tests stay free of them, and only the CLI (and later the app's «Send to
//! region») depend on this crate. What an office sends, how it remembers
//! what the hub has, the package format and the hub's SQL migrations live in
//! `kense_core::hub`; this crate connects, migrates, applies change sets and
//! reads them back:
//!
//! - [`connect`]: a URL (TLS when it asks for it; the password from the URL,
//!   `PGPASSWORD` or the libpq password file — never from the Kense
//!   database);
//! - [`schema`]: `kense hub init`, the schema version check;
//! - [`push`]: one change set in one transaction, from an office database
//!   or a `.kpack` package;
//! - [`report`]: the consolidated report, computed by the office report's
//!   own code over the hub's rows.

pub mod connect;
pub mod push;
pub mod report;
pub mod schema;

pub use connect::{connect, connect_with};

/// Result with [`HubError`].
pub type Result<T, E = HubError> = std::result::Result<T, E>;

/// What can go wrong with the hub.
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    /// An error of the office database or a package.
    #[error(transparent)]
    Core(#[from] kense_core::Error),
    /// The URL is not one we understand.
    #[error("the hub URL is not valid: {0}")]
    BadUrl(String),
    /// The hub could not be reached or refused the login.
    #[error("cannot reach the hub ({0}); nothing was sent, Kense keeps working offline")]
    Unreachable(String),
    /// A statement on the hub failed.
    #[error("the hub: {context}: {}", pg_detail(.source))]
    Postgres {
        /// What was being done.
        context: &'static str,
        /// The error.
        #[source]
        source: postgres::Error,
    },
    /// The hub has no Kense schema yet.
    #[error("the hub has no Kense schema yet: the region runs `kense hub init --url URL` first")]
    NotInitialised,
    /// The hub's schema is older than this Kense.
    #[error(
        "the hub's schema is version {found}, older than this Kense's ({supported}): the region runs `kense hub init --url URL` to migrate it"
    )]
    OlderHubSchema {
        /// The hub's version.
        found: i64,
        /// This build's.
        supported: i64,
    },
    /// The hub's schema is newer than this Kense.
    #[error(
        "the hub's schema is version {found}, newer than this Kense knows ({supported}); update Kense — nothing was changed"
    )]
    NewerHubSchema {
        /// The hub's version.
        found: i64,
        /// This build's.
        supported: i64,
    },
    /// The hub refused the change set (not registered, out of order…).
    #[error("{0}")]
    Refused(String),
}

/// A PostgreSQL error with the server's own words: `postgres::Error` shows
/// only «db error» for an error the server reported. The server's detail
/// line is left out: it can quote a row's values (a duplicate key's).
pub fn pg_detail(err: &postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => format!("{} ({}): {}", db.severity(), db.code().code(), db.message()),
        None => err.to_string(),
    }
}

/// Adds what was being done to a PostgreSQL error.
pub(crate) trait PgContext<T> {
    fn pg(self, context: &'static str) -> Result<T>;
}

impl<T> PgContext<T> for std::result::Result<T, postgres::Error> {
    fn pg(self, context: &'static str) -> Result<T> {
        self.map_err(|source| HubError::Postgres { context, source })
    }
}
