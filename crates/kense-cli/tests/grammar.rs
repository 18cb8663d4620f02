//! The printed word, read back with pdftotext: case forms of names, dates in
//! words, gendered verbs, neutral wording when the gender is not known, and
//! documents for an event that has not taken place yet.
#![allow(clippy::disallowed_methods)] // spawning the binary and poppler is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

mod common;

use common::{kense, ok, pdftotext};
use std::path::{Path, PathBuf};

/// An office with one event on `day` (`held` or `planned`) attended by one
/// person; returns the database and the event id.
fn office(
    dir: &Path,
    day: &str,
    status: &str,
    person: (&str, &str, &str, Option<&str>),
) -> (PathBuf, String) {
    let db = dir.join(format!("{day}-{}.db", person.0));
    for (key, value) in [
        (
            "office.name_kk",
            "Алматы облысы прокуратурасының жобалық кеңсесі",
        ),
        (
            "office.name_ru",
            "Проектный офис прокуратуры Алматинской области",
        ),
        ("office.city_kk", "Қонаев"),
        ("office.city_ru", "Конаев"),
    ] {
        ok(&kense(&db, &["settings", "set", key, value]));
    }
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "INSERT INTO event (uuid, kind, title_kk, title_ru, starts_at, ends_at, status, created_at, updated_at)
         VALUES ('e1', 'contest', 'Заң үйірмесі', 'Молодёжный конкурс «Заң үйірмесі»', ?1, ?1, ?2, 't', 't')",
        rusqlite::params![format!("{day}T10:00"), status],
    )
    .unwrap();
    let event = conn.last_insert_rowid();
    let (surname, name, patronymic, gender) = person;
    conn.execute(
        "INSERT INTO person (uuid, surname, name, patronymic, gender, created_at, updated_at)
         VALUES ('p1', ?1, ?2, ?3, ?4, 't', 't')",
        rusqlite::params![surname, name, patronymic, gender],
    )
    .unwrap();
    conn.execute(
        "INSERT INTO attendance (event_id, person_id, role, present, created_at) VALUES (?1, ?2, 'participant', 1, 't')",
        rusqlite::params![event, conn.last_insert_rowid()],
    )
    .unwrap();
    (db, event.to_string())
}

fn issue(
    db: &Path,
    event: &str,
    kind: &str,
    lang: &str,
    date: &str,
    extra: &[&str],
) -> (std::process::Output, PathBuf) {
    let pdf = db.with_extension(format!("{kind}.{lang}.pdf"));
    let mut args = vec![
        "--lang",
        lang,
        "doc",
        "issue",
        "--event",
        event,
        "--kind",
        kind,
        "--date",
        date,
        "--out",
        pdf.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    (kense(db, &args), pdf)
}

#[test]
fn a_kazakh_certificate_puts_the_name_in_the_genitive_and_the_date_in_the_locative() {
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(
        dir.path(),
        "2026-11-08",
        "held",
        ("Әбдірахманов", "Асқар", "Дарханұлы", None),
    );
    let (out, pdf) = issue(&db, &event, "certificate", "kk", "2026-11-21", &[]);
    ok(&out);
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Осы сертификат Әбдірахманов Асқар Дарханұлының 2026 жылғы 8 қарашада өткен «Заң үйірмесі» іс-шарасына қатысқанын растайды."),
        "{text}"
    );
    assert!(text.contains("Қонаев қ., 2026 жылғы 21 қараша"), "{text}");
    assert!(!text.contains("08.11.2026"), "{text}");

    // Both languages on one page: one name line in the nominative, each
    // language's sentence whole.
    let (out, pdf) = issue(&db, &event, "certificate", "both", "2026-11-21", &[]);
    ok(&out);
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Осы сертификат Әбдірахманов Асқар Дарханұлының 2026 жылғы 8 қарашада өткен"),
        "{text}"
    );
    assert!(
        text.contains("Настоящий сертификат подтверждает, что Әбдірахманов Асқар Дарханұлы принял участие в мероприятии «Молодёжный конкурс „Заң үйірмесі“», прошедшем 8 ноября 2026 г."),
        "{text}"
    );

    // The diploma: the verb after the name in Kazakh.
    let (out, pdf) = issue(&db, &event, "diploma", "kk", "2026-11-21", &[]);
    ok(&out);
    let text = pdftotext(&pdf);
    let name = text.find("Әбдірахманов Асқар Дарханұлы").unwrap();
    let verb = text.find("марапатталады").unwrap();
    assert!(name < verb, "{text}");
}

#[test]
fn a_russian_certificate_for_a_woman_says_prinyala() {
    let dir = tempfile::tempdir().unwrap();
    // No gender stored: the patronymic shows it.
    let (db, event) = office(
        dir.path(),
        "2026-11-08",
        "held",
        ("Иванова", "Мария", "Сергеевна", None),
    );
    let (out, pdf) = issue(&db, &event, "certificate", "ru", "2026-11-21", &[]);
    ok(&out);
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Иванова Мария Сергеевна приняла участие в мероприятии"),
        "{text}"
    );
    assert!(text.contains("прошедшем 8 ноября 2026 г."), "{text}");
    assert!(text.contains("г. Конаев, 21 ноября 2026 г."), "{text}");
    assert!(
        !text.contains("(а)") && !text.contains("принял(а)"),
        "{text}"
    );

    let (out, pdf) = issue(&db, &event, "gratitude", "ru", "2026-11-21", &[]);
    ok(&out);
    assert!(pdftotext(&pdf).contains("Уважаемая Мария Сергеевна!"));
}

#[test]
fn with_no_known_gender_nothing_says_a_in_parentheses() {
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(dir.path(), "2026-11-08", "held", ("Ким", "Саша", "", None));
    for kind in ["gratitude", "certificate", "diploma"] {
        let (out, pdf) = issue(&db, &event, kind, "ru", "2026-11-21", &[]);
        ok(&out);
        let text = pdftotext(&pdf);
        for bad in ["(а)", "(ая)", "(-а)"] {
            assert!(!text.contains(bad), "{kind}: {bad} in {text}");
        }
        if kind == "gratitude" {
            assert!(text.contains("Здравствуйте, Саша!"), "{text}");
        }
        if kind == "certificate" {
            assert!(
                text.contains("Ким Саша является участником мероприятия"),
                "{text}"
            );
            assert!(text.contains("прошедшего 8 ноября 2026 г."), "{text}");
        }
    }
}

#[test]
fn a_planned_event_needs_a_confirmation_and_is_never_called_held() {
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(
        dir.path(),
        "2026-12-09",
        "planned",
        ("Жұмабаева", "Балжан", "Асқарқызы", None),
    );
    let (out, pdf) = issue(&db, &event, "certificate", "kk", "2026-12-02", &[]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("--confirm-future"));
    assert!(!pdf.exists());
    let list: serde_json::Value =
        serde_json::from_str(&ok(&kense(&db, &["doc", "list", "--json"]))).unwrap();
    assert_eq!(
        list.as_array().unwrap().len(),
        0,
        "nothing entered in the register"
    );

    for (lang, held, never) in [
        ("kk", "2026 жылғы 9 желтоқсанда өтетін", "өткен"),
        ("ru", "проводимом 9 декабря 2026 г.", "прошедшем"),
    ] {
        let (out, pdf) = issue(
            &db,
            &event,
            "certificate",
            lang,
            "2026-12-02",
            &["--confirm-future"],
        );
        ok(&out);
        let text = pdftotext(&pdf);
        assert!(text.contains(held), "{text}");
        assert!(!text.contains(never), "{text}");
        // Dated on the day of issue.
        assert!(
            text.contains("2 желтоқсан") || text.contains("2 декабря 2026 г."),
            "{text}"
        );
    }
}

#[test]
fn the_journal_has_a_receipt_column_and_the_programme_an_approval_block() {
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(
        dir.path(),
        "2026-11-08",
        "held",
        ("Жұмабаева", "Балжан", "Асқарқызы", None),
    );
    ok(&issue(&db, &event, "gratitude", "kk", "2026-11-21", &[]).0);
    for (lang, column) in [("kk", "Алғаны туралы қолы"), ("ru", "Подпись в получении")]
    {
        let journal = dir.path().join(format!("journal-{lang}.pdf"));
        ok(&kense(
            &db,
            &[
                "--lang",
                lang,
                "doc",
                "journal",
                "--out",
                journal.to_str().unwrap(),
            ],
        ));
        assert!(pdftotext(&journal).contains(column), "{lang}");
    }
    for (lang, word, date) in [
        ("kk", "БЕКІТЕМІН", "2026 жылғы «____»"),
        ("ru", "УТВЕРЖДАЮ", "«____» ______________ 2026 г."),
    ] {
        let programme = dir.path().join(format!("programme-{lang}.pdf"));
        ok(&kense(
            &db,
            &[
                "--lang",
                lang,
                "plan",
                "print",
                &event,
                "--approve",
                "--out",
                programme.to_str().unwrap(),
            ],
        ));
        let text = pdftotext(&programme);
        assert!(text.contains(word) && text.contains(date), "{text}");
        let plain = dir.path().join(format!("plain-{lang}.pdf"));
        ok(&kense(
            &db,
            &[
                "--lang",
                lang,
                "plan",
                "print",
                &event,
                "--out",
                plain.to_str().unwrap(),
            ],
        ));
        assert!(!pdftotext(&plain).contains(word));
    }
    // The Russian invitation list agrees with the invitee's gender.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute("UPDATE attendance SET invitation = 'confirmed'", [])
        .unwrap();
    let list = dir.path().join("invitations.pdf");
    ok(&kense(
        &db,
        &[
            "--lang",
            "ru",
            "plan",
            "print",
            &event,
            "--invitations",
            "--out",
            list.to_str().unwrap(),
        ],
    ));
    let text = pdftotext(&list);
    assert!(
        text.contains("Подтвердила") && !text.contains("Подтвердил "),
        "{text}"
    );
}

#[test]
fn a_russian_certificate_prints_the_russian_position_and_warns_when_there_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(
        dir.path(),
        "2026-11-08",
        "held",
        ("Сейітов", "Ерлан", "Маратұлы", Some("male")),
    );
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute("UPDATE person SET position_kk = 'Бас маман'", [])
        .unwrap();
    // Only in Kazakh: the check names the person and the field, and the
    // document is printed anyway with the Kazakh text.
    let (out, pdf) = issue(&db, &event, "certificate", "ru", "2026-11-21", &[]);
    ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Сейітов Ерлан Маратұлы")
            && stderr.contains("нет текста поля «Должность» на русском")
            && stderr.contains("«Бас маман»"),
        "{stderr}"
    );
    assert!(pdftotext(&pdf).contains("Бас маман"));

    conn.execute("UPDATE person SET position_ru = 'Главный специалист'", [])
        .unwrap();
    let (out, pdf) = issue(&db, &event, "certificate", "ru", "2026-11-22", &[]);
    ok(&out);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("Бас маман"));
    let text = pdftotext(&pdf);
    assert!(text.contains("Главный специалист"), "{text}");
    assert!(!text.contains("Бас маман"), "{text}");
    // The Kazakh page keeps the Kazakh position.
    let (out, pdf) = issue(&db, &event, "certificate", "kk", "2026-11-22", &[]);
    ok(&out);
    let text = pdftotext(&pdf);
    assert!(
        text.contains("Бас маман") && !text.contains("Главный"),
        "{text}"
    );
}
