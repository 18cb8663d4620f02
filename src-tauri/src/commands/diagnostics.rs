//! Diagnostics: the log folder, opened for the user from Settings > About.

use crate::IpcError;
use tauri_plugin_opener::OpenerExt;

crate::commands! {
    /// Opens Kense's own log folder in the file manager (made when missing).
    /// Takes no path: the webview cannot point it anywhere else.
    fn open_log_folder(app) -> () {
        let dir = kense_core::paths::log_dir();
        std::fs::create_dir_all(&dir)
            .map_err(|e| IpcError::internal(format!("{}: {e}", dir.display())))?;
        app.opener()
            .open_path(dir.display().to_string(), None::<&str>)
            .map_err(|e| IpcError::internal(format!("{}: {e}", dir.display())))
    }
}
