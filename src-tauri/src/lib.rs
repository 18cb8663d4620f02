//! Kense desktop shell: a thin Tauri layer over kense-core.
//!
//! Every command is a few lines that call kense-core; the logic lives there
//! so it builds and tests without GTK or a window. Commands are declared
//! once with [`commands!`] (handler, registration, TypeScript binding) and
//! run on the blocking pool, reads on readers of their own.

mod autobackup;
pub mod bindings;
pub mod commands;
mod declare;
mod dropped;
mod error;
pub mod fatal;
pub mod jobs;
pub mod picked;
mod state;

pub use error::IpcError;
pub use state::AppState;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;
use tauri::{Builder, Manager, Runtime};

/// How the app was started: `kense-app [--db PATH] [--demo]`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LaunchOptions {
    /// The database file (else `KENSE_DB`, else the platform data folder).
    pub db: Option<PathBuf>,
    /// Fill a demo office into a database whose profile is blank.
    pub demo: bool,
}

impl LaunchOptions {
    /// Reads `--db PATH`, `--db=PATH` and `--demo`; other arguments are ignored
    /// (WebDriver and the OS may pass their own).
    pub fn from_args(args: impl IntoIterator<Item = OsString>) -> Self {
        let mut options = Self::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let text = arg.to_string_lossy();
            if text == "--db" {
                options.db = args.next().map(PathBuf::from);
            } else if let Some(path) = text.strip_prefix("--db=") {
                options.db = Some(PathBuf::from(path));
            } else if text == "--demo" {
                options.demo = true;
            }
        }
        options
    }
}

/// Registers every command on `builder` (see [`commands::handle`]).
pub fn with_commands<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.invoke_handler(commands::handle::<R>)
}

/// The app's `main`: starts the log, the panic hook, then [`run`]; a start
/// that fails is logged and shown in a message box.
pub fn launch(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let log_dir = kense_core::paths::log_dir();
    let filter = kense_core::logs::filter_from_env("info");
    if let Err(err) = kense_core::logs::init(&log_dir, &filter) {
        eprintln!("Kense writes no log: {err}");
    }
    fatal::install_panic_hook(log_dir.clone());
    match run(LaunchOptions::from_args(args)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let detail = err.to_string();
            tracing::error!(
                detail = %kense_core::logs::scrub_panic_message(&detail, true),
                "the app could not start"
            );
            eprintln!("Kense could not start: {detail}");
            fatal::show_blocking(&fatal::title(), &fatal::startup_text(&detail, &log_dir));
            ExitCode::FAILURE
        }
    }
}

/// Opens the database and runs the app until its window closes.
///
/// Single instance comes first (its docs ask so): a second start hands its
/// arguments to this one, which brings its window forward, and exits. The
/// window's size, position and maximised state are kept between starts.
pub fn run(options: LaunchOptions) -> tauri::Result<()> {
    let db_path = kense_core::paths::resolve_db_path(options.db);
    let state = AppState::open(db_path, options.demo);
    let window_state = tauri_plugin_window_state::StateFlags::SIZE
        | tauri_plugin_window_state::StateFlags::POSITION
        | tauri_plugin_window_state::StateFlags::MAXIMIZED;
    let backups = state.clone();
    with_commands(Builder::default())
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            tracing::info!("second start: bringing the window forward");
            focus_main_window(app);
        }))
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(window_state)
                .build(),
        )
        // Only Kense's own `copy_text` writes through it: no capability
        // grants the webview the plugin's commands.
        .plugin(tauri_plugin_clipboard_manager::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .on_window_event(|window, event| {
            if let tauri::WindowEvent::Focused(true) = event {
                focus_page(window);
            }
            dropped::on_window_event(window, event);
        })
        .setup(move |app| {
            // Only the GUI-test build declares the hook's permission; grant
            // it here, so that no capability file names it.
            #[cfg(feature = "gui-test")]
            {
                use tauri::Manager;
                app.add_capability(
                    tauri::ipc::CapabilityBuilder::new("gui-test")
                        .window("main")
                        .permission("allow-gui-test-answer-dialog")
                        .permission("allow-gui-test-drop-files"),
                )?;
            }
            let handle = app.handle().clone();
            fatal::when_app_runs(move |title, text| {
                use tauri_plugin_dialog::{DialogExt, MessageDialogKind};
                handle
                    .dialog()
                    .message(text)
                    .title(title)
                    .kind(MessageDialogKind::Error)
                    .show(|_| {});
            });
            autobackup::start(app.handle().clone(), backups);
            tracing::info!("window open");
            Ok(())
        })
        .run(tauri::generate_context!())
}

/// Gives the keyboard to the page whenever its window gets it: on Linux the
/// window took the focus but its webview did not until a click, so Home,
/// End and Page Up/Down did nothing at start, nor Escape after a native
/// file dialog had closed.
fn focus_page<R: Runtime>(window: &tauri::Window<R>) {
    use tauri::Manager;
    if let Some(webview) = window.app_handle().get_webview_window(window.label())
        && let Err(err) = webview.as_ref().set_focus()
    {
        tracing::warn!(error = %err, "giving the keyboard to the page");
    }
}

/// Shows, restores and focuses the main window.
fn focus_main_window<R: Runtime>(app: &tauri::AppHandle<R>) {
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn launch_options_read_db_and_demo() {
        let o = LaunchOptions::from_args(os(&["--db", "a.db", "--demo"]));
        assert_eq!(o.db, Some(PathBuf::from("a.db")));
        assert!(o.demo);
        let o = LaunchOptions::from_args(os(&["--db=b.db", "--unknown"]));
        assert_eq!(o.db, Some(PathBuf::from("b.db")));
        assert!(!o.demo);
    }
}
