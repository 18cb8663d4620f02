//! The dashboard and the activity report: figures, PDF and XLSX.

use crate::picked::{FileHandle, SaveFormat};
use kense_core::Lang;
use kense_core::documents::MissingTranslation;
use kense_core::progress::Step;
use kense_core::report::{self, Dashboard, Report, ReportLang, ReportQuery};
use tauri::ipc::{Channel, Response};

crate::commands! {
    /// This month against the previous one, and the next planned events.
    fn get_dashboard(state) -> Dashboard {
        let today = kense_core::time::local_now().date_naive();
        state.read(|c| report::dashboard(c, today, 5))
    }

    /// The report of a period with its filters.
    fn get_report(state, query: ReportQuery) -> Report {
        state.read(|c| report::compute_report(c, &query))
    }

    /// What the report would print in the other language (an event's place
    /// with no text in the report's), before printing.
    fn check_report(state, query: ReportQuery, language: ReportLang) -> Vec<MissingTranslation> {
        state.read(|c| report::report_missing_translations(c, &query, language))
    }

    /// Writes the report of a period as a PDF (Kazakh, Russian or both),
    /// sending its stages to `on_progress`; `cancel_job(job)` stops it and
    /// leaves no file.
    fn save_report_pdf(state, query: ReportQuery, file: FileHandle, language: ReportLang, job: u64, on_progress: Channel<Step> as "Channel<Step>") -> () {
        let path = state.picked().save_path(file, &[SaveFormat::Pdf])?;
        let today = kense_core::time::local_now().format("%d.%m.%Y").to_string();
        let job = state.jobs().start(job, on_progress);
        job.run(|progress| {
            state.read(|c| report::save_pdf_with_progress(c, &query, language, &path, &today, progress))
        })?;
        state.picked().wrote(&path);
        Ok(())
    }

    /// The report of a period as PDF bytes (what «Save PDF» writes), for
    /// the print dialog.
    fn render_report_pdf(state, query: ReportQuery, language: ReportLang) -> Response as "ArrayBuffer" {
        let today = kense_core::time::local_now().format("%d.%m.%Y").to_string();
        state
            .read(|c| report::render_report_pdf(c, &query, language, &today))
            .map(Response::new)
    }

    /// Writes the report of a period as an XLSX workbook, sending its
    /// stages to `on_progress`; `cancel_job(job)` stops it and leaves no file.
    fn save_report_xlsx(state, query: ReportQuery, file: FileHandle, language: Lang, job: u64, on_progress: Channel<Step> as "Channel<Step>") -> () {
        let path = state.picked().save_path(file, &[SaveFormat::Xlsx])?;
        let job = state.jobs().start(job, on_progress);
        job.run(|progress| state.read(|c| report::save_xlsx_with_progress(c, &query, language, &path, progress)))?;
        state.picked().wrote(&path);
        Ok(())
    }
}
