//! The registry as users meet it: typing, searching, importing from Excel,
//! exporting back, on temporary databases.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use kense_core::FieldName;
use kense_core::events::{self, EventInput};
use kense_core::export::{self, ExportFormat};
use kense_core::import::registry::{commit_import, preview_import, refusal};
use kense_core::import::{ImportKind, read_table};
use kense_core::kinds::{EventKind, EventStatus, Role};
use kense_core::organisations::{self, OrganisationInput};
use kense_core::people::{self, PersonFilter, PersonInput};
use kense_core::search_index::check_search_indexes;
use kense_core::{ErrorCode, Lang, Store, attendance, changelog};

fn person(surname: &str, name: &str) -> PersonInput {
    PersonInput {
        surname: surname.into(),
        name: name.into(),
        ..PersonInput::default()
    }
}

/// Every row of every table, as text: two equal dumps mean nothing changed.
fn dump(store: &Store) -> Vec<String> {
    let conn = store.conn();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let rows = stmt
            .query_map([], |row| {
                let mut line = table.clone();
                for i in 0..columns {
                    let value: rusqlite::types::Value = row.get(i)?;
                    line.push_str(&format!(" | {value:?}"));
                }
                Ok(line)
            })
            .unwrap();
        for row in rows {
            out.push(row.unwrap());
        }
    }
    out
}

const PEOPLE_CSV: &str = "\u{feff}№;ФИО;Организация;Должность;Телефон;Роль\r\n\
1;Әлденей Әлібек Серікұлы;Іле ауданы әкімдігі;Бас маман;8 701 123 45 67;спикер\r\n\
2;Килыбай Нұрдаулет;«Жастар үні» ҚБ;Төраға;+7 (702) 765-43-21;участник\r\n\
3;Ёлкина Алёна Петровна;Іле ауданы әкімдігі;\"Специалист; отдел \"\"А\"\"\";87057654321;победитель\r\n";

#[test]
fn typed_kazakh_names_are_found_in_any_case_and_sorted_in_kazakh_order() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    for (surname, name) in [
        ("Бекова", "Ақерке"),
        ("ӘЛІБЕКОВ", "Нұрлан"),
        ("Абаев", "Ержан"),
        ("Яковлев", "Фёдор"),
    ] {
        people::insert_person(c, &person(surname, name)).unwrap();
    }
    let found = people::list_people(
        c,
        &PersonFilter {
            query: "әлібек".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].full_name, "ӘЛІБЕКОВ Нұрлан");
    let found = people::list_people(
        c,
        &PersonFilter {
            query: "федор".into(),
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(found[0].full_name, "Яковлев Фёдор", "ё is found by е");
    let all = people::list_people(c, &PersonFilter::default()).unwrap();
    let order: Vec<_> = all.iter().map(|p| p.full_name.as_str()).collect();
    assert_eq!(
        order,
        [
            "Абаев Ержан",
            "ӘЛІБЕКОВ Нұрлан",
            "Бекова Ақерке",
            "Яковлев Фёдор"
        ]
    );
}

#[test]
fn a_long_list_pages_in_alphabet_order_with_its_true_count() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let names = [
        "Абаев",
        "Әлиев",
        "Бекова",
        "Ғалымов",
        "Қасымов",
        "Нұрланов",
        "Өмірбек",
        "Ұлықбеков",
    ];
    for surname in names {
        people::insert_person(c, &person(surname, "Ержан")).unwrap();
    }
    let page = |offset: u32, query: &str| {
        let filter = PersonFilter {
            query: query.into(),
            limit: Some(3),
            offset: Some(offset),
            ..Default::default()
        };
        let found: Vec<String> = people::list_people(c, &filter)
            .unwrap()
            .into_iter()
            .map(|p| p.full_name)
            .collect();
        (found, people::count_people(c, &filter).unwrap())
    };
    let (first, total) = page(0, "");
    assert_eq!(first, ["Абаев Ержан", "Әлиев Ержан", "Бекова Ержан"]);
    assert_eq!(total, 8, "the count ignores the page");
    let (last, _) = page(6, "");
    assert_eq!(last, ["Өмірбек Ержан", "Ұлықбеков Ержан"]);
    // A search pages too, and counts its hits, not the registry.
    let (hits, count) = page(1, "ержан");
    assert_eq!(hits, ["Әлиев Ержан", "Бекова Ержан", "Ғалымов Ержан"]);
    assert_eq!(count, 8);
    let (none, zero) = page(0, "жоқ");
    assert!(none.is_empty());
    assert_eq!(zero, 0);
}

#[test]
fn every_page_of_the_registry_equals_a_plain_sort_from_either_end() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    // Namesakes (equal sort keys) and deleted people among them: the pages
    // read backwards from the end must still follow (sort key, id).
    let mut ids = Vec::new();
    for (n, surname) in [
        "Әлиев",
        "Абаев",
        "Бекова",
        "Әлиев",
        "Ғалымов",
        "Абаев",
        "Қасымов",
    ]
    .iter()
    .cycle()
    .take(23)
    .enumerate()
    {
        let name = if n % 3 == 0 {
            "Ержан"
        } else {
            "Ақерке"
        };
        ids.push(people::insert_person(c, &person(surname, name)).unwrap());
    }
    for id in [ids[2], ids[9], ids[22]] {
        people::delete_person(c, id).unwrap();
    }
    let plain: Vec<i64> = c
        .prepare("SELECT id FROM person WHERE deleted_at IS NULL ORDER BY sort_key, id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(plain.len(), 20);
    for limit in [1, 3, 7, 100] {
        for offset in 0..=22 {
            let filter = PersonFilter {
                limit: Some(limit),
                offset: Some(offset),
                ..Default::default()
            };
            let page: Vec<i64> = people::list_people(c, &filter)
                .unwrap()
                .into_iter()
                .map(|p| p.id)
                .collect();
            let from = (offset as usize).min(plain.len());
            let to = (from + limit as usize).min(plain.len());
            assert_eq!(page, plain[from..to], "limit {limit}, offset {offset}");
            assert_eq!(people::count_people(c, &filter).unwrap(), 20);
        }
    }
}

#[test]
fn bad_input_is_stored_losslessly_or_refused_naming_the_field() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let err = people::insert_person(c, &person(&"Ә".repeat(10_000), "Нұрлан")).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        (ErrorCode::Validation, Some(FieldName::Surname))
    );

    let mut quoted = person("О'Брайен \"; DROP TABLE person; --", "Robert'); --");
    quoted.notes = "🎉 Құттықтаймыз! 👏".into();
    quoted.phone = "8 (701) 123-45-67".into();
    let id = people::insert_person(c, &quoted).unwrap();
    let stored = people::get_person(c, id).unwrap();
    assert_eq!(stored.surname, quoted.surname);
    assert_eq!(stored.name, quoted.name);
    assert_eq!(stored.notes, "🎉 Құттықтаймыз! 👏");
    assert_eq!(stored.phone, "+77011234567");

    for phone in [
        "+7 701 123 45 67",
        "8 701 1234567",
        "+7(701)123-45-67",
        "7011234567",
    ] {
        let mut p = person("Тестов", "Тест");
        p.phone = phone.into();
        let id = people::insert_person(c, &p).unwrap();
        assert_eq!(
            people::get_person(c, id).unwrap().phone,
            "+77011234567",
            "{phone}"
        );
    }
    let mut bad_phone = person("Тестов", "Тест");
    bad_phone.phone = "позвонить вечером".into();
    assert_eq!(
        people::insert_person(c, &bad_phone).unwrap_err().field(),
        Some(FieldName::Phone)
    );

    let mut bad_iin = person("Тестов", "Тест");
    bad_iin.iin = "900101300001".into();
    let err = people::insert_person(c, &bad_iin).unwrap_err();
    assert_eq!(err.field(), Some(FieldName::Iin));
    assert_eq!(err.invalid().map(|(r, _)| r.as_str()), Some("not_an_iin"));
}

#[test]
fn duplicates_are_warned_by_name_phone_or_iin() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let mut first = person("Әлденей", "Әлібек");
    first.phone = "+77011234567".into();
    people::insert_person(c, &first).unwrap();
    let same_name = people::find_duplicates(c, &person("ӘЛДЕНЕЙ", "әлібек"), None).unwrap();
    assert_eq!(same_name.len(), 1);
    assert!(same_name[0].same_name && !same_name[0].same_phone);
    let mut other = person("Басқа", "Адам");
    other.phone = "8 701 123 45 67".into();
    let same_phone = people::find_duplicates(c, &other, None).unwrap();
    assert!(same_phone[0].same_phone);
    assert!(
        people::find_duplicates(c, &person("Жаңа", "Адам"), None)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn one_bad_row_without_skipping_leaves_the_database_exactly_as_it_was() {
    let mut store = Store::open_in_memory().unwrap();
    people::insert_person(store.conn(), &person("Бұрынғы", "Адам")).unwrap();
    let csv = format!("{PEOPLE_CSV}4;Қате Телефон;;;не номер;\r\n");
    let table = read_table("people.csv", csv.as_bytes()).unwrap();
    let preview = preview_import(store.conn(), ImportKind::People, &table, None).unwrap();
    assert_eq!(
        (preview.total_rows, preview.valid_rows, preview.invalid_rows),
        (4, 3, 1)
    );
    assert_eq!(preview.problems[0].line, 5);
    assert_eq!(preview.problems[0].column, "Телефон");
    let refused = refusal(&preview, false).expect("one invalid row refuses the import");
    assert_eq!(refused.field(), Some(FieldName::File));
    assert_eq!(
        refused.invalid().map(|(r, l)| (r.as_str(), l)),
        Some(("rows_with_problems", Some(1)))
    );
    assert!(
        refusal(&preview, true).is_none(),
        "skipping the invalid row allows it"
    );

    let before = dump(&store);
    let err = store
        .with_tx(|tx| commit_import(tx, ImportKind::People, &table, None, false, None))
        .unwrap_err();
    assert_eq!(err.field(), Some(FieldName::File));
    assert_eq!(dump(&store), before);

    let outcome = store
        .with_tx(|tx| commit_import(tx, ImportKind::People, &table, None, true, None))
        .unwrap();
    assert_eq!((outcome.created, outcome.skipped), (3, 1));
}

#[test]
fn importing_the_same_file_twice_adds_nobody_twice() {
    let mut store = Store::open_in_memory().unwrap();
    let table = read_table("people.csv", PEOPLE_CSV.as_bytes()).unwrap();
    let first = store
        .with_tx(|tx| commit_import(tx, ImportKind::People, &table, None, false, None))
        .unwrap();
    assert_eq!((first.created, first.existing), (3, 0));
    let preview = preview_import(store.conn(), ImportKind::People, &table, None).unwrap();
    assert_eq!(preview.existing_rows, 3);
    let second = store
        .with_tx(|tx| commit_import(tx, ImportKind::People, &table, None, false, None))
        .unwrap();
    assert_eq!((second.created, second.existing), (0, 3));
    let everyone = people::list_people(store.conn(), &PersonFilter::default()).unwrap();
    assert_eq!(everyone.len(), 3);
    let elkina = people::list_people(
        store.conn(),
        &PersonFilter {
            query: "елкина".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let elkina = people::get_person(store.conn(), elkina[0].id).unwrap();
    // One «Должность» column: a Russian text goes to the Russian position.
    assert_eq!(elkina.position_ru, "Специалист; отдел \"А\"");
    assert_eq!(elkina.position_kk, "");
    assert_eq!(
        elkina.organisation_kk, "Іле ауданы әкімдігі",
        "one organisation, created once"
    );
    let history = changelog::list_changes(store.conn(), Some(("person", elkina.id)), 10).unwrap();
    let actions: Vec<_> = history
        .iter()
        .map(|c| (c.action.as_str(), c.summary.as_str()))
        .collect();
    assert_eq!(
        actions,
        [("import", "Ёлкина Алёна Петровна")],
        "imported once, logged once"
    );
    check_search_indexes(store.conn()).unwrap();
}

#[test]
fn a_participant_list_imports_onto_its_event_with_roles() {
    let mut store = Store::open_in_memory().unwrap();
    let event_id = events::insert_event(
        store.conn(),
        &EventInput {
            kind: EventKind::Contest,
            campaign_id: None,
            title_kk: "«Заң Үйірмесі» байқауы".into(),
            title_ru: String::new(),
            starts_at: "2026-11-20T10:00".into(),
            ends_at: String::new(),
            place_kk: String::new(),
            place_ru: String::new(),
            district_kk: String::new(),
            district_ru: String::new(),
            status: EventStatus::Held,
            confirm_future: Some(true),
            headcount: None,
            outcomes: String::new(),
            proposals_count: 0,
        },
    )
    .unwrap();
    let table = read_table("sheet.csv", PEOPLE_CSV.as_bytes()).unwrap();
    let outcome = store
        .with_tx(|tx| commit_import(tx, ImportKind::People, &table, None, false, Some(event_id)))
        .unwrap();
    assert_eq!(outcome.added_to_event, 3);
    let history = changelog::list_changes(store.conn(), Some(("event", event_id)), 10).unwrap();
    assert!(
        history
            .iter()
            .any(|c| c.action == "import" && c.summary.contains("3 added to event")),
        "{history:?}"
    );
    let rows = attendance::list_event_attendance(store.conn(), event_id).unwrap();
    let roles: Vec<_> = rows
        .iter()
        .map(|r| (r.full_name.as_str(), r.role))
        .collect();
    assert_eq!(
        roles,
        [
            ("Әлденей Әлібек Серікұлы", Role::Speaker),
            ("Ёлкина Алёна Петровна", Role::Winner),
            ("Килыбай Нұрдаулет", Role::Participant),
        ]
    );
}

#[test]
fn exports_re_import_into_an_empty_office_in_both_languages() {
    let mut store = Store::open_in_memory().unwrap();
    let table = read_table("people.csv", PEOPLE_CSV.as_bytes()).unwrap();
    store
        .with_tx(|tx| commit_import(tx, ImportKind::People, &table, None, false, None))
        .unwrap();
    for (lang, format, name) in [
        (Lang::Kk, ExportFormat::Xlsx, "people.xlsx"),
        (Lang::Ru, ExportFormat::Csv, "people.csv"),
    ] {
        let bytes = export::registry::export_people(
            store.conn(),
            lang,
            format,
            export::registry::PeopleExportOptions::default(),
        )
        .unwrap();
        let exported = read_table(name, &bytes).unwrap();
        assert_eq!(exported.rows.len(), 3, "{lang}");
        let mut fresh = Store::open_in_memory().unwrap();
        let outcome = fresh
            .with_tx(|tx| commit_import(tx, ImportKind::People, &exported, None, false, None))
            .unwrap();
        assert_eq!(outcome.created, 3, "{lang}");
        let names: Vec<_> = people::list_people(fresh.conn(), &PersonFilter::default())
            .unwrap()
            .into_iter()
            .map(|p| (p.full_name, p.phone))
            .collect();
        assert_eq!(
            names[0],
            (
                "Әлденей Әлібек Серікұлы".to_owned(),
                "+77011234567".to_owned()
            ),
            "{lang}"
        );
    }
}

#[test]
fn edits_and_renames_keep_the_search_index_true() {
    let store = Store::open_in_memory().unwrap();
    let c = store.conn();
    let org = organisations::insert_organisation(
        c,
        &OrganisationInput {
            name_kk: "Мансап орталығы".into(),
            ..OrganisationInput::default()
        },
    )
    .unwrap();
    let mut input = person("Қасымов", "Ғалым");
    input.organisation_id = Some(org);
    let id = people::insert_person(c, &input).unwrap();
    let search = |q: &str| {
        people::list_people(
            c,
            &PersonFilter {
                query: q.into(),
                ..Default::default()
            },
        )
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect::<Vec<_>>()
    };
    assert_eq!(search("мансап"), [id]);

    input.surname = "Қасымұлы".into();
    people::update_person(c, id, &input).unwrap();
    assert!(search("қасымов").is_empty());
    assert_eq!(search("қасымұлы"), [id]);

    organisations::update_organisation(
        c,
        org,
        &OrganisationInput {
            name_kk: "Жастар орталығы".into(),
            ..OrganisationInput::default()
        },
    )
    .unwrap();
    assert!(search("мансап").is_empty());
    assert_eq!(search("жастар"), [id]);

    people::delete_person(c, id).unwrap();
    assert!(search("жастар").is_empty());
    people::restore_person(c, id).unwrap();
    assert_eq!(search("жастар"), [id]);
    check_search_indexes(c).unwrap();
    assert!(store.check().unwrap().is_ok());
}

#[test]
fn broad_and_narrow_searches_agree_with_a_plain_sort() {
    // More people than the broad-search threshold, so both plans run.
    let mut store = Store::open_in_memory().unwrap();
    let names = [
        "Әлібек",
        "Айгүл",
        "Бауыржан",
        "Ғалым",
        "Ілияс",
        "Өркен",
        "Ұлан",
        "Үміт",
        "Нұрлан",
        "Ержан",
    ];
    let surnames = [
        "Әлденей",
        "Абаев",
        "Бекова",
        "Ғабдуллин",
        "Ізтілеуов",
        "Оспанов",
        "Ұлықбеков",
        "Үсенов",
        "Яковлев",
        "Ёлкин",
    ];
    store
        .with_tx(|tx| {
            for i in 0..5_600 {
                let mut p = person(
                    surnames[i % surnames.len()],
                    &format!("{} {i}", names[(i / 7) % names.len()]),
                );
                p.position_kk = "Бас маман".into();
                people::insert_person(tx, &p)?;
            }
            Ok(())
        })
        .unwrap();
    let everyone = people::list_people(
        store.conn(),
        &PersonFilter {
            limit: Some(10_000),
            ..Default::default()
        },
    )
    .unwrap();
    // «маман» hits all 5,600 (the broad plan); the others stay narrow.
    for query in ["маман", "маман ә", "а", "ә", "ұлықбеков", "нұрлан 1", "ё"]
    {
        let got: Vec<_> = people::list_people(
            store.conn(),
            &PersonFilter {
                query: query.into(),
                limit: Some(50),
                ..Default::default()
            },
        )
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
        let folded = kense_core::fold::fold(query);
        let tokens: Vec<&str> = folded.split(' ').collect();
        let expected: Vec<_> = everyone
            .iter()
            .filter(|p| {
                let name = kense_core::fold::fold(&format!("{} Бас маман", p.full_name));
                tokens
                    .iter()
                    .all(|t| name.split(' ').any(|w| w.starts_with(t)))
            })
            .take(50)
            .map(|p| p.id)
            .collect();
        assert!(!got.is_empty(), "{query}");
        assert_eq!(got, expected, "{query}");
    }
}
