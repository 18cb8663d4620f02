//! `kense plan` (an event's itinerary, delegation and warnings; the
//! programme PDF) and `kense ics` (events as an iCalendar file).

use crate::out::outln;
use clap::{Args, Subcommand};
use kense_core::FieldName;
use kense_core::i18n::Translator;
use kense_core::planning::ics::{IcsScope, save_ics};
use kense_core::planning::programme::{
    PlanDocument, plan_missing_translations, save_plan_document_approved,
};
use kense_core::planning::{self, Plan};
use kense_core::report::ReportLang;
use kense_core::{Error, Lang, Store};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `kense plan …`.
#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Print an event's itinerary, delegation and warnings.
    Show {
        /// The event's id.
        event_id: i64,
        /// Print JSON (the plan with its warnings).
        #[arg(long)]
        json: bool,
    },
    /// Write the visit programme (or the invitation list) as a PDF in the
    /// global --lang: kk, ru or both.
    Print {
        /// The event's id.
        event_id: i64,
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
        /// The invitation list instead of the programme.
        #[arg(long)]
        invitations: bool,
        /// Put the «БЕКІТЕМІН / УТВЕРЖДАЮ» block of the default signatory
        /// above the programme.
        #[arg(long)]
        approve: bool,
    },
}

/// `kense ics`: one event or a month of events for phone calendars.
#[derive(Debug, Args)]
pub struct IcsArgs {
    /// Every event starting in this month.
    #[arg(
        long,
        value_name = "YYYY-MM",
        conflicts_with = "event",
        required_unless_present = "event"
    )]
    month: Option<String>,
    /// One event.
    #[arg(long, value_name = "ID")]
    event: Option<i64>,
    /// Where to write the .ics file.
    #[arg(long, value_name = "FILE.ics")]
    out: PathBuf,
}

/// Runs `kense plan`.
pub fn run_plan(
    db: &Path,
    t: &Translator,
    lang: &str,
    command: PlanCommand,
) -> Result<ExitCode, Error> {
    let store = Store::open(db)?;
    match command {
        PlanCommand::Show { event_id, json } => {
            let plan = planning::get_plan(store.conn(), event_id)?;
            if json {
                crate::print_json(&plan)?;
            } else {
                print_plan(t, &plan);
            }
        }
        PlanCommand::Print {
            event_id,
            out,
            invitations,
            approve,
        } => {
            let lang: ReportLang = lang.parse()?;
            let which = if invitations {
                PlanDocument::Invitations
            } else {
                PlanDocument::Programme
            };
            crate::doc::warn_missing_translations(
                t,
                &plan_missing_translations(store.conn(), event_id, which, lang)?,
            );
            save_plan_document_approved(store.conn(), event_id, which, lang, approve, &out)?;
            outln!(
                "{}",
                t.tr("cli-written", &[("path", &out.display().to_string())])
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_plan(t: &Translator, plan: &Plan) {
    let lang = t.lang();
    let e = &plan.event;
    outln!("{}", e.title(lang));
    outln!(
        "{}: {}",
        t.tr("plan-when", &[]),
        kense_core::planning::programme::when(&e.starts_at, &e.ends_at)
    );
    for (key, value) in [
        ("field-place", e.place(lang)),
        ("plan-meeting-point", plan.meeting_point(lang)),
        ("plan-transport", plan.transport(lang)),
    ] {
        if !value.is_empty() {
            outln!("{}: {value}", t.tr(key, &[]));
        }
    }
    outln!("\n{}", t.tr("cli-plan-stops", &[]));
    if plan.stops.is_empty() {
        outln!("  {}", t.tr("plan-no-stops", &[]));
    }
    for s in &plan.stops {
        outln!("  {:>2}. {}  {}", s.position, s.time_span(), s.name(lang));
        let host = s.host_contact(", ");
        for line in [s.address(lang), &host, s.showing(lang)] {
            if !line.is_empty() {
                outln!("                   {line}");
            }
        }
    }
    if !plan.delegation.is_empty() {
        outln!("\n{}", t.tr("plan-delegation", &[]));
        for (i, a) in plan.delegation.iter().enumerate() {
            let answer = a
                .invitation
                .map(|i| {
                    let gender = a.gender.map(|g| g.as_str()).unwrap_or("other");
                    t.tr(&format!("invitation-{i}"), &[("gender", gender)])
                })
                .unwrap_or_default();
            let role = t.tr(&format!("role-{}", a.role), &[]);
            let mark = if a.present { "✓" } else { " " };
            outln!("  {:>2}. {mark} {}  ({role}; {answer})", i + 1, a.full_name);
        }
    }
    outln!("\n{}", t.tr("cli-plan-warnings", &[]));
    if plan.warnings.is_empty() {
        outln!("  {}", t.tr("plan-no-warnings", &[]));
    }
    for w in &plan.warnings {
        outln!("  ⚠ {}", w.describe(t));
    }
}

/// Runs `kense ics`. The global --lang picks the titles' language (both: Kazakh).
pub fn run_ics(db: &Path, t: &Translator, lang: &str, args: IcsArgs) -> Result<ExitCode, Error> {
    let lang: Lang = match lang.parse::<ReportLang>()? {
        ReportLang::Ru => Lang::Ru,
        ReportLang::Kk | ReportLang::Both => Lang::Kk,
    };
    let scope = match (args.event, args.month) {
        (Some(id), _) => IcsScope::Event(id),
        (None, Some(month)) => IcsScope::Month(month),
        (None, None) => {
            return Err(Error::validation(
                FieldName::Month,
                kense_core::Invalid::Required,
                "give --month YYYY-MM or --event ID",
            ));
        }
    };
    let store = Store::open(db)?;
    save_ics(store.conn(), &scope, lang, &args.out, chrono::Utc::now())?;
    outln!(
        "{}",
        t.tr("cli-written", &[("path", &args.out.display().to_string())])
    );
    Ok(ExitCode::SUCCESS)
}
