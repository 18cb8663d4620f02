//! The `kense` binary as a user runs it: exit codes, messages, files.
#![allow(clippy::disallowed_methods)] // spawning the binary under test is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

mod common;

use common::kense;
use std::fs;
use std::process::Command;

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

    let json = kense(&db, &["check", "--json"]);
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(report["integrity"], serde_json::json!(["ok"]));
    assert_eq!(report["schemaVersion"], report["supportedSchemaVersion"]);
    let version = report["schemaVersion"].as_i64().unwrap();
    assert!(version >= 1);
    assert!(
        stdout.contains(&format!(": {version} (")),
        "schema version printed: {stdout}"
    );
    assert!(stdout.contains(": ok"), "{stdout}");
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

const PEOPLE_CSV: &str = "\u{feff}Фамилия;Имя;Отчество;Телефон;Роль\r\n\
Әлденей;Әлібек;Серікұлы;8 701 123 45 67;спикер\r\n\
Килыбай;Нұрдаулет;;+7 702 765 43 21;участник\r\n";

#[test]
fn import_with_a_bad_row_exits_2_and_writes_nothing_unless_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let file = dir.path().join("люди.csv");
    fs::write(&file, format!("{PEOPLE_CSV}Плохой;Телефон;;позвоните;\r\n")).unwrap();
    let file = file.to_str().unwrap();

    let out = kense(&db, &["--lang", "ru", "import", "people", file]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("Строка 4, столбец «Телефон»"), "{stderr}");
    let list = kense(&db, &["people", "search", "Әлденей", "--json"]);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&list.stdout).unwrap(),
        serde_json::json!([])
    );

    let dry = kense(
        &db,
        &["import", "people", file, "--dry-run", "--skip-invalid"],
    );
    assert!(dry.status.success());
    let list = kense(&db, &["people", "search", "Әлденей", "--json"]);
    assert_eq!(
        serde_json::from_slice::<serde_json::Value>(&list.stdout).unwrap(),
        serde_json::json!([])
    );

    let out = kense(
        &db,
        &["--lang", "ru", "import", "people", file, "--skip-invalid"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Создано: 2"),
        "{}",
        text(&out.stdout)
    );
    let again = kense(
        &db,
        &["--lang", "ru", "import", "people", file, "--skip-invalid"],
    );
    assert!(
        text(&again.stdout).contains("Создано: 0, уже были: 2"),
        "{}",
        text(&again.stdout)
    );
}

#[test]
fn attendance_import_and_exports() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    assert!(
        kense(&db, &["demo", "--people", "20", "--months", "1"])
            .status
            .success()
    );
    let events: serde_json::Value =
        serde_json::from_slice(&kense(&db, &["events", "list", "--json"]).stdout).unwrap();
    let event_id = events[0]["id"].as_i64().unwrap().to_string();
    let file = dir.path().join("sheet.csv");
    fs::write(&file, PEOPLE_CSV).unwrap();
    let out = kense(
        &db,
        &[
            "import",
            "attendance",
            "--event",
            &event_id,
            file.to_str().unwrap(),
            "--json",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let result: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(result["outcome"]["addedToEvent"], 2);

    for name in ["people.xlsx", "organisations.csv", "events.xlsx"] {
        let what = name.split('.').next().unwrap();
        let path = dir.path().join(name);
        let out = kense(&db, &["export", what, "--out", path.to_str().unwrap()]);
        assert!(out.status.success(), "{name}: {}", text(&out.stderr));
        assert!(fs::metadata(&path).unwrap().len() > 100, "{name}");
    }
    let bad = kense(
        &db,
        &[
            "export",
            "people",
            "--out",
            dir.path().join("x.pdf").to_str().unwrap(),
        ],
    );
    assert!(!bad.status.success());
}

#[test]
fn report_prints_json_and_writes_pdf_and_xlsx() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let kk = "Алматы облысы прокуратурасының жобалық кеңсесі";
    assert!(
        kense(&db, &["settings", "set", "office.name_kk", kk])
            .status
            .success()
    );
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch(
            "INSERT INTO person (id, uuid, surname, name, created_at, updated_at)
                 VALUES (1, 'p1', 'Сейітқазы', 'Әлібек', 'x', 'x');
             INSERT INTO event (id, uuid, kind, title_kk, title_ru, starts_at, ends_at, status, headcount,
                                created_at, updated_at) VALUES
                 (1, 'e1', 'lecture', 'Дәріс', 'Лекция', '2026-11-03T10:00', '2026-11-03T11:00', 'held', 40, 'x', 'x'),
                 (2, 'e2', 'forum', 'Форум', 'Форум', '2026-11-20T10:00', '2026-11-20T11:00', 'held', NULL, 'x', 'x'),
                 (3, 'e3', 'forum', 'Форум', 'Форум', '2026-11-27T10:00', '2026-11-27T11:00', 'planned', NULL, 'x', 'x'),
                 (4, 'e4', 'lecture', 'Дәріс', 'Лекция', '2026-10-03T10:00', '2026-10-03T11:00', 'held', 10, 'x', 'x');
             INSERT INTO attendance (event_id, person_id, created_at) VALUES (1, 1, 'x'), (2, 1, 'x'), (4, 1, 'x');",
        )
        .unwrap();
    }
    let out = kense(&db, &["report", "--month", "2026-11", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let current = &json["current"];
    assert_eq!(current["eventsHeld"], 2);
    assert_eq!(current["eventsPlanned"], 1);
    assert_eq!(current["namedAttendance"], 2);
    assert_eq!(current["uniquePeople"], 1);
    // e1's headcount of 40 counts everybody there, its one named included.
    assert_eq!(current["headcount"], 39);
    assert_eq!(current["peopleReached"], 41);
    assert_eq!(json["previous"]["peopleReached"], 10);
    assert_eq!(json["indicators"][0]["key"], "events_held");
    assert_eq!(json["indicators"][0]["change"], 1);

    let pdf = dir.path().join("Есеп.pdf");
    let xlsx = dir.path().join("Есеп.xlsx");
    let out = kense(
        &db,
        &[
            "--lang",
            "both",
            "report",
            "--from",
            "2026-11-01",
            "--to",
            "2026-11-30",
            "--out",
            pdf.to_str().unwrap(),
            "--xlsx",
            xlsx.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let extracted = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let extracted = text(&extracted.stdout);
    for needle in [
        kk,
        "Жобалық кеңсенің қызметі туралы есеп",
        "Бірегей қатысушылар",
        "Отчёт о деятельности проектного офиса",
    ] {
        assert!(extracted.contains(needle), "{needle} not in:\n{extracted}");
    }
    let fonts = text(&Command::new("pdffonts").arg(&pdf).output().unwrap().stdout);
    for row in fonts.lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        assert!(row.contains("+PT"), "not a subset PT font: {row}");
        assert_eq!(
            &cols[cols.len() - 5..cols.len() - 3],
            ["yes", "yes"],
            "{row}"
        );
    }
    assert!(extracted.contains("Бет 1 / ") && extracted.contains(" · Страница 1 из "));
    let bytes = fs::read(&xlsx).unwrap();
    assert!(bytes.starts_with(b"PK"));

    // A report in one language is numbered in that language only.
    for (lang, numbered, not) in [
        ("kk", "Бет 1 / ", "Страница"),
        ("ru", "Страница 1 из ", "Бет "),
    ] {
        let one = dir.path().join(format!("{lang}.pdf"));
        let out = kense(
            &db,
            &[
                "--lang",
                lang,
                "report",
                "--month",
                "2026-11",
                "--out",
                one.to_str().unwrap(),
            ],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        let extracted = Command::new("pdftotext")
            .arg(&one)
            .arg("-")
            .output()
            .unwrap();
        let extracted = text(&extracted.stdout);
        assert!(extracted.contains(numbered), "{lang}: no {numbered:?}");
        assert!(!extracted.contains(not), "{lang}: {not:?} in:\n{extracted}");
    }

    let bad = kense(&db, &["report", "--month", "2026-13"]);
    assert!(!bad.status.success());
}

#[test]
fn a_small_bench_prints_each_figure_beside_its_peer() {
    let dir = tempfile::tempdir().unwrap();
    // No hub here: its benchmarks are the hub tests' business.
    let out = Command::new(env!("CARGO_BIN_EXE_kense"))
        .current_dir(dir.path())
        .env_remove("KENSE_HUB_TEST_URL")
        .env_remove("KENSE_DB")
        .env_remove("KENSE_LANG")
        .args([
            "bench",
            "--import-rows",
            "300",
            "--people",
            "2000",
            "--queries",
            "40",
            "--documents",
            "30",
            "--report-people",
            "300",
            "--json",
        ])
        .output()
        .unwrap();
    let figures: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", text(&out.stderr)));
    let figures = figures.as_array().unwrap();
    let named = |start: &str| {
        figures
            .iter()
            .find(|f| f["name"].as_str().unwrap().starts_with(start))
            .unwrap_or_else(|| panic!("no figure «{start}»: {figures:?}"))
    };
    let import = named("import 300 CSV rows");
    assert_eq!(import["peer"]["name"], "sqlite3 .import");
    assert!(import["peer"]["ratio"].as_f64().unwrap() > 0.0);
    assert_eq!(
        named("search 2000 people, median")["peer"]["name"],
        "bare FTS5"
    );
    assert!(named("people page of 100 with its count in 2000").is_object());
    let during = named("people list while 30 certificates are issued");
    assert!(during["millis"].as_f64().unwrap() > 0.0);
}
