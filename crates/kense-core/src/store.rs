//! Opening, creating, checking and migrating the Kense database.
//!
//! Every connection gets the same PRAGMAs (WAL, `synchronous=FULL`,
//! `foreign_keys=ON`, a busy timeout). Before anything is written to an
//! existing file, its header and integrity are checked; a file that is not a
//! Kense database, one from a newer Kense, or a damaged one is refused and
//! left byte-for-byte as it was.

use crate::error::SqlContext;
use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags, Transaction};
use rusqlite_migration::{M, Migrations};
use serde::Serialize;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use ts_rs::TS;

mod readers;
pub use readers::{IDLE_READERS, Readers};

/// `PRAGMA application_id` of a Kense database ("KENS").
pub const APPLICATION_ID: i64 = 0x4B45_4E53;

/// How long a connection waits for a lock held by another connection.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

const MIGRATION_SQL: &[&str] = &[
    include_str!("../migrations/0001_initial.sql"),
    include_str!("../migrations/0002_registry.sql"),
    include_str!("../migrations/0003_documents.sql"),
    include_str!("../migrations/0004_report.sql"),
    include_str!("../migrations/0005_planning.sql"),
    include_str!("../migrations/0006_language.sql"),
    include_str!("../migrations/0007_hub.sql"),
    include_str!("../migrations/0008_privacy.sql"),
    include_str!("../migrations/0009_event_records.sql"),
    include_str!("../migrations/0010_nomination.sql"),
    include_str!("../migrations/0011_bilingual.sql"),
    include_str!("../migrations/0012_bilingual_plan.sql"),
];

/// The migration (1-based) whose data is moved by [`split_schema_11`].
const BILINGUAL_MIGRATION: usize = 11;
/// The migration (1-based) whose data is moved by [`split_schema_12`].
const BILINGUAL_PLAN_MIGRATION: usize = 12;

fn migrations() -> Migrations<'static> {
    Migrations::new(
        MIGRATION_SQL
            .iter()
            .enumerate()
            .map(|(i, sql)| match i + 1 {
                BILINGUAL_MIGRATION => M::up_with_hook(sql, split_schema_11),
                BILINGUAL_PLAN_MIGRATION => M::up_with_hook(sql, split_schema_12),
                _ => M::up(sql),
            })
            .collect(),
    )
}

/// Schema 11's data: each position, place and stop's «showing», renamed into
/// its `_kk` column, moves to the column of the language it is written in.
/// Runs in the migration's transaction.
fn split_schema_11(tx: &Transaction<'_>) -> rusqlite_migration::HookResult {
    split_one_language_texts(
        tx,
        &[
            ("person", "position_kk", "position_ru"),
            ("event", "place_kk", "place_ru"),
            ("visit_stop", "showing_kk", "showing_ru"),
        ],
    )
}

/// Schema 12's data: an itinerary's meeting point and transport, an
/// event's district, a stop's site and address, a memorandum's parties and
/// subject, as [`split_schema_11`] does.
fn split_schema_12(tx: &Transaction<'_>) -> rusqlite_migration::HookResult {
    split_one_language_texts(
        tx,
        &[
            ("event", "meeting_point_kk", "meeting_point_ru"),
            ("event", "transport_kk", "transport_ru"),
            ("event", "district_kk", "district_ru"),
            ("visit_stop", "site_kk", "site_ru"),
            ("visit_stop", "address_kk", "address_ru"),
            ("memorandum", "parties_kk", "parties_ru"),
            ("memorandum", "subject_kk", "subject_ru"),
        ],
    )
}

/// Each text of the `(table, kk, ru)` columns, renamed into its `_kk`
/// column by a migration, moves to the column of the language it is
/// written in ([`crate::i18n::split_by_language`]).
fn split_one_language_texts(
    tx: &Transaction<'_>,
    columns: &[(&str, &str, &str)],
) -> rusqlite_migration::HookResult {
    for (table, kk, ru) in columns {
        let texts: Vec<(i64, String)> = tx
            .prepare(&format!("SELECT id, {kk} FROM {table} WHERE {kk} <> ''"))?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut update = tx.prepare(&format!(
            "UPDATE {table} SET {kk} = ?1, {ru} = ?2 WHERE id = ?3"
        ))?;
        for (id, text) in texts {
            let (in_kk, in_ru) = crate::i18n::split_by_language(&text);
            if in_kk != text || !in_ru.is_empty() {
                update.execute(rusqlite::params![in_kk, in_ru, id])?;
            }
        }
    }
    Ok(())
}

/// Applies the migrations up to `version` only, with the house PRAGMAs:
/// an older Kense's database, for tests of upgrades.
#[doc(hidden)]
pub fn migrate_to(conn: &mut Connection, version: usize) -> Result<()> {
    configure(conn)?;
    migrations().to_version(conn, version)?;
    Ok(())
}

/// The schema version this build of Kense creates and understands.
pub fn latest_schema_version() -> i64 {
    // The number of migrations is tiny; the cast cannot truncate.
    MIGRATION_SQL.len() as i64
}

/// An open Kense database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    created: bool,
    read_only: bool,
}

/// What `kense check` reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckReport {
    /// The database file.
    pub path: String,
    /// Schema version of the file.
    pub schema_version: i64,
    /// Latest schema version this build knows.
    pub supported_schema_version: i64,
    /// Lines of `PRAGMA integrity_check` (`["ok"]` when healthy).
    pub integrity: Vec<String>,
}

impl CheckReport {
    /// True when the integrity check said `ok`.
    pub fn is_ok(&self) -> bool {
        self.integrity == ["ok"]
    }
}

impl Store {
    /// Opens the database at `path`, creating it (and its folder) when it
    /// does not exist yet, and migrates it to the latest schema (after a
    /// backup of the old one). A database that cannot be written (read-only
    /// file, folder or disk) opens read-only: [`Store::is_read_only`].
    pub fn open(path: &Path) -> Result<Self> {
        Self::open_at(path, chrono::Utc::now())
    }

    /// [`Store::open`] with the time of a backup taken before a migration.
    pub fn open_at(path: &Path, now: chrono::DateTime<chrono::Utc>) -> Result<Self> {
        let started = Instant::now();
        let opened = Self::open_checked(path, now);
        let ms = started.elapsed().as_millis();
        match &opened {
            Ok(store) => tracing::info!(
                created = store.created,
                read_only = store.read_only,
                schema = latest_schema_version(),
                ms,
                "database open"
            ),
            Err(err) => tracing::warn!(code = err.code().as_str(), ms, "database not opened"),
        }
        opened
    }

    fn open_checked(path: &Path, now: chrono::DateTime<chrono::Utc>) -> Result<Self> {
        let state = inspect_file(path)?;
        if state == FileState::Empty {
            return Err(Error::EmptyDatabaseFile {
                path: path.to_path_buf(),
            });
        }
        if state == FileState::Missing {
            let folder = crate::backup::default_backup_dir(path);
            if crate::backup::list_backups(&folder).is_ok_and(|b| !b.is_empty()) {
                return Err(Error::MissingWithBackups {
                    path: path.to_path_buf(),
                    folder,
                });
            }
        }
        if state == FileState::Missing
            && let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
        {
            fs::create_dir_all(parent).map_err(|source| Error::Io {
                path: parent.to_path_buf(),
                source,
            })?;
        }
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
                | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|source| open_error(path, source))?;
        conn.busy_timeout(BUSY_TIMEOUT)
            .context("setting the busy timeout")?;
        if state == FileState::Existing {
            if conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false) {
                drop(conn);
                return Self::open_read_only(path);
            }
            if let Err(err) = verify_before_writing(&conn, path) {
                if cannot_write(&err) {
                    drop(conn);
                    return Self::open_read_only(path);
                }
                return Err(err);
            }
        }
        if let Err(err) = configure(&conn) {
            if state == FileState::Existing && cannot_write(&err) {
                drop(conn);
                return Self::open_read_only(path);
            }
            return Err(err);
        }
        if state == FileState::Existing {
            let version: i64 = conn
                .pragma_query_value(None, "user_version", |row| row.get(0))
                .context("reading the schema version")?;
            if version > 0 && version < latest_schema_version() {
                let backup = crate::backup::take_backup(
                    &conn,
                    path,
                    crate::backup::BackupReason::BeforeMigration,
                    now,
                )?;
                tracing::info!(
                    from = version,
                    to = latest_schema_version(),
                    bytes = backup.size_bytes,
                    "backup before migration"
                );
            }
        }
        let migrating = Instant::now();
        migrations().to_latest(&mut conn)?;
        tracing::info!(
            ms = migrating.elapsed().as_millis(),
            to = latest_schema_version(),
            "schema up to date"
        );
        Ok(Self {
            conn,
            path: path.to_path_buf(),
            created: state != FileState::Existing,
            read_only: false,
        })
    }

    /// Opens an existing database that cannot be written, for reading only.
    /// One that would need a migration is refused (it cannot be upgraded).
    fn open_read_only(path: &Path) -> Result<Self> {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI;
        let attempt = |uri: &str| -> Result<Connection> {
            let conn = Connection::open_with_flags(uri, flags)
                .map_err(|source| open_error(path, source))?;
            verify_before_writing(&conn, path)?;
            Ok(conn)
        };
        // A WAL database on a read-only disk cannot make its shared-memory
        // file: read it as immutable then (nobody can write it anyway).
        let conn = match attempt(&file_uri(path, "mode=ro")) {
            Ok(conn) => conn,
            Err(err) if cannot_write(&err) => attempt(&file_uri(path, "immutable=1"))?,
            Err(err) => return Err(err),
        };
        conn.busy_timeout(BUSY_TIMEOUT)
            .context("setting the busy timeout")?;
        crate::collation::register_collation(&conn).context("registering the Kazakh collation")?;
        conn.pragma_update(None, "foreign_keys", "ON")
            .context("enabling foreign keys")?;
        conn.pragma_update(None, "temp_store", "MEMORY")
            .context("keeping temporary data in memory")?;
        conn.set_prepared_statement_cache_capacity(128);
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .context("reading the schema version")?;
        if version != latest_schema_version() {
            return Err(Error::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        tracing::warn!("database opened read-only");
        Ok(Self {
            conn,
            path: path.to_path_buf(),
            created: false,
            read_only: true,
        })
    }

    /// True when the database could only be opened for reading (a read-only
    /// file, folder or disk): every write fails with `db_read_only`.
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// An in-memory database with the full schema, for tests.
    pub fn open_in_memory() -> Result<Self> {
        let mut conn = Connection::open_in_memory().context("opening an in-memory database")?;
        configure(&conn)?;
        migrations().to_latest(&mut conn)?;
        Ok(Self {
            conn,
            path: PathBuf::from(":memory:"),
            created: true,
            read_only: false,
        })
    }

    /// An in-memory copy of `template` (another in-memory store, schema
    /// and rows), made with SQLite's backup API instead of running the
    /// migrations again: the hub's consolidated report opens one scratch
    /// database per office.
    pub fn open_in_memory_from(template: &Store) -> Result<Self> {
        let mut conn = Connection::open_in_memory().context("opening an in-memory database")?;
        configure(&conn)?;
        rusqlite::backup::Backup::new(&template.conn, &mut conn)
            .and_then(|copy| copy.run_to_completion(i32::MAX, std::time::Duration::ZERO, None))
            .context("copying an in-memory database")?;
        Ok(Self {
            conn,
            path: PathBuf::from(":memory:"),
            created: true,
            read_only: false,
        })
    }

    /// The connection, for repository functions.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// True when this open created the database (a first run).
    pub fn was_created(&self) -> bool {
        self.created
    }

    /// Runs `f` in one transaction: committed when it returns `Ok`, rolled
    /// back otherwise. The write lock is taken at the start (`BEGIN
    /// IMMEDIATE`): a deferred transaction that reads and then writes while
    /// another Kense writes fails at once with "database is locked" (SQLite
    /// cannot wait there), an immediate one waits on the busy timeout.
    pub fn with_tx<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let path = self.path.clone();
        #[allow(
            clippy::disallowed_methods,
            reason = "the store is where transactions begin (see clippy.toml)"
        )]
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| lock_error(&path, e, "starting a transaction"))?;
        let value = f(&tx).map_err(|e| locked_as_such(&path, e))?;
        tx.commit()
            .map_err(|e| lock_error(&path, e, "committing a transaction"))?;
        Ok(value)
    }

    /// Like [`Store::with_tx`], but takes the write lock at the start
    /// (`BEGIN IMMEDIATE`), so that reading a counter and writing the next value
    /// cannot race another writer (register numbers).
    pub fn with_write_tx<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let path = self.path.clone();
        #[allow(
            clippy::disallowed_methods,
            reason = "the store is where transactions begin (see clippy.toml)"
        )]
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| lock_error(&path, e, "starting a transaction"))?;
        let value = f(&tx).map_err(|e| locked_as_such(&path, e))?;
        tx.commit()
            .map_err(|e| lock_error(&path, e, "committing a transaction"))?;
        Ok(value)
    }

    /// Read-only connections to this database beside this writer (see
    /// [`Readers`]). An in-memory database has no readers: it is private
    /// to its one connection.
    pub fn readers(&self) -> Result<Readers> {
        if self.path == Path::new(":memory:") {
            return Err(Error::Sqlite {
                context: "opening a reader of an in-memory database",
                source: rusqlite::Error::InvalidPath(self.path.clone()),
            });
        }
        Readers::open(&self.path)
    }

    /// The schema version stored in the database.
    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .context("reading the schema version")
    }

    /// Runs a full `PRAGMA integrity_check` (and FTS5's check of the search
    /// indexes) and reports it with the versions.
    pub fn check(&self) -> Result<CheckReport> {
        let mut integrity = integrity_lines(&self.conn, "integrity_check")?;
        // FTS5's check is an INSERT: a read-only database cannot run it.
        if integrity == ["ok"]
            && !self.read_only
            && let Err(err) = crate::search_index::check_search_indexes(&self.conn)
        {
            integrity = vec![format!("search index: {err}")];
        }
        Ok(CheckReport {
            path: self.path.display().to_string(),
            schema_version: self.schema_version()?,
            supported_schema_version: latest_schema_version(),
            integrity,
        })
    }
}

/// An SQLite error at the start or end of a transaction: "busy" after the
/// busy timeout means another Kense holds the file; read-only names it.
fn lock_error(path: &Path, source: rusqlite::Error, context: &'static str) -> Error {
    locked_as_such(path, Error::Sqlite { context, source })
}

fn locked_as_such(path: &Path, err: Error) -> Error {
    match err.code() {
        crate::ErrorCode::DbLocked => Error::Locked {
            path: path.to_path_buf(),
        },
        crate::ErrorCode::DbReadOnly if !matches!(err, Error::ReadOnly { .. }) => Error::ReadOnly {
            path: path.to_path_buf(),
        },
        _ => err,
    }
}

/// True for errors that mean "this file or folder cannot be written" (not
/// a full disk or another I/O failure: those are reported as they are).
fn cannot_write(err: &Error) -> bool {
    match err {
        Error::ReadOnly { .. } => true,
        Error::Sqlite { source, .. } => matches!(
            source.sqlite_error_code(),
            Some(
                rusqlite::ErrorCode::ReadOnly
                    | rusqlite::ErrorCode::CannotOpen
                    | rusqlite::ErrorCode::PermissionDenied
            )
        ),
        Error::Io { .. } => matches!(
            err.code(),
            crate::ErrorCode::ReadOnlyFolder | crate::ErrorCode::PermissionDenied
        ),
        _ => false,
    }
}

/// An SQLite URI for `path` with `query` (`mode=ro`, `immutable=1`).
fn file_uri(path: &Path, query: &str) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut uri = String::from("file:");
    if cfg!(windows) && !text.starts_with('/') {
        uri.push('/');
    }
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~:".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push('?');
    uri.push_str(query);
    uri
}

/// Refuses a file that is not a Kense database (or is a newer one, or is
/// empty) from its header, without letting SQLite open it.
pub(crate) fn refuse_foreign_file(path: &Path) -> Result<()> {
    match inspect_file(path)? {
        FileState::Existing => Ok(()),
        FileState::Empty => Err(Error::EmptyDatabaseFile {
            path: path.to_path_buf(),
        }),
        FileState::Missing => Err(Error::Io {
            path: path.to_path_buf(),
            source: std::io::Error::from(std::io::ErrorKind::NotFound),
        }),
    }
}

#[derive(Debug, PartialEq, Eq)]
enum FileState {
    /// No file: a new database.
    Missing,
    /// A zero-length file (SQLite would treat it as an empty database): refused.
    Empty,
    /// A non-empty file whose header says it is a Kense database we can open.
    Existing,
}

/// Reads the 100-byte SQLite header without opening the file as a database,
/// so a foreign or newer file is refused before SQLite touches it.
fn inspect_file(path: &Path) -> Result<FileState> {
    let mut file = match fs::File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileState::Missing),
        Err(source) => {
            return Err(Error::Io {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let mut header = Vec::with_capacity(100);
    file.by_ref()
        .take(100)
        .read_to_end(&mut header)
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if header.is_empty() {
        return Ok(FileState::Empty);
    }
    let not_kense = |reason: &str| Error::NotKense {
        path: path.to_path_buf(),
        reason: reason.to_owned(),
    };
    if header.len() < 100 || &header[..16] != b"SQLite format 3\0" {
        return Err(not_kense("the file is not an SQLite database"));
    }
    let be_i32 = |at: usize| {
        i64::from(i32::from_be_bytes([
            header[at],
            header[at + 1],
            header[at + 2],
            header[at + 3],
        ]))
    };
    let user_version = be_i32(60);
    let application_id = be_i32(68);
    if application_id != APPLICATION_ID && application_id != 0 {
        return Err(not_kense("the SQLite file belongs to another program"));
    }
    if application_id == APPLICATION_ID && user_version > latest_schema_version() {
        return Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found: user_version,
            supported: latest_schema_version(),
        });
    }
    Ok(FileState::Existing)
}

/// Checks an existing file before the first write: it must be a Kense
/// database (or an SQLite file with no tables at all), not from a newer
/// version, and pass `quick_check`.
fn verify_before_writing(conn: &Connection, path: &Path) -> Result<()> {
    let map = |source| open_error(path, source);
    let application_id: i64 = conn
        .pragma_query_value(None, "application_id", |row| row.get(0))
        .map_err(map)?;
    let user_version: i64 = conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(map)?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
        .map_err(map)?;
    if application_id != APPLICATION_ID && tables > 0 {
        return Err(Error::NotKense {
            path: path.to_path_buf(),
            reason: "the SQLite file belongs to another program".to_owned(),
        });
    }
    if user_version > latest_schema_version() {
        return Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found: user_version,
            supported: latest_schema_version(),
        });
    }
    let lines = integrity_lines(conn, "quick_check").map_err(|e| match e {
        Error::Sqlite { source, .. } => open_error(path, source),
        other => other,
    })?;
    if lines != ["ok"] {
        return Err(Error::Damaged {
            path: path.to_path_buf(),
            detail: lines.into_iter().take(3).collect::<Vec<_>>().join("; "),
        });
    }
    Ok(())
}

fn configure(conn: &Connection) -> Result<()> {
    crate::collation::register_collation(conn).context("registering the Kazakh collation")?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .context("enabling foreign keys")?;
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
        .context("switching to WAL")?;
    tracing::debug!(%mode, "journal mode");
    conn.pragma_update(None, "synchronous", "FULL")
        .context("setting synchronous=FULL")?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .context("setting the busy timeout")?;
    // A 64 MB page cache keeps a large registry's indexes in memory and
    // lets a big import commit without spilling; temporary sorts stay in
    // memory too. Repositories reuse their statements across calls.
    conn.pragma_update(None, "cache_size", -65_536)
        .context("sizing the page cache")?;
    conn.pragma_update(None, "temp_store", "MEMORY")
        .context("keeping temporary data in memory")?;
    conn.set_prepared_statement_cache_capacity(128);
    Ok(())
}

/// A reader's settings: the writer's collation, cache and busy timeout, and
/// `query_only` so that it can never write.
fn configure_reader(conn: &Connection) -> Result<()> {
    crate::collation::register_collation(conn).context("registering the Kazakh collation")?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .context("setting the busy timeout")?;
    conn.pragma_update(None, "query_only", "ON")
        .context("making a reader read-only")?;
    conn.pragma_update(None, "cache_size", -16_384)
        .context("sizing the page cache")?;
    conn.pragma_update(None, "temp_store", "MEMORY")
        .context("keeping temporary data in memory")?;
    conn.set_prepared_statement_cache_capacity(128);
    Ok(())
}

fn integrity_lines(conn: &Connection, pragma: &'static str) -> Result<Vec<String>> {
    let mut stmt = conn
        .prepare(&format!("PRAGMA {pragma}"))
        .context("preparing the integrity check")?;
    let lines = stmt
        .query_map([], |row| row.get::<_, String>(0))
        .context("running the integrity check")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("reading the integrity check")?;
    Ok(lines)
}

/// Maps an SQLite error met while opening to a refusal that names the file.
fn open_error(path: &Path, source: rusqlite::Error) -> Error {
    match source.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => Error::NotKense {
            path: path.to_path_buf(),
            reason: "the file is not an SQLite database".to_owned(),
        },
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => Error::Damaged {
            path: path.to_path_buf(),
            detail: source.to_string(),
        },
        Some(rusqlite::ErrorCode::ReadOnly) => Error::ReadOnly {
            path: path.to_path_buf(),
        },
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
            Error::Locked {
                path: path.to_path_buf(),
            }
        }
        _ => Error::Sqlite {
            context: "opening the database",
            source,
        },
    }
}

#[cfg(test)]
#[allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures (foreign, broken and empty files) directly"
)]
mod tests {
    use super::*;
    use crate::ErrorCode;
    use rusqlite::params;

    #[test]
    fn migrations_are_valid() {
        migrations().validate().unwrap();
    }

    #[test]
    fn an_in_memory_copy_has_the_schema_the_rows_and_the_collation() {
        let template = Store::open_in_memory().unwrap();
        template.conn().execute("DELETE FROM category", []).unwrap();
        let copy = Store::open_in_memory_from(&template).unwrap();
        assert_eq!(copy.schema_version().unwrap(), latest_schema_version());
        let categories: i64 = copy
            .conn()
            .query_row("SELECT count(*) FROM category", [], |r| r.get(0))
            .unwrap();
        assert_eq!(categories, 0, "the template's rows, not the built-in ones");
        let campaigns: i64 = copy
            .conn()
            .query_row("SELECT count(*) FROM campaign", [], |r| r.get(0))
            .unwrap();
        let built_in: i64 = template
            .conn()
            .query_row("SELECT count(*) FROM campaign", [], |r| r.get(0))
            .unwrap();
        assert_eq!(campaigns, built_in);
        // The Kazakh alphabet order is registered on the copy's connection.
        let first: String = copy
            .conn()
            .query_row(
                "SELECT w FROM (SELECT 'Ә' AS w UNION SELECT 'Б') ORDER BY w COLLATE KAZAKH",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(first, "Ә");
    }

    #[test]
    fn one_language_texts_land_in_the_column_of_their_language() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, 10).unwrap();
        let t = "2026-01-01T00:00:00Z";
        for (i, position) in ["Бас маман", "Главный специалист", "IT Park", ""]
            .iter()
            .enumerate()
        {
            conn.execute(
                "INSERT INTO person (uuid, surname, name, position, created_at, updated_at)
                 VALUES (?1, 'Сейітов', 'Ерлан', ?2, ?3, ?3)",
                params![format!("p{i}"), position, t],
            )
            .unwrap();
        }
        for (i, place) in ["Іле ауданы, әкімдік мәжіліс залы", "Зал заседаний"]
            .iter()
            .enumerate()
        {
            conn.execute(
                "INSERT INTO event (uuid, kind, title_kk, title_ru, starts_at, ends_at, place,
                                    created_at, updated_at)
                 VALUES (?1, 'lecture', 'Дәріс', 'Лекция', '2026-01-02T10:00',
                         '2026-01-02T12:00', ?2, ?3, ?3)",
                params![format!("e{i}"), place, t],
            )
            .unwrap();
        }
        conn.execute(
            "INSERT INTO visit_stop (uuid, event_id, position, site, arrives_at, departs_at,
                                     showing, site_key, created_at, updated_at)
             VALUES ('s1', 1, 1, 'Цех', '2026-01-02T10:00', '2026-01-02T10:30',
                     'Тіркеу орны, халыққа қызмет көрсету', 'цех', ?1, ?1)",
            [t],
        )
        .unwrap();
        migrate_to(&mut conn, MIGRATION_SQL.len()).unwrap();
        let pairs = |sql: &str| -> Vec<(String, String)> {
            let mut stmt = conn.prepare(sql).unwrap();
            stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
                .unwrap()
                .map(|r| r.unwrap())
                .collect()
        };
        let s = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        assert_eq!(
            pairs("SELECT position_kk, position_ru FROM person ORDER BY id"),
            [
                s("Бас маман", ""),
                s("", "Главный специалист"),
                s("IT Park", "IT Park"),
                s("", ""),
            ]
        );
        assert_eq!(
            pairs("SELECT place_kk, place_ru FROM event ORDER BY id"),
            [
                s("Іле ауданы, әкімдік мәжіліс залы", ""),
                s("", "Зал заседаний")
            ]
        );
        assert_eq!(
            pairs("SELECT showing_kk, showing_ru FROM visit_stop"),
            [s("Тіркеу орны, халыққа қызмет көрсету", "")]
        );
    }

    #[test]
    fn an_itinerary_in_one_language_lands_in_the_column_of_its_language() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, 11).unwrap();
        let t = "2026-01-01T00:00:00Z";
        for (i, (meeting_point, transport)) in [
            ("Прокуратура ғимаратының алдында", "Служебный автобус"),
            ("Площадь перед прокуратурой", "Қызметтік көлік"),
            ("", ""),
        ]
        .iter()
        .enumerate()
        {
            conn.execute(
                "INSERT INTO event (uuid, kind, title_kk, title_ru, starts_at, ends_at,
                                    meeting_point, transport, created_at, updated_at)
                 VALUES (?1, 'site_tour', 'Сапар', 'Визит', '2026-01-02T10:00',
                         '2026-01-02T12:00', ?2, ?3, ?4, ?4)",
                params![format!("e{i}"), meeting_point, transport, t],
            )
            .unwrap();
        }
        conn.execute(
            "UPDATE event SET district = 'Талгарский район' WHERE uuid = 'e0'",
            [],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO visit_stop (uuid, event_id, position, site, address, arrives_at, departs_at,
                                     site_key, created_at, updated_at)
             VALUES ('s1', 1, 1, 'Зал заседаний', 'Абай даңғылы, 1', '2026-01-02T10:00',
                     '2026-01-02T10:30', 's:зал заседаний', ?1, ?1)",
            [t],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO memorandum (uuid, event_id, parties, subject, created_at, updated_at)
             VALUES ('m1', 1, 'Управление полиции Алматинской области', 'Аулаларды бейнебақылау туралы',
                     ?1, ?1)",
            [t],
        )
        .unwrap();
        migrate_to(&mut conn, MIGRATION_SQL.len()).unwrap();
        let four = |sql: &str| -> Vec<[String; 4]> {
            let mut stmt = conn.prepare(sql).unwrap();
            stmt.query_map([], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?]))
                .unwrap()
                .map(|r| r.unwrap())
                .collect()
        };
        let line = |a: &str, b: &str, c: &str, d: &str| {
            [a.to_owned(), b.to_owned(), c.to_owned(), d.to_owned()]
        };
        assert_eq!(
            four("SELECT site_kk, site_ru, address_kk, address_ru FROM visit_stop"),
            [line("", "Зал заседаний", "Абай даңғылы, 1", "")],
            "a site in Russian only still names the stop"
        );
        assert_eq!(
            four("SELECT parties_kk, parties_ru, subject_kk, subject_ru FROM memorandum"),
            [line(
                "",
                "Управление полиции Алматинской области",
                "Аулаларды бейнебақылау туралы",
                ""
            )],
        );
        assert_eq!(
            four(
                "SELECT district_kk, district_ru, district_key, uuid FROM event WHERE uuid = 'e0'"
            ),
            [line("", "Талгарский район", "Талгарский район", "e0")],
            "the key of a district in Russian only"
        );
        let mut stmt = conn
            .prepare(
                "SELECT meeting_point_kk, meeting_point_ru, transport_kk, transport_ru
                 FROM event ORDER BY id",
            )
            .unwrap();
        let rows: Vec<[String; 4]> = stmt
            .query_map([], |r| Ok([r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?]))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        let row = |a: &str, b: &str, c: &str, d: &str| {
            [a.to_owned(), b.to_owned(), c.to_owned(), d.to_owned()]
        };
        assert_eq!(
            rows,
            [
                row(
                    "Прокуратура ғимаратының алдында",
                    "",
                    "",
                    "Служебный автобус"
                ),
                row("", "Площадь перед прокуратурой", "Қызметтік көлік", ""),
                row("", "", "", ""),
            ]
        );
    }

    #[test]
    fn new_database_is_created_with_pragmas_and_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/dir/kense.db");
        let store = Store::open(&path).unwrap();
        assert!(store.was_created());
        assert_eq!(store.schema_version().unwrap(), latest_schema_version());
        let conn = store.conn();
        let mode: String = conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        let sync: i64 = conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 2, "synchronous=FULL");
        let app: i64 = conn
            .pragma_query_value(None, "application_id", |r| r.get(0))
            .unwrap();
        assert_eq!(app, APPLICATION_ID);
        assert!(store.check().unwrap().is_ok());
        drop(store);
        let again = Store::open(&path).unwrap();
        assert!(!again.was_created());
    }

    #[test]
    fn random_bytes_are_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("random.db");
        let bytes: Vec<u8> = (0..8192u32).map(|i| (i * 7919 % 251) as u8).collect();
        fs::write(&path, &bytes).unwrap();
        let err = Store::open(&path).unwrap_err();
        assert_eq!(err.code(), ErrorCode::DbNotKense, "{err}");
        assert_eq!(fs::read(&path).unwrap(), bytes);
    }

    #[test]
    fn newer_schema_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("newer.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = 99; CREATE TABLE future (x);"
            ))
            .unwrap();
        }
        let before = fs::read(&path).unwrap();
        let err = Store::open(&path).unwrap_err();
        assert_eq!(err.code(), ErrorCode::DbNewerSchema, "{err}");
        assert!(err.to_string().contains("newer"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), before);
    }

    #[test]
    fn foreign_sqlite_file_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
                .unwrap();
        }
        let before = fs::read(&path).unwrap();
        let err = Store::open(&path).unwrap_err();
        assert_eq!(err.code(), ErrorCode::DbNotKense, "{err}");
        assert_eq!(fs::read(&path).unwrap(), before);
    }

    #[test]
    fn damaged_database_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("damaged.db");
        {
            let store = Store::open(&path).unwrap();
            let conn = store.conn();
            conn.execute_batch(
                "CREATE TABLE filler (x TEXT); 
                 WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
                 INSERT INTO filler SELECT printf('row %d %s', i, hex(randomblob(40))) FROM n;
                 PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;",
            )
            .unwrap();
        }
        let mut bytes = fs::read(&path).unwrap();
        let page = 4096;
        assert!(bytes.len() > page * 6);
        // Scribble over a page in the middle of the filler table's b-tree,
        // leaving the file header alone.
        let middle = bytes.len() / page / 2 * page;
        for b in &mut bytes[middle..middle + page] {
            *b = 0x5A;
        }
        fs::write(&path, &bytes).unwrap();
        let err = Store::open(&path).unwrap_err();
        assert_eq!(err.code(), ErrorCode::DbDamaged, "{err}");
        assert_eq!(fs::read(&path).unwrap(), bytes);
    }

    #[test]
    fn zero_length_file_is_refused_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.db");
        fs::write(&path, b"").unwrap();
        let err = Store::open(&path).unwrap_err();
        assert_eq!(err.code(), ErrorCode::DbEmptyFile, "{err}");
        assert!(err.to_string().contains("empty.db"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), b"");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no -wal or -shm made"
        );
    }

    #[test]
    fn the_privacy_migration_takes_iins_out_of_the_search_index() {
        let privacy = MIGRATION_SQL
            .iter()
            .position(|sql| sql.contains("CREATE TABLE data_audit"))
            .unwrap();
        let mut conn = Connection::open_in_memory().unwrap();
        configure(&conn).unwrap();
        migrations().to_version(&mut conn, privacy).unwrap();
        // Indexed the old way: the IIN as the last word of the search text.
        conn.execute_batch(
            "INSERT INTO person (uuid, surname, name, iin, search_text, created_at, updated_at)
             VALUES ('u1', 'Әлібек', 'Нұр', '850315300128', 'әлібек нұр 77011234567 850315300128', 't', 't'),
                    ('u2', 'Бекова', 'Айгүл', NULL, 'бекова айгүл', 't', 't');
             INSERT INTO person_fts (rowid, search_text) SELECT id, search_text FROM person;",
        )
        .unwrap();
        migrations().to_latest(&mut conn).unwrap();
        let texts: Vec<String> = conn
            .prepare("SELECT search_text FROM person ORDER BY id")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<std::result::Result<_, _>>()
            .unwrap();
        assert_eq!(texts, ["әлібек нұр 77011234567", "бекова айгүл"]);
        conn.execute_batch(
            "CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, person_fts, row);",
        )
        .unwrap();
        let leaked: i64 = conn
            .query_row(
                "SELECT count(*) FROM temp.terms WHERE term LIKE '%850315%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(leaked, 0);
        let found: i64 = conn
            .query_row(
                "SELECT count(*) FROM person_fts WHERE person_fts MATCH '\"77011234567\"'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(found, 1, "the rest of the text is still indexed");
        crate::search_index::check_search_indexes(&conn).unwrap();
    }

    #[test]
    fn with_tx_rolls_back_on_error() {
        let mut store = Store::open_in_memory().unwrap();
        let count = |store: &Store| -> i64 {
            store
                .conn()
                .query_row("SELECT count(*) FROM app_setting", [], |r| r.get(0))
                .unwrap()
        };
        let before = count(&store);
        let result: Result<()> = store.with_tx(|tx| {
            tx.execute("INSERT INTO app_setting (key, value) VALUES ('a', 'b')", [])
                .context("insert")?;
            Err(Error::validation(
                crate::FieldName::Notes,
                crate::Invalid::Required,
                "boom",
            ))
        });
        assert!(result.is_err());
        assert_eq!(count(&store), before);
    }
}
