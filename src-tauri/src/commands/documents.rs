//! Documents: templates, issuing batches, the register, sign-in sheets.
//! PDFs travel to the UI as raw bytes (an `ArrayBuffer`) for the pdf.js
//! preview; files go where the user chose in a dialog (a handle from
//! [`crate::commands::pick`]), and only files written here open.

use crate::IpcError;
use crate::picked::{FileHandle, OpenKind, SaveFormat};
use kense_core::documents::MissingTranslation;
use kense_core::documents::issue::{BatchPreview, IssueRequest, preview_batch};
use kense_core::documents::register::{
    self, IssuedDocument, RegisterFilter, VerifyResult, verify_code,
};
use kense_core::documents::sheet::{
    SheetRequest, render_sheet, save_sheet, sheet_missing_translations,
};
use kense_core::documents::templates::{self, Template, TemplateInput};
use kense_core::documents::{self, BatchOutput, DocFormat, IssueOutcome, journal};
use kense_core::kinds::{DocLang, DocStatus};
use kense_core::progress::Step;
use kense_core::{Error, Lang, files};
use serde::Deserialize;
use std::path::PathBuf;
use tauri::ipc::{Channel, Response};
use tauri_plugin_opener::OpenerExt;
use ts_rs::TS;

/// Where a batch goes: a file picked to save a PDF, or a picked folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "file")]
pub enum BatchTarget {
    /// One file with every document (a handle picked to save a PDF or a
    /// DOCX, as the batch's format).
    Combined(FileHandle),
    /// One file per person in a picked folder.
    PerPerson(FileHandle),
}

/// The app's state, from a command that runs with the app handle.
fn picked_state<R: tauri::Runtime>(app: &tauri::AppHandle<R>) -> Result<crate::AppState, IpcError> {
    tauri::Manager::try_state::<crate::AppState>(app)
        .map(|s| s.inner().clone())
        .ok_or_else(|| IpcError::internal("the app state is not managed"))
}

impl BatchTarget {
    fn output(self, state: &crate::AppState, format: DocFormat) -> Result<BatchOutput, IpcError> {
        let picked = state.picked();
        let save = match format {
            DocFormat::Pdf => SaveFormat::Pdf,
            DocFormat::Docx => SaveFormat::Docx,
        };
        Ok(match self {
            Self::Combined(file) => {
                BatchOutput::Combined(picked.save_path(file, &[save])?.display().to_string())
            }
            Self::PerPerson(folder) => {
                BatchOutput::PerPerson(picked.folder(folder)?.display().to_string())
            }
        })
    }
}

crate::commands! {
    /// The templates, by kind.
    fn list_templates(state) -> Vec<Template> {
        state.read(templates::list_templates)
    }

    /// Creates or saves a template (unknown placeholders are refused).
    fn save_template(state, template: TemplateInput) -> Template {
        state.write(|s| s.with_tx(|tx| templates::save_template(tx, &template)))
    }

    /// Copies a template under a new name.
    fn duplicate_template(state, id: i64, name: String) -> Template {
        state.write(|s| s.with_tx(|tx| templates::duplicate_template(tx, id, &name)))
    }

    /// Deletes a template that is not built in.
    fn delete_template(state, id: i64) -> () {
        state.write(|s| s.with_tx(|tx| templates::delete_template(tx, id)))
    }

    /// Gives a template its own logo from a picked PNG/JPEG file, or removes
    /// it (null).
    fn set_template_logo(state, id: i64, file: Option<FileHandle>) -> () {
        let bytes = file
            .map(|f| -> Result<Vec<u8>, IpcError> {
                let p = state.picked().open_path(f, OpenKind::Image)?;
                Ok(std::fs::read(&p).map_err(|source| Error::Io { path: p, source })?)
            })
            .transpose()?;
        state.write(|s| templates::set_template_logo(s.conn(), id, bytes.as_deref()))
    }

    /// A sample PDF of a template being edited (nothing is saved).
    fn preview_template(state, template: TemplateInput, lang: DocLang) -> Response as "ArrayBuffer" {
        state
            .read(|c| documents::render_template_preview(c, &template, lang))
            .map(Response::new)
    }

    /// The batch's first document as it will print, as PDF bytes (nothing
    /// is entered in the register).
    fn preview_first_document(state, request: IssueRequest) -> Response as "ArrayBuffer" {
        state
            .read(|c| documents::issue::preview_first_document(c, &request))
            .map(Response::new)
    }

    /// Who a batch would issue to, earlier awards, missing glyphs.
    fn preview_batch_documents(state, request: IssueRequest) -> BatchPreview {
        state.read(|c| preview_batch(c, &request))
    }

    /// Issues a batch into the register and writes its PDF(s) or DOCX
    /// file(s), as `format` says, sending its steps to `on_progress`;
    /// `cancel_job(job)` stops it with nothing written.
    fn issue_documents(state, request: IssueRequest, output: BatchTarget, format: DocFormat, job: u64, on_progress: Channel<Step> as "Channel<Step>") -> IssueOutcome {
        let output = output.output(&state, format)?;
        let job = state.jobs().start(job, on_progress);
        let outcome = job.run(|progress| {
            state.write(|s| documents::issue_to_files_with_progress(s, &request, &output, format, progress))
        })?;
        for file in &outcome.files {
            state.picked().wrote(std::path::Path::new(file));
        }
        Ok(outcome)
    }

    /// Register rows matching the filter.
    fn list_documents(state, filter: RegisterFilter) -> Vec<IssuedDocument> {
        state.read(|c| register::list_documents(c, &filter))
    }

    /// How many register rows match the filters, all pages together.
    fn count_documents(state, filter: RegisterFilter) -> u64 {
        state.read(|c| register::count_documents(c, &filter))
    }

    /// One register entry printed again, as PDF bytes.
    fn render_document(state, id: i64) -> Response as "ArrayBuffer" {
        state
            .read(|c| documents::render_document(c, id))
            .map(Response::new)
    }

    /// Writes one register entry to a file: a PDF, or a DOCX to edit (by
    /// the picked file's format).
    fn save_document(state, id: i64, file: FileHandle) -> () {
        let path = state.picked().save_path(file, &[SaveFormat::Pdf, SaveFormat::Docx])?;
        let format = documents::DocFormat::of_path(&path);
        state.read(|c| {
            let bytes = documents::render_document_as(c, id, format)?;
            files::write_atomic(&path, &bytes)
        })?;
        state.picked().wrote(&path);
        Ok(())
    }

    /// Marks a document spoiled or revoked, with the reason.
    fn void_document(state, id: i64, status: DocStatus, reason: String) -> IssuedDocument {
        state.write(|s| s.with_write_tx(|tx| register::void_document(tx, id, status, &reason)))
    }

    /// Issues a replacement under a new number; returns the new entry.
    fn reissue_document(state, id: i64, reason: String) -> IssuedDocument {
        state.write(|s| documents::reissue_document(s, id, &reason))
    }

    /// Checks a verification code (or scanned QR text) against the register.
    fn verify_document_code(state, code: String) -> VerifyResult {
        state.read(|c| verify_code(c, &code))
    }

    /// Writes the register as a journal: .pdf, .csv or .xlsx by the extension.
    fn export_register(state, filter: RegisterFilter, file: FileHandle, language: Lang) -> () {
        let formats = [SaveFormat::Pdf, SaveFormat::Csv, SaveFormat::Xlsx];
        let path = state.picked().save_path(file, &formats)?;
        state.read(|c| journal::export_register_to_file(c, &filter, language, &path))?;
        state.picked().wrote(&path);
        Ok(())
    }

    /// What an event's sign-in sheet would print in the other language (a
    /// position with no text in the sheet's), before printing.
    fn check_event_sheet(state, request: SheetRequest) -> Vec<MissingTranslation> {
        state.read(|c| sheet_missing_translations(c, &request))
    }

    /// Renders an event's sign-in sheet as PDF bytes.
    fn render_event_sheet(state, request: SheetRequest) -> Response as "ArrayBuffer" {
        state
            .read(|c| render_sheet(c, &request))
            .map(Response::new)
    }

    /// Writes an event's sign-in sheet to a file.
    fn save_event_sheet(state, request: SheetRequest, file: FileHandle) -> () {
        let path = state.picked().save_path(file, &[SaveFormat::Pdf])?;
        state.write(|s| save_sheet(s.conn(), &request, &path).map(|_| ()))?;
        state.picked().wrote(&path);
        Ok(())
    }

    /// Opens a file Kense wrote in this run in the system's viewer (a PDF in
    /// the PDF reader); any other path or kind is refused.
    fn open_file(app, path: PathBuf) -> () {
        let path = picked_state(&app)?.picked().openable(&path)?;
        app.opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|e| IpcError::internal(format!("{}: {e}", path.display())))
    }

    /// The bytes of a PDF Kense wrote in this run (an issued batch, a saved
    /// report), for the print dialog; any other path or kind is refused.
    fn read_written_pdf(app, path: PathBuf) -> Response as "ArrayBuffer" {
        picked_state(&app)?.picked().read_written_pdf(&path).map(Response::new)
    }

    /// Shows a file Kense wrote in this run in its folder (Explorer, Finder,
    /// the file manager); any other path or kind is refused.
    fn reveal_file(app, path: PathBuf) -> () {
        let path = picked_state(&app)?.picked().openable(&path)?;
        app.opener()
            .reveal_item_in_dir(&path)
            .map_err(|e| IpcError::internal(format!("{}: {e}", path.display())))
    }
}
