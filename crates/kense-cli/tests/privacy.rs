//! Personal data kept in, through the `kense` binary: a default people
//! export carries no IIN, `--with-iin` does, and `kense people erase`
//! leaves no byte of the person's IIN, phone or name in the database file
//! or its WAL while their documents stay on the register.
#![allow(clippy::disallowed_methods)] // spawning the binary is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

mod common;

use common::{kense, ok};
use kense_core::people::{self, PersonInput};
use kense_core::{Store, fold::fold};
use std::path::Path;

/// A valid IIN from its first 11 digits (the check digit of the standard).
fn iin(first11: &str) -> String {
    let d: Vec<u32> = first11.bytes().map(|b| u32::from(b - b'0')).collect();
    let sum = |w: &[u32]| d.iter().zip(w).map(|(a, b)| a * b).sum::<u32>() % 11;
    let mut c = sum(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if c == 10 {
        c = sum(&[3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    }
    assert!(c < 10, "pick other digits");
    format!("{first11}{c}")
}

fn person(surname: &str, name: &str, phone: &str, iin: &str) -> PersonInput {
    PersonInput {
        surname: surname.into(),
        name: name.into(),
        phone: phone.into(),
        iin: iin.into(),
        consent: true,
        ..PersonInput::default()
    }
}

/// Every occurrence of `needle` in the database file and its WAL.
fn bytes_contain(db: &Path, needle: &str) -> bool {
    let wal = db.with_extension("db-wal");
    [db.to_path_buf(), wal].iter().any(|file| {
        std::fs::read(file).is_ok_and(|bytes| {
            bytes
                .windows(needle.len())
                .any(|window| window == needle.as_bytes())
        })
    })
}

#[test]
fn people_exports_leave_the_iin_out_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("export.db");
    let with = iin("85031530012");
    let without_consent = iin("92110760045");
    {
        let store = Store::open(&db).unwrap();
        people::insert_person(
            store.conn(),
            &person("Әлденей", "Әлібек", "87011234567", &with),
        )
        .unwrap();
        let mut no = person("Бекова", "Айгүл", "", &without_consent);
        no.consent = false;
        people::insert_person(store.conn(), &no).unwrap();
    }
    let csv = dir.path().join("people.csv");
    let read = |p: &Path| String::from_utf8(std::fs::read(p).unwrap()).unwrap();

    ok(&kense(
        &db,
        &[
            "--lang",
            "ru",
            "export",
            "people",
            "--out",
            csv.to_str().unwrap(),
        ],
    ));
    let default = read(&csv);
    assert!(!default.contains(&with) && !default.contains(&without_consent));
    assert!(!default.contains("ИИН"), "{default}");
    assert!(
        default.contains("Бекова") && default.contains(";нет;"),
        "{default}"
    );

    ok(&kense(
        &db,
        &[
            "--lang",
            "ru",
            "export",
            "people",
            "--with-iin",
            "--out",
            csv.to_str().unwrap(),
        ],
    ));
    let full = read(&csv);
    assert!(
        full.contains(&with) && full.contains(&without_consent),
        "{full}"
    );

    ok(&kense(
        &db,
        &[
            "export",
            "people",
            "--consented-only",
            "--out",
            csv.to_str().unwrap(),
        ],
    ));
    let consented = read(&csv);
    assert!(consented.contains("Әлденей") && !consented.contains("Бекова"));

    // Three exports in the audit trail, the second with IINs; no names.
    let audit: serde_json::Value =
        serde_json::from_str(&ok(&kense(&db, &["audit", "--json"]))).unwrap();
    let entries = audit.as_array().unwrap();
    assert_eq!(entries.len(), 3, "{audit}");
    assert_eq!(entries[0]["rowCount"], 1);
    assert_eq!(entries[1]["withIin"], true);
    assert_eq!(entries[2]["withIin"], false);
    assert_eq!(entries[2]["kind"], "export");
    assert_eq!(entries[2]["subject"], "people");
    assert!(entries[2]["file"].as_str().unwrap().ends_with("people.csv"));
    let text = audit.to_string();
    assert!(!text.contains("Әлденей") && !text.contains(&with));
}

#[test]
fn erase_leaves_no_byte_of_the_person_and_keeps_their_documents() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("erase.db");
    // A: attended, got a document, edited twice (old values in old pages).
    let (a_surname, a_name, a_phone, a_iin) =
        ("Жұмабекова", "Әйгерім", "+77015550123", iin("95070240123"));
    // B: no documents: nothing of them may remain at all.
    let (b_surname, b_name, b_phone, b_iin) =
        ("Төлегенов", "Бауыржан", "+77478880456", iin("88121130234"));
    let (a, b, keep, event) = {
        let store = Store::open(&db).unwrap();
        let c = store.conn();
        let mut a_input = person(a_surname, a_name, "87015550000", &a_iin);
        a_input.patronymic = "Серікқызы".into();
        let a = people::insert_person(c, &a_input).unwrap();
        a_input.phone = a_phone.into();
        a_input.notes = "Telegram: @aigerim_zh".into();
        people::update_person(c, a, &a_input).unwrap();
        let b = people::insert_person(c, &person(b_surname, b_name, b_phone, &b_iin)).unwrap();
        let keep = people::insert_person(c, &person("Сейітов", "Нұрлан", "", "")).unwrap();
        c.execute_batch(
            "INSERT INTO event (uuid, kind, title_kk, title_ru, starts_at, ends_at, status, created_at, updated_at)
             VALUES ('e1', 'contest', 'Байқау', 'Конкурс', '2026-11-20T10:00', '2026-11-20T12:00', 'held', 't', 't');",
        )
        .unwrap();
        let event = c.last_insert_rowid();
        for p in [a, keep] {
            c.execute(
                "INSERT INTO attendance (event_id, person_id, role, present, created_at) VALUES (?1, ?2, 'winner', 1, 't')",
                [event, p],
            )
            .unwrap();
        }
        (a, b, keep, event)
    };
    let pdf = dir.path().join("gratitude.pdf");
    ok(&kense(
        &db,
        &[
            "doc",
            "issue",
            "--event",
            &event.to_string(),
            "--kind",
            "gratitude",
            "--date",
            "2026-11-21",
            "--out",
            pdf.to_str().unwrap(),
        ],
    ));
    // Before: everything is there (the check below can see it).
    assert!(bytes_contain(&db, &a_iin) && bytes_contain(&db, b_phone));
    assert!(bytes_contain(&db, b_surname));

    // Without --yes and without a terminal: refused, nothing erased.
    let refused = kense(&db, &["people", "erase", &b.to_string()]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(bytes_contain(&db, &b_iin));

    for id in [a, b] {
        let out = ok(&kense(
            &db,
            &["people", "erase", &id.to_string(), "--yes", "--json"],
        ));
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(report["walEmptied"], true, "{report}");
    }

    for secret in [
        a_iin.as_str(),
        &a_phone[1..],
        "7015550000",
        "aigerim_zh",
        b_iin.as_str(),
        &b_phone[2..],
        b_surname,
        b_name,
        &fold(b_surname),
        &fold(b_name),
    ] {
        assert!(!bytes_contain(&db, secret), "{secret} is still in the file");
    }
    // A's name stays only on the register (as printed: a legal record).
    let conn = rusqlite::Connection::open(&db).unwrap();
    let tables: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'issued_document'",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            for i in 0..columns {
                if let Ok(rusqlite::types::ValueRef::Text(t)) = row.get_ref(i) {
                    let t = String::from_utf8_lossy(t);
                    for name in [a_surname, a_name, &fold(a_surname)] {
                        assert!(!t.contains(name), "{name} in {table}: {t}");
                    }
                }
            }
        }
    }
    drop(conn);

    ok(&kense(&db, &["check"]));
    let register: serde_json::Value =
        serde_json::from_str(&ok(&kense(&db, &["doc", "list", "--json"]))).unwrap();
    let docs = register.as_array().unwrap();
    assert_eq!(docs.len(), 2, "{register}");
    let a_doc = docs
        .iter()
        .find(|d| d["personId"] == a)
        .expect("A's document is still on the register");
    assert_eq!(a_doc["recipient"], "Жұмабекова Әйгерім Серікқызы");
    assert!(a_doc["recipientErasedOn"].is_string(), "{a_doc}");
    let other = docs.iter().find(|d| d["personId"] == keep).unwrap();
    assert!(other["recipientErasedOn"].is_null());

    // The erase is on the record, without the data; the others are intact.
    let audit = ok(&kense(&db, &["audit", "--json"]));
    assert!(audit.contains(&format!("person {a}")) && audit.contains(&format!("person {b}")));
    assert!(ok(&kense(&db, &["people", "search", "Сейітов"])).contains("Нұрлан"));
    assert!(!ok(&kense(&db, &["people", "search", &b_iin])).contains(&b.to_string()));
    // Erased is final: a second erase finds nobody.
    assert!(
        !kense(&db, &["people", "erase", &a.to_string(), "--yes"])
            .status
            .success()
    );
}

#[test]
fn the_sign_in_sheet_prints_phones_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("sheet.db");
    let event = {
        let store = Store::open(&db).unwrap();
        let c = store.conn();
        let id = people::insert_person(c, &person("Әлденей", "Әлібек", "87011234567", "")).unwrap();
        c.execute_batch(
            "INSERT INTO event (uuid, kind, title_kk, title_ru, starts_at, ends_at, created_at, updated_at)
             VALUES ('e1', 'lecture', 'Дәріс', 'Лекция', '2026-11-20T10:00', '2026-11-20T12:00', 't', 't');",
        )
        .unwrap();
        let event = c.last_insert_rowid();
        c.execute(
            "INSERT INTO attendance (event_id, person_id, created_at) VALUES (?1, ?2, 't')",
            [event, id],
        )
        .unwrap();
        event.to_string()
    };
    let pdf = dir.path().join("sheet.pdf");
    let pdf_arg = pdf.to_str().unwrap();
    ok(&kense(&db, &["sheet", "--event", &event, "--out", pdf_arg]));
    let text = common::pdftotext(&pdf);
    assert!(text.contains("Әлденей Әлібек"), "{text}");
    assert!(
        !text.contains("123 45 67") && !text.contains("Телефон"),
        "{text}"
    );
    ok(&kense(
        &db,
        &[
            "sheet",
            "--event",
            &event,
            "--with-phones",
            "--out",
            pdf_arg,
        ],
    ));
    let text = common::pdftotext(&pdf);
    assert!(text.contains("123 45 67"), "{text}");
    let audit = ok(&kense(&db, &["audit"]));
    assert!(audit.contains("with phones"), "{audit}");
}
