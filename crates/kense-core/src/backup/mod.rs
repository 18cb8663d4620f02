//! Backups of the database: taken with `VACUUM INTO` (never a file copy of
//! the live database), written under a temporary name, checked with
//! `PRAGMA integrity_check`, then renamed and the folder synced. A copy that
//! fails its check is deleted and the failure reported.
//!
//! They live in a folder of their own beside the database (the setting
//! `backup.folder` moves it), named `kense-YYYYMMDD-HHMMSS-REASON.db` in UTC,
//! and are kept like Anki's ([`retention`]). [`restore_backup`] backs up the
//! current state first, then replaces the database atomically. A copy made
//! with [`backup_to_file`] may be encrypted with a passphrase (the `age`
//! format); [`restore_backup`] reads it back.
//!
//! Times come in as arguments (`now`), so the naming and retention are
//! testable.

pub mod encrypted;
pub mod retention;

use crate::error::SqlContext;
use crate::progress::Progress;
use crate::store::{APPLICATION_ID, latest_schema_version};
use crate::{Error, Result};
use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::fs;
use std::path::{Path, PathBuf};
use ts_rs::TS;

/// The setting that moves the backup folder (empty: beside the database).
pub const FOLDER_KEY: &str = "backup.folder";

/// A regular backup is due when the last one is older than this and the
/// data changed since.
pub const PERIODIC_MINUTES: i64 = 30;

const PREFIX: &str = "kense-";
const SUFFIX: &str = ".db";
const TIME_FORMAT: &str = "%Y%m%d-%H%M%S";
const TMP_PREFIX: &str = ".kense-backup-";

/// Why a backup was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BackupReason {
    /// The first start of a day.
    Daily,
    /// Every 30 minutes of use with changes.
    Periodic,
    /// Asked for (`kense backup`, Settings → Back up now).
    Manual,
    /// Before the schema was migrated.
    BeforeMigration,
    /// Before an import was committed.
    BeforeImport,
    /// Before a backup was restored over the database.
    BeforeRestore,
    /// Before a person was erased.
    BeforeErase,
}

impl BackupReason {
    /// Every reason.
    pub const ALL: [BackupReason; 7] = [
        Self::Daily,
        Self::Periodic,
        Self::Manual,
        Self::BeforeMigration,
        Self::BeforeImport,
        Self::BeforeRestore,
        Self::BeforeErase,
    ];

    /// As written in file names and translation keys (`backup-reason-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Daily => "daily",
            Self::Periodic => "periodic",
            Self::Manual => "manual",
            Self::BeforeMigration => "before-migration",
            Self::BeforeImport => "before-import",
            Self::BeforeRestore => "before-restore",
            Self::BeforeErase => "before-erase",
        }
    }

    /// Taken before a risky operation (kept apart: the last 10).
    pub fn is_before_risky(self) -> bool {
        matches!(
            self,
            Self::BeforeMigration | Self::BeforeImport | Self::BeforeRestore | Self::BeforeErase
        )
    }
}

/// What is in a database or backup, for the list and for «what will be replaced».
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Contents {
    /// Schema version.
    pub schema_version: i64,
    /// People in the registry (not deleted).
    pub people: i64,
    /// Events (not deleted).
    pub events: i64,
    /// Documents in the register.
    pub documents: i64,
}

/// One backup in the folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupInfo {
    /// The file.
    pub path: String,
    /// When it was taken (UTC, RFC 3339).
    pub taken_at: String,
    /// Why.
    pub reason: BackupReason,
    /// Size in bytes.
    pub size_bytes: u64,
    /// What it holds; `None` when it cannot be read.
    #[ts(optional = nullable)]
    pub contents: Option<Contents>,
    /// It passed `integrity_check` when written and opens as a Kense database now.
    pub checked: bool,
}

/// The backup folder of the database at `db_path`: the setting when set,
/// else `<folder of the database>/<file stem>-backups`.
pub fn backup_dir(conn: Option<&Connection>, db_path: &Path) -> PathBuf {
    if let Some(conn) = conn
        && let Ok(Some(folder)) = crate::settings::get_setting(conn, FOLDER_KEY)
        && !folder.trim().is_empty()
    {
        return PathBuf::from(folder.trim());
    }
    default_backup_dir(db_path)
}

/// `<folder of the database>/<file stem>-backups`.
pub fn default_backup_dir(db_path: &Path) -> PathBuf {
    let stem = db_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "kense".to_owned());
    folder_of(db_path).join(format!("{stem}-backups"))
}

/// The backup folder for a database that may not open (damaged): the
/// setting read from the file when it can be, else the default.
pub fn backup_dir_of_file(db_path: &Path) -> PathBuf {
    let conn = Connection::open_with_flags(
        db_path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok();
    backup_dir(conn.as_ref(), db_path)
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The file name of a backup taken at `at` for `reason`.
fn file_name(at: DateTime<Utc>, reason: BackupReason, n: u32) -> String {
    let stamp = at.format(TIME_FORMAT);
    let reason = reason.as_str();
    if n <= 1 {
        format!("{PREFIX}{stamp}-{reason}{SUFFIX}")
    } else {
        format!("{PREFIX}{stamp}-{reason}-{n}{SUFFIX}")
    }
}

/// Reads the time and reason back from a backup's file name.
fn parse_name(name: &str) -> Option<(DateTime<Utc>, BackupReason)> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let stamp = rest.get(..15)?;
    let tail = rest.get(15..)?.strip_prefix('-')?;
    let at = NaiveDateTime::parse_from_str(stamp, TIME_FORMAT)
        .ok()?
        .and_utc();
    let reason = BackupReason::ALL.into_iter().find(|r| {
        tail == r.as_str()
            || tail
                .strip_prefix(r.as_str())
                .and_then(|n| n.strip_prefix('-'))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })?;
    Some((at, reason))
}

/// Counts what a database holds (tables a schema lacks count 0).
pub fn read_contents(conn: &Connection) -> Result<Contents> {
    let count = |sql: &str| -> Result<i64> {
        match conn.query_row(sql, [], |r| r.get(0)) {
            Ok(n) => Ok(n),
            Err(e) if e.to_string().contains("no such table") => Ok(0),
            Err(e) => Err(Error::Sqlite {
                context: "counting the rows of a backup",
                source: e,
            }),
        }
    };
    Ok(Contents {
        schema_version: conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .context("reading the schema version")?,
        people: count("SELECT count(*) FROM person WHERE deleted_at IS NULL")?,
        events: count("SELECT count(*) FROM event WHERE deleted_at IS NULL")?,
        documents: count("SELECT count(*) FROM issued_document")?,
    })
}

/// Opens a backup read-only and checks it: a Kense database, not from a
/// newer version, `integrity_check` ok. Returns what it holds.
pub fn check_copy(path: &Path) -> Result<Contents> {
    check_copy_watched(path, |_| {})
}

/// [`check_copy`], showing its connection to `opened` first (to interrupt it).
fn check_copy_watched(path: &Path, opened: impl FnOnce(&Connection)) -> Result<Contents> {
    crate::store::refuse_foreign_file(path)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| check_failed(path, e.to_string()))?;
    opened(&conn);
    let lines: Vec<String> = (|| {
        let mut stmt = conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
    })()
    .map_err(|e| check_failed(path, e.to_string()))?;
    if lines != ["ok"] {
        return Err(check_failed(
            path,
            lines.into_iter().take(3).collect::<Vec<_>>().join("; "),
        ));
    }
    let app: i64 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .context("reading the application id")?;
    let contents = read_contents(&conn)?;
    if app != APPLICATION_ID {
        return Err(Error::NotKense {
            path: path.to_path_buf(),
            reason: "the SQLite file is not a Kense database".to_owned(),
        });
    }
    if contents.schema_version > latest_schema_version() {
        return Err(Error::NewerSchema {
            path: path.to_path_buf(),
            found: contents.schema_version,
            supported: latest_schema_version(),
        });
    }
    Ok(contents)
}

fn check_failed(path: &Path, detail: String) -> Error {
    Error::BackupCheckFailed {
        path: path.to_path_buf(),
        detail,
    }
}

/// Writes a consistent copy of `conn`'s database to `dest` (which must not
/// exist): `VACUUM INTO` a temporary name in the same folder, synced,
/// checked, renamed, the folder synced. A copy that fails is deleted.
pub fn write_checked_copy(conn: &Connection, dest: &Path) -> Result<Contents> {
    write_checked_copy_with_progress(conn, dest, &Progress::none())
}

/// [`write_checked_copy`] reporting the bytes written of the bytes the copy
/// will hold (the pages in use: it leaves the free ones out), so that a
/// progress bar can say «120 / 300 MB», and stopping when `progress` is
/// cancelled: the running `VACUUM INTO` or integrity check is interrupted,
/// the temporary file removed, and nothing is left in the folder. The copy
/// is still one read transaction of `conn`, so it is a consistent snapshot
/// however much another connection writes meanwhile (WAL).
pub fn write_checked_copy_with_progress(
    conn: &Connection,
    dest: &Path,
    progress: &Progress<'_>,
) -> Result<Contents> {
    let dir = folder_of(dest);
    let name = dest
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!("{TMP_PREFIX}{}-{name}.tmp", std::process::id()));
    let _ = fs::remove_file(&tmp);
    let result = (|| {
        let (page_size, pages) = pages_in_use(conn)?;
        let total = pages * page_size;
        progress.step(0, total)?;
        let watch = Watch::new(conn.get_interrupt_handle());
        let tmp_text = tmp.to_string_lossy().into_owned();
        let contents = std::thread::scope(|scope| {
            scope.spawn(|| watch.run(&tmp, total, progress));
            let result = (|| {
                let copied = conn.execute("VACUUM INTO ?1", [&tmp_text]);
                progress.check()?;
                copied.map_err(|source| match source.sqlite_error_code() {
                    Some(rusqlite::ErrorCode::DiskFull) => Error::Io {
                        path: tmp.clone(),
                        source: std::io::Error::new(std::io::ErrorKind::StorageFull, source),
                    },
                    _ => Error::Sqlite {
                        context: "writing the backup",
                        source,
                    },
                })?;
                sync_file(&tmp)?;
                let checked = check_copy_watched(&tmp, |check| watch.follow(check));
                progress.check()?;
                checked
            })();
            watch.finish();
            result
        })?;
        progress.step(total, total)?;
        progress.check()?;
        fs::rename(&tmp, dest).map_err(io(dest))?;
        sync_dir(dir)?;
        Ok(contents)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// The page size and the pages a `VACUUM INTO` copy will hold (those in
/// use: the free list is left out), at least 1.
fn pages_in_use(conn: &Connection) -> Result<(u64, u64)> {
    let read = |pragma: &str| -> Result<i64> {
        conn.pragma_query_value(None, pragma, |r| r.get(0))
            .context("reading the size of the database")
    };
    let page_size = read("page_size")?.max(512) as u64;
    let in_use = (read("page_count")? - read("freelist_count")?).max(1) as u64;
    Ok((page_size, in_use))
}

/// Watches a copy while it runs: reports the bytes the temporary file has
/// reached (never the whole before the check passed) and interrupts the
/// statement running (the copy, then the check) once the work is cancelled.
struct Watch {
    interrupt: std::sync::Mutex<rusqlite::InterruptHandle>,
    finished: std::sync::atomic::AtomicBool,
}

impl Watch {
    const EVERY: std::time::Duration = std::time::Duration::from_millis(20);

    fn new(interrupt: rusqlite::InterruptHandle) -> Self {
        Self {
            interrupt: std::sync::Mutex::new(interrupt),
            finished: std::sync::atomic::AtomicBool::new(false),
        }
    }

    fn handle(&self) -> std::sync::MutexGuard<'_, rusqlite::InterruptHandle> {
        self.interrupt
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// From now on a cancel interrupts `conn` (the check's connection).
    fn follow(&self, conn: &Connection) {
        *self.handle() = conn.get_interrupt_handle();
    }

    fn finish(&self) {
        self.finished
            .store(true, std::sync::atomic::Ordering::SeqCst);
    }

    fn run(&self, tmp: &Path, total: u64, progress: &Progress<'_>) {
        while !self.finished.load(std::sync::atomic::Ordering::SeqCst) {
            if progress.check().is_err() {
                // Interrupt until the work notices (a check may open its
                // connection just after a first interrupt).
                self.handle().interrupt();
            } else {
                let written = fs::metadata(tmp).map_or(0, |m| m.len());
                progress.set(written.min(total.saturating_sub(1)), total);
            }
            std::thread::sleep(Self::EVERY);
        }
    }
}

fn sync_file(path: &Path) -> Result<()> {
    fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(path)
        .and_then(|f| f.sync_all())
        .map_err(io(path))
}

/// Makes a rename durable (a folder can be synced on Unix only).
pub(crate) fn sync_dir(dir: &Path) -> Result<()> {
    #[cfg(unix)]
    fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(io(dir))?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

/// Takes a backup of `conn` (the database at `db_path`) into its backup
/// folder, then drops the backups retention no longer keeps.
pub fn take_backup(
    conn: &Connection,
    db_path: &Path,
    reason: BackupReason,
    now: DateTime<Utc>,
) -> Result<BackupInfo> {
    take_backup_with_progress(conn, db_path, reason, now, &Progress::none())
}

/// [`take_backup`] with progress and cancel (see
/// [`write_checked_copy_with_progress`]): after a cancel the folder holds
/// what it held before.
pub fn take_backup_with_progress(
    conn: &Connection,
    db_path: &Path,
    reason: BackupReason,
    now: DateTime<Utc>,
    progress: &Progress<'_>,
) -> Result<BackupInfo> {
    let dir = backup_dir(Some(conn), db_path);
    take_backup_into_with_progress(conn, &dir, reason, now, progress)
}

/// [`take_backup`] into a given folder.
pub fn take_backup_into(
    conn: &Connection,
    dir: &Path,
    reason: BackupReason,
    now: DateTime<Utc>,
) -> Result<BackupInfo> {
    take_backup_into_with_progress(conn, dir, reason, now, &Progress::none())
}

/// [`take_backup_into`] with progress and cancel.
pub fn take_backup_into_with_progress(
    conn: &Connection,
    dir: &Path,
    reason: BackupReason,
    now: DateTime<Utc>,
    progress: &Progress<'_>,
) -> Result<BackupInfo> {
    fs::create_dir_all(dir).map_err(io(dir))?;
    remove_leftovers(dir);
    let mut n = 1;
    let dest = loop {
        let candidate = dir.join(file_name(now, reason, n));
        if !candidate.exists() {
            break candidate;
        }
        n += 1;
    };
    let started = std::time::Instant::now();
    let contents = write_checked_copy_with_progress(conn, &dest, progress).inspect_err(|err| {
        tracing::error!(
            reason = reason.as_str(),
            code = err.code().as_str(),
            "backup failed"
        );
    })?;
    let size_bytes = fs::metadata(&dest).map_err(io(&dest))?.len();
    let pruned = prune(dir, now)?;
    tracing::info!(
        reason = reason.as_str(),
        bytes = size_bytes,
        people = contents.people,
        pruned = pruned.len(),
        ms = started.elapsed().as_millis(),
        "backup taken"
    );
    Ok(BackupInfo {
        path: dest.display().to_string(),
        taken_at: now.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        reason,
        size_bytes,
        contents: Some(contents),
        checked: true,
    })
}

/// Removes temporary files a killed backup left behind.
fn remove_leftovers(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // Also SQLite's own `-journal` of a killed `VACUUM INTO`.
        if name.starts_with(TMP_PREFIX) && name.contains(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The backups in `dir`, newest first (an absent folder has none). Each is
/// opened read-only to count what it holds.
pub fn list_backups(dir: &Path) -> Result<Vec<BackupInfo>> {
    let mut found = dated_files(dir)?;
    found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| b.0.cmp(&a.0)));
    Ok(found
        .into_iter()
        .map(|(path, taken_at, reason)| {
            let size_bytes = fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            let contents = read_backup_contents(&path).ok();
            BackupInfo {
                path: path.display().to_string(),
                taken_at: taken_at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                reason,
                size_bytes,
                checked: contents.is_some(),
                contents,
            }
        })
        .collect())
}

/// What a backup file holds, opened read-only (header checked, no full
/// integrity check: that ran when it was written).
fn read_backup_contents(path: &Path) -> Result<Contents> {
    crate::store::refuse_foreign_file(path)?;
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .context("opening a backup")?;
    let quick: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .context("checking a backup")?;
    if quick != "ok" {
        return Err(check_failed(path, quick));
    }
    read_contents(&conn)
}

fn dated_files(dir: &Path) -> Result<Vec<(PathBuf, DateTime<Utc>, BackupReason)>> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => return Err(io(dir)(source)),
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io(dir))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((at, reason)) = parse_name(&name)
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            found.push((entry.path(), at, reason));
        }
    }
    Ok(found)
}

/// Deletes the backups in `dir` that retention no longer keeps; returns them.
pub fn prune(dir: &Path, now: DateTime<Utc>) -> Result<Vec<PathBuf>> {
    let found = dated_files(dir)?;
    let dated: Vec<retention::Dated> = found
        .iter()
        .map(|(_, taken_at, reason)| retention::Dated {
            taken_at: *taken_at,
            reason: *reason,
        })
        .collect();
    let mut removed = Vec::new();
    for i in retention::to_delete(&dated, now.date_naive()) {
        let path = &found[i].0;
        fs::remove_file(path).map_err(io(path))?;
        removed.push(path.clone());
    }
    Ok(removed)
}

/// The newest regular or risky backup in `dir` that passes its checks.
pub fn latest_good_backup(dir: &Path) -> Result<Option<BackupInfo>> {
    Ok(list_backups(dir)?.into_iter().find(|b| b.checked))
}

/// True when a regular backup is due at `now`: none today yet, or the last
/// is older than [`PERIODIC_MINUTES`] and something changed since.
pub fn regular_backup_due(
    conn: &Connection,
    dir: &Path,
    now: DateTime<Utc>,
) -> Result<Option<BackupReason>> {
    let found = dated_files(dir)?;
    let last = found
        .iter()
        .filter(|(_, _, r)| !r.is_before_risky())
        .map(|(_, at, _)| *at)
        .max();
    let Some(last) = last else {
        return Ok(Some(BackupReason::Daily));
    };
    if last.date_naive() < now.date_naive() {
        return Ok(Some(BackupReason::Daily));
    }
    if now - last < chrono::Duration::minutes(PERIODIC_MINUTES) {
        return Ok(None);
    }
    let changed: Option<String> = conn
        .query_row("SELECT max(at) FROM change_log", [], |r| r.get(0))
        .unwrap_or(None);
    let since = last.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    Ok(changed
        .filter(|c| *c > since)
        .map(|_| BackupReason::Periodic))
}

/// True when `a` and `b` are on one disk, so that one failing disk loses
/// both (a path that does not exist yet counts as its nearest existing
/// folder). Unix compares device ids; Windows the volume (`C:`, `\\server\share`).
pub fn same_disk(a: &Path, b: &Path) -> bool {
    fn existing(p: &Path) -> Option<PathBuf> {
        let abs = std::path::absolute(p).ok()?;
        abs.ancestors().find(|q| q.exists()).map(Path::to_path_buf)
    }
    let (Some(a), Some(b)) = (existing(a), existing(b)) else {
        return false;
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let dev = |p: &Path| fs::metadata(p).map(|m| m.dev()).ok();
        dev(&a).is_some() && dev(&a) == dev(&b)
    }
    #[cfg(not(unix))]
    {
        let volume = |p: &Path| {
            let p = fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
            match p.components().next() {
                Some(std::path::Component::Prefix(prefix)) => {
                    Some(prefix.as_os_str().to_string_lossy().to_lowercase())
                }
                _ => None,
            }
        };
        volume(&a).is_some() && volume(&a) == volume(&b)
    }
}

/// Writes a checked copy of the database anywhere (a USB stick): plain, or
/// encrypted with `passphrase` in the `age` format. `out` must be a new
/// path or a regular file (it is replaced atomically).
pub fn backup_to_file(conn: &Connection, out: &Path, passphrase: Option<&str>) -> Result<Contents> {
    backup_to_file_with_progress(conn, out, passphrase, &Progress::none())
}

/// [`backup_to_file`] with progress and cancel: after a cancel `out` is as
/// it was (absent, or the file it replaced) and no temporary file is left.
pub fn backup_to_file_with_progress(
    conn: &Connection,
    out: &Path,
    passphrase: Option<&str>,
    progress: &Progress<'_>,
) -> Result<Contents> {
    crate::files::check_output_path(out)?;
    let dir = folder_of(out);
    remove_leftovers(dir);
    let plain = dir.join(format!("{TMP_PREFIX}{}-plain.tmp", std::process::id()));
    let _ = fs::remove_file(&plain);
    match passphrase {
        None => {
            let contents = write_checked_copy_with_progress(conn, &plain, progress)?;
            let renamed = fs::rename(&plain, out).map_err(io(out));
            if renamed.is_err() {
                let _ = fs::remove_file(&plain);
            }
            renamed?;
            sync_dir(dir)?;
            Ok(contents)
        }
        Some(passphrase) => {
            let result = (|| {
                let contents = write_checked_copy_with_progress(conn, &plain, progress)?;
                progress.check()?;
                encrypted::encrypt_file(&plain, out, passphrase)?;
                Ok(contents)
            })();
            let _ = fs::remove_file(&plain);
            result
        }
    }
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RestoreOutcome {
    /// The backup of the state that was replaced (when it could be read).
    #[ts(optional = nullable)]
    pub previous_backup: Option<BackupInfo>,
    /// Where a damaged database (or one written by a newer Kense, whose
    /// copy would not pass the check) was moved aside, untouched.
    #[ts(optional = nullable)]
    pub damaged_kept_at: Option<String>,
    /// What the restored database holds.
    pub restored: Contents,
}

/// What restoring `source` would bring back: checked, decrypted first when
/// it is an `age` file (needs `passphrase`).
pub fn inspect_backup(source: &Path, passphrase: Option<&str>) -> Result<Contents> {
    if encrypted::is_encrypted(source)? {
        let plain = encrypted::decrypt_to_temp(source, folder_of(source), passphrase)?;
        let result = check_copy(plain.path());
        drop(plain);
        result
    } else {
        check_copy(source)
    }
}

/// Restores `source` (a backup, plain or `age`) over the database at
/// `db_path`, which no connection of this process may hold: the backup is
/// checked; the current state is backed up first (or, when it is damaged,
/// moved aside untouched); then the database is replaced by one rename.
pub fn restore_backup(
    db_path: &Path,
    source: &Path,
    passphrase: Option<&str>,
    now: DateTime<Utc>,
) -> Result<RestoreOutcome> {
    let db_dir = folder_of(db_path);
    fs::create_dir_all(db_dir).map_err(io(db_dir))?;
    remove_leftovers(db_dir);
    let backups = backup_dir_of_file(db_path);
    // 1. A checked copy of the backup beside the database.
    let staging = db_dir.join(format!("{TMP_PREFIX}{}-restore.tmp", std::process::id()));
    let _ = fs::remove_file(&staging);
    let decrypted = if encrypted::is_encrypted(source)? {
        Some(encrypted::decrypt_to_temp(source, db_dir, passphrase)?)
    } else {
        None
    };
    let plain_source = decrypted.as_ref().map_or(source, |d| d.path());
    check_copy(plain_source)?;
    let src = Connection::open_with_flags(
        plain_source,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .context("opening the backup")?;
    let restored = write_checked_copy(&src, &staging)?;
    drop(src);
    drop(decrypted);
    let result = (|| {
        // 2. The current state: backed up, or moved aside when damaged.
        let mut previous_backup = None;
        let mut damaged_kept_at = None;
        if db_path.exists() {
            match current_state(db_path) {
                Ok(conn) => {
                    previous_backup = Some(take_backup_into(
                        &conn,
                        &backups,
                        BackupReason::BeforeRestore,
                        now,
                    )?);
                    release(conn, db_path)?;
                }
                Err(Error::Locked { path }) => return Err(Error::Locked { path }),
                // Written by a newer Kense: kept aside as it is.
                Err(Error::NewerSchema { .. }) => {
                    damaged_kept_at = Some(move_aside(db_path, "newer", now)?);
                }
                Err(_) => {
                    damaged_kept_at = Some(move_aside(db_path, "damaged", now)?);
                }
            }
        }
        // 3. Replace: the WAL of the old database is empty (checkpointed)
        // and removed first, so it can never be replayed onto the new file.
        for ext in ["-wal", "-shm"] {
            let side = sidecar(db_path, ext);
            match fs::remove_file(&side) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(source) => return Err(io(&side)(source)),
            }
        }
        fs::rename(&staging, db_path).map_err(io(db_path))?;
        sync_dir(db_dir)?;
        Ok(RestoreOutcome {
            previous_backup,
            damaged_kept_at,
            restored,
        })
    })();
    if result.is_err() {
        let _ = fs::remove_file(&staging);
    }
    result
}

/// Renames the database (and its `-wal`/`-shm`) to
/// `<name>.<label>-<time>` beside it, untouched; returns the new path.
fn move_aside(db_path: &Path, label: &str, now: DateTime<Utc>) -> Result<String> {
    let aside = folder_of(db_path).join(format!(
        "{}.{label}-{}",
        db_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        now.format(TIME_FORMAT)
    ));
    fs::rename(db_path, &aside).map_err(io(db_path))?;
    for ext in ["-wal", "-shm"] {
        let side = sidecar(db_path, ext);
        if side.exists() {
            fs::rename(&side, sidecar(&aside, ext)).map_err(io(&side))?;
        }
    }
    Ok(aside.display().to_string())
}

fn sidecar(db: &Path, ext: &str) -> PathBuf {
    let mut s = db.as_os_str().to_owned();
    s.push(ext);
    PathBuf::from(s)
}

/// Opens the current database for its last backup; `Err` when it is
/// damaged or not a database (it is then moved aside), `Locked` when another
/// program holds it.
fn current_state(db_path: &Path) -> Result<Connection> {
    let len = fs::metadata(db_path).map_err(io(db_path))?.len();
    if len == 0 {
        return Err(Error::EmptyDatabaseFile {
            path: db_path.to_path_buf(),
        });
    }
    crate::store::refuse_foreign_file(db_path)?;
    let conn = Connection::open_with_flags(
        db_path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .context("opening the database")?;
    conn.busy_timeout(crate::store::BUSY_TIMEOUT)
        .context("setting the busy timeout")?;
    let quick: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .context("checking the database")?;
    if quick != "ok" {
        return Err(Error::Damaged {
            path: db_path.to_path_buf(),
            detail: quick,
        });
    }
    Ok(conn)
}

/// Checkpoints the WAL into the file and closes; `Locked` when another
/// connection still reads or writes it.
fn release(conn: Connection, db_path: &Path) -> Result<()> {
    let busy: i64 = conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
        .context("checkpointing the database")?;
    if busy != 0 {
        return Err(Error::Locked {
            path: db_path.to_path_buf(),
        });
    }
    conn.close().map_err(|(_, source)| Error::Sqlite {
        context: "closing the database",
        source,
    })
}

#[cfg(test)]
mod tests;
