//! Award documents as DOCX through the `kense` binary, read back with an
//! independent reader (python-docx): the recipients' names, the register
//! numbers and verification codes, one QR picture and one page (section)
//! per document, in one file or one file per person, and a register entry
//! saved again as DOCX with the number it was issued under; a contest's
//! winners issued in one batch, each diploma with its own place.
#![allow(clippy::disallowed_methods)] // spawning the binary and python is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

mod common;

use common::{kense, ok, pdftotext};
use std::path::{Path, PathBuf};
use std::process::Command;

/// What python-docx reads in a DOCX.
#[derive(Debug, serde::Deserialize)]
struct Read {
    /// Every paragraph's text, tables and nested tables included.
    paragraphs: Vec<String>,
    /// Inline pictures.
    pictures: usize,
    /// The pictures' files (hex), in order.
    images: Vec<String>,
    /// Sections (one per page here), with their orientation.
    orientations: Vec<String>,
}

impl Read {
    fn text(&self) -> String {
        self.paragraphs.join("\n")
    }

    /// What the QR codes among the pictures say, in order.
    fn qr_codes(&self) -> Vec<String> {
        self.images
            .iter()
            .filter_map(|hex| {
                let png: Vec<u8> = (0..hex.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                    .collect();
                let grey = image::load_from_memory(&png).unwrap().to_luma8();
                let (w, h) = (grey.width() as usize, grey.height() as usize);
                let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
                    grey.get_pixel(x as u32, y as u32).0[0]
                });
                let grids = prepared.detect_grids();
                grids.first().map(|g| g.decode().unwrap().1)
            })
            .collect()
    }
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

fn read_docx(path: &Path) -> Read {
    let out = Command::new(python_with_docx())
        .args([
            "-c",
            "import sys, json, docx\n\
             from docx.oxml.ns import qn\n\
             d = docx.Document(sys.argv[1])\n\
             paras = [''.join(t.text or '' for t in p.iter(qn('w:t'))) for p in d.element.body.iter(qn('w:p'))]\n\
             print(json.dumps({'paragraphs': [p for p in paras if p.strip()],\n\
                               'pictures': len(d.inline_shapes),\n\
                               'images': [d.part.related_parts[s._inline.graphic.graphicData.pic.blipFill.blip.embed].blob.hex() for s in d.inline_shapes],\n\
                               'orientations': [str(s.orientation).split('.')[-1].split(' ')[0] for s in d.sections]}))",
        ])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python-docx could not read {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// An office with a held contest and two people present.
fn office(dir: &Path) -> (PathBuf, String) {
    let db = dir.join("kense.db");
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
         VALUES ('e1', 'contest', 'Заң үйірмесі', 'Молодёжный конкурс «Заң үйірмесі»',
                 '2026-11-08T10:00', '2026-11-08T12:00', 'held', 't', 't')",
        [],
    )
    .unwrap();
    let event = conn.last_insert_rowid();
    for (i, (surname, name, patronymic)) in [
        ("Әбдірахманов", "Асқар", "Дарханұлы"),
        ("Иванова", "Мария", "Сергеевна"),
    ]
    .into_iter()
    .enumerate()
    {
        conn.execute(
            "INSERT INTO person (uuid, surname, name, patronymic, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 't', 't')",
            rusqlite::params![format!("p{i}"), surname, name, patronymic],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO attendance (event_id, person_id, role, present, created_at)
             VALUES (?1, ?2, 'participant', 1, 't')",
            rusqlite::params![event, conn.last_insert_rowid()],
        )
        .unwrap();
    }
    (db, event.to_string())
}

/// The register's rows as JSON, oldest first.
fn register(db: &Path) -> Vec<serde_json::Value> {
    let rows: Vec<serde_json::Value> =
        serde_json::from_str(&ok(&kense(db, &["doc", "list", "--json"]))).unwrap();
    rows.into_iter().rev().collect()
}

#[test]
fn a_batch_as_one_docx_carries_every_name_number_and_qr_code() {
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(dir.path());
    let docx = dir.path().join("certificates.docx");
    let args = [
        "--lang",
        "kk",
        "doc",
        "issue",
        "--event",
        &event,
        "--kind",
        "certificate",
        "--date",
        "2026-11-21",
        "--out",
        docx.to_str().unwrap(),
    ];
    ok(&kense(&db, &args));
    let rows = register(&db);
    assert_eq!(rows.len(), 2, "{rows:?}");
    let read = read_docx(&docx);
    let text = read.text();
    for row in &rows {
        let number = row["number"].as_str().unwrap();
        let code = row["checkCode"].as_str().unwrap();
        assert!(text.contains(&format!("№ {number}")), "{number}\n{text}");
        assert!(text.contains(code), "the verification code {code}\n{text}");
    }
    // The Kazakh sentence in its grammar, as the PDF prints it.
    assert!(
        text.contains("Осы сертификат"),
        "the certificate's opening\n{text}"
    );
    assert!(text.contains("Әбдірахманов Асқар Дарханұлының"), "{text}");
    assert!(text.contains("Иванова Мария Сергеевнаның"), "{text}");
    assert!(text.contains("2026 жылғы 8 қарашада өткен"), "{text}");
    assert!(text.contains("М.О."), "the stamp place\n{text}");
    assert!(
        text.contains("Алматы облысы прокуратурасының жобалық кеңсесі"),
        "{text}"
    );
    // One QR code and one landscape page per certificate; the QR code says
    // what the PDF's says: the number and the code.
    assert_eq!(read.pictures, 2, "one QR code each");
    let expected: Vec<String> = rows
        .iter()
        .map(|r| {
            format!(
                "KENSE {} {}",
                r["number"].as_str().unwrap(),
                r["checkCode"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(read.qr_codes(), expected);
    assert_eq!(read.orientations, ["LANDSCAPE", "LANDSCAPE"]);

    // A register entry saved again as DOCX: the same number and code.
    let first = &rows[0];
    let number = first["number"].as_str().unwrap();
    let again = dir.path().join("again.docx");
    ok(&kense(
        &db,
        &["doc", "print", number, "--out", again.to_str().unwrap()],
    ));
    let read = read_docx(&again);
    let text = read.text();
    assert!(text.contains(&format!("№ {number}")), "{text}");
    assert!(
        text.contains(first["checkCode"].as_str().unwrap()),
        "{text}"
    );
    assert!(text.contains("Әбдірахманов Асқар Дарханұлының"), "{text}");
    assert!(!text.contains("Иванова"), "only that entry\n{text}");
    assert_eq!(read.pictures, 1);
    assert_eq!(register(&db).len(), 2, "printing again enters nothing");
}

#[test]
fn a_batch_as_docx_files_gives_each_person_a_file_with_their_number() {
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(dir.path());
    let folder = dir.path().join("letters");
    std::fs::create_dir(&folder).unwrap();
    ok(&kense(
        &db,
        &[
            "--lang",
            "pair",
            "doc",
            "issue",
            "--event",
            &event,
            "--kind",
            "gratitude",
            "--date",
            "2026-11-21",
            "--per-person",
            "--format",
            "docx",
            "--out",
            folder.to_str().unwrap(),
        ],
    ));
    let rows = register(&db);
    assert_eq!(rows.len(), 2);
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    for row in &rows {
        let number = row["number"].as_str().unwrap();
        let stem = number.replace('/', "-");
        let file = names
            .iter()
            .find(|n| n.starts_with(&stem))
            .unwrap_or_else(|| panic!("no file for {number}: {names:?}"));
        assert!(file.ends_with(".docx"), "{file}");
        let read = read_docx(&folder.join(file));
        let text = read.text();
        let recipient = row["recipient"].as_str().unwrap();
        assert!(text.contains(&format!("№ {number}")), "{text}");
        // A kk/ru pair: a Kazakh and a Russian letter, portrait, each with
        // the QR code.
        assert!(text.contains("АЛҒЫС ХАТ"), "{text}");
        assert!(text.contains("БЛАГОДАРСТВЕННОЕ ПИСЬМО"), "{text}");
        assert!(text.contains("Құрметті"), "{text}");
        assert!(
            text.contains(recipient.split(' ').nth(1).unwrap()),
            "{text}"
        );
        assert_eq!(read.orientations, ["PORTRAIT", "PORTRAIT"]);
        assert_eq!(read.pictures, 2, "a QR code on each page");
        let other = rows.iter().find(|r| r["number"] != row["number"]).unwrap();
        assert!(
            !text.contains(other["number"].as_str().unwrap()),
            "one person's file holds only their document"
        );
    }
}

#[test]
fn a_contests_winners_get_their_own_places_in_one_batch() {
    let dir = tempfile::tempdir().unwrap();
    let (db, event) = office(dir.path());
    let people: Vec<i64> = {
        let conn = rusqlite::Connection::open(&db).unwrap();
        let mut stmt = conn.prepare("SELECT id FROM person ORDER BY id").unwrap();
        stmt.query_map([], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    for (person, kk, ru) in [
        (people[0], "I орын", "I место"),
        (people[1], "II орын", "II место"),
    ] {
        ok(&kense(
            &db,
            &[
                "events",
                "nominate",
                &event,
                "--person",
                &person.to_string(),
                "--kk",
                kk,
                "--ru",
                ru,
            ],
        ));
    }
    // Someone not on the event is refused.
    let out = kense(
        &db,
        &[
            "events",
            "nominate",
            &event,
            "--person",
            "999",
            "--kk",
            "I орын",
        ],
    );
    assert!(!out.status.success());

    let pdf = dir.path().join("diplomas.pdf");
    ok(&kense(
        &db,
        &[
            "--lang",
            "both",
            "doc",
            "issue",
            "--event",
            &event,
            "--kind",
            "diploma",
            "--date",
            "2026-11-21",
            "--out",
            pdf.to_str().unwrap(),
        ],
    ));
    // One page each, in alphabetical order, each with its own place.
    let pages: Vec<String> = (1..=2)
        .map(|page| {
            let one = dir.path().join(format!("page{page}.pdf"));
            let out = Command::new("pdfseparate")
                .args(["-f", &page.to_string(), "-l", &page.to_string()])
                .arg(&pdf)
                .arg(&one)
                .output()
                .unwrap();
            assert!(out.status.success());
            pdftotext(&one)
        })
        .collect();
    assert!(pages[0].contains("Әбдірахманов"), "{}", pages[0]);
    assert!(
        pages[0].contains("I орын") && pages[0].contains("I место"),
        "{}",
        pages[0]
    );
    assert!(!pages[0].contains("II орын"), "{}", pages[0]);
    assert!(pages[1].contains("Иванова"), "{}", pages[1]);
    assert!(
        pages[1].contains("II орын") && pages[1].contains("II место"),
        "{}",
        pages[1]
    );

    let docx = dir.path().join("diplomas.docx");
    ok(&kense(
        &db,
        &[
            "--lang",
            "kk",
            "doc",
            "issue",
            "--event",
            &event,
            "--kind",
            "diploma",
            "--date",
            "2026-11-21",
            "--out",
            docx.to_str().unwrap(),
        ],
    ));
    let read = read_docx(&docx);
    assert!(
        read.paragraphs.iter().any(|p| p == "I орын"),
        "{:?}",
        read.paragraphs
    );
    assert!(
        read.paragraphs.iter().any(|p| p == "II орын"),
        "{:?}",
        read.paragraphs
    );
}
