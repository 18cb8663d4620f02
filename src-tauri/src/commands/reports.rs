//! The dashboard and the activity report: figures, PDF and XLSX.

use crate::picked::{FileHandle, SaveFormat};
use kense_core::Lang;
use kense_core::documents::MissingTranslation;
use kense_core::report::{self, Dashboard, Report, ReportLang, ReportQuery};
use tauri::ipc::Response;

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

    /// Writes the report of a period as a PDF (Kazakh, Russian or both).
    fn save_report_pdf(state, query: ReportQuery, file: FileHandle, language: ReportLang) -> () {
        let path = state.picked().save_path(file, &[SaveFormat::Pdf])?;
        let today = kense_core::time::local_now().format("%d.%m.%Y").to_string();
        state.read(|c| report::save_pdf(c, &query, language, &path, &today))?;
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

    /// Writes the report of a period as an XLSX workbook.
    fn save_report_xlsx(state, query: ReportQuery, file: FileHandle, language: Lang) -> () {
        let path = state.picked().save_path(file, &[SaveFormat::Xlsx])?;
        state.read(|c| report::save_xlsx(c, &query, language, &path))?;
        state.picked().wrote(&path);
        Ok(())
    }
}
