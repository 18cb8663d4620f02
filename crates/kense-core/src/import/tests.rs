//! End-to-end import tests on realistic files.

use super::delimited::windows_1251;
use super::*;
use crate::Invalid;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

const PEOPLE_CSV: &[u8] =
    include_bytes!("../../tests/fixtures/import/people_utf8_bom_semicolon.csv");

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_owned()).collect()
}

fn table(headers: &[&str], rows: &[&[&str]]) -> Table {
    Table {
        headers: strings(headers),
        rows: rows
            .iter()
            .enumerate()
            .map(|(i, cells)| TableRow {
                line: i + 2,
                cells: strings(cells),
            })
            .collect(),
        format: TableFormat::CsvUtf8,
        sheet: None,
    }
}

fn people(t: &Table) -> Vec<ParsedRow<PersonDraft>> {
    parse_people(t, &recognise_columns(ImportKind::People, &t.headers))
}

fn codes(row: &ParsedRow<PersonDraft>) -> Vec<(Field, Invalid)> {
    row.problems.iter().map(|p| (p.field, p.reason)).collect()
}

#[test]
fn utf8_bom_semicolon_csv_with_crlf_and_a_quoted_newline() {
    let t = read_table("Участники.csv", PEOPLE_CSV).unwrap();
    assert_eq!(t.format, TableFormat::CsvUtf8);
    assert_eq!(t.headers.len(), 15);
    assert_eq!(t.headers[0], "№");
    assert_eq!(t.headers[1], "Фамилия");
    let lines: Vec<usize> = t.rows.iter().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 4, 5, 7]);

    let rows = people(&t);
    assert_eq!(rows.len(), 5);

    let first = rows[0].value.as_ref().expect("row 2 is clean");
    assert_eq!(first.surname, "Әлібеков");
    assert_eq!(first.name, "Нұрлан");
    assert_eq!(first.patronymic, "Серікұлы");
    assert_eq!(first.gender, Some(Gender::Male));
    assert_eq!(first.organisation, "ТОО \"Ромашка\"");
    // «Директор» has no mark of either language: the first language, Kazakh.
    assert_eq!(first.position_kk, "Директор");
    assert_eq!(first.position_ru, "");
    assert_eq!(first.phone, "+77011234567");
    assert_eq!(first.email, "nurlan@mail.kz");
    assert_eq!(first.categories, ["Блогер", "Журналист"]);
    assert_eq!(first.iin, "850315300128");
    assert!(first.consent);
    assert_eq!(first.consent_date.as_deref(), Some("2024-03-15"));
    assert_eq!(first.notes, "Пришёл с опозданием\nВторая строка");
    assert_eq!(first.role, Some(Role::Speaker));

    let second = rows[1].value.as_ref().expect("row 3 is clean");
    assert_eq!(second.phone, "+77272123456");
    assert_eq!(second.gender, Some(Gender::Female));
    assert_eq!(second.consent_date.as_deref(), Some("2024-03-16"));
    assert_eq!(second.role, Some(Role::Participant));

    // Row 4: no surname.
    assert_eq!(rows[2].line, 4);
    assert_eq!(rows[2].value, None);
    assert_eq!(codes(&rows[2]), [(Field::Surname, Invalid::Required)]);
    assert_eq!(rows[2].problems[0].column, "Фамилия");

    // Row 5: SQL-looking text kept verbatim, five bad values reported.
    assert_eq!(rows[3].line, 5);
    assert_eq!(
        codes(&rows[3]),
        [
            (Field::Email, Invalid::NotAnEmail),
            (Field::Iin, Invalid::NotAnIin),
            (Field::Consent, Invalid::UnknownConsent),
            (Field::ConsentDate, Invalid::NotADate),
            (Field::Role, Invalid::UnknownRole),
        ]
    );
    let bad_email = &rows[3].problems[0];
    assert_eq!(bad_email.line, 5);
    assert_eq!(bad_email.column, "E-mail");
    assert_eq!(bad_email.value, "bad@");

    // Row 7 (after a blank line): a Korean name without patronymic.
    let kim = rows[4].value.as_ref().unwrap();
    assert_eq!(rows[4].line, 7);
    assert_eq!((kim.surname.as_str(), kim.name.as_str()), ("Ким", "Ен Су"));
    assert_eq!(kim.phone, "+77011234567");
}

#[test]
fn sql_quotes_and_emoji_are_kept_verbatim() {
    let t = table(
        &["Фамилия", "Имя", "Примечание", "Место работы"],
        &[&[
            "O'Brien",
            "Robert'); DROP TABLE person;--",
            "😀 «кавычки» \"двойные\"",
            "ЖШС «Нұр»",
        ]],
    );
    let rows = people(&t);
    let p = rows[0].value.as_ref().unwrap();
    assert_eq!(p.surname, "O'Brien");
    assert_eq!(p.name, "Robert'); DROP TABLE person;--");
    assert_eq!(p.notes, "😀 «кавычки» \"двойные\"");
    assert_eq!(p.organisation, "ЖШС «Нұр»");
}

#[test]
fn windows_1251_csv_with_commas() {
    let text = "Фамилия,Имя,Отчество,Пол,Телефон\r\n\
                Ёлкин,Пётр,Сергеевич,муж,8 701 111 22 33\r\n\
                \"Иванова, урожд. Петрова\",Анна,Ивановна,Ж,\r\n";
    let bytes = windows_1251(text);
    let t = read_table("list.csv", &bytes).unwrap();
    assert_eq!(t.format, TableFormat::CsvWindows1251);
    let rows = people(&t);
    let p = rows[0].value.as_ref().unwrap();
    assert_eq!(
        (p.surname.as_str(), p.name.as_str(), p.patronymic.as_str()),
        ("Ёлкин", "Пётр", "Сергеевич")
    );
    assert_eq!(p.gender, Some(Gender::Male));
    assert_eq!(p.phone, "+77011112233");
    let p = rows[1].value.as_ref().unwrap();
    assert_eq!(p.surname, "Иванова, урожд. Петрова");
    assert_eq!(p.gender, Some(Gender::Female));
}

#[test]
fn xlsx_from_excel_with_a_title_numbers_and_dates() {
    let iin = crate::validate::iin::tests::with_check_digit("03050150034").unwrap();
    let mut workbook = Workbook::new();
    workbook.add_worksheet().set_name("Бос").unwrap();
    let hidden = workbook.add_worksheet();
    hidden.set_name("Жасырын").unwrap();
    hidden.write_string(0, 0, "не то").unwrap();
    hidden.write_string(0, 1, "не то").unwrap();
    hidden.write_string(1, 0, "не то").unwrap();
    hidden.set_hidden(true);
    let ws = workbook.add_worksheet();
    ws.set_name("Тізім").unwrap();
    let date = Format::new().set_num_format("dd.mm.yyyy");
    ws.write_string(0, 0, "Қатысушылар тізімі").unwrap();
    for (c, h) in [
        "Р/с",
        "Аты-жөні",
        "Жынысы",
        "Телефон",
        "ЖСН",
        "Келісім",
        "Келісім күні",
    ]
    .iter()
    .enumerate()
    {
        ws.write_string(2, c as u16, *h).unwrap();
    }
    ws.write_number(3, 0, 1).unwrap();
    ws.write_string(3, 1, "Әлібек Нұрлан Серік ұлы").unwrap();
    ws.write_string(3, 2, "ер").unwrap();
    ws.write_number(3, 3, 87011234567.0).unwrap();
    ws.write_string(3, 4, &iin).unwrap();
    ws.write_string(3, 5, "иә").unwrap();
    ws.write_datetime_with_format(3, 6, ExcelDateTime::from_ymd(2024, 3, 15).unwrap(), &date)
        .unwrap();
    ws.write_number(4, 0, 2).unwrap();
    ws.write_string(4, 1, "Сейітова Әсем").unwrap();
    // The IIN typed as a number: Excel drops the leading zero.
    ws.write_number(4, 4, iin.parse::<f64>().unwrap()).unwrap();
    ws.write_number(4, 5, 1).unwrap();
    ws.write_number(4, 6, 45366).unwrap();
    let bytes = workbook.save_to_buffer().unwrap();

    let t = read_table("Тізім.xlsx", &bytes).unwrap();
    assert_eq!(t.format, TableFormat::Xlsx);
    assert_eq!(t.sheet.as_deref(), Some("Тізім"));
    assert_eq!(t.headers[1], "Аты-жөні");
    assert_eq!(t.rows[0].line, 4);
    assert_eq!(t.rows[0].cells[0], "1");
    assert_eq!(t.rows[0].cells[3], "87011234567");
    assert_eq!(t.rows[0].cells[6], "15.03.2024");

    let rows = people(&t);
    let p = rows[0].value.as_ref().unwrap();
    assert_eq!(
        (p.surname.as_str(), p.name.as_str(), p.patronymic.as_str()),
        ("Әлібек", "Нұрлан", "Серік ұлы")
    );
    assert_eq!(p.gender, Some(Gender::Male));
    assert_eq!(p.phone, "+77011234567");
    assert_eq!(p.iin, iin);
    assert!(p.consent);
    assert_eq!(p.consent_date.as_deref(), Some("2024-03-15"));

    assert_eq!(rows[1].line, 5);
    assert_eq!(codes(&rows[1]), [(Field::Iin, Invalid::IinLeadingZeroLost)]);
    assert_eq!(rows[1].problems[0].column, "ЖСН");
}

#[test]
fn full_name_fills_only_missing_parts_and_gender_comes_from_the_iin() {
    let iin = crate::validate::iin::tests::with_check_digit("92110760045").unwrap();
    let t = table(
        &["ФИО", "Имя", "ИИН"],
        &[
            &["Бекова Айгүл Маратқызы", "", &iin],
            &["Бекова Айгүл", "Айгуль", ""],
            &["Мадонна", "", ""],
        ],
    );
    let rows = people(&t);
    let p = rows[0].value.as_ref().unwrap();
    assert_eq!(p.patronymic, "Маратқызы");
    assert_eq!(p.gender, Some(Gender::Female));
    assert_eq!(rows[1].value.as_ref().unwrap().name, "Айгуль");
    assert_eq!(codes(&rows[2]), [(Field::Name, Invalid::Required)]);
    // Blamed on the name column, which is there but empty.
    assert_eq!(rows[2].problems[0].column, "Имя");
}

#[test]
fn cell_checks() {
    let long = "Ә".repeat(201);
    let t = table(
        &[
            "Фамилия",
            "Имя",
            "Пол",
            "Телефон",
            "Категория",
            "Категории 2",
        ],
        &[
            &[
                &long,
                "Иван",
                "оно",
                "8 701 ABC",
                "Блогер; блогер",
                "Журналист\nБЛОГЕР",
            ],
            &["Иванов\u{7}", "  Иван   Петр\nСергей ", "", "", "", ""],
            &["", "", "", "", "", ""],
        ],
    );
    let rows = people(&t);
    assert_eq!(rows.len(), 2, "the blank row is left out");
    assert_eq!(
        codes(&rows[0]),
        [
            (Field::Surname, Invalid::TooLong),
            (Field::Gender, Invalid::UnknownGender),
            (Field::Phone, Invalid::NotAPhone),
        ]
    );
    assert_eq!(rows[0].problems[0].limit, Some(200));
    assert_eq!(rows[0].problems[0].value.chars().count(), 101);
    assert_eq!(
        codes(&rows[1]),
        [(Field::Surname, Invalid::ControlCharacters)]
    );

    let t = table(
        &["Фамилия", "Имя", "Категория", "Категории 2"],
        &[&[
            "Иванов",
            "  Иван   Петр\nСергей ",
            "Блогер; блогер",
            "Журналист\nБЛОГЕР",
        ]],
    );
    let p = people(&t).remove(0).value.unwrap();
    assert_eq!(p.name, "Иван Петр Сергей");
    assert_eq!(p.categories, ["Блогер", "Журналист"]);
}

#[test]
fn a_row_with_only_a_row_number_is_blank() {
    let t = table(
        &["№", "Фамилия", "Имя"],
        &[&["7", "", ""], &["8", "Абаев", "Нұр"]],
    );
    let rows = people(&t);
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].line, 3);
}

#[test]
fn user_overrides_of_the_mapping_are_used() {
    let t = table(&["Колонка 1", "Колонка 2"], &[&["Абаев", "Нұрлан"]]);
    let mapping = recognise_columns(ImportKind::People, &t.headers);
    assert_eq!(mapping, vec![None, None]);
    let rows = parse_people(&t, &vec![Some(Field::Surname), Some(Field::Name)]);
    assert_eq!(rows[0].value.as_ref().unwrap().surname, "Абаев");
    // Fields of the other kind are ignored, a short mapping is padded.
    let rows = parse_people(&t, &vec![Some(Field::NameKk)]);
    assert!(rows.is_empty());
}

#[test]
fn organisations() {
    let t = table(
        &[
            "№",
            "Атауы (қаз)",
            "Наименование (рус)",
            "Вид",
            "Район",
            "Телефон",
            "Контактное лицо",
        ],
        &[
            &[
                "1",
                "Алматы қаласының әкімдігі",
                "Акимат города Алматы",
                "мемлекеттік орган",
                "Алмалы",
                "8 (727) 271-65-51",
                "Әлібеков Н.",
            ],
            &["2", "", "ТОО \"Ромашка\"", "ТОО", "", "", ""],
            &["3", "«Болашақ» ҮЕҰ", "", "ҮЕҰ", "", "", ""],
            &["4", "", "", "космодром", "Бостандық", "123", ""],
        ],
    );
    let rows = parse_organisations(
        &t,
        &recognise_columns(ImportKind::Organisations, &t.headers),
    );
    let o = rows[0].value.as_ref().unwrap();
    assert_eq!(o.name_kk, "Алматы қаласының әкімдігі");
    assert_eq!(o.name_ru, "Акимат города Алматы");
    assert_eq!(o.kind, Some(OrgKind::StateBody));
    assert_eq!(o.district, "Алмалы");
    assert_eq!(o.phone, "+77272716551");
    assert_eq!(o.contact, "Әлібеков Н.");
    let o = rows[1].value.as_ref().unwrap();
    assert_eq!(
        (o.name_kk.as_str(), o.name_ru.as_str()),
        ("ТОО \"Ромашка\"", "ТОО \"Ромашка\"")
    );
    assert_eq!(o.kind, Some(OrgKind::Business));
    let o = rows[2].value.as_ref().unwrap();
    assert_eq!(o.name_ru, "«Болашақ» ҮЕҰ");
    assert_eq!(o.kind, Some(OrgKind::Ngo));
    let problems: Vec<(Field, Invalid, &str)> = rows[3]
        .problems
        .iter()
        .map(|p| (p.field, p.reason, p.column.as_str()))
        .collect();
    assert_eq!(
        problems,
        [
            (Field::NameRu, Invalid::Required, "Наименование (рус)"),
            (Field::Kind, Invalid::UnknownOrgKind, "Вид"),
            (Field::Phone, Invalid::NotAPhone, "Телефон"),
        ]
    );
}

#[test]
fn unreadable_and_empty_files_are_clear_errors() {
    assert_eq!(read_table("a.csv", b""), Err(ImportError::Empty));
    assert_eq!(
        read_table("a.csv", "\u{feff}\r\n;;\r\n".as_bytes()),
        Err(ImportError::Empty)
    );
    assert_eq!(
        read_table("a.csv", "Фамилия;Имя\r\n".as_bytes()),
        Err(ImportError::NoRows)
    );
    assert!(matches!(
        read_table("a.xlsx", b"PK\x03\x04 not really a zip"),
        Err(ImportError::Unreadable(_))
    ));
    assert!(matches!(
        read_table("a.xlsx", "Фамилия;Имя\r\nА;Б\r\n".as_bytes()),
        Err(ImportError::Unreadable(_))
    ));
    assert_eq!(
        read_table("photo.csv", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        Err(ImportError::NotATable)
    );
    let mut workbook = Workbook::new();
    workbook.add_worksheet();
    let empty = workbook.save_to_buffer().unwrap();
    assert_eq!(read_table("empty.xlsx", &empty), Err(ImportError::Empty));
}

#[test]
fn drafts_serialise_for_the_preview() {
    let t = read_table("Участники.csv", PEOPLE_CSV).unwrap();
    let rows = people(&t);
    let json = serde_json::to_value(&rows[3]).unwrap();
    assert_eq!(json["line"], 5);
    assert!(json["value"].is_null());
    assert_eq!(json["problems"][1]["field"], "iin");
    assert_eq!(json["problems"][1]["reason"], "not_an_iin");
    let json = serde_json::to_value(&rows[0]).unwrap();
    assert_eq!(json["value"]["consentDate"], "2024-03-15");
    assert_eq!(json["value"]["gender"], "male");
    assert_eq!(json["value"]["role"], "speaker");
}
