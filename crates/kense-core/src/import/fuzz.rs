//! The importer against random and mutated bytes (proptest on stable Rust):
//! every input is either a table or a clear [`ImportError`], never a panic
//! or an unbounded allocation. 10,000 cases by default (CI); set
//! `KENSE_FUZZ_CASES` for longer runs. A zip bomb disguised as `.xlsx` and
//! a sheet claiming cell XFD1048576 are refused in bounded memory.

use super::read_table;
use super::table::ImportError;
use proptest::prelude::*;
use std::io::Write;

fn cases(share: u32) -> ProptestConfig {
    let total: u32 = std::env::var("KENSE_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    ProptestConfig {
        cases: (total * share / 10).max(1),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const CSV: &str = "\u{feff}Тегі;Аты;Әкесінің аты;Телефон;ЖСН\r\n\
Әлденей;Әлібек;Серікұлы;8 701 123 45 67;880215300123\r\n\
\"Қасым, Ұлы\";\"Нұр\"\"лан\";;+7 702 765 43 21;\r\n\
Бекова;Айгүл;;\"87011234567\";\r\n";

/// A small real workbook, made with rust_xlsxwriter.
fn workbook() -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (c, h) in ["Тегі", "Аты", "Телефон"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..20u32 {
        sheet.write_string(r, 0, format!("Адам{r}")).unwrap();
        sheet.write_string(r, 1, "Нұрлан").unwrap();
        sheet
            .write_number(r, 2, 87_010_000_000.0 + f64::from(r))
            .unwrap();
    }
    book.save_to_buffer().unwrap()
}

fn mutate(base: &[u8], edits: &[(usize, u8)], cut: Option<usize>) -> Vec<u8> {
    let mut bytes = base.to_vec();
    for &(at, b) in edits {
        let i = at % bytes.len();
        bytes[i] = b;
    }
    if let Some(cut) = cut {
        bytes.truncate(cut % (bytes.len() + 1));
    }
    bytes
}

proptest! {
    #![proptest_config(cases(3))]
    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096), xlsx in any::<bool>()) {
        let name = if xlsx { "f.xlsx" } else { "f.csv" };
        let _ = read_table(name, &bytes);
    }
}

proptest! {
    #![proptest_config(cases(4))]
    #[test]
    fn mutated_csv_never_panics(
        edits in proptest::collection::vec((any::<usize>(), prop_oneof![Just(b'"'), Just(b';'), Just(b'\r'), Just(b'\n'), Just(0u8), any::<u8>()]), 0..12),
        cut in proptest::option::of(any::<usize>()),
    ) {
        let bytes = mutate(CSV.as_bytes(), &edits, cut);
        let _ = read_table("people.csv", &bytes);
    }
}

proptest! {
    #![proptest_config(cases(3))]
    #[test]
    fn mutated_xlsx_never_panics(
        edits in proptest::collection::vec((any::<usize>(), any::<u8>()), 0..8),
        cut in proptest::option::of(any::<usize>()),
    ) {
        thread_local!(static BOOK: Vec<u8> = workbook());
        let bytes = BOOK.with(|b| mutate(b, &edits, cut));
        let _ = read_table("people.xlsx", &bytes);
    }
}

/// Rewrites the workbook with one part replaced.
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

#[test]
fn a_zip_bomb_disguised_as_xlsx_is_refused() {
    // 64 MB of one shared string (over the 48 MB cap) compress to ~60 KB.
    let mut strings = b"<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>".to_vec();
    strings.resize(strings.len() + 64 * 1024 * 1024, b'a');
    strings.extend_from_slice(b"</t></si></sst>");
    let bomb = with_part(&workbook(), "xl/sharedStrings.xml", &strings);
    drop(strings);
    assert!(bomb.len() < 2 * 1024 * 1024, "{} bytes", bomb.len());
    let err = read_table("people.xlsx", &bomb).unwrap_err();
    assert!(matches!(err, ImportError::TooLarge { .. }), "{err:?}");
}

#[test]
fn one_cell_at_xfd1048576_is_refused_before_calamine_allocates() {
    let sheet = br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>"#;
    let book = with_part(&workbook(), "xl/worksheets/sheet1.xml", sheet);
    let err = read_table("people.xlsx", &book).unwrap_err();
    assert!(matches!(err, ImportError::TooManyColumns { .. }), "{err:?}");
    // Column XFD on row 1 only: still refused.
    let sheet = br#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>"#;
    let book = with_part(&workbook(), "xl/worksheets/sheet1.xml", sheet);
    assert!(read_table("people.xlsx", &book).is_err());
    // The real workbook still reads.
    let table = read_table("people.xlsx", &workbook()).unwrap();
    assert_eq!(table.rows.len(), 19);
}
