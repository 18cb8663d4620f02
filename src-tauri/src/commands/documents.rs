//! Documents: templates, issuing batches, the register, sign-in sheets.
//! PDFs travel to the UI as raw bytes (an `ArrayBuffer`) for the pdf.js
//! preview; files go where the user chose in a dialog.

use crate::{AppState, IpcError};
use kense_core::documents::issue::{BatchPreview, IssueRequest, preview_batch};
use kense_core::documents::register::{
    self, IssuedDocument, RegisterFilter, VerifyResult, verify_code,
};
use kense_core::documents::sheet::{SheetRequest, render_sheet, save_sheet};
use kense_core::documents::templates::{self, Template, TemplateInput};
use kense_core::documents::{self, BatchOutput, IssueOutcome, journal};
use kense_core::kinds::{DocLang, DocStatus};
use kense_core::{Error, Lang, files};
use std::path::PathBuf;
use tauri::ipc::Response;
use tauri::{AppHandle, Runtime, State};
use tauri_plugin_opener::OpenerExt;

/// The templates, by kind.
#[tauri::command]
pub fn list_templates(state: State<'_, AppState>) -> Result<Vec<Template>, IpcError> {
    state.with_store(|s| templates::list_templates(s.conn()))
}

/// Creates or saves a template (unknown placeholders are refused).
#[tauri::command]
pub fn save_template(
    state: State<'_, AppState>,
    template: TemplateInput,
) -> Result<Template, IpcError> {
    state.with_store(|s| s.with_tx(|tx| templates::save_template(tx, &template)))
}

/// Copies a template under a new name.
#[tauri::command]
pub fn duplicate_template(
    state: State<'_, AppState>,
    id: i64,
    name: String,
) -> Result<Template, IpcError> {
    state.with_store(|s| s.with_tx(|tx| templates::duplicate_template(tx, id, &name)))
}

/// Deletes a template that is not built in.
#[tauri::command]
pub fn delete_template(state: State<'_, AppState>, id: i64) -> Result<(), IpcError> {
    state.with_store(|s| s.with_tx(|tx| templates::delete_template(tx, id)))
}

/// Gives a template its own logo from a PNG/JPEG file, or removes it (null).
#[tauri::command]
pub fn set_template_logo(
    state: State<'_, AppState>,
    id: i64,
    path: Option<PathBuf>,
) -> Result<(), IpcError> {
    let bytes = path
        .map(|p| std::fs::read(&p).map_err(|source| Error::Io { path: p, source }))
        .transpose()?;
    state.with_store(|s| templates::set_template_logo(s.conn(), id, bytes.as_deref()))
}

/// A sample PDF of a template being edited (nothing is saved).
#[tauri::command]
pub fn preview_template(
    state: State<'_, AppState>,
    template: TemplateInput,
    lang: DocLang,
) -> Result<Response, IpcError> {
    state
        .with_store(|s| documents::render_template_preview(s, &template, lang))
        .map(Response::new)
}

/// Who a batch would issue to, earlier awards, missing glyphs.
#[tauri::command]
pub fn preview_batch_documents(
    state: State<'_, AppState>,
    request: IssueRequest,
) -> Result<BatchPreview, IpcError> {
    state.with_store(|s| preview_batch(s.conn(), &request))
}

/// Issues a batch into the register and writes its PDF(s).
#[tauri::command]
pub fn issue_documents(
    state: State<'_, AppState>,
    request: IssueRequest,
    output: BatchOutput,
) -> Result<IssueOutcome, IpcError> {
    state.with_store(|s| documents::issue_to_files(s, &request, &output))
}

/// Register rows matching the filter.
#[tauri::command]
pub fn list_documents(
    state: State<'_, AppState>,
    filter: RegisterFilter,
) -> Result<Vec<IssuedDocument>, IpcError> {
    state.with_store(|s| register::list_documents(s.conn(), &filter))
}

/// One register entry printed again, as PDF bytes.
#[tauri::command]
pub fn render_document(state: State<'_, AppState>, id: i64) -> Result<Response, IpcError> {
    state
        .with_store(|s| documents::render_document(s, id))
        .map(Response::new)
}

/// Writes one register entry's PDF to a file.
#[tauri::command]
pub fn save_document(state: State<'_, AppState>, id: i64, path: PathBuf) -> Result<(), IpcError> {
    state.with_store(|s| {
        let bytes = documents::render_document(s, id)?;
        files::write_atomic(&path, &bytes)
    })
}

/// Marks a document spoiled or revoked, with the reason.
#[tauri::command]
pub fn void_document(
    state: State<'_, AppState>,
    id: i64,
    status: DocStatus,
    reason: String,
) -> Result<IssuedDocument, IpcError> {
    state.with_store(|s| s.with_write_tx(|tx| register::void_document(tx, id, status, &reason)))
}

/// Issues a replacement under a new number; returns the new entry.
#[tauri::command]
pub fn reissue_document(
    state: State<'_, AppState>,
    id: i64,
    reason: String,
) -> Result<IssuedDocument, IpcError> {
    state.with_store(|s| documents::reissue_document(s, id, &reason))
}

/// Checks a verification code (or scanned QR text) against the register.
#[tauri::command]
pub fn verify_document_code(
    state: State<'_, AppState>,
    code: String,
) -> Result<VerifyResult, IpcError> {
    state.with_store(|s| verify_code(s.conn(), &code))
}

/// Writes the register as a journal: .pdf, .csv or .xlsx by the extension.
#[tauri::command]
pub fn export_register(
    state: State<'_, AppState>,
    filter: RegisterFilter,
    path: PathBuf,
    language: Lang,
) -> Result<(), IpcError> {
    state.with_store(|s| journal::export_register_to_file(s.conn(), &filter, language, &path))
}

/// An event's sign-in sheet as PDF bytes.
#[tauri::command]
pub fn render_event_sheet(
    state: State<'_, AppState>,
    request: SheetRequest,
) -> Result<Response, IpcError> {
    state
        .with_store(|s| render_sheet(s.conn(), &request))
        .map(Response::new)
}

/// Writes an event's sign-in sheet to a file (audited).
#[tauri::command]
pub fn save_event_sheet(
    state: State<'_, AppState>,
    request: SheetRequest,
    path: PathBuf,
) -> Result<(), IpcError> {
    state.with_store(|s| save_sheet(s.conn(), &request, &path).map(|_| ()))
}

/// Opens a file in the system's viewer (a PDF in the PDF reader).
#[tauri::command]
pub fn open_file<R: Runtime>(app: AppHandle<R>, path: PathBuf) -> Result<(), IpcError> {
    app.opener()
        .open_path(path.display().to_string(), None::<&str>)
        .map_err(|e| IpcError::internal(format!("{}: {e}", path.display())))
}

/// Shows a file in its folder (Explorer, Finder, the file manager).
#[tauri::command]
pub fn reveal_file<R: Runtime>(app: AppHandle<R>, path: PathBuf) -> Result<(), IpcError> {
    app.opener()
        .reveal_item_in_dir(&path)
        .map_err(|e| IpcError::internal(format!("{}: {e}", path.display())))
}
