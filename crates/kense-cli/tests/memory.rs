//! Hostile import files against the `kense` binary, each run's peak memory
//! measured by GNU time: every file is refused with a message naming what
//! is too large, and no run goes over 300 MB (the probe of issue 12 saw 1.5
//! to 4.8 GB, and an abort asking for 512 GB).
#![cfg(target_os = "linux")]
#![allow(clippy::disallowed_methods)] // spawning the binary under test is the point
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The most a run may take, in kilobytes (`ru_maxrss` is in KB on Linux).
const LIMIT_KB: i64 = 300 * 1024;

/// A small real workbook (a header and two rows), made with rust_xlsxwriter.
fn workbook() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Тегі", "Аты", "Телефон"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "Әлденей").unwrap();
    sheet.write_string(1, 1, "Әлібек").unwrap();
    book.save_to_buffer().unwrap()
}

/// `base` with the part `part` replaced by (or added as) `content`.
fn with_part(base: &[u8], part: &str, content: &[u8]) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(base)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let mut replaced = false;
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().into_owned();
        out.start_file(name.as_str(), options).unwrap();
        if name == part {
            out.write_all(content).unwrap();
            replaced = true;
        } else {
            std::io::copy(&mut file, &mut out).unwrap();
        }
    }
    if !replaced {
        out.start_file(part, options).unwrap();
        out.write_all(content).unwrap();
    }
    out.finish().unwrap().into_inner()
}

const SHEET_HEAD: &str = r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#;
const SHEET_TAIL: &str = "</sheetData></worksheet>";

/// A shared-strings part holding one string of `len` letters.
fn one_string(len: usize) -> Vec<u8> {
    let mut strings = br#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>"#.to_vec();
    strings.resize(strings.len() + len, b'a');
    strings.extend_from_slice(b"</t></si></sst>");
    strings
}

/// A sheet with a header row and one data row whose cell is shared string 0.
fn sheet_of_string_zero() -> Vec<u8> {
    format!(r#"{SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Тегі</t></is></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row>{SHEET_TAIL}"#).into_bytes()
}

/// A dense sheet of `rows` × `columns` numbers.
fn dense_sheet(rows: u32, columns: u32) -> Vec<u8> {
    let letters: Vec<String> = (0..columns).map(column_name).collect();
    let mut xml = String::with_capacity((rows * columns * 24) as usize);
    xml.push_str(SHEET_HEAD);
    for r in 1..=rows {
        xml.push_str(&format!(r#"<row r="{r}">"#));
        for (c, name) in letters.iter().enumerate() {
            xml.push_str(&format!(r#"<c r="{name}{r}"><v>{c}</v></c>"#));
        }
        xml.push_str("</row>");
    }
    xml.push_str(SHEET_TAIL);
    xml.into_bytes()
}

fn column_name(index: u32) -> String {
    let mut n = index + 1;
    let mut name = Vec::new();
    while n > 0 {
        let d = (n - 1) % 26;
        name.push(b'A' + d as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).unwrap()
}

/// Runs `kense --db DB import people FILE` under GNU time (`/usr/bin/time`,
/// Debian's `time`, which scripts/test.sh installs); its exit success, its
/// standard error and its peak resident memory in KB. A wrapper because a
/// child spawned from this test would inherit the test's own high-water mark
/// (the kernel records the vforked address space's at exec), and this test
/// builds files of 64 MB.
fn import(db: &Path, file: &Path, peak_file: &Path) -> (bool, String, i64) {
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M", "-o"])
        .arg(peak_file)
        .arg(env!("CARGO_BIN_EXE_kense"))
        .arg("--db")
        .arg(db)
        .args(["--lang", "ru", "import", "people"])
        .arg(file)
        .env_remove("KENSE_DB")
        .env_remove("KENSE_LANG")
        .stdin(Stdio::null())
        .output()
        .expect("/usr/bin/time is missing: apt-get install time");
    let peak = fs::read_to_string(peak_file).unwrap();
    let peak_kb = peak
        .lines()
        .filter_map(|l| l.trim().parse::<i64>().ok())
        .next_back()
        .unwrap_or_else(|| panic!("no peak in {peak:?}"));
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        peak_kb,
    )
}

#[test]
fn hostile_import_files_are_refused_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("memory.db");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            // 40 MB of one string (under the 48 MB cap on shared strings)
            // in a file of ~40 KB: the cell is too long.
            "huge-string.xlsx",
            with_part(
                &with_part(&workbook(), "xl/sharedStrings.xml", &one_string(40 << 20)),
                "xl/worksheets/sheet1.xml",
                &sheet_of_string_zero(),
            ),
            "в ячейке слишком много текста",
        ),
        (
            // The zip bomb: 64 MB of one string.
            "zip-bomb.xlsx",
            with_part(&workbook(), "xl/sharedStrings.xml", &one_string(64 << 20)),
            "книга в распакованном виде слишком велика, не более 48 мб",
        ),
        (
            // One cell at the last row and column (calamine's sparse range
            // would ask for 512 GB).
            "xfd1048576.xlsx",
            with_part(
                &workbook(),
                "xl/worksheets/sheet1.xml",
                format!(r#"{SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>{SHEET_TAIL}"#).as_bytes(),
            ),
            "не более 256 столбцов",
        ),
        (
            // Cells in column XFD on every one of 200 rows.
            "column-xfd.xlsx",
            with_part(&workbook(), "xl/worksheets/sheet1.xml", &{
                let mut xml = SHEET_HEAD.to_owned();
                for r in 1..=200 {
                    xml.push_str(&format!(
                        r#"<row r="{r}"><c r="A{r}"><v>1</v></c><c r="XFD{r}"><v>1</v></c></row>"#
                    ));
                }
                xml.push_str(SHEET_TAIL);
                xml.into_bytes()
            }),
            "не более 256 столбцов",
        ),
        (
            // 130,000 rows of 15 columns (1.95 million cells, under the
            // limit on a sheet's cells): over the row limit.
            "dense.xlsx",
            with_part(
                &workbook(),
                "xl/worksheets/sheet1.xml",
                &dense_sheet(130_000, 15),
            ),
            "не более 100000 строк",
        ),
        (
            // The largest sheet that passes the limits: 100,000 rows of 20
            // columns (2 million cells, ≈ 50 MB of sheet XML), with no
            // column Kense knows: read whole, then refused.
            "widest.xlsx",
            with_part(
                &workbook(),
                "xl/worksheets/sheet1.xml",
                &dense_sheet(100_000, 20),
            ),
            "не указаны нужные столбцы",
        ),
        (
            // A 50 MB CSV of one line.
            "one-line.csv",
            {
                let mut csv = "Тегі;Аты\r\n".as_bytes().to_vec();
                csv.resize(csv.len() + (50 << 20), b'x');
                csv
            },
            "в ячейке слишком много текста, не более 128 кб",
        ),
        (
            // 200,000 short rows: over the 100,000-row limit.
            "long.csv",
            {
                let mut csv = String::from("Тегі;Аты\r\n");
                for i in 0..200_000 {
                    csv.push_str(&format!("Адам{i};Нұрлан\r\n"));
                }
                csv.into_bytes()
            },
            "не более 100000 строк",
        ),
    ];
    let mut failures = Vec::new();
    let mut peak_of_all = 0;
    for (name, bytes, says) in &cases {
        let file = dir.path().join(name);
        fs::write(&file, bytes).unwrap();
        let (success, stderr, peak_kb) = import(&db, &file, &dir.path().join("peak.txt"));
        peak_of_all = peak_of_all.max(peak_kb);
        println!(
            "{name}: {} KB of file, peak {} MB, {}",
            bytes.len() / 1024,
            peak_kb / 1024,
            stderr.lines().next().unwrap_or("")
        );
        if success {
            failures.push(format!("{name}: imported"));
        }
        if !stderr.to_lowercase().contains(says) {
            failures.push(format!(
                "{name}: the message does not say {says:?}: {stderr}"
            ));
        }
        if peak_kb > LIMIT_KB {
            failures.push(format!("{name}: peak {} MB", peak_kb / 1024));
        }
        fs::remove_file(&file).unwrap();
    }
    println!(
        "hostile imports: {} trials, {} failures, peak {} MB (limit {} MB)",
        cases.len(),
        failures.len(),
        peak_of_all / 1024,
        LIMIT_KB / 1024
    );
    assert!(failures.is_empty(), "{failures:#?}");
}
