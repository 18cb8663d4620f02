//! Kense desktop shell: a thin Tauri layer over kense-core.
//!
//! Every command is a few lines that call kense-core; the logic lives there
//! so it builds and tests without GTK or a window. Commands are declared
//! once with [`commands!`] (handler, registration, TypeScript binding) and
//! run on the blocking pool, reads on readers of their own.

pub mod bindings;
pub mod commands;
mod declare;
mod error;
pub mod picked;
mod state;

pub use error::IpcError;
pub use state::AppState;

use std::ffi::OsString;
use std::path::PathBuf;
use tauri::{Builder, Runtime};

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

/// Opens the database and runs the app until its window closes.
pub fn run(options: LaunchOptions) -> tauri::Result<()> {
    let db_path = kense_core::paths::resolve_db_path(options.db);
    let state = AppState::open(db_path, options.demo);
    let builder = with_commands(Builder::default());
    #[cfg(feature = "gui-test")]
    let builder = builder.setup(|app| {
        // Only this build declares the hook's permission; grant it here, so
        // that no capability file names it.
        use tauri::Manager;
        app.add_capability(
            tauri::ipc::CapabilityBuilder::new("gui-test")
                .window("main")
                .permission("allow-gui-test-answer-dialog"),
        )?;
        Ok(())
    });
    builder
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .manage(state)
        .run(tauri::generate_context!())
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
