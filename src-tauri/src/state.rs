//! The app's state: the open database, or why it could not be opened.

use crate::IpcError;
use kense_core::Store;
use kense_core::demo::{self, DemoSize, DemoSummary};
use std::path::PathBuf;
use std::sync::Mutex;

/// Shared by every command.
#[derive(Debug)]
pub struct AppState {
    db_path: PathBuf,
    first_run: bool,
    store: Mutex<Result<Store, IpcError>>,
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
        if let Err(err) = &store {
            tracing::error!(error = %err, "database refused");
        }
        Self {
            db_path,
            first_run,
            store: Mutex::new(store.map_err(IpcError::from)),
        }
    }

    /// True when this launch created the database.
    pub fn first_run(&self) -> bool {
        self.first_run
    }

    /// Wraps an already open store (tests).
    pub fn from_store(store: Store) -> Self {
        Self {
            db_path: store.path().to_path_buf(),
            first_run: false,
            store: Mutex::new(Ok(store)),
        }
    }

    /// The database file.
    pub fn db_path(&self) -> &PathBuf {
        &self.db_path
    }

    /// Runs `f` on the open store, or returns why it is not open.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&mut Store) -> kense_core::Result<T>,
    ) -> Result<T, IpcError> {
        let mut guard = self.store.lock().map_err(|_| {
            IpcError::internal("the database lock was poisoned by an earlier panic")
        })?;
        match guard.as_mut() {
            Ok(store) => f(store).map_err(IpcError::from),
            Err(err) => Err(err.clone()),
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
