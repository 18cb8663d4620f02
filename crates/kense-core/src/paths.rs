//! Where the database lives by default: the platform's data folder.

use std::path::PathBuf;

/// The environment variable that overrides the database path.
pub const DB_ENV: &str = "KENSE_DB";

/// The default database file: `<data dir>/Kense/kense.db`
/// (`%APPDATA%\Kense\kense.db` on Windows, `~/.local/share/Kense/kense.db`
/// on Linux). Falls back to the current folder when the platform has no
/// data folder.
pub fn default_db_path() -> PathBuf {
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join("Kense")
        .join("kense.db")
}

/// The database to open: an explicit path, else `KENSE_DB`, else the default.
pub fn resolve_db_path(explicit: Option<PathBuf>) -> PathBuf {
    explicit
        .or_else(|| {
            std::env::var_os(DB_ENV)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        })
        .unwrap_or_else(default_db_path)
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
    fn default_is_under_a_kense_folder() {
        let p = default_db_path();
        assert!(p.ends_with("Kense/kense.db"), "{}", p.display());
    }
}
