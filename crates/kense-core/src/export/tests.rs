use super::*;
use crate::import::{TableFormat, read_table};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn tricky_text() -> Vec<&'static str> {
    vec![
        "Әлібек Нұрлан Серікұлы",
        "ӘӨҮҰҚҒҢҺІ әөүұқғңһі",
        "ТОО \"Ромашка\"; филиал",
        "две\nстроки",
        "'; DROP TABLE person; --",
        "Сәлем 😀👨‍👩‍👧",
        "=HYPERLINK(\"http://example.com\")",
        "+77011234567",
        "-не пришёл",
        "@mention",
        " пробелы по краям ",
        "001231500123",
    ]
}

#[test]
fn csv_is_what_russian_excel_opens() {
    let bytes = write_csv(
        &["Тегі", "Сумма", "Күні"],
        &[vec![
            Cell::from("Әлібек"),
            Cell::Number(1.5),
            Cell::Date(ymd(2024, 3, 15)),
        ]],
    );
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    assert_eq!(text, "Тегі;Сумма;Күні\r\nӘлібек;1,5;15.03.2024\r\n");
}

#[test]
fn csv_quotes_what_needs_quoting_and_guards_formulas() {
    let bytes = write_csv(
        &["a"],
        &[
            vec![Cell::from("x;y")],
            vec![Cell::from("say \"hi\"")],
            vec![Cell::from("=1+1")],
            vec![Cell::from("+77011234567")],
        ],
    );
    let text = String::from_utf8(bytes).unwrap();
    assert!(text.contains("\r\n\"x;y\"\r\n"));
    assert!(text.contains("\r\n\"say \"\"hi\"\"\"\r\n"));
    assert!(text.contains("\r\n'=1+1\r\n"));
    assert!(text.contains("\r\n'+77011234567\r\n"));
}

#[test]
fn csv_round_trips_through_read_table() {
    let texts = tricky_text();
    let rows: Vec<Vec<Cell>> = texts
        .iter()
        .map(|t| vec![Cell::from(*t), Cell::Int(7), Cell::Empty, Cell::from("end")])
        .collect();
    let bytes = write_csv(&["Текст", "Число", "Пусто", "Конец"], &rows);
    let table = read_table("export.csv", &bytes).unwrap();
    assert_eq!(table.format, TableFormat::CsvUtf8);
    assert_eq!(table.headers, ["Текст", "Число", "Пусто", "Конец"]);
    assert_eq!(table.rows.len(), texts.len());
    for (row, text) in table.rows.iter().zip(&texts) {
        assert_eq!(row.cells, [*text, "7", "", "end"]);
    }
    // Row numbers as Excel shows them: one row per record.
    let lines: Vec<usize> = table.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, (2..2 + texts.len()).collect::<Vec<_>>());
}

#[test]
fn xlsx_round_trips_through_read_table() {
    let texts = tricky_text();
    let mut rows: Vec<Vec<Cell>> = texts
        .iter()
        .map(|t| vec![Cell::from(*t), Cell::Empty, Cell::Empty, Cell::from("end")])
        .collect();
    rows.push(vec![
        Cell::Int(42),
        Cell::Number(1.25),
        Cell::Date(ymd(2024, 3, 15)),
        Cell::DateTime(ymd(2024, 3, 15).and_hms_opt(14, 30, 0).unwrap()),
    ]);
    rows.push(vec![
        Cell::Int(87_011_234_567),
        Cell::Number(-3.0),
        Cell::Date(ymd(1999, 12, 31)),
        Cell::from("Һ"),
    ]);
    let bytes = write_xlsx(&[Sheet {
        name: "Қатысушылар".into(),
        headers: vec!["Текст".into(), "Сан".into(), "Күні".into(), "Соңы".into()],
        rows,
        column_widths: None,
    }])
    .unwrap();
    let table = read_table("export.xlsx", &bytes).unwrap();
    assert_eq!(table.format, TableFormat::Xlsx);
    assert_eq!(table.sheet.as_deref(), Some("Қатысушылар"));
    assert_eq!(table.headers, ["Текст", "Сан", "Күні", "Соңы"]);
    for (row, text) in table.rows.iter().zip(&texts) {
        assert_eq!(row.cells, [*text, "", "", "end"]);
    }
    let n = texts.len();
    assert_eq!(
        table.rows[n].cells,
        ["42", "1.25", "15.03.2024", "15.03.2024 14:30"]
    );
    assert_eq!(
        table.rows[n + 1].cells,
        ["87011234567", "-3", "31.12.1999", "Һ"]
    );
    assert_eq!(table.rows[0].line, 2);
    // Recognised by the signature even without an extension.
    assert_eq!(read_table("download", &bytes).unwrap(), table);
}

#[test]
fn several_sheets_with_awkward_names() {
    let sheet = |name: &str| Sheet {
        name: name.into(),
        headers: vec!["A".into()],
        rows: vec![vec![Cell::from(name)]],
        column_widths: Some(vec![20.0]),
    };
    let bytes = write_xlsx(&[
        sheet("Іс-шаралар [2024]: қаңтар/ақпан*?"),
        sheet("Іс-шаралар [2024]: қаңтар/ақпан*?"),
        sheet("'"),
        sheet("History"),
    ])
    .unwrap();
    assert!(bytes.starts_with(b"PK"));
    assert_eq!(
        read_table("x.xlsx", &bytes).unwrap().rows[0].cells[0],
        "Іс-шаралар [2024]: қаңтар/ақпан*?"
    );
}

#[test]
fn sheet_names_are_sanitised() {
    assert_eq!(
        sanitise_sheet_name("Іс-шаралар [2024]: 1/2", 1),
        "Іс-шаралар _2024__ 1_2"
    );
    assert_eq!(sanitise_sheet_name("", 3), "Sheet3");
    assert_eq!(sanitise_sheet_name("'цитата'", 1), "цитата");
    assert_eq!(sanitise_sheet_name("history", 1), "history_");
    let long = sanitise_sheet_name(&"Ә".repeat(40), 1);
    assert_eq!(long.chars().count(), 31);
    assert_eq!(unique_for_test("Лист", &["лист".into()]), "Лист (2)");
    let long31 = "Ә".repeat(31);
    let unique = unique_for_test(&long31, std::slice::from_ref(&long31));
    assert_eq!(unique.chars().count(), 31);
    assert!(unique.ends_with(" (2)"));
}

fn unique_for_test(name: &str, used: &[String]) -> String {
    // Through the public API: two sheets with the same name.
    let mut sheets: Vec<Sheet> = used
        .iter()
        .map(|u| Sheet {
            name: u.clone(),
            ..Sheet::default()
        })
        .collect();
    sheets.push(Sheet {
        name: name.into(),
        ..Sheet::default()
    });
    let bytes = write_xlsx(&sheets).unwrap();
    // The sheet names are in xl/workbook.xml; read them with calamine.
    use calamine::Reader;
    let book =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes.as_slice())).unwrap();
    book.sheet_names().last().unwrap().clone()
}

#[test]
fn empty_and_non_finite_values_do_not_break_the_workbook() {
    let bytes = write_xlsx(&[Sheet {
        name: "x".into(),
        headers: vec!["a".into(), "b".into()],
        rows: vec![
            vec![Cell::Number(f64::NAN), Cell::Number(f64::INFINITY)],
            vec![Cell::Int(i64::MAX), Cell::Date(ymd(1850, 1, 1))],
        ],
        column_widths: None,
    }])
    .unwrap();
    let table = read_table("x.xlsx", &bytes).unwrap();
    assert_eq!(table.rows.len(), 1);
    assert_eq!(
        table.rows[0].cells,
        [i64::MAX.to_string(), "01.01.1850".to_owned()]
    );
    assert!(write_xlsx(&[]).is_ok());
}
