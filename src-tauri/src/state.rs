//! The app's state: one writer and a pool of readers on the database, or
//! why it could not be opened.
//!
//! Commands run on Tauri's blocking pool. Reads go to readers of their own
//! (WAL lets them read the last committed state while the writer works), so
//! a long batch or import never blocks the lists; writes queue for the one
//! writer, which keeps register numbers gapless (`with_write_tx`).

use crate::IpcError;
use crate::picked::Picked;
use kense_core::Store;
use kense_core::demo::{self, DemoSize, DemoSummary};
use kense_core::store::Readers;
use rusqlite::Connection;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

/// Shared by every command; cloning it is cheap (one `Arc`).
#[derive(Debug, Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    db_path: PathBuf,
    first_run: bool,
    /// Why the database is not open, if it is not.
    open_error: Option<IpcError>,
    writer: Mutex<Option<Store>>,
    /// None for an in-memory database: reads then go to the writer.
    readers: Option<Readers>,
    /// The files the user picked and Kense wrote in this run.
    picked: Picked,
}

impl AppState {
    /// Opens (or creates) the database; with `demo`, fills the demo office
    /// into an empty registry. A new database is a first run: the UI offers
    /// the demo office or an empty start. Failure is kept, not fatal: the
    /// window opens and shows what is wrong with the file.
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
        let mut state = match store {
            Ok(store) => Self::with_store(db_path, store),
            Err(err) => {
                tracing::error!(error = %err, "database refused");
                Self::failed(db_path, IpcError::from(err))
            }
        };
        if let Some(inner) = Arc::get_mut(&mut state.inner) {
            inner.first_run = first_run;
        }
        state
    }

    /// Wraps an already open store (tests); a store on a file gets readers.
    pub fn from_store(store: Store) -> Self {
        Self::with_store(store.path().to_path_buf(), store)
    }

    fn with_store(db_path: PathBuf, store: Store) -> Self {
        let readers = match store.readers() {
            Ok(readers) => Some(readers),
            Err(err) => {
                if store.path() != std::path::Path::new(":memory:") {
                    tracing::warn!(error = %err, "no readers: reads go to the writer");
                }
                None
            }
        };
        Self {
            inner: Arc::new(Inner {
                db_path,
                first_run: false,
                open_error: None,
                writer: Mutex::new(Some(store)),
                readers,
                picked: Picked::default(),
            }),
        }
    }

    fn failed(db_path: PathBuf, err: IpcError) -> Self {
        Self {
            inner: Arc::new(Inner {
                db_path,
                first_run: false,
                open_error: Some(err),
                writer: Mutex::new(None),
                readers: None,
                picked: Picked::default(),
            }),
        }
    }

    /// True when this launch created the database.
    pub fn first_run(&self) -> bool {
        self.inner.first_run
    }

    /// The database file.
    pub fn db_path(&self) -> &PathBuf {
        &self.inner.db_path
    }

    /// The files the user picked in a dialog and Kense wrote in this run.
    pub fn picked(&self) -> &Picked {
        &self.inner.picked
    }

    /// True when reads have connections of their own (a database file).
    pub fn has_readers(&self) -> bool {
        self.inner.readers.is_some()
    }

    /// Runs `f` on a reader: it sees the last committed state and never
    /// waits for the writer. Without readers (in memory) it runs on the
    /// writer's connection.
    pub fn read<T>(
        &self,
        f: impl FnOnce(&Connection) -> kense_core::Result<T>,
    ) -> Result<T, IpcError> {
        if let Some(err) = &self.inner.open_error {
            return Err(err.clone());
        }
        match &self.inner.readers {
            Some(readers) => readers.with_reader(f).map_err(IpcError::from),
            None => self.write(|store| f(store.conn())),
        }
    }

    /// Runs `f` on the one writer, after any write running now.
    pub fn write<T>(
        &self,
        f: impl FnOnce(&mut Store) -> kense_core::Result<T>,
    ) -> Result<T, IpcError> {
        if let Some(err) = &self.inner.open_error {
            return Err(err.clone());
        }
        let mut guard = self.inner.writer.lock().map_err(|_| {
            IpcError::internal("the database lock was poisoned by an earlier panic")
        })?;
        match guard.as_mut() {
            Some(store) => f(store).map_err(IpcError::from),
            None => Err(IpcError::internal("the database is closed")),
        }
    }
}

/// The demo office of the first-run choice: the default size, as of today.
pub fn fill_demo(store: &mut Store) -> kense_core::Result<DemoSummary> {
    demo::fill_demo_office(
        store,
        DemoSize::default(),
        chrono::Local::now().date_naive(),
    )
}
