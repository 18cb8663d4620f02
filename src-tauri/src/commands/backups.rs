//! Settings → Backups and the start screen of a damaged database: the
//! backups, back up now, restore one (the current state is backed up first
//! and the database reopened), a copy to a file the user picks (optionally
//! encrypted), the backup folder.
//!
//! Files reach these commands from native dialogs opened here, in Rust
//! (tauri-plugin-dialog's blocking API, on the blocking pool), except the
//! backup to restore: a path from the list this module gave, or from
//! [`choose_backup_file`].

use crate::picked::{OpenKind, Purpose};
use crate::{AppState, IpcError};
use kense_core::ErrorCode;
use kense_core::backup::{self, BackupInfo, BackupReason, Contents, RestoreOutcome};
use kense_core::progress::Step;
use kense_core::settings;
use serde::Serialize;
use std::path::{Path, PathBuf};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::{Dialog, FileDialogBuilder};
use ts_rs::TS;

/// What the database file is on disk, for the start screen's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DatabaseFile {
    /// There is no file.
    Missing,
    /// A zero-length file.
    Empty,
    /// A file with something in it.
    Present,
}

/// The backup folder and its backups (Settings → Backups, the start screen).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupOverview {
    /// The database file.
    pub db_path: String,
    /// What the database file is on disk.
    pub database_file: DatabaseFile,
    /// What the open database holds now (what a restore replaces); null
    /// when it is not open.
    #[ts(optional = nullable)]
    pub current: Option<Contents>,
    /// The backup folder.
    pub folder: String,
    /// True when the folder was chosen in Settings (not the default beside
    /// the database).
    pub custom_folder: bool,
    /// The backup folder is on the disk of the database: one failing disk
    /// loses both (suggest a copy on a USB drive).
    pub same_disk: bool,
    /// The backups, newest first.
    pub backups: Vec<BackupInfo>,
    /// Why the last automatic backup failed (null when it worked).
    #[ts(optional = nullable)]
    pub last_failure: Option<IpcError>,
}

/// A backup file the user picked to restore.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChosenBackup {
    /// The file.
    pub path: String,
    /// Encrypted with a passphrase (ask for it, then [`inspect_backup_file`]).
    pub encrypted: bool,
    /// What it holds, for a plain file.
    #[ts(optional = nullable)]
    pub contents: Option<Contents>,
}

/// A copy written with [`back_up_to_file`].
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedBackup {
    /// Where it was written.
    pub path: String,
    /// Encrypted with a passphrase.
    pub encrypted: bool,
    /// What it holds.
    pub contents: Contents,
}

/// The overview of `state`'s backups.
pub fn overview(state: &AppState) -> Result<BackupOverview, IpcError> {
    let db_path = state.db_path();
    let folder = state.backup_dir();
    let default = backup::default_backup_dir(db_path);
    let database_file = match std::fs::metadata(db_path) {
        Err(_) => DatabaseFile::Missing,
        Ok(m) if m.len() == 0 => DatabaseFile::Empty,
        Ok(_) => DatabaseFile::Present,
    };
    Ok(BackupOverview {
        db_path: db_path.display().to_string(),
        database_file,
        current: state.read(backup::read_contents).ok(),
        custom_folder: folder != default,
        same_disk: backup::same_disk(db_path, &folder),
        backups: backup::list_backups(&folder)?,
        folder: folder.display().to_string(),
        last_failure: state.backup_failure(),
    })
}

/// The file dialog, when the dialog plugin is there (not in the IPC tests).
fn file_dialog<R: Runtime>(app: &AppHandle<R>) -> Result<FileDialogBuilder<R>, IpcError> {
    app.try_state::<Dialog<R>>()
        .map(|dialog| dialog.file())
        .ok_or_else(|| IpcError::internal("the dialog plugin is not loaded"))
}

fn state_of<R: Runtime>(app: &AppHandle<R>) -> Result<AppState, IpcError> {
    app.try_state::<AppState>()
        .map(|s| s.inner().clone())
        .ok_or_else(|| IpcError::internal("the app state is not managed"))
}

fn picked(path: tauri_plugin_dialog::FilePath) -> Result<PathBuf, IpcError> {
    path.into_path()
        .map_err(|err| IpcError::internal(format!("the dialog gave no file path: {err}")))
}

/// Restores `source` over the database: closes it, backs up the current
/// state (or moves a damaged file aside), replaces it, opens it again.
fn restore(
    state: &AppState,
    source: &Path,
    passphrase: Option<&str>,
) -> Result<RestoreOutcome, IpcError> {
    let outcome = state.replace_database(|db| {
        backup::restore_backup(db, source, passphrase, chrono::Utc::now())
    })?;
    tracing::info!(source = %source.display(), "backup restored");
    if let Some(err) = state.open_error() {
        return Err(err);
    }
    Ok(outcome)
}

/// `path` if Kense may read it as a backup: one in the backup folder (the
/// list this module gave), or one the user picked in this run's dialog.
/// Anything else the webview names is refused with `file_not_picked`.
fn backup_source(state: &AppState, path: &Path) -> Result<PathBuf, IpcError> {
    if state.picked().was_picked_to_open(path, OpenKind::Backup) {
        return Ok(path.to_path_buf());
    }
    let folder = state.backup_dir();
    let in_folder = match (
        path.parent().map(std::fs::canonicalize),
        std::fs::canonicalize(&folder),
    ) {
        (Some(Ok(parent)), Ok(folder)) => parent == folder,
        _ => false,
    };
    if in_folder {
        Ok(path.to_path_buf())
    } else {
        Err(IpcError::new(
            ErrorCode::FileNotPicked,
            format!(
                "{}: not a backup of this office nor a file picked in this run",
                path.display()
            ),
        ))
    }
}

crate::commands! {
    /// The backup folder, its backups (date, size, counts, checked), what
    /// the database holds now and whether the folder is on its disk.
    fn list_backups(state) -> BackupOverview {
        overview(&state)
    }

    /// Takes a checked backup into the backup folder now, sending the pages
    /// copied to `on_progress`; `cancel_job(job)` stops it with no file left.
    fn back_up_now(state, job: u64, on_progress: Channel<Step> as "Channel<Step>") -> BackupInfo {
        let job = state.jobs().start(job, on_progress);
        job.run(|progress| state.take_backup_with_progress(BackupReason::Manual, progress))
    }

    /// Restores a backup (from the list, or a file from
    /// `choose_backup_file`; `passphrase` when it is encrypted): the current
    /// state is backed up first (a damaged file is moved aside untouched),
    /// the database is replaced and opened again. The UI then reloads.
    fn restore_backup(state, path: PathBuf, passphrase: Option<String>) -> RestoreOutcome {
        let path = backup_source(&state, &path)?;
        restore(&state, &path, passphrase.as_deref())
    }

    /// Asks where to write a copy of the database (a USB drive) and writes
    /// it there, checked; encrypted in the `age` format when `passphrase`
    /// is given. Null when the dialog was cancelled. The pages copied go to
    /// `on_progress`; `cancel_job(job)` stops it and leaves no file.
    fn back_up_to_file(app, passphrase: Option<String>, job: u64, on_progress: Channel<Step> as "Channel<Step>") -> Option<SavedBackup> {
        let state = state_of(&app)?;
        let passphrase = passphrase.filter(|p| !p.is_empty());
        let today = kense_core::time::local_now().format("%Y-%m-%d");
        let name = match passphrase {
            Some(_) => format!("kense-{today}.db.age"),
            None => format!("kense-{today}.db"),
        };
        let Some(chosen) = file_dialog(&app)?.set_file_name(name).blocking_save_file() else {
            return Ok(None);
        };
        let out = picked(chosen)?;
        let job = state.jobs().start(job, on_progress);
        let contents = job.run(|progress| {
            state.with_snapshot(|conn| {
                backup::backup_to_file_with_progress(conn, &out, passphrase.as_deref(), progress)
            })
        })?;
        Ok(Some(SavedBackup {
            path: out.display().to_string(),
            encrypted: passphrase.is_some(),
            contents,
        }))
    }

    /// Asks for a backup file to restore (one written by «Back up to…» or
    /// from a backup folder). Null when the dialog was cancelled.
    fn choose_backup_file(app) -> Option<ChosenBackup> {
        let Some(chosen) = file_dialog(&app)?
            .add_filter("Kense", &["db", "age"])
            .blocking_pick_file()
        else {
            return Ok(None);
        };
        let path = picked(chosen)?;
        state_of(&app)?
            .picked()
            .add(path.clone(), Purpose::Open(OpenKind::Backup))?;
        let encrypted = backup::encrypted::is_encrypted(&path)?;
        let contents = if encrypted {
            None
        } else {
            Some(backup::inspect_backup(&path, None)?)
        };
        Ok(Some(ChosenBackup { path: path.display().to_string(), encrypted, contents }))
    }

    /// What a backup file holds, decrypted with `passphrase` when needed
    /// (a wrong one is `wrong_passphrase`); checks it.
    fn inspect_backup_file(state, path: PathBuf, passphrase: Option<String>) -> Contents {
        let path = backup_source(&state, &path)?;
        Ok(backup::inspect_backup(&path, passphrase.as_deref())?)
    }

    /// Asks for a folder for the backups and keeps them there from now on.
    /// Null when the dialog was cancelled.
    fn choose_backup_folder(app) -> Option<BackupOverview> {
        let state = state_of(&app)?;
        let Some(chosen) = file_dialog(&app)?.blocking_pick_folder() else {
            return Ok(None);
        };
        let folder = picked(chosen)?;
        std::fs::create_dir_all(&folder).map_err(|source| {
            IpcError::from(kense_core::Error::Io { path: folder.clone(), source })
        })?;
        let text = folder.display().to_string();
        state.write(|s| settings::put_setting(s.conn(), backup::FOLDER_KEY, &text))?;
        overview(&state).map(Some)
    }

    /// Keeps the backups beside the database again (the default folder).
    fn reset_backup_folder(state) -> BackupOverview {
        state.write(|s| settings::put_setting(s.conn(), backup::FOLDER_KEY, ""))?;
        overview(&state)
    }
}
