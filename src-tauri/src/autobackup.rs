//! Automatic backups while the app runs: on the first start of each day and
//! every 30 minutes of use with changes ([`backup::regular_backup_due`]).
//!
//! A thread of its own looks once a minute (never the main thread, which
//! draws the window). The copy is read through a read-only connection of its
//! own ([`AppState::with_snapshot`]), so the writer is never held for it.
//! A backup that fails its check is deleted by kense-core; the failure is
//! kept in the state (Settings → Backups shows it) and sent to the window as
//! [`FAILED_EVENT`].

use crate::{AppState, IpcError};
use kense_core::backup::{self, BackupInfo};
use std::time::Duration;
use tauri::{AppHandle, Emitter, Runtime};

/// How often the thread looks whether a backup is due.
pub const CHECK_EVERY: Duration = Duration::from_secs(60);

/// Sent with the [`IpcError`] when an automatic backup failed.
pub const FAILED_EVENT: &str = "backup-failed";

/// Sent with the [`BackupInfo`] when an automatic backup was taken.
pub const TAKEN_EVENT: &str = "backup-taken";

/// Takes the regular backup that is due now, if one is: `Ok(None)` when
/// none is due or the database is not open (or lives in memory).
pub fn take_due_backup(state: &AppState) -> Result<Option<BackupInfo>, IpcError> {
    if state.open_error().is_some() || !state.has_readers() {
        return Ok(None);
    }
    let dir = state.backup_dir();
    let now = chrono::Utc::now();
    state.with_snapshot(|conn| match backup::regular_backup_due(conn, &dir, now)? {
        Some(reason) => backup::take_backup_into(conn, &dir, reason, now).map(Some),
        None => Ok(None),
    })
}

/// One look: takes a due backup, records and announces the outcome.
pub fn check_once<R: Runtime>(app: &AppHandle<R>, state: &AppState) {
    match take_due_backup(state) {
        Ok(None) => {}
        Ok(Some(info)) => {
            tracing::info!(
                bytes = info.size_bytes,
                reason = info.reason.as_str(),
                "automatic backup"
            );
            state.set_backup_failure(None);
            let _ = app.emit(TAKEN_EVENT, &info);
        }
        Err(err) => {
            tracing::error!(code = ?err.code, "automatic backup failed");
            state.set_backup_failure(Some(err.clone()));
            let _ = app.emit(FAILED_EVENT, &err);
        }
    }
}

/// Starts the thread: a look now (the day's first backup), then every
/// [`CHECK_EVERY`].
pub fn start<R: Runtime>(app: AppHandle<R>, state: AppState) {
    let spawned = std::thread::Builder::new()
        .name("kense-backups".to_owned())
        .spawn(move || {
            loop {
                check_once(&app, &state);
                std::thread::sleep(CHECK_EVERY);
            }
        });
    if let Err(err) = spawned {
        tracing::error!(error = %err, "the automatic backup thread did not start");
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use kense_core::Store;
    use kense_core::backup::BackupReason;

    #[test]
    fn the_first_look_of_a_day_backs_up_and_the_next_finds_nothing_due() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("kense.db");
        let state = AppState::from_store(Store::open(&db).unwrap());
        let first = take_due_backup(&state).unwrap().unwrap();
        assert_eq!(first.reason, BackupReason::Daily);
        assert!(first.checked);
        assert!(std::path::Path::new(&first.path).starts_with(backup::default_backup_dir(&db)));
        assert!(take_due_backup(&state).unwrap().is_none());
        // The writer was never needed: a write goes through at once.
        state
            .write(|s| kense_core::settings::put_setting(s.conn(), "x", "y"))
            .unwrap();
    }

    #[test]
    #[allow(
        clippy::disallowed_methods,
        reason = "the test writes an empty file where the database should be"
    )]
    fn a_database_that_did_not_open_is_not_backed_up() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("kense.db");
        std::fs::write(&db, b"").unwrap();
        let state = AppState::open(db.clone(), false);
        assert!(state.open_error().is_some());
        assert!(take_due_backup(&state).unwrap().is_none());
        assert!(!backup::default_backup_dir(&db).exists());
    }
}
