//! Settings > About.

use kense_core::about::{self, About, Folders};
use kense_core::{backup, paths};

crate::commands! {
    /// The version, where the data, the backups and the logs are, and the
    /// licences of the fonts and main libraries (it answers even when the
    /// database could not be opened: the backup folder is then the default).
    fn about_info(state) -> About {
        let db = state.db_path();
        let backups = state
            .read(|c| Ok(backup::backup_dir(Some(c), db)))
            .unwrap_or_else(|_| backup::default_backup_dir(db));
        Ok(about::about(db, &Folders { logs: paths::log_dir(), backups }))
    }
}
