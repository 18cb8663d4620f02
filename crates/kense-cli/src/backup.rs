//! `kense backup`, `kense backups` and `kense restore`.

use crate::out::{outln, print_json};
use crate::{Error, describe};
use clap::Args;
use kense_core::Store;
use kense_core::backup::{self, BackupInfo, Contents};
use kense_core::i18n::Translator;
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The environment variable scripts give a passphrase in.
pub const PASSPHRASE_ENV: &str = "KENSE_PASSPHRASE";

/// `kense backup`.
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Write the copy to this file (a USB stick) instead of the backup folder.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Encrypt the copy with a passphrase (age format); needs --out.
    #[arg(long, requires = "out")]
    encrypt: bool,
    /// Read the passphrase from the first line of this file (else
    /// $KENSE_PASSPHRASE, else a prompt on a terminal).
    #[arg(long, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// `kense restore`.
#[derive(Debug, Args)]
pub struct RestoreArgs {
    /// The backup to restore (plain or encrypted).
    #[arg(
        value_name = "FILE",
        required_unless_present = "latest",
        conflicts_with = "latest"
    )]
    file: Option<PathBuf>,
    /// Restore the newest backup that passes its check.
    #[arg(long)]
    latest: bool,
    /// Do not ask (needed when not on a terminal).
    #[arg(long)]
    yes: bool,
    /// Read the passphrase of an encrypted backup from this file.
    #[arg(long, value_name = "FILE")]
    passphrase_file: Option<PathBuf>,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// People, events and documents as text, for the messages.
fn counts(c: &Contents) -> (String, String, String) {
    (
        c.people.to_string(),
        c.events.to_string(),
        c.documents.to_string(),
    )
}

/// The passphrase: `--passphrase-file`, else `$KENSE_PASSPHRASE`, else a
/// prompt (twice when `confirm`) when stdin is a terminal.
fn passphrase(t: &Translator, file: Option<&Path>, confirm: bool) -> Result<Option<String>, Error> {
    if let Some(file) = file {
        let text = std::fs::read_to_string(file).map_err(|source| Error::Io {
            path: file.to_path_buf(),
            source,
        })?;
        return Ok(Some(text.lines().next().unwrap_or("").to_owned()));
    }
    if let Some(value) = std::env::var_os(PASSPHRASE_ENV).filter(|v| !v.is_empty()) {
        return Ok(Some(value.to_string_lossy().into_owned()));
    }
    if !std::io::stdin().is_terminal() {
        return Ok(None);
    }
    let first =
        rpassword::prompt_password(t.tr("cli-passphrase-prompt", &[]) + " ").map_err(|source| {
            Error::Io {
                path: PathBuf::from("<terminal>"),
                source,
            }
        })?;
    if confirm {
        let again = rpassword::prompt_password(t.tr("cli-passphrase-again", &[]) + " ").map_err(
            |source| Error::Io {
                path: PathBuf::from("<terminal>"),
                source,
            },
        )?;
        if again != first {
            eprintln!("{}", t.tr("cli-passphrase-mismatch", &[]));
            return Ok(None);
        }
    }
    Ok(Some(first))
}

/// Runs `kense backup`.
pub fn run_backup(db: &Path, t: &Translator, args: BackupArgs) -> Result<ExitCode, Error> {
    let store = Store::open(db)?;
    let now = chrono::Utc::now();
    let (path, contents) = match &args.out {
        Some(out) => {
            let pass = if args.encrypt {
                match passphrase(t, args.passphrase_file.as_deref(), true)? {
                    Some(p) if !p.is_empty() => Some(p),
                    _ => {
                        eprintln!("{}", t.tr("cli-passphrase-needed", &[]));
                        return Ok(ExitCode::from(2));
                    }
                }
            } else {
                None
            };
            let (bar, progress) = crate::progress::terminal_bytes(t.tr("cli-progress-backup", &[]));
            let written =
                backup::backup_to_file_with_progress(store.conn(), out, pass.as_deref(), &progress);
            crate::progress::finish(&bar);
            (out.display().to_string(), written?)
        }
        None => {
            let (bar, progress) = crate::progress::terminal_bytes(t.tr("cli-progress-backup", &[]));
            let taken = backup::take_backup_with_progress(
                store.conn(),
                db,
                backup::BackupReason::Manual,
                now,
                &progress,
            );
            crate::progress::finish(&bar);
            let info = taken?;
            (info.path.clone(), info.contents.unwrap_or_default())
        }
    };
    if args.json {
        print_json(&serde_json::json!({ "path": path, "contents": contents }))?;
    } else {
        let (p, e, d) = counts(&contents);
        outln!(
            "{}",
            t.tr(
                "cli-backup-written",
                &[
                    ("path", &path),
                    ("people", &p),
                    ("events", &e),
                    ("documents", &d)
                ],
            )
        );
        if args.out.is_none() && backup::same_disk(db, Path::new(&path)) {
            outln!("{}", t.tr("cli-backup-same-disk", &[]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `kense backups`.
pub fn run_backups(db: &Path, t: &Translator, json: bool) -> Result<ExitCode, Error> {
    let dir = backup::backup_dir_of_file(db);
    let list = backup::list_backups(&dir)?;
    if json {
        print_json(&serde_json::json!({ "folder": dir.display().to_string(), "backups": list }))?;
        return Ok(ExitCode::SUCCESS);
    }
    let folder = dir.display().to_string();
    if list.is_empty() {
        outln!("{}", t.tr("cli-backups-none", &[("folder", &folder)]));
        return Ok(ExitCode::SUCCESS);
    }
    outln!("{}", t.tr("cli-backups-folder", &[("folder", &folder)]));
    for b in &list {
        outln!("{}", line(t, b));
    }
    Ok(ExitCode::SUCCESS)
}

fn line(t: &Translator, b: &BackupInfo) -> String {
    let when = chrono::DateTime::parse_from_rfc3339(&b.taken_at)
        .map(|d| {
            d.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M")
                .to_string()
        })
        .unwrap_or_else(|_| b.taken_at.clone());
    let what = match &b.contents {
        Some(c) => format!("{:>7} {:>6} {:>7}", c.people, c.events, c.documents),
        None => format!("{:>7} {:>6} {:>7}", "?", "?", "?"),
    };
    format!(
        "{} {when}  {:<22} {:>10}  {what}  {}",
        if b.checked { "✓" } else { "✗" },
        t.tr(&format!("backup-reason-{}", b.reason.as_str()), &[]),
        format!("{:.1} MB", b.size_bytes as f64 / 1_048_576.0),
        b.path
    )
}

/// Runs `kense restore`.
pub fn run_restore(db: &Path, t: &Translator, args: RestoreArgs) -> Result<ExitCode, Error> {
    let source = match (&args.file, args.latest) {
        (Some(file), _) => file.clone(),
        (None, _) => {
            let dir = backup::backup_dir_of_file(db);
            match backup::latest_good_backup(&dir)? {
                Some(b) => PathBuf::from(b.path),
                None => {
                    eprintln!(
                        "{}",
                        t.tr("cli-no-backups", &[("folder", &dir.display().to_string())])
                    );
                    return Ok(ExitCode::FAILURE);
                }
            }
        }
    };
    let pass = if backup::encrypted::is_encrypted(&source)? {
        passphrase(t, args.passphrase_file.as_deref(), false)?
    } else {
        None
    };
    let incoming = backup::inspect_backup(&source, pass.as_deref())?;
    // What will be replaced.
    if db.exists() {
        match current_contents(db) {
            Ok(c) => {
                let (p, e, d) = counts(&c);
                eprintln!(
                    "{}",
                    t.tr(
                        "cli-restore-will-replace",
                        &[
                            ("path", &db.display().to_string()),
                            ("people", &p),
                            ("events", &e),
                            ("documents", &d),
                        ],
                    )
                );
            }
            Err(err) => {
                eprintln!(
                    "{}",
                    t.tr(
                        "cli-restore-current-unreadable",
                        &[("path", &db.display().to_string())]
                    )
                );
                eprintln!("  {err}");
            }
        }
    }
    let (p, e, d) = counts(&incoming);
    eprintln!(
        "{}",
        t.tr(
            "cli-restore-from",
            &[
                ("path", &source.display().to_string()),
                ("people", &p),
                ("events", &e),
                ("documents", &d),
            ],
        )
    );
    if !args.yes {
        if !std::io::stdin().is_terminal() {
            eprintln!("{}", t.tr("cli-restore-needs-yes", &[]));
            return Ok(ExitCode::from(2));
        }
        eprint!("{} ", t.tr("cli-restore-confirm", &[]));
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        let _ = std::io::stdin().lock().read_line(&mut answer);
        if !matches!(answer.trim(), "y" | "Y" | "yes" | "и" | "д" | "иә" | "да") {
            eprintln!("{}", t.tr("cli-restore-cancelled", &[]));
            return Ok(ExitCode::from(2));
        }
    }
    let outcome = match backup::restore_backup(db, &source, pass.as_deref(), chrono::Utc::now()) {
        Ok(o) => o,
        Err(err) => {
            eprintln!("{}", describe(t, &err));
            return Ok(ExitCode::FAILURE);
        }
    };
    // Reopen: migrates a backup of an older schema (after its own backup).
    let store = Store::open(db)?;
    let report = store.check()?;
    if args.json {
        print_json(&serde_json::json!({ "outcome": outcome, "check": report }))?;
    } else {
        if let Some(prev) = &outcome.previous_backup {
            outln!("{}", t.tr("cli-restore-done", &[("path", &prev.path)]));
        }
        if let Some(aside) = &outcome.damaged_kept_at {
            outln!("{}", t.tr("cli-restore-damaged-aside", &[("path", aside)]));
        }
        outln!(
            "{}",
            t.tr(
                if report.is_ok() {
                    "cli-integrity-ok"
                } else {
                    "cli-integrity-failed"
                },
                &[]
            )
        );
    }
    Ok(if report.is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn current_contents(db: &Path) -> Result<Contents, Error> {
    let store = Store::open(db)?;
    backup::read_contents(store.conn())
}
