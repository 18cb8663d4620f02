//! `kense report`: the activity report of a period as PDF, XLSX or JSON.

use crate::out::outln;
use clap::Args;
use kense_core::FieldName;
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
    /// Consolidated: the report over the offices' rows on this hub
    /// (postgres://…), with a table per office.
    #[arg(long, value_name = "URL")]
    hub: Option<String>,
    /// With --hub: only this office (its code).
    #[arg(long, value_name = "CODE", requires = "hub")]
    office: Option<String>,
}

fn query(args: &ReportArgs) -> Result<ReportQuery, Error> {
    let mut q = match (&args.month, &args.from, &args.to) {
        (Some(month), _, _) => ReportQuery::month(month)?,
        (None, Some(from), Some(to)) => ReportQuery::dates(from, to)?,
        _ => {
            return Err(Error::validation(
                FieldName::Month,
                Invalid::Required,
                "give --month YYYY-MM or --from YYYY-MM-DD --to YYYY-MM-DD",
            ));
        }
    };
    q.campaign_id = args.campaign;
    q.district = args.district.clone();
    // A month still running is compared by its days so far.
    Ok(q.on(kense_core::time::local_now().date_naive()))
}

/// Runs `kense report`. The global `--lang` (kk, ru or both) is the
/// language of the PDF; the XLSX and text are Kazakh for both.
pub fn run(db: &Path, t: &Translator, lang: &str, args: ReportArgs) -> Result<ExitCode, Error> {
    let lang: ReportLang = lang.parse()?;
    let q = query(&args)?;
    let store = Store::open(db)?;
    let mut offices = Vec::new();
    let report = match &args.hub {
        Some(url) => {
            let hub = kense_hub::connect(url).and_then(|mut c| {
                kense_hub::report::hub_report(&mut c, &q, args.office.as_deref())
            });
            match hub {
                Ok(hub) => {
                    offices = hub.offices;
                    hub.total
                }
                Err(err) => return Ok(crate::hub::fail(t, &err)),
            }
        }
        None => report::compute_report(store.conn(), &q)?,
    };
    if let Some(out) = &args.out {
        crate::doc::warn_missing_translations(t, &report::missing_translations_in(&report, lang));
        let head = Letterhead::load(store.conn())?;
        let today = kense_core::time::local_now().format("%d.%m.%Y").to_string();
        let photos = report::photo_page::PhotoPage::load(store.conn(), &report)?;
        let bytes = report::pdf::render_pdf_with_photos(&report, &head, &photos, lang, &today)?;
        kense_core::files::write_atomic(out, &bytes)?;
        if !args.json {
            outln!(
                "{}",
                t.tr("cli-written", &[("path", &out.display().to_string())])
            );
        }
    }
    if let Some(path) = &args.xlsx {
        let bytes = report::xlsx::render_xlsx(&report, lang.langs()[0])?;
        kense_core::files::write_atomic(path, &bytes)?;
        if !args.json {
            outln!(
                "{}",
                t.tr("cli-written", &[("path", &path.display().to_string())])
            );
        }
    }
    if args.json {
        let mut json = serde_json::json!({
            "query": report.query,
            "current": report.current,
            "previous": report.previous,
            "indicators": report.indicators,
        });
        if args.hub.is_some() {
            json["offices"] = offices
                .iter()
                .map(|o| {
                    serde_json::json!({
                        "officeId": o.office_id,
                        "code": o.code,
                        "name": o.name,
                        "lastSentAt": o.last_sent_at,
                        "current": o.report.current,
                        "previous": o.report.previous,
                    })
                })
                .collect();
        }
        crate::print_json(&json)?;
    } else if args.out.is_none() && args.xlsx.is_none() {
        let text_lang = lang.langs()[0];
        let t = Translator::new(text_lang);
        outln!(
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
            outln!(
                "{name:<54} {:>9} {:>9} {:>+8}{percent}",
                i.current,
                i.previous,
                i.change
            );
        }
        if !offices.is_empty() {
            print_offices(&t, &offices);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The per-office table of a consolidated report: one row per office, the
/// main indicators of the period.
fn print_offices(t: &Translator, offices: &[kense_hub::report::OfficeReport]) {
    outln!("");
    outln!("{}", t.tr("cli-hub-report-offices", &[]));
    let keys = [
        "events_held",
        "named_attendance",
        "headcount",
        "unique_people",
        "media_publications",
        "memoranda",
        "documents_issued",
    ];
    let mut header = format!("{:<12}", "");
    for k in keys {
        let name = t.tr(&format!("report-ind-{k}"), &[]);
        let short: String = name.chars().take(11).collect();
        header.push_str(&format!(" {short:>11}"));
    }
    outln!("{header}");
    for o in offices {
        let f = &o.report.current;
        let values = [
            f.events_held,
            f.named_attendance,
            f.headcount,
            f.unique_people,
            f.media_publications,
            f.memoranda,
            f.documents_issued,
        ];
        let mut line = format!("{:<12}", o.code);
        for v in values {
            line.push_str(&format!(" {v:>11}"));
        }
        outln!("{line}");
    }
}
