//! Import from and export to files the user chose in a dialog: the
//! commands take the handle [`crate::commands::pick`] gave, never a path.

use crate::picked::{FileHandle, OpenKind, SaveFormat};
use kense_core::Lang;
use kense_core::backup::BackupReason;
use kense_core::events::EventFilter;
use kense_core::export::{
    self,
    registry::{ExportKind, PeopleExportOptions},
};
use kense_core::import::registry::{ImportOutcome, ImportPreview};
use kense_core::import::{self, ColumnMapping, ImportKind};
use kense_core::progress::Step;
use tauri::ipc::Channel;

crate::commands! {
    /// Reads a CSV or Excel file and validates every row; writes nothing.
    fn preview_import_file(state, file: FileHandle, kind: ImportKind, mapping: Option<ColumnMapping>) -> ImportPreview {
        let path = state.picked().open_path(file, OpenKind::Table)?;
        let table = import::registry::read_import_file(&path)?;
        state.read(|c| import::registry::preview_import(c, kind, &table, mapping))
    }

    /// Imports a file in one transaction: all valid rows, or nothing when a
    /// row is invalid and `skip_invalid` is false. With `event_id`, the people
    /// are also added to that event. A backup is taken first. Steps go to
    /// `on_progress`; `cancel_job(job)` stops it with nothing written.
    fn commit_import_file(state, file: FileHandle, kind: ImportKind, mapping: Option<ColumnMapping>, skip_invalid: bool, event_id: Option<i64>, job: u64, on_progress: Channel<Step> as "Channel<Step>") -> ImportOutcome {
        let path = state.picked().open_path(file, OpenKind::Table)?;
        let table = import::registry::read_import_file(&path)?;
        let job = state.jobs().start(job, on_progress);
        state.backup_before(BackupReason::BeforeImport)?;
        job.progress().check()?;
        job.run(|progress| {
            state.write(|s| {
                s.with_tx(|tx| {
                    import::registry::commit_import_with_progress(
                        tx,
                        kind,
                        &table,
                        mapping,
                        skip_invalid,
                        event_id,
                        progress,
                    )
                })
            })
        })
    }

    /// Writes people, organisations or events to a .csv or .xlsx file (people
    /// without IINs unless `people.withIin`); the export is audited.
    fn export_registry(state, kind: ExportKind, file: FileHandle, language: Lang, filter: Option<EventFilter>, people: Option<PeopleExportOptions>) -> () {
        let path = state.picked().save_path(file, &[SaveFormat::Csv, SaveFormat::Xlsx])?;
        state.write(|s| {
            export::registry::export_to_file(
                s.conn(),
                kind,
                language,
                &path,
                &filter.unwrap_or_default(),
                people.unwrap_or_default(),
            )
            .map(|_| ())
        })?;
        state.picked().wrote(&path);
        Ok(())
    }
}
