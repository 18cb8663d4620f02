//! The dashboard and the activity report: figures, PDF and XLSX.

use crate::{AppState, IpcError};
use kense_core::Lang;
use kense_core::report::{self, Dashboard, Report, ReportLang, ReportQuery};
use std::path::PathBuf;
use tauri::State;

/// This month against the previous one, and the next planned events.
#[tauri::command]
pub fn get_dashboard(state: State<'_, AppState>) -> Result<Dashboard, IpcError> {
    let today = chrono::Local::now().date_naive();
    state.with_store(|s| report::dashboard(s.conn(), today, 5))
}

/// The report of a period with its filters.
#[tauri::command]
pub fn get_report(state: State<'_, AppState>, query: ReportQuery) -> Result<Report, IpcError> {
    state.with_store(|s| report::compute_report(s.conn(), &query))
}

/// Writes the report of a period as a PDF (Kazakh, Russian or both).
#[tauri::command]
pub fn save_report_pdf(
    state: State<'_, AppState>,
    query: ReportQuery,
    path: PathBuf,
    language: ReportLang,
) -> Result<(), IpcError> {
    let today = chrono::Local::now().format("%d.%m.%Y").to_string();
    state.with_store(|s| report::save_pdf(s.conn(), &query, language, &path, &today))
}

/// Writes the report of a period as an XLSX workbook.
#[tauri::command]
pub fn save_report_xlsx(
    state: State<'_, AppState>,
    query: ReportQuery,
    path: PathBuf,
    language: Lang,
) -> Result<(), IpcError> {
    state.with_store(|s| report::save_xlsx(s.conn(), &query, language, &path))
}
