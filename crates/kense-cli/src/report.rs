//! `kense report`: the activity report of a period as PDF, XLSX or JSON.

use clap::Args;
use kense_core::i18n::Translator;
use kense_core::report::{self, ReportLang, ReportQuery, pdf::Letterhead};
use kense_core::{Error, Invalid, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The arguments of `kense report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// First day, YYYY-MM-DD (with --to).
    #[arg(
        long,
        value_name = "YYYY-MM-DD",
        requires = "to",
        conflicts_with = "month"
    )]
    from: Option<String>,
    /// Last day, YYYY-MM-DD (inclusive, with --from).
    #[arg(long, value_name = "YYYY-MM-DD", requires = "from")]
    to: Option<String>,
    /// A whole month, YYYY-MM.
    #[arg(long, value_name = "YYYY-MM")]
    month: Option<String>,
    /// Only events of this campaign (id, see `kense campaigns list`).
    #[arg(long, value_name = "ID")]
    campaign: Option<i64>,
    /// Only events in this district.
    #[arg(long)]
    district: Option<String>,
    /// Write the PDF here.
    #[arg(long, value_name = "FILE.pdf")]
    out: Option<PathBuf>,
    /// Write the XLSX workbook here.
    #[arg(long, value_name = "FILE.xlsx")]
    xlsx: Option<PathBuf>,
    /// Print the indicators as JSON.
    #[arg(long)]
    json: bool,
}

fn query(args: &ReportArgs) -> Result<ReportQuery, Error> {
    let mut q = match (&args.month, &args.from, &args.to) {
        (Some(month), _, _) => ReportQuery::month(month)?,
        (None, Some(from), Some(to)) => ReportQuery::dates(from, to)?,
        _ => {
            return Err(Error::validation(
                "month",
                Invalid::Required,
                "give --month YYYY-MM or --from YYYY-MM-DD --to YYYY-MM-DD",
            ));
        }
    };
    q.campaign_id = args.campaign;
    q.district = args.district.clone();
    Ok(q)
}

/// Runs `kense report`. The global `--lang` (kk, ru or both) is the
/// language of the PDF; the XLSX and text are Kazakh for both.
pub fn run(db: &Path, t: &Translator, lang: &str, args: ReportArgs) -> Result<ExitCode, Error> {
    let lang: ReportLang = lang.parse()?;
    let q = query(&args)?;
    let store = Store::open(db)?;
    let report = report::compute_report(store.conn(), &q)?;
    if let Some(out) = &args.out {
        let head = Letterhead::load(store.conn())?;
        let today = chrono::Local::now().format("%d.%m.%Y").to_string();
        let photos = report::photo_page::PhotoPage::load(store.conn(), &report)?;
        let bytes = report::pdf::render_pdf_with_photos(&report, &head, &photos, lang, &today)?;
        kense_core::files::write_atomic(out, &bytes)?;
        if !args.json {
            println!(
                "{}",
                t.tr("cli-written", &[("path", &out.display().to_string())])
            );
        }
    }
    if let Some(path) = &args.xlsx {
        let bytes = report::xlsx::render_xlsx(&report, lang.langs()[0])?;
        kense_core::files::write_atomic(path, &bytes)?;
        if !args.json {
            println!(
                "{}",
                t.tr("cli-written", &[("path", &path.display().to_string())])
            );
        }
    }
    if args.json {
        crate::print_json(&serde_json::json!({
            "query": report.query,
            "current": report.current,
            "previous": report.previous,
            "indicators": report.indicators,
        }))?;
    } else if args.out.is_none() && args.xlsx.is_none() {
        let text_lang = lang.langs()[0];
        let t = Translator::new(text_lang);
        println!(
            "{}",
            report::period_label(&t, &report.current.from, &report.current.to)
        );
        for i in &report.indicators {
            let name = t.tr(&format!("report-ind-{}", i.key.as_str()), &[]);
            let name = if i.key.is_part() {
                format!("    {name}")
            } else {
                name
            };
            let percent = i
                .change_percent
                .map(|p| format!(" ({p:+.1}%)"))
                .unwrap_or_default();
            println!(
                "{name:<54} {:>9} {:>9} {:>+8}{percent}",
                i.current, i.previous, i.change
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
