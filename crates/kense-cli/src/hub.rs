//! `kense hub …`: the office's identity, sending to the regional hub
//! (push, or a package), and the region's set-up (init, add-office, load).

use crate::out::outln;
use clap::Subcommand;
use kense_core::FieldName;
use kense_core::i18n::Translator;
use kense_core::{Store, hub, office};
use kense_hub::HubError;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `kense hub` subcommands.
#[derive(Debug, Subcommand)]
pub enum HubCommand {
    /// Show the office's identity and last send; set its code or whether
    /// IINs are sent.
    Office {
        /// The code the region gave this office (e.g. ALM-01).
        #[arg(long)]
        code: Option<String>,
        /// Send people's IINs to the hub (yes/no; default no).
        #[arg(long, value_name = "yes|no")]
        send_iin: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Create or migrate the hub schema (as the hub's owner), then print the
    /// SQL that gives a manager a login.
    Init {
        /// The hub, postgres://USER@HOST:PORT/DB (add ?sslmode=require for TLS).
        #[arg(long, env = "KENSE_HUB_URL")]
        url: String,
    },
    /// Print the SQL that registers an office and creates its login role.
    AddOffice {
        /// The office's code.
        code: String,
        /// The office's UUID (`kense hub office` on its laptop).
        #[arg(long)]
        office_id: String,
        /// The office's name.
        #[arg(long, default_value = "")]
        name: String,
    },
    /// Send what changed since the last successful push, in one hub
    /// transaction.
    Push {
        /// The hub URL (the password from ~/.pgpass, PGPASSFILE or PGPASSWORD).
        #[arg(long, env = "KENSE_HUB_URL")]
        url: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write what changed since the last send to a package file, for an
    /// office with no network.
    Export {
        /// The package to write.
        #[arg(long, value_name = "FILE.kpack")]
        out: PathBuf,
        /// Every row, not only what changed (when a package was lost).
        #[arg(long)]
        full: bool,
    },
    /// Load an office's package into the hub (at the region).
    Load {
        /// The package.
        file: PathBuf,
        /// The hub URL.
        #[arg(long, env = "KENSE_HUB_URL")]
        url: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

/// Prints a hub error the way other errors are printed.
pub fn fail(t: &Translator, err: &HubError) -> ExitCode {
    match err {
        HubError::Core(core) => eprintln!("{}", crate::describe(t, core)),
        other => eprintln!("{}: {other}", t.tr("error-title", &[])),
    }
    ExitCode::FAILURE
}

/// Runs `kense hub …`.
pub fn run(db: &Path, t: &Translator, command: HubCommand) -> ExitCode {
    match run_inner(db, t, command) {
        Ok(code) => code,
        Err(err) => fail(t, &err),
    }
}

fn applied_json(a: &kense_hub::push::Applied) -> serde_json::Value {
    serde_json::json!({
        "seq": a.seq,
        "rowsSent": a.rows_sent,
        "rowsChanged": a.rows_changed,
        "alreadyThere": a.already_there,
        "full": a.full,
    })
}

fn print_applied(t: &Translator, a: &kense_hub::push::Applied, json: bool) -> Result<(), HubError> {
    if json {
        crate::print_json(&applied_json(a))?;
    } else if a.already_there {
        outln!(
            "{}",
            t.tr("cli-hub-already", &[("seq", &a.seq.to_string())])
        );
    } else {
        outln!(
            "{}",
            t.tr(
                "cli-hub-pushed",
                &[
                    ("seq", &a.seq.to_string()),
                    ("sent", &a.rows_sent.to_string()),
                    ("changed", &a.rows_changed.to_string()),
                ],
            )
        );
    }
    Ok(())
}

fn run_inner(db: &Path, t: &Translator, command: HubCommand) -> Result<ExitCode, HubError> {
    match command {
        HubCommand::Office {
            code,
            send_iin,
            json,
        } => {
            let store = Store::open(db)?;
            if let Some(code) = code {
                office::set_office_code(store.conn(), &code)?;
            }
            if let Some(send) = send_iin {
                let send = match send.trim() {
                    "yes" | "true" | "1" => true,
                    "no" | "false" | "0" => false,
                    other => {
                        return Err(kense_core::Error::validation(
                            FieldName::SendIin,
                            kense_core::Invalid::UnknownValue,
                            format!("{other:?}: give yes or no"),
                        )
                        .into());
                    }
                };
                hub::changes::set_send_iin(store.conn(), send)?;
            }
            let id = office::get_office_identity(store.conn())?;
            let seq = hub::changes::sent_seq(store.conn())?;
            let at = hub::changes::sent_at(store.conn())?;
            let send_iin = hub::changes::sends_iin(store.conn())?;
            if json {
                crate::print_json(&serde_json::json!({
                    "officeId": id.office_id,
                    "code": id.code,
                    "sentSeq": seq,
                    "sentAt": at,
                    "sendIin": send_iin,
                }))?;
            } else {
                if id.code.is_empty() {
                    outln!("{}", t.tr("cli-hub-office-no-code", &[]));
                }
                outln!(
                    "{}",
                    t.tr(
                        "cli-hub-office",
                        &[("code", &id.code), ("id", &id.office_id)]
                    )
                );
                match at {
                    Some(at) => outln!(
                        "{}",
                        t.tr(
                            "cli-hub-last-sent",
                            &[("seq", &seq.to_string()), ("at", &at)]
                        )
                    ),
                    None => outln!("{}", t.tr("cli-hub-never-sent", &[])),
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        HubCommand::Init { url } => {
            let mut client = kense_hub::connect(&url)?;
            let outcome = kense_hub::schema::init(&mut client)?;
            outln!(
                "{}",
                t.tr(
                    "cli-hub-init",
                    &[
                        ("from", &outcome.from.to_string()),
                        ("to", &outcome.to.to_string())
                    ],
                )
            );
            outln!("");
            outln!("{}", hub::manager_role_sql("region_manager"));
            outln!(
                "-- Each office: kense hub add-office CODE --office-id UUID (the UUID from `kense hub office` on its laptop)."
            );
            Ok(ExitCode::SUCCESS)
        }
        HubCommand::AddOffice {
            code,
            office_id,
            name,
        } => {
            let code = code.trim().to_uppercase();
            uuid_check(&office_id)?;
            print!("{}", hub::office_role_sql(&code, &office_id, &name));
            Ok(ExitCode::SUCCESS)
        }
        HubCommand::Push { url, json } => {
            let mut store = Store::open(db)?;
            let mut client = kense_hub::connect(&url)?;
            let applied = kense_hub::push::push(&mut store, &mut client, &mut |_| Ok(()))?;
            print_applied(t, &applied, json)?;
            Ok(ExitCode::SUCCESS)
        }
        HubCommand::Export { out, full } => {
            let mut store = Store::open(db)?;
            let set = kense_hub::push::export_package(&mut store, &out, full)?;
            outln!(
                "{}",
                t.tr(
                    "cli-hub-exported",
                    &[
                        ("path", &out.display().to_string()),
                        ("seq", &set.seq.to_string()),
                        ("rows", &set.row_count().to_string()),
                    ],
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        HubCommand::Load { file, url, json } => {
            let mut client = kense_hub::connect(&url)?;
            let applied = kense_hub::push::load_package(&mut client, &file)?;
            print_applied(t, &applied, json)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn uuid_check(text: &str) -> Result<(), HubError> {
    let ok = text.len() == 36
        && text.chars().enumerate().all(|(i, c)| {
            matches!(i, 8 | 13 | 18 | 23) == (c == '-') && (c == '-' || c.is_ascii_hexdigit())
        });
    if ok {
        Ok(())
    } else {
        Err(kense_core::Error::validation(
            FieldName::OfficeId,
            kense_core::Invalid::UnknownValue,
            format!("{text:?} is not an office UUID"),
        )
        .into())
    }
}
