//! Documents as a clerk issues them with `kense`: exact names in every kind,
//! embedded subset fonts, the QR code read back and verified, voiding and
//! reissuing, glyph refusal, and the register surviving kill -9 mid-batch.
#![allow(clippy::disallowed_methods)] // spawning the binary and poppler is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

mod common;

use common::{kense, ok, pdftotext};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

fn assert_only_embedded_subsets(pdf: &Path) {
    let out = Command::new("pdffonts")
        .arg(pdf)
        .output()
        .expect("pdffonts");
    let listing = String::from_utf8(out.stdout).unwrap();
    let fonts: Vec<&str> = listing.lines().skip(2).collect();
    assert!(!fonts.is_empty(), "{listing}");
    for line in fonts {
        let cols: Vec<&str> = line.split_whitespace().collect();
        let name = cols[0];
        assert!(
            name.len() > 7 && name.as_bytes()[6] == b'+' && name.contains("+PT"),
            "{line}"
        );
        let flags = &cols[cols.len() - 5..cols.len() - 2];
        assert_eq!(flags, ["yes", "yes", "yes"], "{line}");
    }
}

/// A database with an office, a signatory and an event with these people.
fn office(dir: &Path, people: &[(&str, &str, &str, &str)]) -> (std::path::PathBuf, i64) {
    let db = dir.join("docs.db");
    ok(&kense(
        &db,
        &[
            "settings",
            "set",
            "office.name_kk",
            "Алматы облысы прокуратурасының жобалық кеңсесі",
        ],
    ));
    ok(&kense(
        &db,
        &[
            "settings",
            "set",
            "office.name_ru",
            "Проектный офис прокуратуры Алматинской области",
        ],
    ));
    ok(&kense(
        &db,
        &["settings", "set", "office.city_kk", "Қонаев"],
    ));
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "INSERT INTO event (uuid, kind, title_kk, title_ru, starts_at, ends_at, status, created_at, updated_at)
         VALUES ('e1', 'contest', '«Тазалық сақшылары» байқауы', 'Конкурс «Тазалық сақшылары»',
                 '2026-11-20T10:00', '2026-11-20T12:00', 'held', 't', 't');",
    )
    .unwrap();
    let event: i64 = conn.last_insert_rowid();
    for (i, (surname, name, patronymic, org)) in people.iter().enumerate() {
        conn.execute(
            "INSERT INTO organisation (uuid, name_kk, name_ru, created_at, updated_at) VALUES (?1, ?2, ?2, 't', 't')",
            rusqlite::params![format!("o{i}"), org],
        )
        .unwrap();
        let org_id = conn.last_insert_rowid();
        conn.execute(
            "INSERT INTO person (uuid, surname, name, patronymic, organisation_id, gender, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 'male', 't', 't')",
            rusqlite::params![format!("p{i}"), surname, name, patronymic, org_id],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO attendance (event_id, person_id, role, present, created_at) VALUES (?1, ?2, ?3, 1, 't')",
            rusqlite::params![event, conn.last_insert_rowid(), if i == 0 { "winner" } else { "participant" }],
        )
        .unwrap();
    }
    (db, event)
}

const LONG_NAME: &str = "Әлденейқызы-Сейітқұлова Нұрдаулетхан Ғабдулқайырұлы Өтегенова-Ұлықбекова Һәмидолла Іңкәрқызы Айгерімжан";
const LONG_ORG: &str = "Қазақстан Республикасы Бас прокуратурасының Құқықтық статистика және арнайы есепке алу жөніндегі комитетінің Алматы облысы бойынша басқармасы";

#[test]
fn every_kind_prints_the_names_exactly_with_embedded_subset_fonts() {
    assert!(LONG_NAME.chars().count() >= 100 && LONG_ORG.chars().count() >= 120);
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(
        dir.path(),
        &[
            (
                "Әлденей",
                "Әлібек",
                "Серікұлы",
                "«Жас Өркен» қоғамдық бірлестігі",
            ),
            ("Килыбай", "Нұрдаулет", "", "Іле ауданы әкімдігі"),
            (LONG_NAME, "Ұлжан", "", LONG_ORG),
        ],
    );
    let event = event.to_string();
    for (kind, lang) in [
        ("gratitude", "both"),
        ("diploma", "kk"),
        ("certificate", "pair"),
    ] {
        let pdf = dir.path().join(format!("{kind}.pdf"));
        ok(&kense(
            &db,
            &[
                "--lang",
                lang,
                "doc",
                "issue",
                "--event",
                &event,
                "--kind",
                kind,
                "--date",
                "2026-11-21",
                "--out",
                pdf.to_str().unwrap(),
            ],
        ));
        let text = pdftotext(&pdf);
        for name in ["Әлденей Әлібек Серікұлы", "Килыбай Нұрдаулет", "Ұлжан"]
        {
            assert!(text.contains(name), "{kind}: {name} missing in {text}");
        }
        for word in LONG_NAME.split(' ').chain(LONG_ORG.split(' ')) {
            assert!(text.contains(word), "{kind}: {word} lost");
        }
        assert_only_embedded_subsets(&pdf);
    }
    let sheet = dir.path().join("sheet.pdf");
    ok(&kense(
        &db,
        &[
            "--lang",
            "both",
            "sheet",
            "--event",
            &event,
            "--blank-rows",
            "5",
            "--out",
            sheet.to_str().unwrap(),
        ],
    ));
    let text = pdftotext(&sheet);
    assert!(
        text.contains("Әлденей Әлібек Серікұлы") && text.contains("Килыбай Нұрдаулет"),
        "{text}"
    );
    assert!(
        text.contains("ҚАТЫСУШЫЛАР ТІЗІМІ") && text.contains("Бет 1 / 1"),
        "{text}"
    );
    assert_only_embedded_subsets(&sheet);

    // The register: gapless per series, three entries each.
    let list: serde_json::Value =
        serde_json::from_str(&ok(&kense(&db, &["doc", "list", "--json"]))).unwrap();
    let numbers: BTreeSet<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["number"].as_str().unwrap().to_owned())
        .collect();
    let expected: BTreeSet<String> = ["АХ", "ДП", "СТ"]
        .iter()
        .flat_map(|s| (1..=3).map(move |n| format!("{s}-2026/{n:04}")))
        .collect();
    assert_eq!(numbers, expected);
}

/// Reads the QR code of page 1 of `pdf` with rqrr, from a greyscale render.
fn read_qr(pdf: &Path) -> String {
    let prefix = pdf.with_extension("");
    let out = Command::new("pdftoppm")
        .args(["-gray", "-r", "200", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg(&prefix)
        .output()
        .expect("pdftoppm");
    assert!(out.status.success());
    let parent = pdf.parent().unwrap();
    let stem = prefix.file_name().unwrap().to_string_lossy().into_owned();
    let pgm = fs::read_dir(parent)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.extension().is_some_and(|e| e == "pgm")
                && p.file_name().unwrap().to_string_lossy().starts_with(&stem)
        })
        .expect("a .pgm page");
    let bytes = fs::read(pgm).unwrap();
    // P5 header: magic, width, height, maxval, one whitespace each.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = &bytes[at + 1..];
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the page");
    grids[0].decode().unwrap().1
}

#[test]
fn the_qr_code_verifies_and_follows_voiding_and_reissuing() {
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(
        dir.path(),
        &[("Әлденей", "Әлібек", "Серікұлы", "«Жас Өркен»")],
    );
    let pdf = dir.path().join("letter.pdf");
    let issued: serde_json::Value = serde_json::from_str(&ok(&kense(
        &db,
        &[
            "doc",
            "issue",
            "--event",
            &event.to_string(),
            "--kind",
            "gratitude",
            "--out",
            pdf.to_str().unwrap(),
            "--json",
        ],
    )))
    .unwrap();
    let doc = &issued["documents"][0];
    let number = doc["number"].as_str().unwrap().to_owned();
    let code = doc["checkCode"].as_str().unwrap().to_owned();
    // Issued today; the replacement gets the next number of the same year.
    let year = &number["АХ-".len()..number.len() - "/0001".len()];
    let second = format!("АХ-{year}/0002");

    let scanned = read_qr(&pdf);
    assert_eq!(scanned, format!("KENSE {number} {code}"));
    assert!(
        pdftotext(&pdf).contains(&code),
        "the code is printed under the QR code"
    );

    // The scanned text and the typed code (in lower case) both verify.
    let out = ok(&kense(&db, &["doc", "verify", &scanned]));
    assert!(
        out.contains(&number) && out.contains("Әлденей Әлібек Серікұлы"),
        "{out}"
    );
    ok(&kense(&db, &["doc", "verify", &code.to_lowercase()]));
    // A code with a wrong check fails; a malformed one is a clear error.
    let forged = format!("{}ZZZZ", &code[..code.len() - 4]);
    let out = kense(&db, &["doc", "verify", &forged]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("жоқ"),
        "{out:?}"
    );
    let out = kense(&db, &["doc", "verify", "hello"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("тексеру коды емес"),
        "{out:?}"
    );

    // Reissue: a new number; the old one is «reissued», links to it, and no longer valid.
    let new_pdf = dir.path().join("new.pdf");
    let out = ok(&kense(
        &db,
        &[
            "doc",
            "reissue",
            &number,
            "--reason",
            "аты қате жазылған",
            "--out",
            new_pdf.to_str().unwrap(),
        ],
    ));
    assert!(out.contains(&second), "{out}");
    let out = kense(&db, &["doc", "verify", &code]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains(&second));
    // Only an issued document can be voided; the new one can.
    assert!(
        !kense(&db, &["doc", "void", &number, "--reason", "x"])
            .status
            .success()
    );
    ok(&kense(
        &db,
        &[
            "doc",
            "void",
            &second,
            "--reason",
            "қате басылды",
            "--spoiled",
        ],
    ));
    let list: serde_json::Value =
        serde_json::from_str(&ok(&kense(&db, &["doc", "list", "--json"]))).unwrap();
    let statuses: Vec<(&str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["number"].as_str().unwrap(), d["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [(second.as_str(), "spoiled"), (number.as_str(), "reissued")]
    );
    // Nothing is ever deleted.
    let conn = rusqlite::Connection::open(&db).unwrap();
    assert!(conn.execute("DELETE FROM issued_document", []).is_err());

    // The journal as PDF and XLSX.
    let journal = dir.path().join("journal.pdf");
    ok(&kense(
        &db,
        &["doc", "journal", "--out", journal.to_str().unwrap()],
    ));
    let text = pdftotext(&journal);
    assert!(
        text.contains(&number) && text.contains("Қайта берілді") && text.contains("қате басылды"),
        "{text}"
    );
    ok(&kense(
        &db,
        &[
            "doc",
            "journal",
            "--out",
            dir.path().join("journal.xlsx").to_str().unwrap(),
        ],
    ));

    // A second letter to the same person within 12 months is warned about,
    // naming the earlier one still in force, and issued all the same.
    let again = kense(
        &db,
        &[
            "doc",
            "issue",
            "--event",
            &event.to_string(),
            "--kind",
            "gratitude",
            "--out",
            dir.path().join("again.pdf").to_str().unwrap(),
        ],
    );
    ok(&again);
    let warning = String::from_utf8_lossy(&again.stderr);
    assert!(
        warning.contains("Әлденей Әлібек Серікұлы") && warning.contains(&number),
        "{warning}"
    );
}

#[test]
fn characters_the_fonts_lack_are_listed_and_nothing_is_issued() {
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(
        dir.path(),
        &[
            ("Ли", "Мэй 李", "", "Ұйым"),
            ("Әлденей", "Әлібек", "", "Ұйым"),
        ],
    );
    let pdf = dir.path().join("x.pdf");
    let out = kense(
        &db,
        &[
            "doc",
            "issue",
            "--event",
            &event.to_string(),
            "--kind",
            "diploma",
            "--out",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Ли Мэй 李") && stderr.contains("U+674E"),
        "{stderr}"
    );
    assert!(!pdf.exists());
    let list = ok(&kense(&db, &["doc", "list", "--json"]));
    assert_eq!(list.trim(), "[]");
}

#[test]
fn kill_9_during_batches_of_1000_leaves_no_gap_no_duplicate_and_no_orphan_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    ok(&kense(&db, &["demo", "--people", "1000", "--months", "0"]));
    // An event with all 1,000 people present.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "INSERT INTO event (uuid, kind, title_kk, title_ru, starts_at, ends_at, status, created_at, updated_at)
         VALUES ('crash', 'forum', 'Форум', 'Форум', '2026-11-20T10:00', '2026-11-20T12:00', 'held', 't', 't');
         INSERT INTO attendance (event_id, person_id, role, present, created_at)
         SELECT (SELECT id FROM event WHERE uuid = 'crash'), id, 'participant', 1, 't' FROM person;",
    )
    .unwrap();
    let event: i64 = conn
        .query_row("SELECT id FROM event WHERE uuid = 'crash'", [], |r| {
            r.get(0)
        })
        .unwrap();
    drop(conn);
    let out_dir = dir.path().join("out");
    fs::create_dir_all(&out_dir).unwrap();

    // A first full run tells how long a batch takes here; kills land across it.
    let event_id = event.to_string();
    let issue = [
        "doc",
        "issue",
        "--event",
        &event_id,
        "--kind",
        "certificate",
        "--date",
        "2026-11-21",
        "--per-person",
        "--out",
        out_dir.to_str().unwrap(),
    ];
    let started = std::time::Instant::now();
    ok(&kense(&db, &issue));
    let mut full = started.elapsed();
    let mut killed = 0;
    // On a loaded machine a batch's time varies several-fold: a run that
    // ends before its kill shortens the span the kills are spread over, and
    // the rounds go on until 10 runs were killed mid-way (at most 40).
    for round in 0..40_u32 {
        if killed >= 10 {
            break;
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_kense"))
            .arg("--db")
            .arg(&db)
            .args(issue)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Spread the kills over the batch: from the start to past its end.
        let delay = full.mul_f64(f64::from(round % 20) / 16.0);
        std::thread::sleep(delay);
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL on Unix
            killed += 1;
        } else {
            full = full.min(delay);
        }
        child.wait().unwrap();
    }
    assert!(killed >= 10, "only {killed} of 40 runs were killed mid-way");

    let conn = rusqlite::Connection::open(&db).unwrap();
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(integrity, "ok");
    let numbers: Vec<i64> = conn
        .prepare("SELECT number FROM issued_document WHERE series = 'СТ' ORDER BY number")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let n = numbers.len() as i64;
    assert!(n >= 1000 && n % 1000 == 0, "whole batches only: {n}");
    assert_eq!(numbers, (1..=n).collect::<Vec<_>>(), "no gap, no duplicate");
    // Every finished file's number is in the register.
    let finished: Vec<String> = fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".pdf") && !name.starts_with('.'))
        .collect();
    assert!(finished.len() >= 1000);
    for name in finished {
        let number: i64 = name
            .strip_prefix("СТ-2026-")
            .and_then(|rest| rest.split(' ').next())
            .and_then(|digits| digits.parse().ok())
            .unwrap_or_else(|| panic!("unexpected file {name}"));
        assert!((1..=n).contains(&number), "{name} has no register entry");
    }
    // The next batch into the folder removes what killed runs left: no
    // private batch folder, no temporary file carrying a number.
    ok(&kense(&db, &issue));
    let leftovers: Vec<String> = fs::read_dir(&out_dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}
