//! The `kense` binary as a user runs it: exit codes, messages, files.
#![allow(clippy::disallowed_methods)] // spawning the binary under test is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn kense(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kense"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("KENSE_DB")
        .env_remove("KENSE_LANG")
        .output()
        .expect("run kense")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn check_creates_a_new_database_and_exits_zero() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("NEW.db");
    let out = kense(&db, &["check"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(db.exists());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("ok"), "{stdout}");
    assert!(stdout.contains('1'), "schema version printed: {stdout}");

    let json = kense(&db, &["check", "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["integrity"], serde_json::json!(["ok"]));
    assert_eq!(report["schemaVersion"], report["supportedSchemaVersion"]);
}

#[test]
fn random_bytes_are_refused_as_not_a_kense_database_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("random.db");
    let bytes: Vec<u8> = (0..10_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    fs::write(&db, &bytes).unwrap();
    let out = kense(&db, &["--lang", "ru", "check"]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("не является базой данных Kense"),
        "{stderr}"
    );
    assert!(stderr.contains("not a Kense database"), "{stderr}");
    assert_eq!(fs::read(&db).unwrap(), bytes, "the file is unchanged");
    assert!(!dir.path().join("random.db-wal").exists());
}

#[test]
fn newer_schema_is_refused_as_newer_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("newer.db");
    assert!(kense(&db, &["check"]).status.success());
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("PRAGMA user_version = 42; PRAGMA journal_mode = DELETE;")
            .unwrap();
    }
    let before = fs::read(&db).unwrap();
    let out = kense(&db, &["--lang", "kk", "check"]);
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("жаңарақ нұсқасы"), "{stderr}");
    assert!(
        stderr.contains("newer version of Kense (schema 42"),
        "{stderr}"
    );
    assert_eq!(fs::read(&db).unwrap(), before, "the file is unchanged");
}

#[test]
fn settings_set_then_show_round_trips_kazakh_text() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let name = "Түркістан облысы прокуратурасының жобалық кеңсесі";
    let out = kense(&db, &["settings", "set", "office.name_kk", name]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let show = kense(&db, &["settings", "show", "--json"]);
    let map: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(map["office.name_kk"], name);
    let plain = text(&kense(&db, &["settings", "show"]).stdout);
    assert!(
        plain.contains(&format!("office.name_kk = {name}")),
        "{plain}"
    );
}

#[test]
fn a_bad_setting_names_the_field_in_the_chosen_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let out = kense(
        &db,
        &[
            "--lang",
            "ru",
            "settings",
            "set",
            "office.time_zone",
            "Europe/Moscow",
        ],
    );
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(stderr.contains("Часовой пояс"), "{stderr}");
    let out = kense(&db, &["settings", "set", "office.colour", "red"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("unknown setting"));
}

#[test]
fn lists_print_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    for list in ["signatories", "campaigns"] {
        let out = kense(&db, &[list, "list", "--json"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(value.is_array(), "{list}: {value}");
    }
}

#[test]
fn help_lists_the_commands() {
    let out = Command::new(env!("CARGO_BIN_EXE_kense"))
        .arg("--help")
        .output()
        .unwrap();
    assert!(out.status.success());
    let help = text(&out.stdout);
    for word in ["check", "settings", "test-page", "--db"] {
        assert!(help.contains(word), "{word} missing from:\n{help}");
    }
}

#[test]
fn test_page_carries_the_office_name_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let kk = "Алматы облысы прокуратурасының жобалық кеңсесі";
    let ru = "Проектный офис прокуратуры Алматинской области";
    assert!(
        kense(&db, &["settings", "set", "office.name_kk", kk])
            .status
            .success()
    );
    assert!(
        kense(&db, &["settings", "set", "office.name_ru", ru])
            .status
            .success()
    );
    let pdf = dir.path().join("Тест беті.pdf");
    let out = kense(&db, &["test-page", "--out", pdf.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let extracted = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext is missing: sudo apt-get install poppler-utils");
    let extracted = text(&extracted.stdout);
    let kk_at = extracted
        .find(kk)
        .unwrap_or_else(|| panic!("{kk} not in:\n{extracted}"));
    let ru_at = extracted
        .find(ru)
        .unwrap_or_else(|| panic!("{ru} not in:\n{extracted}"));
    assert!(kk_at < ru_at, "Kazakh comes first");

    let fonts = Command::new("pdffonts").arg(&pdf).output().unwrap();
    let fonts = text(&fonts.stdout);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        assert!(row.contains("+PT"), "not a subset PT font: {row}");
        let cols: Vec<&str> = row.split_whitespace().collect();
        let emb_sub = &cols[cols.len() - 5..cols.len() - 3];
        assert_eq!(emb_sub, ["yes", "yes"], "not embedded as a subset: {row}");
    }
}

#[test]
fn test_page_to_a_missing_folder_fails_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let pdf = dir.path().join("no-such-folder").join("page.pdf");
    let out = kense(&db, &["test-page", "--out", pdf.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("page.pdf"));
    assert!(!pdf.exists());
}
