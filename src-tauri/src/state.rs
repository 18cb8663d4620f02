//! The app's state: the open database, or why it could not be opened.

use crate::IpcError;
use kense_core::{Store, demo};
use std::path::PathBuf;
use std::sync::Mutex;

/// Shared by every command.
#[derive(Debug)]
pub struct AppState {
    db_path: PathBuf,
    store: Mutex<Result<Store, IpcError>>,
}

impl AppState {
    /// Opens (or creates) the database. A new database, or `demo`, fills the
    /// demo office when the profile is still blank. Failure is kept, not
    /// fatal: the window opens and shows what is wrong with the file.
    pub fn open(db_path: PathBuf, demo: bool) -> Self {
        let store = Store::open(&db_path).and_then(|mut store| {
            if store.was_created() || demo {
                demo::seed_demo_office(&mut store)?;
            }
            Ok(store)
        });
        if let Err(err) = &store {
            tracing::error!(error = %err, "database refused");
        }
        Self {
            db_path,
            store: Mutex::new(store.map_err(IpcError::from)),
        }
    }

    /// Wraps an already open store (tests).
    pub fn from_store(store: Store) -> Self {
        Self {
            db_path: store.path().to_path_buf(),
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
