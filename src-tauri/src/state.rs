//! The app's state: one writer and a pool of readers on the database, or
//! why it could not be opened.
//!
//! Commands run on Tauri's blocking pool. Reads go to readers of their own
//! (WAL lets them read the last committed state while the writer works), so
//! a long batch or import never blocks the lists; writes queue for the one
//! writer, which keeps register numbers gapless (`with_write_tx`).
//!
//! A restore replaces the database file: [`AppState::replace_database`]
//! waits for every read and write to finish, closes the writer and the
//! readers, lets the restore rename its file in, and opens both again.

use crate::IpcError;
use crate::jobs::Jobs;
use crate::picked::Picked;
use kense_core::Store;
use kense_core::backup::{self, BackupInfo, BackupReason};
use kense_core::demo::{self, DemoSize, DemoSummary};
use kense_core::progress::Progress;
use kense_core::store::Readers;
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, RwLockReadGuard};

/// Shared by every command; cloning it is cheap (one `Arc`).
#[derive(Debug, Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    db_path: PathBuf,
    first_run: AtomicBool,
    /// Read-locked by every read, write and backup; write-locked only while
    /// a restore swaps the file.
    db: RwLock<Db>,
    /// The last automatic backup that failed, until one succeeds.
    backup_failure: Mutex<Option<IpcError>>,
    /// The files the user picked and Kense wrote in this run.
    picked: Picked,
    /// Long commands running now, which `cancel_job` can stop.
    jobs: Jobs,
}

/// The open database, or why it is not open.
#[derive(Debug)]
struct Db {
    open_error: Option<IpcError>,
    writer: Mutex<Option<Store>>,
    /// None for an in-memory database: reads then go to the writer.
    readers: Option<Readers>,
}

impl Db {
    fn open(store: Store) -> Self {
        let readers = match store.readers() {
            Ok(readers) => Some(readers),
            Err(err) => {
                if store.path() != Path::new(":memory:") {
                    tracing::warn!(
                        detail = %kense_core::logs::error_detail(&err),
                        "no readers: reads go to the writer"
                    );
                }
                None
            }
        };
        Self {
            open_error: None,
            writer: Mutex::new(Some(store)),
            readers,
        }
    }

    fn failed(err: IpcError) -> Self {
        Self {
            open_error: Some(err),
            writer: Mutex::new(None),
            readers: None,
        }
    }
}

impl AppState {
    /// Opens (or creates) the database; with `demo`, fills the demo office
    /// into an empty registry. A new database is a first run: the UI offers
    /// the demo office or an empty start. Failure is kept, not fatal: the
    /// window opens and shows what is wrong with the file (and the backups
    /// it can be restored from).
    pub fn open(db_path: PathBuf, demo: bool) -> Self {
        let mut first_run = false;
        let store = Store::open(&db_path).and_then(|mut store| {
            first_run = store.was_created();
            if demo {
                fill_demo(&mut store)?;
                first_run = false;
            }
            Ok(store)
        });
        let db = match store {
            Ok(store) => Db::open(store),
            Err(err) => {
                tracing::error!(detail = %kense_core::logs::error_detail(&err), "database refused");
                Db::failed(IpcError::from(err))
            }
        };
        Self::with_db(db_path, db, first_run)
    }

    /// Wraps an already open store (tests); a store on a file gets readers.
    pub fn from_store(store: Store) -> Self {
        Self::with_db(store.path().to_path_buf(), Db::open(store), false)
    }

    fn with_db(db_path: PathBuf, db: Db, first_run: bool) -> Self {
        Self {
            inner: Arc::new(Inner {
                db_path,
                first_run: AtomicBool::new(first_run),
                db: RwLock::new(db),
                backup_failure: Mutex::new(None),
                picked: Picked::default(),
                jobs: Jobs::default(),
            }),
        }
    }

    fn db(&self) -> RwLockReadGuard<'_, Db> {
        // `Db` is replaced whole under the write lock; a panic elsewhere
        // cannot leave it half-updated.
        self.inner
            .db
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// True when this launch created the database.
    pub fn first_run(&self) -> bool {
        self.inner.first_run.load(Ordering::Relaxed)
    }

    /// The database file.
    pub fn db_path(&self) -> &PathBuf {
        &self.inner.db_path
    }

    /// Why the database is not open, if it is not.
    pub fn open_error(&self) -> Option<IpcError> {
        self.db().open_error.clone()
    }

    /// The files the user picked in a dialog and Kense wrote in this run.
    pub fn picked(&self) -> &Picked {
        &self.inner.picked
    }

    /// The long commands running now (progress and cancel).
    pub fn jobs(&self) -> &Jobs {
        &self.inner.jobs
    }

    /// True when reads have connections of their own (a database file).
    pub fn has_readers(&self) -> bool {
        self.db().readers.is_some()
    }

    /// Runs `f` on a reader: it sees the last committed state and never
    /// waits for the writer. Without readers (in memory) it runs on the
    /// writer's connection.
    pub fn read<T>(
        &self,
        f: impl FnOnce(&Connection) -> kense_core::Result<T>,
    ) -> Result<T, IpcError> {
        let db = self.db();
        if let Some(err) = &db.open_error {
            return Err(err.clone());
        }
        match &db.readers {
            Some(readers) => readers.with_reader(f).map_err(IpcError::from),
            None => Self::write_on(&db, |store| f(store.conn())),
        }
    }

    /// Runs `f` on the one writer, after any write running now.
    pub fn write<T>(
        &self,
        f: impl FnOnce(&mut Store) -> kense_core::Result<T>,
    ) -> Result<T, IpcError> {
        let db = self.db();
        Self::write_on(&db, f)
    }

    fn write_on<T>(
        db: &Db,
        f: impl FnOnce(&mut Store) -> kense_core::Result<T>,
    ) -> Result<T, IpcError> {
        if let Some(err) = &db.open_error {
            return Err(err.clone());
        }
        let mut guard = lock_writer(db)?;
        match guard.as_mut() {
            Some(store) => f(store).map_err(IpcError::from),
            None => Err(IpcError::internal("the database is closed")),
        }
    }

    /// Takes a checked backup into the backup folder. It reads through a
    /// read-only connection of its own (a consistent snapshot: WAL), so
    /// neither the writer nor the lists wait for it; only an in-memory
    /// database (tests) is copied on the writer.
    pub fn take_backup(&self, reason: BackupReason) -> Result<BackupInfo, IpcError> {
        self.take_backup_with_progress(reason, &Progress::none())
    }

    /// [`Self::take_backup`] reporting the pages copied to `progress`; a
    /// cancel leaves the backup folder as it was.
    pub fn take_backup_with_progress(
        &self,
        reason: BackupReason,
        progress: &Progress<'_>,
    ) -> Result<BackupInfo, IpcError> {
        let now = chrono::Utc::now();
        self.with_snapshot(|conn| {
            backup::take_backup_with_progress(conn, &self.inner.db_path, reason, now, progress)
        })
    }

    /// The backup before a risky operation (an import, an erase): taken,
    /// or the error that stops the operation. An in-memory database (tests)
    /// has none.
    pub fn backup_before(&self, reason: BackupReason) -> Result<(), IpcError> {
        if self.inner.db_path == Path::new(":memory:") {
            return Ok(());
        }
        let info = self.take_backup(reason)?;
        tracing::info!(bytes = info.size_bytes, reason = reason.as_str(), "backup");
        Ok(())
    }

    /// Runs `f` on a read-only connection of its own to the open database
    /// (one that may `VACUUM INTO`, unlike the pooled readers, which are
    /// `query_only`); in memory, on the writer.
    pub fn with_snapshot<T>(
        &self,
        f: impl FnOnce(&Connection) -> kense_core::Result<T>,
    ) -> Result<T, IpcError> {
        let db = self.db();
        if let Some(err) = &db.open_error {
            return Err(err.clone());
        }
        if db.readers.is_none() {
            return Self::write_on(&db, |store| f(store.conn()));
        }
        let conn = Connection::open_with_flags(
            &self.inner.db_path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| {
            IpcError::from(kense_core::Error::Sqlite {
                context: "opening the database for a backup",
                source,
            })
        })?;
        conn.busy_timeout(kense_core::store::BUSY_TIMEOUT)
            .map_err(|source| {
                IpcError::from(kense_core::Error::Sqlite {
                    context: "setting the busy timeout",
                    source,
                })
            })?;
        let value = f(&conn).map_err(IpcError::from);
        drop(conn);
        value
    }

    /// The backup folder: the setting when the database is open and has
    /// one, else the one read from the file (which may be damaged), else
    /// beside the database.
    pub fn backup_dir(&self) -> PathBuf {
        match self.read(|c| Ok(backup::backup_dir(Some(c), &self.inner.db_path))) {
            Ok(dir) => dir,
            Err(_) => backup::backup_dir_of_file(&self.inner.db_path),
        }
    }

    /// Waits for every read and write to finish, closes the database (the
    /// writer and the readers), runs `f` on its path, and opens it again
    /// whatever `f` did. A database that does not open afterwards is
    /// reported as the open error, as at start.
    pub fn replace_database<T>(
        &self,
        f: impl FnOnce(&Path) -> kense_core::Result<T>,
    ) -> Result<T, IpcError> {
        let mut db = self
            .inner
            .db
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Close: the writer checkpoints its WAL when it is dropped last.
        *db = Db::failed(IpcError::internal("the database is being replaced"));
        let result = f(&self.inner.db_path).map_err(IpcError::from);
        *db = match Store::open(&self.inner.db_path) {
            Ok(store) => Db::open(store),
            Err(err) => {
                tracing::error!(
                    detail = %kense_core::logs::error_detail(&err),
                    "database refused after a restore"
                );
                Db::failed(IpcError::from(err))
            }
        };
        self.inner.first_run.store(false, Ordering::Relaxed);
        result
    }

    /// Remembers why the last automatic backup failed (None: it worked).
    pub fn set_backup_failure(&self, failure: Option<IpcError>) {
        *self
            .inner
            .backup_failure
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = failure;
    }

    /// Why the last automatic backup failed, if it did.
    pub fn backup_failure(&self) -> Option<IpcError> {
        self.inner
            .backup_failure
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
}

fn lock_writer(db: &Db) -> Result<MutexGuard<'_, Option<Store>>, IpcError> {
    db.writer
        .lock()
        .map_err(|_| IpcError::internal("the database lock was poisoned by an earlier panic"))
}

/// The demo office of the first-run choice: the default size, as of today.
pub fn fill_demo(store: &mut Store) -> kense_core::Result<DemoSummary> {
    demo::fill_demo_office(
        store,
        DemoSize::default(),
        kense_core::time::local_now().date_naive(),
    )
}
