//! `kense`: the headless command over kense-core, for batch jobs, scripting
//! and benchmarks. Every list-style command takes `--json`.

/// Many small allocations (documents, reports, imports): mimalloc serves
/// them faster than the system allocator (`kense bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod backup;
mod bench;
mod bench_docs;
mod bench_hub;
mod bench_peers;
mod bench_readers;
mod doc;
mod hub;
mod out;
mod plan;
mod progress;
mod records;
mod report;

use clap::{Args, Parser, Subcommand};
use kense_core::export;
use kense_core::i18n::Translator;
use kense_core::import::{self, ImportKind};
use kense_core::{
    Error, FieldName, Invalid, Lang, Store, audit, campaigns, demo, events, office, paths, people,
    privacy, settings, signatories,
};
use out::{outln, print_json};
use std::path::PathBuf;
use std::process::ExitCode;

/// Kense — the project office's registry, documents and reports.
#[derive(Debug, Parser)]
#[command(name = "kense", version, about, long_about = None)]
struct Cli {
    /// The database file (default: $KENSE_DB, else the user's data folder).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    /// Language of messages: kk or ru; for documents and sheets also both
    /// (one page, Kazakh first) or pair (separate kk and ru documents sharing
    /// one number), with messages in Kazakh; `report` also takes both.
    #[arg(long, global = true, env = "KENSE_LANG", default_value = "kk")]
    lang: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Open (or create) the database, print its schema version and run a
    /// full integrity check. Exits non-zero on any problem.
    Check(JsonFlag),
    /// Show or change the office profile and app settings.
    #[command(subcommand)]
    Settings(SettingsCommand),
    /// List the signatories.
    #[command(subcommand)]
    Signatories(ListCommand),
    /// List the campaigns and initiatives.
    #[command(subcommand)]
    Campaigns(ListCommand),
    /// Search the people of the registry.
    #[command(subcommand)]
    People(PeopleCommand),
    /// List events; add and list an event's records (ID hand-overs,
    /// speakers, initiatives, proposals, equipment, photos).
    #[command(subcommand, visible_alias = "event")]
    Events(EventsCommand),
    /// Write an event's press-release draft in the global --lang (kk or ru)
    /// as plain text (.txt) or DOCX with the photos chosen (.docx).
    PressRelease(records::PressArgs),
    /// Fill a demo office: the profile (if blank) and, into a registry with
    /// no people yet, organisations, people and months of events with
    /// attendance and media. Scales for benchmarks.
    Demo {
        /// How many people.
        #[arg(long, default_value_t = 300)]
        people: usize,
        /// How many months of events, ending with the current one.
        #[arg(long, default_value_t = 3)]
        months: u32,
        /// Print the counts as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Import people, organisations, or an event's participant list from
    /// CSV or Excel. All rows are written in one transaction, or none.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Export people, organisations or events to CSV or XLSX.
    Export {
        /// What to export.
        #[arg(value_enum)]
        what: ExportWhat,
        /// The file to write: .csv or .xlsx.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Only the events of this month (YYYY-MM).
        #[arg(long, value_name = "YYYY-MM")]
        month: Option<String>,
        /// People: add the IIN column (left out by default).
        #[arg(long)]
        with_iin: bool,
        /// People: leave out those who gave no consent to processing their
        /// data (by default they are exported, marked in the consent column).
        #[arg(long)]
        consented_only: bool,
    },
    /// The audit trail of operations that took personal data out of the
    /// app: exports, backups outside the backup folder, erasures (never the
    /// data itself).
    Audit {
        /// At most this many entries, newest first.
        #[arg(long, default_value_t = 100)]
        limit: u32,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Measure the speed targets on a generated data set (use a release
    /// build). Temporary databases go to a temporary folder.
    Bench {
        /// Rows in the import benchmark.
        #[arg(long, default_value_t = 50_000)]
        import_rows: usize,
        /// People in the search benchmark.
        #[arg(long, default_value_t = 100_000)]
        people: usize,
        /// Search queries to time.
        #[arg(long, default_value_t = 400)]
        queries: usize,
        /// Certificates in the document benchmarks.
        #[arg(long, default_value_t = 1000)]
        documents: usize,
        /// People in the report benchmark (100,000 make ≈5,000 events a year).
        #[arg(long, default_value_t = 100_000)]
        report_people: usize,
        /// A PostgreSQL login that may create databases: also measure the
        /// regional hub (push, consolidated report).
        #[arg(long, env = "KENSE_HUB_TEST_URL", value_name = "URL")]
        hub: Option<String>,
        /// Offices in the consolidated report benchmark.
        #[arg(long, default_value_t = 20)]
        hub_offices: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Documents: issue, list, void, reissue, verify, print, the journal.
    #[command(subcommand)]
    Doc(doc::DocCommand),
    /// Print an event's participant list / sign-in sheet.
    Sheet(doc::SheetArgs),
    /// The activity report of a period: indicators against the previous
    /// period, as text, JSON, PDF (--out) and XLSX (--xlsx).
    Report(report::ReportArgs),
    /// An event's plan: itinerary, delegation, warnings; the programme PDF.
    #[command(subcommand)]
    Plan(plan::PlanCommand),
    /// Write one event (--event) or a month (--month) as an iCalendar
    /// (.ics) file in the office's time zone, for phone calendars.
    Ics(plan::IcsArgs),
    /// Back up the database now: a checked copy into its backup folder
    /// (beside the database, or the `backup.folder` setting), or to --out
    /// (optionally encrypted with a passphrase).
    Backup(backup::BackupArgs),
    /// List the backups: date, reason, size, people / events / documents,
    /// and whether each passes its check (✓).
    Backups(JsonFlag),
    /// Replace the database with a backup (FILE, or --latest good one). The
    /// current state is backed up first; a damaged database is moved aside
    /// untouched. Prints what will be replaced; asks, or needs --yes.
    Restore(backup::RestoreArgs),
    /// The regional hub: the office's identity, push or write a package,
    /// and the region's set-up (init, add-office, load).
    #[command(subcommand)]
    Hub(hub::HubCommand),
    /// Render a PDF test page with the office name in Kazakh and Russian.
    TestPage {
        /// Where to write the PDF.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
}

#[derive(Debug, Args)]
struct JsonFlag {
    /// Print JSON instead of text.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum SettingsCommand {
    /// Print every setting as KEY = VALUE.
    Show(JsonFlag),
    /// Set one setting. Keys: office.name_kk, office.name_ru, office.region_kk,
    /// office.region_ru, office.city_kk, office.city_ru, office.address_kk,
    /// office.address_ru, office.phone, office.email, office.time_zone,
    /// ui.language, and office.logo (a PNG/JPEG file path, or "none").
    Set {
        /// The setting's key.
        key: String,
        /// The new value.
        value: String,
    },
}

#[derive(Debug, Subcommand)]
enum PeopleCommand {
    /// Find people by any part of their name, organisation, position or
    /// phone, or by a whole IIN (12 digits); any case, Kazakh or Russian
    /// («әлібек» finds «ӘЛІБЕК»). IINs are shown masked.
    Search {
        /// What to look for.
        text: String,
        /// At most this many.
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Erase a person's personal data for good (withdrawn consent, a
    /// request under the law on personal data): from the person row, the
    /// change log, the search index, with no copy left in the database file
    /// or its WAL. Issued documents keep the name as printed on the
    /// register. Cannot be undone.
    Erase {
        /// The person's id (`kense people search` shows it).
        id: i64,
        /// Do it without asking (required when not run on a terminal).
        #[arg(long)]
        yes: bool,
        /// Print the outcome as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show a person: contacts, the IDs they received (with numbers), events.
    Show {
        /// The person's id.
        person_id: i64,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
enum EventsCommand {
    /// List events, optionally of one month.
    List {
        /// The month, YYYY-MM.
        #[arg(long, value_name = "YYYY-MM")]
        month: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    #[command(flatten)]
    Record(records::RecordCommand),
}

#[derive(Debug, Args)]
struct ImportFlags {
    /// The CSV or Excel file.
    file: PathBuf,
    /// Check the file and print what would happen; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// Import the valid rows and skip the invalid ones (without it, any
    /// invalid row stops the import: exit code 2, nothing written).
    #[arg(long)]
    skip_invalid: bool,
    /// Print the preview and outcome as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// People (columns recognised by their Kazakh, Russian or English headers).
    People(ImportFlags),
    /// Organisations.
    Organisations(ImportFlags),
    /// An event's participant list: people are matched or created, then
    /// added to the event (with the role column when present).
    Attendance {
        /// The event.
        #[arg(long)]
        event: i64,
        #[command(flatten)]
        flags: ImportFlags,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum ExportWhat {
    People,
    Organisations,
    Events,
}

#[derive(Debug, Subcommand)]
enum ListCommand {
    /// Print the list.
    List(JsonFlag),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The log file only when asked: `KENSE_LOG=info kense …` (see kense_core::logs).
    if std::env::var_os(kense_core::logs::LOG_ENV).is_some_and(|v| !v.is_empty()) {
        let filter = kense_core::logs::filter_from_env("info");
        if let Err(err) = kense_core::logs::init(&paths::log_dir(), &filter) {
            eprintln!("{err}");
        }
    }
    let lang: Lang = cli.lang.parse().unwrap_or_default();
    let t = Translator::new(lang);
    let code = match run(cli, &t) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("{}", describe(&t, &err));
            ExitCode::FAILURE
        }
    };
    out::finish();
    code
}

/// The translated message for an error, then its technical detail.
fn describe(t: &Translator, err: &Error) -> String {
    let key = format!("error-{}", err.code().as_str());
    let field = err.field().map(|f| field_label(t, f)).unwrap_or_default();
    let reason = match err.invalid() {
        Some((reason, limit)) => reason_text(t, reason, limit),
        None => String::new(),
    };
    let text = t.tr(&key, &[("field", &field), ("reason", &reason)]);
    match err.path() {
        Some(path) => format!(
            "{}: {}: {text}\n  {err}",
            t.tr("error-title", &[]),
            path.display()
        ),
        None => format!("{}: {text}\n  {err}", t.tr("error-title", &[])),
    }
}

/// A field's translated label (`field-<field>`; every [`FieldName`] has
/// one in both languages, `refusal_translations` in kense-core tests it).
fn field_label(t: &Translator, field: FieldName) -> String {
    t.tr(&format!("field-{field}"), &[])
}

/// Why a field or cell was refused, translated (`invalid-<reason>`).
fn reason_text(t: &Translator, reason: Invalid, limit: Option<u64>) -> String {
    t.tr(
        &format!("invalid-{reason}"),
        &[("limit", &limit.unwrap_or_default().to_string())],
    )
}

/// Previews, then (unless a dry run) commits an import in one transaction.
fn run_import(
    db: &std::path::Path,
    t: &Translator,
    kind: ImportKind,
    event: Option<i64>,
    flags: ImportFlags,
) -> Result<ExitCode, Error> {
    let mut store = Store::open(db)?;
    if let Some(event_id) = event {
        events::get_event(store.conn(), event_id)?;
    }
    let table = import::registry::read_import_file(&flags.file)?;
    let preview = import::registry::preview_import(store.conn(), kind, &table, None)?;
    if !flags.json {
        for p in &preview.problems {
            let reason = reason_text(t, p.reason, p.limit);
            eprintln!(
                "{}",
                t.tr(
                    "cli-import-problem",
                    &[
                        ("line", &p.line.to_string()),
                        ("column", &p.column),
                        ("reason", &reason),
                        ("value", &p.value),
                    ],
                )
            );
        }
        outln!(
            "{}",
            t.tr(
                "cli-import-preview",
                &[
                    ("total", &preview.total_rows.to_string()),
                    ("valid", &preview.valid_rows.to_string()),
                    ("existing", &preview.existing_rows.to_string()),
                    ("invalid", &preview.invalid_rows.to_string()),
                ],
            )
        );
    }
    let refusal = import::registry::refusal(&preview, flags.skip_invalid);
    if flags.dry_run || refusal.is_some() {
        if flags.json {
            print_json(&serde_json::json!({ "preview": preview, "outcome": null }))?;
        } else if flags.dry_run {
            outln!("{}", t.tr("cli-import-dry-run", &[]));
        }
        if let Some(err) = refusal {
            eprintln!("{}", describe(t, &err));
            return Ok(ExitCode::from(2));
        }
        return Ok(ExitCode::SUCCESS);
    }
    // A backup first, then the write lock up front (BEGIN IMMEDIATE): an
    // import waits for another Kense's batch like batches do, and says so
    // when it gives up.
    kense_core::backup::take_backup(
        store.conn(),
        &db_path_of(&store),
        kense_core::backup::BackupReason::BeforeImport,
        chrono::Utc::now(),
    )?;
    let (bar, progress) = progress::terminal(t.tr("cli-progress-import", &[]));
    let outcome = store.with_write_tx(|tx| {
        import::registry::commit_import_with_progress(
            tx,
            kind,
            &table,
            None,
            flags.skip_invalid,
            event,
            &progress,
        )
    });
    progress::finish(&bar);
    let outcome = outcome?;
    if flags.json {
        print_json(&serde_json::json!({ "preview": preview, "outcome": outcome }))?;
    } else {
        outln!(
            "{}",
            t.tr(
                "cli-import-done",
                &[
                    ("created", &outcome.created.to_string()),
                    ("existing", &outcome.existing.to_string()),
                    ("skipped", &outcome.skipped.to_string()),
                    ("added", &outcome.added_to_event.to_string()),
                ],
            )
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn db_path_of(store: &Store) -> PathBuf {
    store.path().to_path_buf()
}

/// `kense people erase`: asks on a terminal unless `--yes`; refuses
/// without `--yes` elsewhere (a script must say it means it).
fn run_erase(
    db: &std::path::Path,
    t: &Translator,
    id: i64,
    yes: bool,
    json: bool,
) -> Result<ExitCode, Error> {
    use std::io::{BufRead, IsTerminal, Write};
    let mut store = Store::open(db)?;
    let name = people::full_name_of(store.conn(), id)?;
    if !yes {
        if !std::io::stdin().is_terminal() {
            eprintln!("{}", t.tr("cli-erase-needs-yes", &[]));
            return Ok(ExitCode::from(2));
        }
        print!(
            "{} ",
            t.tr(
                "cli-erase-confirm",
                &[("id", &id.to_string()), ("name", &name)]
            )
        );
        std::io::stdout().flush().ok();
        let mut answer = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut answer)
            .map_err(|source| Error::Io {
                path: PathBuf::from("<stdin>"),
                source,
            })?;
        if !matches!(
            answer.trim().to_lowercase().as_str(),
            "y" | "yes" | "иә" | "да"
        ) {
            outln!("{}", t.tr("cli-erase-cancelled", &[]));
            return Ok(ExitCode::from(1));
        }
    }
    let report = privacy::erase_person(&mut store, id)?;
    if json {
        print_json(&report)?;
    } else {
        outln!(
            "{}",
            t.tr(
                "cli-erase-done",
                &[
                    ("id", &id.to_string()),
                    ("documents", &report.documents_kept.to_string()),
                    ("attendance", &report.attendance_kept.to_string()),
                ]
            )
        );
        if !report.wal_emptied {
            outln!("{}", t.tr("cli-erase-wal-busy", &[]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli, t: &Translator) -> Result<ExitCode, Error> {
    let db = paths::resolve_db_path(cli.db);
    match cli.command {
        Command::Doc(command) => doc::run_doc(&db, t, &cli.lang, command),
        Command::Sheet(args) => doc::run_sheet(&db, t, &cli.lang, args),
        Command::Report(args) => report::run(&db, t, &cli.lang, args),
        Command::Hub(command) => Ok(hub::run(&db, t, command)),
        Command::Plan(command) => plan::run_plan(&db, t, &cli.lang, command),
        Command::Ics(args) => plan::run_ics(&db, t, &cli.lang, args),
        Command::Backup(args) => backup::run_backup(&db, t, args),
        Command::Backups(flags) => backup::run_backups(&db, t, flags.json),
        Command::Restore(args) => backup::run_restore(&db, t, args),
        Command::Check(flags) => {
            let store = Store::open(&db)?;
            if store.is_read_only() {
                eprintln!(
                    "{}",
                    t.tr("cli-read-only", &[("path", &db.display().to_string())])
                );
            }
            let report = store.check()?;
            if flags.json {
                print_json(&report)?;
            } else {
                outln!("{}", t.tr("cli-database", &[("path", &report.path)]));
                outln!(
                    "{}",
                    t.tr(
                        "cli-schema-version",
                        &[
                            ("version", &report.schema_version.to_string()),
                            ("supported", &report.supported_schema_version.to_string()),
                        ],
                    )
                );
                if report.is_ok() {
                    outln!("{}", t.tr("cli-integrity-ok", &[]));
                } else {
                    outln!("{}", t.tr("cli-integrity-failed", &[]));
                    for line in &report.integrity {
                        outln!("  {line}");
                    }
                }
            }
            Ok(if report.is_ok() {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Settings(SettingsCommand::Show(flags)) => {
            let store = Store::open(&db)?;
            let entries = settings::list_entries(store.conn())?;
            if flags.json {
                let map: serde_json::Map<String, serde_json::Value> = entries
                    .into_iter()
                    .map(|e| (e.key, serde_json::Value::String(e.value)))
                    .collect();
                print_json(&map)?;
            } else {
                for entry in entries {
                    outln!("{} = {}", entry.key, entry.value);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Settings(SettingsCommand::Set { key, value }) => {
            let store = Store::open(&db)?;
            if key == "office.logo" {
                if value == "none" {
                    office::clear_office_logo(store.conn())?;
                } else {
                    let path = PathBuf::from(&value);
                    let bytes =
                        std::fs::read(&path).map_err(|source| Error::Io { path, source })?;
                    office::set_office_logo(store.conn(), &bytes)?;
                }
            } else {
                settings::set_by_key(store.conn(), &key, &value)?;
            }
            outln!("{}", t.tr("cli-saved", &[("key", &key)]));
            Ok(ExitCode::SUCCESS)
        }
        Command::Signatories(ListCommand::List(flags)) => {
            let store = Store::open(&db)?;
            let list = signatories::list_signatories(store.conn())?;
            if flags.json {
                print_json(&list)?;
            } else {
                for s in list {
                    let mark = if s.is_default { "*" } else { " " };
                    outln!(
                        "{mark} {:>4}  {} — {} / {} — {}",
                        s.id,
                        s.full_name_kk,
                        s.position_kk,
                        s.full_name_ru,
                        s.position_ru
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Campaigns(ListCommand::List(flags)) => {
            let store = Store::open(&db)?;
            let list = campaigns::list_campaigns(store.conn())?;
            if flags.json {
                print_json(&list)?;
            } else {
                for c in list {
                    outln!("{:>4}  {} / {}", c.id, c.name_kk, c.name_ru);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::People(PeopleCommand::Search { text, limit, json }) => {
            let store = Store::open(&db)?;
            let found = people::list_people(
                store.conn(),
                &people::PersonFilter {
                    query: text,
                    limit: Some(limit),
                    ..Default::default()
                },
            )?;
            if json {
                print_json(&found)?;
            } else {
                for p in found {
                    let org = if t.lang() == Lang::Kk {
                        p.organisation_kk
                    } else {
                        p.organisation_ru
                    };
                    let consent = if p.consent {
                        String::new()
                    } else {
                        format!("  [{}]", t.tr("cli-no-consent", &[]))
                    };
                    outln!(
                        "{:>6}  {}  —  {}  {}  {}  {}{consent}",
                        p.id,
                        p.full_name,
                        org,
                        kense_core::i18n::in_lang(&p.position_kk, &p.position_ru, t.lang()),
                        p.phone,
                        p.iin_masked
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::People(PeopleCommand::Erase { id, yes, json }) => run_erase(&db, t, id, yes, json),
        Command::Audit { limit, json } => {
            let store = Store::open(&db)?;
            let entries = audit::list_audit(store.conn(), limit)?;
            if json {
                print_json(&entries)?;
            } else {
                for e in entries {
                    let iin = if e.with_iin { "  +IIN" } else { "" };
                    outln!(
                        "{}  {:<7} {:<28} {:>7}  {}{iin}",
                        e.at,
                        serde_json::to_value(e.kind)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                            .unwrap_or_default(),
                        e.subject,
                        e.row_count,
                        e.file
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::PressRelease(args) => records::run_press(&db, t, &cli.lang, args),
        Command::People(PeopleCommand::Show { person_id, json }) => {
            records::run_person(&db, t, person_id, json)
        }
        Command::Events(EventsCommand::Record(command)) => records::run_record(&db, t, command),
        Command::Events(EventsCommand::List { month, json }) => {
            let store = Store::open(&db)?;
            let filter = match month {
                Some(month) => events::EventFilter::month(&month)?,
                None => events::EventFilter::default(),
            };
            let list = events::list_events(store.conn(), &filter)?;
            if json {
                print_json(&list)?;
            } else {
                for e in list {
                    outln!(
                        "{:>6}  {}  {:<9}  {}  ({})",
                        e.id,
                        e.starts_at.replace('T', " "),
                        e.status.as_str(),
                        e.title(t.lang()),
                        e.attendance_count
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo {
            people,
            months,
            json,
        } => {
            let mut store = Store::open(&db)?;
            let today = kense_core::time::local_now().date_naive();
            let summary =
                demo::fill_demo_office(&mut store, demo::DemoSize { people, months }, today)?;
            if json {
                print_json(&summary)?;
            } else {
                outln!(
                    "{}",
                    t.tr(
                        "cli-demo-done",
                        &[
                            ("organisations", &summary.organisations.to_string()),
                            ("people", &summary.people.to_string()),
                            ("events", &summary.events.to_string()),
                            ("attendance", &summary.attendance.to_string()),
                            ("media", &summary.media.to_string()),
                        ],
                    )
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Import(command) => {
            let (kind, event, flags) = match command {
                ImportCommand::People(flags) => (ImportKind::People, None, flags),
                ImportCommand::Organisations(flags) => (ImportKind::Organisations, None, flags),
                ImportCommand::Attendance { event, flags } => {
                    (ImportKind::People, Some(event), flags)
                }
            };
            run_import(&db, t, kind, event, flags)
        }
        Command::Export {
            what,
            out,
            month,
            with_iin,
            consented_only,
        } => {
            let store = Store::open(&db)?;
            let kind = match what {
                ExportWhat::People => export::registry::ExportKind::People,
                ExportWhat::Organisations => export::registry::ExportKind::Organisations,
                ExportWhat::Events => export::registry::ExportKind::Events,
            };
            let filter = match month {
                Some(month) => events::EventFilter::month(&month)?,
                None => events::EventFilter::default(),
            };
            export::registry::export_to_file(
                store.conn(),
                kind,
                t.lang(),
                &out,
                &filter,
                export::registry::PeopleExportOptions {
                    with_iin,
                    consented_only,
                },
            )?;
            outln!(
                "{}",
                t.tr("cli-written", &[("path", &out.display().to_string())])
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench {
            import_rows,
            people,
            queries,
            documents,
            report_people,
            hub,
            hub_offices,
            json,
        } => {
            let dir = std::env::temp_dir().join(format!("kense-bench-{}", std::process::id()));
            std::fs::create_dir_all(&dir).map_err(|source| Error::Io {
                path: dir.clone(),
                source,
            })?;
            let result = bench::run(
                &dir,
                &bench::BenchOptions {
                    import_rows,
                    people,
                    queries: queries.max(1),
                    documents: documents.max(1),
                    report_people,
                    hub,
                    hub_offices: hub_offices.max(1),
                },
            );
            let _ = std::fs::remove_dir_all(&dir);
            let figures = result?;
            if json {
                print_json(&figures)?;
            } else {
                for f in &figures {
                    outln!("{}", f.line());
                }
            }
            Ok(if figures.iter().all(|f| f.ok) {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::TestPage { out } => {
            let store = Store::open(&db)?;
            let profile = office::get_office_profile(store.conn())?;
            let page = kense_pdf::TestPage {
                office_name_kk: profile.name_kk,
                office_name_ru: profile.name_ru,
                region_kk: profile.region_kk,
                region_ru: profile.region_ru,
                generated_on: kense_core::time::local_now().format("%d.%m.%Y").to_string(),
            };
            let bytes =
                kense_pdf::render_test_page(&page).map_err(|e| Error::Render(e.to_string()))?;
            kense_core::files::write_atomic(&out, &bytes)?;
            outln!(
                "{}",
                t.tr("cli-written", &[("path", &out.display().to_string())])
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
