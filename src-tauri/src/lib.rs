//! Kense desktop shell: a thin Tauri layer over kense-core.
//!
//! Every command is a few lines that call kense-core; the logic lives there
//! so it builds and tests without GTK or a window.

pub mod bindings;
pub mod commands;
mod error;
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

/// Registers every command on `builder`.
pub fn with_commands<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.invoke_handler(tauri::generate_handler![
        commands::app_info,
        commands::about::about_info,
        commands::set_language,
        commands::get_office_profile,
        commands::update_office_profile,
        commands::list_signatories,
        commands::save_signatory,
        commands::delete_signatory,
        commands::list_campaigns,
        commands::save_campaign,
        commands::fill_demo,
        commands::list_changes,
        commands::people::list_people,
        commands::people::get_person,
        commands::people::create_person,
        commands::people::update_person,
        commands::people::find_person_duplicates,
        commands::people::delete_person,
        commands::people::restore_person,
        commands::people::reveal_person_iin,
        commands::people::erase_person,
        commands::people::list_audit,
        commands::people::list_person_events,
        commands::people::list_categories,
        commands::people::save_category,
        commands::organisations::list_organisations,
        commands::organisations::get_organisation,
        commands::organisations::create_organisation,
        commands::organisations::update_organisation,
        commands::organisations::delete_organisation,
        commands::organisations::restore_organisation,
        commands::organisations::list_districts,
        commands::events::list_events,
        commands::events::get_event,
        commands::events::create_event,
        commands::events::update_event,
        commands::events::delete_event,
        commands::events::restore_event,
        commands::events::list_event_attendance,
        commands::events::add_attendance,
        commands::events::add_attendance_by_category,
        commands::events::add_attendance_by_organisation,
        commands::events::set_attendance_present,
        commands::events::remove_attendance,
        commands::events::list_media,
        commands::events::add_media,
        commands::events::update_media,
        commands::events::delete_media,
        commands::events::list_memoranda,
        commands::events::add_memorandum,
        commands::events::delete_memorandum,
        commands::files::preview_import_file,
        commands::files::commit_import_file,
        commands::files::export_registry,
        commands::documents::list_templates,
        commands::documents::save_template,
        commands::documents::duplicate_template,
        commands::documents::delete_template,
        commands::documents::set_template_logo,
        commands::documents::preview_template,
        commands::documents::preview_batch_documents,
        commands::documents::issue_documents,
        commands::documents::list_documents,
        commands::documents::render_document,
        commands::documents::save_document,
        commands::documents::void_document,
        commands::documents::reissue_document,
        commands::documents::verify_document_code,
        commands::documents::export_register,
        commands::documents::render_event_sheet,
        commands::documents::save_event_sheet,
        commands::documents::open_file,
        commands::documents::reveal_file,
        commands::reports::get_dashboard,
        commands::reports::get_report,
        commands::reports::save_report_pdf,
        commands::reports::save_report_xlsx,
        commands::planning::get_calendar,
        commands::planning::move_event,
        commands::planning::get_plan,
        commands::planning::save_plan_details,
        commands::planning::add_stop,
        commands::planning::update_stop,
        commands::planning::delete_stop,
        commands::planning::reorder_stops,
        commands::planning::invite_people,
        commands::planning::set_invitation,
        commands::planning::mark_event_held,
        commands::planning::list_sheet_lines,
        commands::planning::set_person_present,
        commands::planning::render_plan_document,
        commands::planning::save_plan_document,
        commands::planning::save_ics,
        commands::planning::list_holidays,
        commands::planning::save_holiday,
        commands::planning::remove_holiday,
        commands::planning::reset_holidays,
    ])
}

/// Opens the database and runs the app until its window closes.
pub fn run(options: LaunchOptions) -> tauri::Result<()> {
    let db_path = kense_core::paths::resolve_db_path(options.db);
    let state = AppState::open(db_path, options.demo);
    with_commands(Builder::default())
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
