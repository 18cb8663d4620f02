//! `kense doc …` and `kense sheet`: issuing documents, the register,
//! verification, sign-in sheets.

use crate::describe;
use crate::out::outln;
use crate::out::print_json;
use clap::{Args, Subcommand, ValueEnum};
use kense_core::FieldName;
use kense_core::documents::issue::IssueRequest;
use kense_core::documents::register::{
    RegisterFilter, find_document, list_documents, verify_code, void_document,
};
use kense_core::documents::sheet::{SheetRequest, save_sheet, sheet_missing_translations};
use kense_core::documents::templates::{default_template, list_templates};
use kense_core::documents::{self, BatchOutput, DocFormat, journal};
use kense_core::i18n::Translator;
use kense_core::kinds::{DocKind, DocLang, DocStatus, Role};
use kense_core::{Error, Invalid, Store, files};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `kense doc …`.
#[derive(Debug, Subcommand)]
pub enum DocCommand {
    /// Issue numbered documents for an event's participants (those marked
    /// present), a role, or chosen people: one PDF or DOCX, or one file per
    /// person.
    Issue(IssueArgs),
    /// List the register (newest first).
    List {
        /// Only this event's documents.
        #[arg(long)]
        event: Option<i64>,
        /// Only this kind.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// Only this status.
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
        /// Words of the recipient, organisation or number.
        #[arg(long)]
        search: Option<String>,
        /// At most this many rows.
        #[arg(long, default_value_t = 1000)]
        limit: u32,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Mark a document revoked (or spoiled), with the reason. The number is
    /// kept; nothing is deleted.
    Void {
        /// The register number, e.g. АХ-2026/0042.
        number: String,
        /// Why.
        #[arg(long)]
        reason: String,
        /// Spoiled when printing (never handed out) instead of revoked.
        #[arg(long)]
        spoiled: bool,
    },
    /// Issue a replacement under a new number from the current registry data;
    /// the old entry becomes «reissued» and links to the new one.
    Reissue {
        /// The register number of the document to replace.
        number: String,
        /// Why.
        #[arg(long)]
        reason: String,
        /// Where to write the new document: FILE.pdf, or FILE.docx to edit.
        #[arg(long, value_name = "FILE.pdf|FILE.docx")]
        out: PathBuf,
    },
    /// Check a verification code (or the text of a scanned QR code) against
    /// the register. Exit 0 when the document is genuine and still valid.
    Verify {
        /// The code printed under the QR code, e.g. 26-0042-K3QX.
        code: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print a register entry again, from what was stored when it was issued.
    Print {
        /// The register number.
        number: String,
        /// Where to write it: FILE.pdf, or FILE.docx to edit in Word (the
        /// same texts, number and QR code).
        #[arg(long, value_name = "FILE.pdf|FILE.docx")]
        out: PathBuf,
    },
    /// Write the register as a journal: PDF, or CSV/XLSX for Excel.
    Journal {
        /// Only this year.
        #[arg(long)]
        year: Option<i32>,
        /// The file: .pdf, .csv or .xlsx.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// List the templates.
    Templates {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Arguments of `kense doc issue`.
#[derive(Debug, Args)]
pub struct IssueArgs {
    /// The event.
    #[arg(long)]
    event: i64,
    /// The document kind (its first template is used unless --template).
    #[arg(long, value_enum)]
    kind: Option<KindArg>,
    /// The template id (see `kense doc templates`).
    #[arg(long)]
    template: Option<i64>,
    /// Only attendees with this role.
    #[arg(long, value_enum)]
    role: Option<RoleArg>,
    /// Only these people (ids; repeat the flag).
    #[arg(long = "person")]
    people: Vec<i64>,
    /// Date of issue, YYYY-MM-DD (default: today).
    #[arg(long)]
    date: Option<String>,
    /// A PDF or DOCX file, or with --per-person a folder.
    #[arg(long, value_name = "FILE.pdf|FILE.docx|DIR")]
    out: PathBuf,
    /// One file per person, named «number surname name.pdf» (or .docx).
    #[arg(long)]
    per_person: bool,
    /// The file format: pdf to print, docx to edit in Word first (the same
    /// texts, numbers and QR codes). Default: docx when --out ends in
    /// .docx, else pdf.
    #[arg(long, value_enum)]
    format: Option<FormatArg>,
    /// Issue for an event that has not taken place yet (dated on the day of
    /// issue; texts say «өтетін» / «проводимом», never «өткен»).
    #[arg(long)]
    confirm_future: bool,
    /// Print the issued register rows as JSON.
    #[arg(long)]
    json: bool,
}

/// Arguments of `kense sheet`.
#[derive(Debug, Args)]
pub struct SheetArgs {
    /// The event.
    #[arg(long)]
    event: i64,
    /// Empty numbered rows for walk-ins.
    #[arg(long, default_value_t = 0)]
    blank_rows: u32,
    /// Only attendees with this role.
    #[arg(long, value_enum)]
    role: Option<RoleArg>,
    /// A4 landscape.
    #[arg(long)]
    landscape: bool,
    /// Print the participants' phone numbers (left off by default: the
    /// sheet is passed round the room).
    #[arg(long)]
    with_phones: bool,
    /// Where to write the PDF.
    #[arg(long, value_name = "FILE.pdf")]
    out: PathBuf,
}

/// A document kind on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// Алғыс хат / Благодарственное письмо.
    Gratitude,
    /// Диплом.
    Diploma,
    /// Сертификат.
    Certificate,
}

impl From<KindArg> for DocKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Gratitude => DocKind::Gratitude,
            KindArg::Diploma => DocKind::Diploma,
            KindArg::Certificate => DocKind::Certificate,
        }
    }
}

/// A document file format on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// PDF, to print as it is.
    Pdf,
    /// Word document, to edit before printing.
    Docx,
}

impl From<FormatArg> for DocFormat {
    fn from(f: FormatArg) -> Self {
        match f {
            FormatArg::Pdf => DocFormat::Pdf,
            FormatArg::Docx => DocFormat::Docx,
        }
    }
}

/// A register status on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    /// Valid.
    Issued,
    /// Spoiled when printing.
    Spoiled,
    /// Revoked.
    Revoked,
    /// Replaced.
    Reissued,
}

impl From<StatusArg> for DocStatus {
    fn from(s: StatusArg) -> Self {
        match s {
            StatusArg::Issued => DocStatus::Issued,
            StatusArg::Spoiled => DocStatus::Spoiled,
            StatusArg::Revoked => DocStatus::Revoked,
            StatusArg::Reissued => DocStatus::Reissued,
        }
    }
}

/// A role on the command line.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    /// Participant.
    Participant,
    /// Speaker.
    Speaker,
    /// Organiser.
    Organiser,
    /// Guest.
    Guest,
    /// Winner.
    Winner,
    /// Awardee.
    Awardee,
}

impl From<RoleArg> for Role {
    fn from(r: RoleArg) -> Self {
        match r {
            RoleArg::Participant => Role::Participant,
            RoleArg::Speaker => Role::Speaker,
            RoleArg::Organiser => Role::Organiser,
            RoleArg::Guest => Role::Guest,
            RoleArg::Winner => Role::Winner,
            RoleArg::Awardee => Role::Awardee,
        }
    }
}

/// The document language given by the global `--lang`: kk, ru, both (one
/// page, Kazakh first) or pair (two documents sharing one number).
pub fn doc_lang(lang: &str) -> Result<DocLang, Error> {
    lang.trim().to_lowercase().parse().map_err(|()| {
        Error::validation(
            FieldName::Lang,
            Invalid::UnknownLanguage,
            format!("{lang:?}: use kk, ru, both or pair"),
        )
    })
}

/// Runs `kense doc …`.
pub fn run_doc(
    db: &Path,
    t: &Translator,
    lang: &str,
    command: DocCommand,
) -> Result<ExitCode, Error> {
    match command {
        DocCommand::Issue(args) => issue(db, t, doc_lang(lang)?, args),
        DocCommand::List {
            event,
            kind,
            status,
            search,
            limit,
            json,
        } => {
            let store = Store::open(db)?;
            let rows = list_documents(
                store.conn(),
                &RegisterFilter {
                    query: search.unwrap_or_default(),
                    kind: kind.map(Into::into),
                    status: status.map(Into::into),
                    event_id: event,
                    year: None,
                    limit: Some(limit),
                    offset: None,
                },
            )?;
            if json {
                print_json(&rows)?;
            } else {
                for d in rows {
                    let status = t.tr(&format!("doc-status-{}", d.status), &[]);
                    let kind = t.tr(&format!("doc-kind-{}", d.kind), &[]);
                    let erased = d
                        .recipient_erased_on
                        .as_ref()
                        .map_or_else(String::new, |date| {
                            format!("  ({})", t.tr("doc-recipient-erased", &[("date", date)]))
                        });
                    outln!(
                        "{}  {}  {kind}  {}  [{status}]{erased}",
                        d.number,
                        d.issued_on,
                        d.recipient
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        DocCommand::Void {
            number,
            reason,
            spoiled,
        } => {
            let mut store = Store::open(db)?;
            let status = if spoiled {
                DocStatus::Spoiled
            } else {
                DocStatus::Revoked
            };
            let doc = store.with_write_tx(|tx| {
                let doc = find_document(tx, &number)?;
                void_document(tx, doc.id, status, &reason)
            })?;
            let status = t.tr(&format!("doc-status-{}", doc.status), &[]);
            outln!(
                "{}",
                t.tr(
                    "cli-doc-status",
                    &[("number", &doc.number), ("status", &status)]
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        DocCommand::Reissue {
            number,
            reason,
            out,
        } => {
            let mut store = Store::open(db)?;
            let old = find_document(store.conn(), &number)?;
            let new = documents::reissue_document(&mut store, old.id, &reason)?;
            let bytes =
                documents::render_document_as(store.conn(), new.id, DocFormat::of_path(&out))?;
            files::write_atomic(&out, &bytes)?;
            outln!(
                "{}",
                t.tr(
                    "cli-doc-reissued",
                    &[("old", &old.number), ("new", &new.number)]
                )
            );
            outln!(
                "{}",
                t.tr("cli-written", &[("path", &out.display().to_string())])
            );
            Ok(ExitCode::SUCCESS)
        }
        DocCommand::Verify { code, json } => {
            let store = Store::open(db)?;
            let result = verify_code(store.conn(), &code)?;
            if json {
                print_json(&result)?;
            } else {
                match &result.document {
                    Some(d) => {
                        let status = t.tr(&format!("doc-status-{}", d.status), &[]);
                        let kind = t.tr(&format!("doc-kind-{}", d.kind), &[]);
                        let key = if result.valid {
                            "cli-verify-valid"
                        } else {
                            "cli-verify-not-valid"
                        };
                        outln!(
                            "{}",
                            t.tr(
                                key,
                                &[
                                    ("number", &d.number),
                                    ("kind", &kind),
                                    ("recipient", &d.recipient),
                                    ("date", &d.issued_on),
                                    ("status", &status),
                                ],
                            )
                        );
                        if let Some(r) = &d.replaced_by {
                            outln!("{}", t.tr("doc-replaced-by", &[("number", r)]));
                        }
                    }
                    None => outln!("{}", t.tr("cli-verify-unknown", &[("code", &code)])),
                }
            }
            Ok(if result.valid {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        DocCommand::Print { number, out } => {
            let store = Store::open(db)?;
            let doc = find_document(store.conn(), &number)?;
            let bytes =
                documents::render_document_as(store.conn(), doc.id, DocFormat::of_path(&out))?;
            files::write_atomic(&out, &bytes)?;
            outln!(
                "{}",
                t.tr("cli-written", &[("path", &out.display().to_string())])
            );
            Ok(ExitCode::SUCCESS)
        }
        DocCommand::Journal { year, out } => {
            let store = Store::open(db)?;
            let filter = RegisterFilter {
                year,
                ..RegisterFilter::default()
            };
            journal::export_register_to_file(store.conn(), &filter, t.lang(), &out)?;
            outln!(
                "{}",
                t.tr("cli-written", &[("path", &out.display().to_string())])
            );
            Ok(ExitCode::SUCCESS)
        }
        DocCommand::Templates { json } => {
            let store = Store::open(db)?;
            let list = list_templates(store.conn())?;
            if json {
                print_json(&list)?;
            } else {
                for tpl in list {
                    let kind = t.tr(&format!("template-kind-{}", tpl.kind), &[]);
                    outln!("{:>4}  {:<10}  {kind} — {}", tpl.id, tpl.series, tpl.name);
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Prints, on stderr, each printed field with no text in a page's language
/// and what is printed instead.
pub(crate) fn warn_missing_translations(
    t: &Translator,
    missing: &[kense_core::documents::MissingTranslation],
) {
    for m in missing {
        let field = t.tr(&format!("translation-field-{}", m.field.as_str()), &[]);
        let lang = t.tr(&format!("translation-lang-{}", m.lang.code()), &[]);
        eprintln!(
            "{}",
            t.tr(
                "cli-doc-missing-translation",
                &[
                    ("what", &m.what),
                    ("field", &field),
                    ("lang", &lang),
                    ("fallback", &m.fallback),
                ],
            )
        );
    }
}

fn issue(db: &Path, t: &Translator, lang: DocLang, args: IssueArgs) -> Result<ExitCode, Error> {
    let mut store = Store::open(db)?;
    let template_id = match (args.template, args.kind) {
        (Some(id), _) => id,
        (None, Some(kind)) => {
            let kind: DocKind = kind.into();
            default_template(store.conn(), kind.template_kind())?.id
        }
        (None, None) => {
            return Err(Error::validation(
                FieldName::Kind,
                Invalid::Required,
                "give --kind gratitude|diploma|certificate or --template ID",
            ));
        }
    };
    let req = IssueRequest {
        event_id: args.event,
        template_id,
        lang,
        role: args.role.map(Into::into),
        person_ids: (!args.people.is_empty()).then_some(args.people),
        issued_on: args.date,
        confirm_future: Some(args.confirm_future),
    };
    // Earlier awards are a warning, never a refusal.
    let preview = match documents::issue::preview_batch(store.conn(), &req) {
        Ok(preview) => preview,
        Err(err) if err.field() == Some(kense_core::FieldName::ConfirmFuture) => {
            eprintln!("{}", describe(t, &err));
            eprintln!("{}", t.tr("cli-doc-future-hint", &[]));
            return Ok(ExitCode::from(2));
        }
        Err(err) => return Err(err),
    };
    for r in preview.recipients.iter().filter(|r| !r.earlier.is_empty()) {
        let earlier: Vec<String> = r
            .earlier
            .iter()
            .map(|e| format!("{} ({})", e.number, e.issued_on))
            .collect();
        eprintln!(
            "{}",
            t.tr(
                "cli-doc-earlier",
                &[
                    ("name", &r.full_name),
                    ("gender", r.gender.map_or("other", |g| g.as_str())),
                    ("months", &preview.repeat_warning_months.to_string()),
                    ("documents", &earlier.join(", ")),
                ],
            )
        );
    }
    // A field with no text in the batch's language prints in the other one:
    // a warning, as in the app's «print anyway».
    warn_missing_translations(t, &preview.missing_translations);
    let output = if args.per_person {
        std::fs::create_dir_all(&args.out).map_err(|source| Error::Io {
            path: args.out.clone(),
            source,
        })?;
        BatchOutput::PerPerson(args.out.display().to_string())
    } else {
        BatchOutput::Combined(args.out.display().to_string())
    };
    let format = args.format.map_or_else(
        || {
            if args.per_person {
                DocFormat::Pdf
            } else {
                DocFormat::of_path(&args.out)
            }
        },
        Into::into,
    );
    let (bar, progress) = crate::progress::terminal(t.tr("cli-progress-issue", &[]));
    let issued =
        documents::issue_to_files_with_progress(&mut store, &req, &output, format, &progress);
    crate::progress::finish(&bar);
    let outcome = match issued {
        Ok(outcome) => outcome,
        Err(err @ Error::MissingGlyphs(_)) => {
            if let Error::MissingGlyphs(problems) = &err {
                for p in problems {
                    eprintln!(
                        "{}",
                        t.tr(
                            "cli-doc-missing-glyphs",
                            &[("name", &p.what), ("chars", &p.chars.join(", "))],
                        )
                    );
                }
            }
            eprintln!("{}", describe(t, &err));
            return Ok(ExitCode::from(2));
        }
        Err(err) => return Err(err),
    };
    // Committed numbers without their file: say so, whatever the output mode.
    if !outcome.unprinted.is_empty() {
        eprintln!(
            "{}",
            t.tr(
                "cli-doc-unprinted",
                &[
                    ("count", &outcome.unprinted.len().to_string()),
                    ("numbers", &outcome.unprinted.join(", ")),
                ],
            )
        );
    }
    if args.json {
        print_json(&outcome)?;
    } else {
        let (first, last) = (
            outcome.documents.first().map_or("", |d| d.number.as_str()),
            outcome.documents.last().map_or("", |d| d.number.as_str()),
        );
        outln!(
            "{}",
            t.tr(
                "cli-doc-issued",
                &[
                    ("count", &outcome.documents.len().to_string()),
                    ("first", first),
                    ("last", last),
                ],
            )
        );
        outln!(
            "{}",
            t.tr("cli-written", &[("path", &args.out.display().to_string())])
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `kense sheet`.
pub fn run_sheet(
    db: &Path,
    t: &Translator,
    lang: &str,
    args: SheetArgs,
) -> Result<ExitCode, Error> {
    let store = Store::open(db)?;
    let lang = doc_lang(lang)?;
    let req = SheetRequest {
        event_id: args.event,
        template_id: None,
        lang,
        blank_rows: args.blank_rows,
        role: args.role.map(Into::into),
        landscape: args.landscape.then_some(true),
        with_phones: args.with_phones,
    };
    warn_missing_translations(t, &sheet_missing_translations(store.conn(), &req)?);
    save_sheet(store.conn(), &req, &args.out)?;
    outln!(
        "{}",
        t.tr("cli-written", &[("path", &args.out.display().to_string())])
    );
    Ok(ExitCode::SUCCESS)
}
