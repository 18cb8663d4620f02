//! The log file through the real subscriber (its own test process, so the
//! global subscriber is this test's): after a demo fill, a backup, an import
//! and a document batch, it tells what happened (counts, durations) and
//! holds none of the names, IINs and phones those touched.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use kense_core::demo::{self, DemoSize};
use kense_core::documents::issue::IssueRequest;
use kense_core::documents::templates::default_template;
use kense_core::documents::{BatchOutput, DocFormat, issue_to_files};
use kense_core::import::{ImportKind, read_table};
use kense_core::kinds::{DocLang, TemplateKind};
use kense_core::{Store, backup, import, logs};

/// A valid IIN starting with `prefix` (11 digits): the check digit found by trying.
fn iin(prefix: &str) -> String {
    (0..10)
        .map(|d| format!("{prefix}{d}"))
        .find(|candidate| kense_core::validate::validate_iin(candidate).is_ok())
        .unwrap()
}

#[test]
fn the_log_tells_what_was_done_and_holds_no_personal_data() {
    let dir = tempfile::tempdir().unwrap();
    let log_dir = dir.path().join("logs");
    logs::init(&log_dir, "info").unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();

    let mut store = Store::open(&dir.path().join("kense.db")).unwrap();
    let summary = demo::fill_demo_office(
        &mut store,
        DemoSize {
            people: 40,
            months: 1,
        },
        today,
    )
    .unwrap();
    assert_eq!(summary.people, 40);
    backup::take_backup(
        store.conn(),
        &dir.path().join("kense.db"),
        backup::BackupReason::Manual,
        chrono::Utc::now(),
    )
    .unwrap();

    let imported = [
        (
            "Жұмабекова",
            "Әйгерім",
            iin("95031240051"),
            "+7 701 555 12 34",
        ),
        (
            "Сейтқалиев",
            "Нұрсұлтан",
            iin("88110730072"),
            "+7 777 444 98 76",
        ),
    ];
    let mut csv = String::from("Фамилия,Имя,ИИН,Телефон\n");
    for (surname, name, iin, phone) in &imported {
        csv.push_str(&format!("{surname},{name},{iin},{phone}\n"));
    }
    let table = read_table("people.csv", csv.as_bytes()).unwrap();
    let outcome = store
        .with_tx(|tx| {
            import::registry::commit_import(tx, ImportKind::People, &table, None, false, None)
        })
        .unwrap();
    assert_eq!(outcome.created, 2);

    let event_id = demo::event_with_attendees(&mut store, 42, today).unwrap();
    let template_id = default_template(store.conn(), TemplateKind::Certificate)
        .unwrap()
        .id;
    let out = dir.path().join("certificates");
    std::fs::create_dir_all(&out).unwrap();
    let batch = issue_to_files(
        &mut store,
        &IssueRequest {
            event_id,
            template_id,
            lang: DocLang::Kk,
            role: None,
            person_ids: None,
            issued_on: None,
            confirm_future: Some(true),
        },
        &BatchOutput::PerPerson(out.display().to_string()),
        DocFormat::Pdf,
    )
    .unwrap();
    assert_eq!(batch.files.len(), 42);

    // Every name, IIN and phone in the registry now (the demo's and the
    // imported), and the batch's file names.
    let mut personal: Vec<String> = Vec::new();
    let mut rows = store
        .conn()
        .prepare("SELECT surname, name, patronymic, iin, phone FROM person")
        .unwrap();
    let people = rows
        .query_map([], |r| {
            Ok([
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                r.get::<_, String>(4)?,
            ])
        })
        .unwrap();
    for person in people {
        personal.extend(person.unwrap());
    }
    drop(rows);
    for file in &batch.files {
        let stem = std::path::Path::new(file).file_stem().unwrap();
        personal.push(stem.to_string_lossy().into_owned());
    }
    personal.retain(|v| v.chars().count() >= 3);
    let digits = |v: &str| v.chars().filter(char::is_ascii_digit).collect::<String>();
    let phones: Vec<String> = personal
        .iter()
        .map(|v| digits(v))
        .filter(|d| d.len() >= 10)
        .collect();
    assert!(personal.iter().any(|v| v == "Жұмабекова"));
    assert!(
        phones.len() >= 4,
        "{} phones and IINs to look for",
        phones.len()
    );

    let mut log = String::new();
    for file in logs::log_files(&log_dir) {
        log.push_str(&std::fs::read_to_string(file).unwrap());
    }
    // It tells what happened …
    for line in [
        "log started",
        "database open",
        "demo office filled",
        "backup taken",
        "import committed",
        "document batch issued",
    ] {
        assert!(log.contains(line), "no «{line}» in the log:\n{log}");
    }
    assert!(log.contains("created=2"), "{log}");
    assert!(log.contains("documents=42"), "{log}");
    // … and never to whom: no value, and no phone or IIN even with its
    // spaces and signs taken out.
    for value in &personal {
        assert!(
            !log.contains(value.as_str()),
            "«{value}» is in the log:\n{log}"
        );
    }
    let log_digits: Vec<String> = log
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() >= 10)
        .map(str::to_owned)
        .collect();
    for number in &phones {
        assert!(
            !log_digits.iter().any(|d| d.contains(number.as_str())),
            "{number} is in the log"
        );
    }
    assert!(
        !log.contains(&dir.path().display().to_string()),
        "a path is in the log"
    );
}
