//! Import from and export to files the user chose in a dialog.

use crate::{AppState, IpcError};
use kense_core::Lang;
use kense_core::events::EventFilter;
use kense_core::import::{ColumnMapping, ImportKind};
use kense_core::registry_export::{self, ExportKind, PeopleExportOptions};
use kense_core::registry_import::{self, ImportOutcome, ImportPreview};
use std::path::PathBuf;
use tauri::State;

/// Reads a CSV or Excel file and validates every row; writes nothing.
#[tauri::command]
pub fn preview_import_file(
    state: State<'_, AppState>,
    path: PathBuf,
    kind: ImportKind,
    mapping: Option<ColumnMapping>,
) -> Result<ImportPreview, IpcError> {
    let table = registry_import::read_import_file(&path)?;
    state.with_store(|s| registry_import::preview_import(s.conn(), kind, &table, mapping))
}

/// Imports a file in one transaction: all valid rows, or nothing when a
/// row is invalid and `skip_invalid` is false. With `event_id`, the people
/// are also added to that event.
#[tauri::command]
pub fn commit_import_file(
    state: State<'_, AppState>,
    path: PathBuf,
    kind: ImportKind,
    mapping: Option<ColumnMapping>,
    skip_invalid: bool,
    event_id: Option<i64>,
) -> Result<ImportOutcome, IpcError> {
    let table = registry_import::read_import_file(&path)?;
    state.with_store(|s| {
        s.with_tx(|tx| {
            registry_import::commit_import(tx, kind, &table, mapping, skip_invalid, event_id)
        })
    })
}

/// Writes people, organisations or events to a .csv or .xlsx file (people
/// without IINs unless `people.withIin`); the export is audited.
#[tauri::command]
pub fn export_registry(
    state: State<'_, AppState>,
    kind: ExportKind,
    path: PathBuf,
    language: Lang,
    filter: Option<EventFilter>,
    people: Option<PeopleExportOptions>,
) -> Result<(), IpcError> {
    state.with_store(|s| {
        registry_export::export_to_file(
            s.conn(),
            kind,
            language,
            &path,
            &filter.unwrap_or_default(),
            people.unwrap_or_default(),
        )
        .map(|_| ())
    })
}
