//! The native file dialogs, run from Rust: the user picks a file or a
//! folder, the path goes into the run's registry ([`crate::picked`]) and the
//! UI gets a handle to pass to the command that reads or writes it. A
//! cancelled dialog answers null.

use crate::picked::{self, OpenKind, PickedFile, Purpose, SaveFormat};
use crate::{AppState, IpcError};
use std::path::PathBuf;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::{Dialog, DialogExt, FileDialogBuilder, FilePath};

/// The app's state, from a command that runs with the app handle.
fn state<R: Runtime>(app: &AppHandle<R>) -> Result<AppState, IpcError> {
    app.try_state::<AppState>()
        .map(|s| s.inner().clone())
        .ok_or_else(|| IpcError::internal("the app state is not managed"))
}

/// Runs a dialog over the main window and gives the chosen path. In a
/// GUI-test build a path the test scripted answers first, without a dialog.
fn answer<R: Runtime>(
    app: &AppHandle<R>,
    ask: impl FnOnce(FileDialogBuilder<R>) -> Option<FilePath>,
) -> Result<Option<PathBuf>, IpcError> {
    #[cfg(feature = "gui-test")]
    {
        if let Some(path) = state(app)?.picked().take_scripted() {
            return Ok(Some(path));
        }
    }
    if app.try_state::<Dialog<R>>().is_none() {
        return Err(IpcError::internal("the dialog plugin is not initialised"));
    }
    let mut builder = app.dialog().file();
    let window = app.get_webview_window("main");
    if let Some(window) = &window {
        builder = builder.set_parent(window);
    }
    let chosen = ask(builder);
    // The keyboard goes back to the window (and its webview): Escape then
    // closes the dialog the save came from.
    if let Some(window) = &window
        && let Err(err) = window.set_focus()
    {
        tracing::warn!(error = %err, "giving the focus back after a file dialog");
    }
    chosen
        .map(|chosen| {
            chosen
                .into_path()
                .map_err(|e| IpcError::internal(format!("the dialog gave no file path: {e}")))
        })
        .transpose()
}

crate::commands! {
    /// Asks where to save a file of `format` (the dialog suggests `name`,
    /// made a valid file name; `filter` labels the file type); null when
    /// cancelled. The extension is added when the user typed none.
    fn pick_save_file(app, name: String, format: SaveFormat, filter: String) -> Option<PickedFile> {
        let ext = format.extension();
        let suggested = kense_core::files::safe_file_name(&name, ext);
        let chosen = answer(&app, |b| {
            b.set_file_name(suggested).add_filter(filter, &[ext]).blocking_save_file()
        })?;
        chosen
            .map(|path| state(&app)?.picked().add(picked::with_extension(path, ext), Purpose::Save(format)))
            .transpose()
    }

    /// Asks for a file to read: a table to import or an image (`filter`
    /// labels the file types); null when cancelled.
    fn pick_open_file(app, kind: OpenKind, filter: String) -> Option<PickedFile> {
        let chosen = answer(&app, |b| b.add_filter(filter, kind.extensions()).blocking_pick_file())?;
        chosen
            .map(|path| state(&app)?.picked().add(path, Purpose::Open(kind)))
            .transpose()
    }

    /// Asks for a folder to write into; null when cancelled.
    fn pick_folder(app) -> Option<PickedFile> {
        let chosen = answer(&app, |b| b.blocking_pick_folder())?;
        chosen
            .map(|path| state(&app)?.picked().add(path, Purpose::Folder))
            .transpose()
    }
}
