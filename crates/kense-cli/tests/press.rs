//! Acceptance of issue 15 through the `kense` binary: the demo office's
//! held site tour gets a press-release draft in Kazakh and Russian (text
//! and DOCX read back with python-docx), the report counts ID hand-overs
//! and photos in its JSON, PDF and XLSX, and a person shows the ID they
//! received with its number.
#![allow(clippy::disallowed_methods)] // spawning the binary, poppler and python is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

mod common;

use common::{kense, ok, pdftotext};
use std::path::Path;
use std::process::Command;

const KK_MONTHS: [&str; 12] = [
    "қаңтарда",
    "ақпанда",
    "наурызда",
    "сәуірде",
    "мамырда",
    "маусымда",
    "шілдеде",
    "тамызда",
    "қыркүйекте",
    "қазанда",
    "қарашада",
    "желтоқсанда",
];
const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

fn json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_str(&ok(out)).unwrap()
}

/// The demo's held site tour with records (speakers): its id and JSON.
fn held_tour(db: &Path) -> serde_json::Value {
    let events = json(&kense(db, &["events", "list", "--json"]));
    events
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "site_tour" && e["status"] == "held")
        .find(|e| {
            let id = e["id"].as_i64().unwrap().to_string();
            let speakers = json(&kense(db, &["events", "speaker", "list", &id, "--json"]));
            !speakers.as_array().unwrap().is_empty()
        })
        .cloned()
        .expect("the demo has a held site tour with records")
}

fn python_with_docx() -> &'static str {
    for python in ["python3", "/usr/bin/python3"] {
        let found = Command::new(python)
            .args(["-c", "import docx"])
            .output()
            .is_ok_and(|out| out.status.success());
        if found {
            return python;
        }
    }
    panic!("python-docx is missing: apt-get install python3-docx");
}

#[test]
fn a_held_site_tour_gets_its_press_release_and_the_report_counts_ids_and_photos() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kense.db");
    ok(&kense(&db, &["demo", "--people", "150", "--months", "3"]));
    let tour = held_tour(&db);
    let id = tour["id"].as_i64().unwrap().to_string();
    let starts = tour["startsAt"].as_str().unwrap();
    let (year, month, day): (i32, usize, u32) = (
        starts[..4].parse().unwrap(),
        starts[5..7].parse().unwrap(),
        starts[8..10].parse().unwrap(),
    );
    let plan = json(&kense(&db, &["plan", "show", &id, "--json"]));
    let stops = plan["stops"].as_array().cloned().unwrap();
    assert!(stops.len() >= 2, "the demo tour has stops");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let participants: i64 = conn
        .query_row(
            "SELECT max((SELECT count(DISTINCT person_id) FROM attendance
                          WHERE event_id = ?1 AND present = 1), coalesce(headcount, 0))
             FROM event WHERE id = ?1",
            [&id],
            |r| r.get(0),
        )
        .unwrap();
    assert!(participants > 0);

    for (lang, title_key, date, org_key, people) in [
        (
            "kk",
            "titleKk",
            format!("{year} жылғы {day} {}", KK_MONTHS[month - 1]),
            "organisationKk",
            format!("Іс-шараға {participants} адам қатысты"),
        ),
        (
            "ru",
            "titleRu",
            format!("{day} {} {year} года", RU_MONTHS[month - 1]),
            "organisationRu",
            format!("участие {participants} человек"),
        ),
    ] {
        let txt = dir.path().join(format!("release-{lang}.txt"));
        let out = kense(
            &db,
            &[
                "press-release",
                &id,
                "--out",
                txt.to_str().unwrap(),
                "--lang",
                lang,
            ],
        );
        ok(&out);
        let text = std::fs::read_to_string(&txt).unwrap();
        let title = tour[title_key].as_str().unwrap();
        assert!(text.starts_with(title), "{lang}: headline\n{text}");
        assert!(
            text.contains(&format!("«{title}»")),
            "{lang}: the event named\n{text}"
        );
        assert!(text.contains(&date), "{lang}: {date:?} missing\n{text}");
        assert!(text.contains(&people), "{lang}: {people:?} missing\n{text}");
        // Every stop's organisation, in the itinerary's order.
        let mut from = 0;
        for stop in &stops {
            let org = stop[org_key].as_str().unwrap();
            let at = text[from..]
                .find(org)
                .unwrap_or_else(|| panic!("{lang}: stop {org:?} missing or out of order\n{text}"));
            from += at + org.len();
        }

        let docx = dir.path().join(format!("release-{lang}.docx"));
        ok(&kense(
            &db,
            &[
                "press-release",
                &id,
                "--out",
                docx.to_str().unwrap(),
                "--lang",
                lang,
            ],
        ));
        let read = Command::new(python_with_docx())
            .args([
                "-c",
                "import sys, docx\n\
                 d = docx.Document(sys.argv[1])\n\
                 print(len(d.inline_shapes))\n\
                 print('\\n'.join(p.text for p in d.paragraphs))",
            ])
            .arg(&docx)
            .output()
            .unwrap();
        assert!(
            read.status.success(),
            "{}",
            String::from_utf8_lossy(&read.stderr)
        );
        let read = String::from_utf8(read.stdout).unwrap();
        let (pictures, paragraphs) = read.split_once('\n').unwrap();
        assert_eq!(pictures.trim(), "1", "{lang}: the tour's one chosen photo");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let line = line.trim();
            // List items are numbered in the text and numbered paragraphs in the DOCX.
            let line = line
                .split_once(". ")
                .filter(|(n, _)| n.parse::<u32>().is_ok())
                .map_or(line, |(_, rest)| rest);
            assert!(
                paragraphs.contains(line),
                "{lang}: {line:?} missing in the DOCX"
            );
        }
        assert!(
            paragraphs.contains("Фото: Жобалық кеңсе"),
            "{lang}: the photo credit"
        );
    }

    // The report of the council's month counts and lists the IDs and photos.
    let council: (i64, String) = conn
        .query_row(
            "SELECT e.id, substr(e.starts_at, 1, 7) FROM id_handover h JOIN event e ON e.id = h.event_id
             LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let month = council.1;
    let (ids, photos): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT count(*) FROM id_handover h JOIN event e ON e.id = h.event_id
                      WHERE substr(e.starts_at, 1, 7) = ?1 AND h.kind = 'police_assistant'),
                    (SELECT count(*) FROM event_photo p JOIN event e ON e.id = p.event_id
                      WHERE substr(e.starts_at, 1, 7) = ?1)",
            [&month],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(ids, 3, "the demo council hands over three IDs");
    let pdf = dir.path().join("report.pdf");
    let xlsx = dir.path().join("report.xlsx");
    let report = json(&kense(
        &db,
        &[
            "report",
            "--month",
            &month,
            "--json",
            "--out",
            pdf.to_str().unwrap(),
            "--xlsx",
            xlsx.to_str().unwrap(),
            "--lang",
            "ru",
        ],
    ));
    assert_eq!(report["current"]["policeAssistantIds"], ids);
    assert_eq!(report["current"]["photos"], photos);
    let text = pdftotext(&pdf);
    for needle in [
        format!("в т. ч. «Общественный помощник полиции» {ids}"),
        format!("Фотографии {photos}"),
        "Фотографии мероприятий".to_owned(),
    ] {
        assert!(
            text.contains(&needle),
            "{needle:?} missing from the PDF:\n{text}"
        );
    }
    use calamine::Reader;
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(&xlsx).unwrap();
    let sheet = book.worksheet_range("Удостоверения").unwrap();
    assert_eq!(sheet.height() as i64, 1 + ids);

    // The person who received an ID shows it with its number.
    let (person, number): (i64, String) = conn
        .query_row(
            "SELECT person_id, number FROM id_handover ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    let shown = ok(&kense(
        &db,
        &["people", "show", &person.to_string(), "--lang", "ru"],
    ));
    assert!(
        shown.contains(&format!("Общественный помощник полиции № {number}")),
        "{shown}"
    );
    let shown = json(&kense(
        &db,
        &["people", "show", &person.to_string(), "--json"],
    ));
    assert_eq!(shown["ids"][0]["number"], number.as_str());
}

#[test]
fn records_are_added_and_refused_headless() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kense.db");
    ok(&kense(&db, &["demo", "--people", "20", "--months", "1"]));
    let events = json(&kense(&db, &["events", "list", "--json"]));
    let event = events[0]["id"].as_i64().unwrap().to_string();
    let photo = dir.path().join("p.txt");
    std::fs::write(&photo, b"not a photo").unwrap();
    let out = kense(
        &db,
        &[
            "events",
            "photo",
            "add",
            &event,
            photo.to_str().unwrap(),
            "--lang",
            "ru",
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Фотография") && err.contains("PNG или JPEG"),
        "{err}"
    );
    let out = kense(
        &db,
        &[
            "events",
            "equipment",
            "add",
            &event,
            "--what",
            "рации",
            "--recipients",
            "0",
        ],
    );
    assert!(!out.status.success());
    ok(&kense(
        &db,
        &[
            "event",
            "proposal",
            "add",
            &event,
            "--text",
            "Жарық орнату",
            "--status",
            "sent",
        ],
    ));
    let list = json(&kense(
        &db,
        &["events", "proposal", "list", &event, "--json"],
    ));
    assert_eq!(list[0]["status"], "sent");
    assert!(
        json(&kense(
            &db,
            &["events", "equipment", "list", &event, "--json"]
        ))
        .as_array()
        .unwrap()
        .is_empty()
    );
}
