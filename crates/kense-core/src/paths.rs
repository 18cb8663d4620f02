//! Where the database lives by default: the platform's local (non-roaming)
//! data folder. A database left in the old, roaming place on Windows is
//! moved on first start, after a backup.

use std::path::{Path, PathBuf};

/// The environment variable that overrides the database path.
pub const DB_ENV: &str = "KENSE_DB";

/// The environment variable that overrides the log folder.
pub const LOG_DIR_ENV: &str = "KENSE_LOG_DIR";

/// The folder of Kense's log files: `KENSE_LOG_DIR` when set, else
/// [`default_log_dir`].
pub fn log_dir() -> PathBuf {
    std::env::var_os(LOG_DIR_ENV)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(default_log_dir)
}

/// The platform's folder for logs: `$XDG_STATE_HOME/kense/logs` on Linux
/// (`~/.local/state/kense/logs` when unset), `<local data dir>/Kense/logs`
/// elsewhere (`%LOCALAPPDATA%\Kense\logs` on Windows, which has no state
/// folder). Falls back to `logs` in the current folder.
pub fn default_log_dir() -> PathBuf {
    if let Some(state) = dirs::state_dir() {
        return state.join("kense").join("logs");
    }
    dirs::data_local_dir()
        .map(|local| local.join("Kense").join("logs"))
        .unwrap_or_else(|| PathBuf::from("logs"))
}

/// The default database file: `<local data dir>/Kense/kense.db`
/// (`%LOCALAPPDATA%\Kense\kense.db` on Windows, which domain profile sync
/// does not copy while it is open; `~/.local/share/Kense/kense.db` on
/// Linux). Falls back to the current folder when the platform has none.
pub fn default_db_path() -> PathBuf {
    dirs::data_local_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("Kense")
        .join("kense.db")
}

/// Where earlier versions kept the database when it differs from
/// [`default_db_path`]: the roaming `%APPDATA%\Kense\kense.db` on Windows.
pub fn legacy_db_path() -> Option<PathBuf> {
    let old = dirs::data_dir()?.join("Kense").join("kense.db");
    (old != default_db_path()).then_some(old)
}

/// The database to open: an explicit path, else `KENSE_DB`, else the
/// default (after moving a database from the legacy place; if that move
/// fails, the legacy database is used where it is, never a new empty one).
pub fn resolve_db_path(explicit: Option<PathBuf>) -> PathBuf {
    if let Some(path) = explicit.or_else(|| {
        std::env::var_os(DB_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    }) {
        return path;
    }
    let new = default_db_path();
    if let Some(old) = legacy_db_path() {
        match move_database(&old, &new, chrono::Utc::now()) {
            Ok(true) => {
                tracing::info!("database moved from the roaming to the local data folder")
            }
            Ok(false) => {}
            Err(err) => {
                tracing::error!(
                    code = err.code().as_str(),
                    "could not move the database; using it where it is"
                );
                return old;
            }
        }
    }
    new
}

/// Moves the database at `old` to `new` when `old` exists and `new` does
/// not: a backup of it first (into the new place's backup folder), then a
/// checked copy made by SQLite (never a file copy), then the old files
/// removed. Returns whether it moved anything.
pub fn move_database(
    old: &Path,
    new: &Path,
    now: chrono::DateTime<chrono::Utc>,
) -> crate::Result<bool> {
    if !old.is_file() || new.exists() {
        return Ok(false);
    }
    let store = crate::Store::open_at(old, now)?;
    let backups = crate::backup::default_backup_dir(new);
    crate::backup::take_backup_into(
        store.conn(),
        &backups,
        crate::backup::BackupReason::BeforeMigration,
        now,
    )?;
    if let Some(dir) = new.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|source| crate::Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
    }
    crate::backup::write_checked_copy(store.conn(), new)?;
    drop(store);
    for ext in ["", "-wal", "-shm"] {
        let mut name = old.as_os_str().to_owned();
        name.push(ext);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_path_wins() {
        let p = resolve_db_path(Some(PathBuf::from("x.db")));
        assert_eq!(p, PathBuf::from("x.db"));
    }

    #[test]
    fn default_is_under_a_kense_folder_in_the_local_data_dir() {
        let p = default_db_path();
        assert!(p.ends_with("Kense/kense.db"), "{}", p.display());
        if let Some(local) = dirs::data_local_dir() {
            assert!(p.starts_with(local));
        }
    }

    #[test]
    fn logs_go_to_the_state_folder_else_the_local_data_folder() {
        let p = default_log_dir();
        match (dirs::state_dir(), dirs::data_local_dir()) {
            (Some(state), _) => assert_eq!(p, state.join("kense").join("logs")),
            (None, Some(local)) => assert_eq!(p, local.join("Kense").join("logs")),
            (None, None) => assert_eq!(p, PathBuf::from("logs")),
        }
        assert!(p.ends_with("logs"));
        // Never the database folder itself: the logs are not data to back up.
        assert_ne!(Some(p.as_path()), default_db_path().parent());
    }

    #[test]
    fn a_database_in_the_old_place_is_moved_with_a_backup_first() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("Roaming/Kense/kense.db");
        let new = dir.path().join("Local/Kense/kense.db");
        {
            let store = crate::Store::open(&old).unwrap();
            crate::settings::put_setting(store.conn(), "office.name_kk", "Кеңсе").unwrap();
        }
        assert!(move_database(&old, &new, chrono::Utc::now()).unwrap());
        assert!(!old.exists());
        let store = crate::Store::open(&new).unwrap();
        assert_eq!(
            crate::settings::get_setting(store.conn(), "office.name_kk")
                .unwrap()
                .as_deref(),
            Some("Кеңсе")
        );
        let backups =
            crate::backup::list_backups(&crate::backup::default_backup_dir(&new)).unwrap();
        assert_eq!(backups.len(), 1);
        assert!(backups[0].checked);
        // Nothing to move a second time; an existing new database is never replaced.
        assert!(!move_database(&old, &new, chrono::Utc::now()).unwrap());
    }
}
