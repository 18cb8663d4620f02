//! Data safety through the `kense` binary: backup, backups, restore (plain,
//! encrypted, --latest over a damaged file), closed pipes, a second writer,
//! refused output paths, empty and read-only databases.
#![allow(clippy::disallowed_methods)] // spawning the binary under test is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

mod common;

use common::{kense, ok};
use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(&ok(out)).unwrap()
}

fn people(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(
        "SELECT count(*) FROM person WHERE deleted_at IS NULL",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

fn import_one(db: &Path, dir: &Path, surname: &str) {
    let file = dir.join(format!("{surname}.csv"));
    fs::write(&file, format!("Тегі;Аты\n{surname};Нұрлан\n")).unwrap();
    ok(&kense(db, &["import", "people", file.to_str().unwrap()]));
}

#[test]
fn backup_list_and_restore_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    ok(&kense(&db, &["demo", "--people", "30", "--months", "1"]));
    let first = people(&db);
    let taken = json(&kense(&db, &["backup", "--json"]));
    let path = taken["path"].as_str().unwrap().to_owned();
    assert_eq!(taken["contents"]["people"], first);
    assert!(path.contains("office-backups"), "{path}");

    import_one(&db, dir.path(), "Кейінгі");
    assert_eq!(people(&db), first + 1);

    let list = json(&kense(&db, &["backups", "--json"]));
    let backups = list["backups"].as_array().unwrap();
    // The manual one and the one taken before the import, both checked.
    assert_eq!(backups.len(), 2, "{list}");
    assert!(backups.iter().all(|b| b["checked"] == true));
    assert!(backups.iter().any(|b| b["reason"] == "before_import"));
    let plain = text(&kense(&db, &["--lang", "ru", "backups"]).stdout);
    assert!(
        plain.contains("✓") && plain.contains("перед импортом"),
        "{plain}"
    );

    // Not on a terminal, restore says what it would replace and needs --yes.
    let refused = kense(&db, &["--lang", "ru", "restore", &path]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = text(&refused.stderr);
    assert!(stderr.contains("Будет заменена текущая база"), "{stderr}");
    assert!(
        stderr.contains(&format!("людей: {}", first + 1)),
        "{stderr}"
    );
    assert!(stderr.contains("--yes"), "{stderr}");
    assert_eq!(people(&db), first + 1, "nothing changed");

    ok(&kense(&db, &["restore", &path, "--yes"]));
    assert_eq!(people(&db), first);
    let list = json(&kense(&db, &["backups", "--json"]));
    assert!(
        list["backups"]
            .as_array()
            .unwrap()
            .iter()
            .any(|b| b["reason"] == "before_restore" && b["contents"]["people"] == first + 1),
        "the replaced state was backed up: {list}"
    );
    assert!(json(&kense(&db, &["check", "--json"]))["integrity"] == serde_json::json!(["ok"]));
}

#[test]
fn restore_latest_after_a_page_in_the_middle_was_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    ok(&kense(&db, &["demo", "--people", "400", "--months", "2"]));
    let before = people(&db);
    ok(&kense(&db, &["backup"]));
    // Close cleanly (the WAL is checkpointed), then scribble a page.
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
            .unwrap();
    }
    let mut bytes = fs::read(&db).unwrap();
    let page = 4096;
    let middle = bytes.len() / page / 2 * page;
    bytes[middle..middle + page].fill(0x5A);
    fs::write(&db, &bytes).unwrap();
    let check = kense(&db, &["check"]);
    assert!(!check.status.success());

    let out = kense(&db, &["--lang", "ru", "restore", "--latest", "--yes"]);
    let stdout = ok(&out);
    assert!(stdout.contains("отложена без изменений"), "{stdout}");
    assert_eq!(people(&db), before);
    ok(&kense(&db, &["check"]));
    let aside: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".damaged-"))
        .filter(|e| !e.file_name().to_string_lossy().ends_with("-wal"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(
        fs::read(aside[0].path()).unwrap(),
        bytes,
        "kept byte for byte"
    );
}

#[test]
fn an_encrypted_copy_goes_anywhere_and_needs_its_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    ok(&kense(&db, &["demo", "--people", "10", "--months", "1"]));
    let before = people(&db);
    let usb = dir.path().join("usb.kense");
    let pass_file = dir.path().join("pass.txt");
    fs::write(&pass_file, "тау өзен 2026\n").unwrap();
    let out = kense(
        &db,
        &[
            "backup",
            "--out",
            usb.to_str().unwrap(),
            "--encrypt",
            "--passphrase-file",
            pass_file.to_str().unwrap(),
        ],
    );
    ok(&out);
    assert!(
        fs::read(&usb)
            .unwrap()
            .starts_with(b"age-encryption.org/v1")
    );
    import_one(&db, dir.path(), "Кейінгі");

    let wrong = Command::new(env!("CARGO_BIN_EXE_kense"))
        .args([
            "--db",
            db.to_str().unwrap(),
            "--lang",
            "ru",
            "restore",
            usb.to_str().unwrap(),
            "--yes",
        ])
        .env("KENSE_PASSPHRASE", "не тот")
        .env_remove("KENSE_LANG")
        .output()
        .unwrap();
    assert!(!wrong.status.success());
    assert!(
        text(&wrong.stderr).contains("Пароль"),
        "{}",
        text(&wrong.stderr)
    );
    assert_eq!(people(&db), before + 1);

    let right = Command::new(env!("CARGO_BIN_EXE_kense"))
        .args([
            "--db",
            db.to_str().unwrap(),
            "restore",
            usb.to_str().unwrap(),
            "--yes",
        ])
        .env("KENSE_PASSPHRASE", "тау өзен 2026")
        .env_remove("KENSE_LANG")
        .output()
        .unwrap();
    ok(&right);
    assert_eq!(people(&db), before);
}

/// Runs kense with stdout to a pipe the reader closes after `keep` bytes.
fn closed_pipe(db: &Path, args: &[&str], keep: usize) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kense"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("KENSE_LANG")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut head = vec![0u8; keep];
    let _ = stdout.read_exact(&mut head);
    drop(stdout);
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_stdout_pipe_exits_zero_after_the_work() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    ok(&kense(&db, &["demo", "--people", "200", "--months", "2"]));
    let events = json(&kense(&db, &["events", "list", "--json"]));
    let month = events[0]["startsAt"].as_str().unwrap()[..7].to_owned();
    let event = events
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["attendanceCount"].as_i64().unwrap_or(0) > 0)
        .unwrap()["id"]
        .to_string();
    let pdf = dir.path().join("batch.pdf");
    for args in [
        vec!["report", "--month", &month, "--json"],
        vec!["events", "list", "--json"],
        vec!["people", "search", "а", "--json"],
        vec!["backups", "--json"],
        vec!["check", "--json"],
        vec![
            "doc",
            "issue",
            "--event",
            &event,
            "--kind",
            "certificate",
            "--out",
            pdf.to_str().unwrap(),
            "--json",
        ],
    ] {
        let out = closed_pipe(&db, &args, 10);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
    // The batch was issued once, and its file is there.
    assert!(pdf.exists());
    let conn = rusqlite::Connection::open(&db).unwrap();
    let issued: i64 = conn
        .query_row(
            "SELECT count(DISTINCT number) FROM issued_document",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(issued > 0);
}

#[test]
fn an_import_waits_for_another_writer_and_then_says_who_holds_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    ok(&kense(&db, &["check"]));
    let file = dir.path().join("people.csv");
    fs::write(&file, "Тегі;Аты\nӘлібеков;Нұрлан\n").unwrap();
    // Another writer holds the lock for a second: the import waits, then commits.
    let holder = rusqlite::Connection::open(&db).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO app_setting (key, value) VALUES ('x', 'y');")
        .unwrap();
    let release = std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_millis(1000));
        holder.execute_batch("COMMIT").unwrap();
        holder
    });
    ok(&kense(&db, &["import", "people", file.to_str().unwrap()]));
    let holder = release.join().unwrap();
    assert_eq!(people(&db), 1);
    // Held past the busy timeout: a clear refusal naming the file, nothing written.
    holder
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO app_setting (key, value) VALUES ('z', 'y');")
        .unwrap();
    let file2 = dir.path().join("people2.csv");
    fs::write(&file2, "Тегі;Аты\nБекова;Айгүл\n").unwrap();
    let out = kense(
        &db,
        &["--lang", "kk", "import", "people", file2.to_str().unwrap()],
    );
    holder.execute_batch("ROLLBACK").unwrap();
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("басқа Kense"), "{stderr}");
    assert!(stderr.contains("office.db"), "{stderr}");
    assert!(!stderr.contains("Күтпеген"), "{stderr}");
    assert_eq!(people(&db), 1);
}

#[test]
fn output_paths_that_are_not_regular_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    ok(&kense(&db, &["check"]));
    let target = dir.path().join("real.csv");
    fs::write(&target, "keep").unwrap();
    let link = dir.path().join("link.csv");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let folder = dir.path().join("folder.csv");
    fs::create_dir(&folder).unwrap();
    let fifo = dir.path().join("fifo.csv");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    for out in [
        link.to_str().unwrap(),
        folder.to_str().unwrap(),
        fifo.to_str().unwrap(),
    ] {
        let res = kense(&db, &["--lang", "ru", "export", "people", "--out", out]);
        assert!(!res.status.success(), "{out}");
        let stderr = text(&res.stderr);
        assert!(stderr.contains("не обычный файл"), "{out}: {stderr}");
        assert!(stderr.contains(out), "{out}: {stderr}");
    }
    // As root, the probe replaced /dev/full with a PDF.
    let res = kense(&db, &["--lang", "ru", "test-page", "--out", "/dev/full"]);
    assert!(!res.status.success());
    assert!(
        text(&res.stderr).contains("/dev/full"),
        "{}",
        text(&res.stderr)
    );
    use std::os::unix::fs::FileTypeExt;
    assert!(
        fs::metadata("/dev/full")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    assert_eq!(fs::read(&target).unwrap(), b"keep");
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_zero_length_database_is_refused_not_a_new_office() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    fs::write(&db, b"").unwrap();
    let out = kense(&db, &["--lang", "ru", "check"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("пуст"), "{}", text(&out.stderr));
    assert_eq!(fs::metadata(&db).unwrap().len(), 0);
}

#[test]
fn a_csv_with_an_unclosed_quote_is_refused_naming_the_row() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let mut csv = String::from("Тегі;Аты\n");
    for i in 1..=50 {
        let surname = if i == 10 {
            "\"Әлібеков".to_owned()
        } else {
            format!("Адам{i}")
        };
        csv.push_str(&format!("{surname};Нұрлан\n"));
    }
    let file = dir.path().join("q.csv");
    fs::write(&file, csv).unwrap();
    let out = kense(
        &db,
        &[
            "--lang",
            "ru",
            "import",
            "people",
            file.to_str().unwrap(),
            "--skip-invalid",
        ],
    );
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("строке 11"), "{stderr}");
    assert!(
        stderr.contains("Файл"),
        "the field's label, not its key: {stderr}"
    );
    assert!(!stderr.contains("field-"), "{stderr}");
    assert_eq!(people(&db), 0);
}

/// A read-only disk (a tmpfs remounted read-only; needs root, else skipped).
#[test]
fn a_read_only_database_opens_read_only_and_check_passes() {
    let dir = tempfile::tempdir().unwrap();
    let mnt = dir.path().join("ro");
    fs::create_dir(&mnt).unwrap();
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=8M", "tmpfs"])
        .arg(&mnt)
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a tmpfs here (not root)");
        return;
    }
    let db = mnt.join("office.db");
    ok(&kense(&db, &["demo", "--people", "10", "--months", "1"]));
    let remount = Command::new("mount")
        .args(["-o", "remount,ro"])
        .arg(&mnt)
        .status()
        .unwrap();
    assert!(remount.success());
    let check = kense(&db, &["--lang", "ru", "check"]);
    let stderr = text(&check.stderr);
    let stdout = text(&check.stdout);
    let _ = Command::new("umount").arg(&mnt).status();
    assert!(check.status.success(), "{stdout}\n{stderr}");
    assert!(stderr.contains("только для чтения"), "{stderr}");
    assert!(stdout.contains("ok"), "{stdout}");
}
