use super::changes::{self, HubValue};
use super::package::{VERSION, read_package, write_package};
use super::*;
use crate::FieldName;
use crate::demo::{self, DemoSize};
use crate::{ErrorCode, Store, office};
use chrono::NaiveDate;

fn demo_office() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    demo::fill_demo_office(
        &mut store,
        DemoSize {
            people: 60,
            months: 1,
        },
        NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    )
    .unwrap();
    office::set_office_code(store.conn(), "alm-01").unwrap();
    store
}

fn rows_of<'a>(set: &'a ChangeSet, table: &str) -> &'a [ChangeRow] {
    &set.tables
        .iter()
        .find(|t| t.table.name == table)
        .unwrap()
        .rows
}

#[test]
fn a_new_database_has_an_office_uuid_v7_and_no_code() {
    let store = Store::open_in_memory().unwrap();
    let id = office::get_office_identity(store.conn()).unwrap();
    let parsed = uuid::Uuid::parse_str(&id.office_id).unwrap();
    assert_eq!(parsed.get_version_num(), 7, "{}", id.office_id);
    assert_eq!(id.code, "");
    let err = collect_changes(store.conn(), false).unwrap_err();
    assert_eq!(err.field(), Some(FieldName::OfficeCode));
    assert_eq!(
        office::set_office_code(store.conn(), "alm-01")
            .unwrap()
            .code,
        "ALM-01"
    );
    assert!(office::set_office_code(store.conn(), "алм").is_err());
}

#[test]
fn the_second_change_set_has_only_what_changed_and_tombstones() {
    let mut store = demo_office();
    let first = collect_changes(store.conn(), false).unwrap();
    assert_eq!(first.seq, 1);
    assert!(rows_of(&first, "person").len() >= 60);
    assert!(!rows_of(&first, "attendance").is_empty());
    store.with_tx(|tx| mark_sent(tx, &first)).unwrap();
    assert_eq!(changes::sent_seq(store.conn()).unwrap(), 1);

    let again = collect_changes(store.conn(), false).unwrap();
    assert_eq!(again.row_count(), 0, "nothing changed");
    assert_eq!((again.base_seq, again.seq), (1, 2));

    // A write path that does not touch updated_at, a hard delete and a
    // soft delete.
    let conn = store.conn();
    let (att_id, present): (i64, bool) = conn
        .query_row(
            "SELECT id, present FROM attendance ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    crate::attendance::set_present(conn, att_id, !present, true).unwrap();
    let removed: i64 = conn
        .query_row("SELECT max(id) FROM attendance", [], |r| r.get(0))
        .unwrap();
    crate::attendance::remove_attendance(conn, removed).unwrap();
    let person: i64 = conn
        .query_row("SELECT min(id) FROM person", [], |r| r.get(0))
        .unwrap();
    crate::people::delete_person(conn, person).unwrap();

    let next = collect_changes(conn, false).unwrap();
    let att = rows_of(&next, "attendance");
    assert_eq!(att.len(), 2, "{att:?}");
    assert_eq!(att.iter().filter(|r| r.deleted && r.gone).count(), 1);
    let people = rows_of(&next, "person");
    assert_eq!(people.len(), 1);
    assert!(people[0].deleted);
    assert!(
        people[0].values[1..].iter().all(|v| *v == HubValue::Null),
        "a tombstone carries no personal data"
    );
    store.with_tx(|tx| mark_sent(tx, &next)).unwrap();
    assert_eq!(collect_changes(store.conn(), false).unwrap().row_count(), 0);

    // A full change set carries every row again.
    let full = collect_changes(store.conn(), true).unwrap();
    assert_eq!(full.base_seq, 0);
    assert!(rows_of(&full, "person").len() >= 60);
}

#[test]
fn iins_are_left_out_unless_the_office_opts_in() {
    let store = demo_office();
    let conn = store.conn();
    conn.execute(
        "UPDATE person SET iin = '900101300017' WHERE id = (SELECT min(id) FROM person)",
        [],
    )
    .unwrap();
    let iin_at = tables::table("person").unwrap().index("iin").unwrap();
    let sent_iins = |set: &ChangeSet| {
        rows_of(set, "person")
            .iter()
            .filter(|r| r.values[iin_at] != HubValue::Null)
            .count()
    };
    assert_eq!(sent_iins(&collect_changes(conn, false).unwrap()), 0);
    changes::set_send_iin(conn, true).unwrap();
    assert_eq!(sent_iins(&collect_changes(conn, false).unwrap()), 1);
}

#[test]
fn a_package_reads_back_as_written_and_a_newer_one_is_refused() {
    let store = demo_office();
    let set = collect_changes(store.conn(), false).unwrap();
    let mut bytes = Vec::new();
    write_package(&set, &mut bytes).unwrap();
    let back = read_package(&bytes[..]).unwrap();
    assert_eq!(back.office, set.office);
    assert_eq!((back.base_seq, back.seq), (set.base_seq, set.seq));
    for (a, b) in set.tables.iter().zip(&back.tables) {
        assert_eq!(a.table.name, b.table.name);
        assert_eq!(
            a.rows
                .iter()
                .map(|r| (&r.values, r.deleted))
                .collect::<Vec<_>>(),
            b.rows
                .iter()
                .map(|r| (&r.values, r.deleted))
                .collect::<Vec<_>>()
        );
    }

    // The next version, from a newer Kense.
    let text = {
        use std::io::Read;
        let mut s = String::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_string(&mut s)
            .unwrap();
        s
    };
    let newer = text.replacen(
        &format!("\"version\":{VERSION}"),
        &format!("\"version\":{}", VERSION + 1),
        1,
    );
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, newer.as_bytes()).unwrap();
    let err = read_package(&gz.finish().unwrap()[..]).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Validation);
    assert!(err.to_string().contains("newer Kense"), "{err}");

    // Cut short.
    let err = read_package(&bytes[..bytes.len() / 2]).unwrap_err();
    assert!(err.to_string().contains("package"), "{err}");
    assert!(read_package(&b"not a package"[..]).is_err());
}

#[test]
fn the_office_role_sql_names_the_office() {
    assert_eq!(office_role_name("ALM-01"), "kense_office_alm_01");
    let sql = office_role_sql("ALM-01", "0193", "Кеңсе 'А'");
    assert!(sql.contains("CREATE ROLE kense_office_alm_01 LOGIN IN ROLE kense_office;"));
    assert!(sql.contains("'Кеңсе ''А'''"));
    assert!(!sql.contains("PASSWORD '"), "no password is written");
}

/// `set` as an older Kense wrote it: package `version`, each renamed column
/// `(table, name now, name then)` by its old name, the columns
/// `(table, column)` that version did not have left out.
fn as_older_package(
    set: &ChangeSet,
    version: u32,
    renamed: &[(&str, &str, &str)],
    missing: &[(&str, &str)],
) -> Vec<u8> {
    use serde_json::Value;
    use std::io::Read;
    let mut bytes = Vec::new();
    write_package(set, &mut bytes).unwrap();
    let mut text = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut text)
        .unwrap();
    let mut lines = text.lines();
    let mut header: Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    header["version"] = Value::from(version);
    // Per table: the indexes of the columns that version did not have.
    let mut dropped: std::collections::HashMap<String, Vec<usize>> = Default::default();
    for t in header["tables"].as_array_mut().unwrap() {
        let name = t["name"].as_str().unwrap().to_owned();
        let columns = t["columns"].as_array_mut().unwrap();
        let mut gone = Vec::new();
        for (i, c) in columns.iter_mut().enumerate() {
            let c_name = c.as_str().unwrap().to_owned();
            if let Some((_, _, was)) = renamed
                .iter()
                .find(|(table, now, _)| *table == name && *now == c_name)
            {
                *c = Value::from(*was);
            }
            if missing.contains(&(name.as_str(), c_name.as_str())) {
                gone.push(i);
            }
        }
        for i in gone.iter().rev() {
            columns.remove(*i);
        }
        dropped.insert(name, gone);
    }
    let mut old = serde_json::to_string(&header).unwrap();
    for line in lines {
        let mut row: Value = serde_json::from_str(line).unwrap();
        let name = row[0].as_str().unwrap().to_owned();
        let values = row[2].as_array_mut().unwrap();
        for i in dropped[&name].iter().rev() {
            values.remove(*i);
        }
        old.push('\n');
        old.push_str(&serde_json::to_string(&row).unwrap());
    }
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, old.as_bytes()).unwrap();
    gz.finish().unwrap()
}

/// The columns package version 3 added (nominations).
const ADDED_IN_3: [(&str, &str); 2] = [
    ("attendance", "nomination_kk"),
    ("attendance", "nomination_ru"),
];

/// The columns package version 4 renamed (an itinerary's meeting point and
/// transport, a stop's site and address, one language's column each):
/// (table, name now, name then).
const RENAMED_IN_4: [(&str, &str, &str); 7] = [
    ("event", "meeting_point_kk", "meeting_point"),
    ("event", "transport_kk", "transport"),
    ("event", "district_kk", "district"),
    ("visit_stop", "site_kk", "site"),
    ("visit_stop", "address_kk", "address"),
    ("memorandum", "parties_kk", "parties"),
    ("memorandum", "subject_kk", "subject"),
];

/// The columns package version 4 added (their Russian side).
const ADDED_IN_4: [(&str, &str); 7] = [
    ("event", "meeting_point_ru"),
    ("event", "transport_ru"),
    ("event", "district_ru"),
    ("visit_stop", "site_ru"),
    ("visit_stop", "address_ru"),
    ("memorandum", "parties_ru"),
    ("memorandum", "subject_ru"),
];

#[test]
fn a_package_of_version_1_loads_with_its_positions_and_places_as_kazakh() {
    let store = demo_office();
    let set = collect_changes(store.conn(), false).unwrap();
    // Version 1 had one column each, by the old name, and no nominations.
    let mut missing = vec![
        ("person", "position_ru"),
        ("event", "place_ru"),
        ("visit_stop", "showing_ru"),
    ];
    missing.extend(ADDED_IN_3);
    missing.extend(ADDED_IN_4);
    let mut renamed = vec![
        ("person", "position_kk", "position"),
        ("event", "place_kk", "place"),
        ("visit_stop", "showing_kk", "showing"),
    ];
    renamed.extend(RENAMED_IN_4);
    let v1 = as_older_package(&set, 1, &renamed, &missing);
    let back = read_package(&v1[..]).unwrap();

    let people = &set
        .tables
        .iter()
        .find(|t| t.table.name == "person")
        .unwrap();
    let kk = people.table.index("position_kk").unwrap();
    let ru = people.table.index("position_ru").unwrap();
    let read = rows_of(&back, "person");
    assert_eq!(read.len(), people.rows.len());
    let with_position = people
        .rows
        .iter()
        .zip(read)
        .filter(|(a, _)| {
            a.values[kk] != HubValue::Null && a.values[kk] != HubValue::Text(String::new())
        })
        .count();
    assert!(with_position > 0, "the demo's people have positions");
    for (a, b) in people.rows.iter().zip(read) {
        assert_eq!(a.values[kk], b.values[kk], "the position, as Kazakh");
        assert_eq!(b.values[ru], HubValue::Null, "no Russian in version 1");
    }
}

#[test]
fn a_package_of_version_2_loads_without_nominations() {
    let store = demo_office();
    let (event, person): (i64, i64) = store
        .conn()
        .query_row(
            "SELECT event_id, person_id FROM attendance ORDER BY id LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    crate::attendance::set_nomination(store.conn(), event, person, "I орын", "I место").unwrap();
    let set = collect_changes(store.conn(), true).unwrap();
    let table = tables::table("attendance").unwrap();
    let (kk, ru) = (
        table.index("nomination_kk").unwrap(),
        table.index("nomination_ru").unwrap(),
    );
    let sent = rows_of(&set, "attendance");
    assert!(
        sent.iter()
            .any(|r| r.values[kk] == HubValue::Text("I орын".into())
                && r.values[ru] == HubValue::Text("I место".into())),
        "this version sends the nomination"
    );

    let v2 = as_older_package(
        &set,
        2,
        &RENAMED_IN_4,
        &[&ADDED_IN_3[..], &ADDED_IN_4[..]].concat(),
    );
    let back = read_package(&v2[..]).unwrap();
    let read = rows_of(&back, "attendance");
    assert_eq!(read.len(), sent.len());
    let role = table.index("role").unwrap();
    for (a, b) in sent.iter().zip(read) {
        assert_eq!(a.values[role], b.values[role]);
        assert_eq!(
            (&b.values[kk], &b.values[ru]),
            (&HubValue::Null, &HubValue::Null),
            "no nominations in version 2"
        );
    }
    // The other tables are read whole.
    assert_eq!(rows_of(&back, "person"), rows_of(&set, "person"));
}

#[test]
fn a_package_of_version_3_loads_its_itineraries_as_kazakh() {
    let store = demo_office();
    let event: i64 = store
        .conn()
        .query_row("SELECT id FROM event ORDER BY id LIMIT 1", [], |r| r.get(0))
        .unwrap();
    crate::planning::set_plan_details(
        store.conn(),
        event,
        &crate::planning::PlanDetails {
            meeting_point_kk: "Прокуратура ғимаратының алдында".into(),
            meeting_point_ru: "У здания прокуратуры".into(),
            transport_kk: "Қызметтік автобус".into(),
            transport_ru: "Служебный автобус".into(),
        },
    )
    .unwrap();
    let set = collect_changes(store.conn(), true).unwrap();
    let table = tables::table("event").unwrap();
    let at = |c: &str| table.index(c).unwrap();
    let sent = rows_of(&set, "event");
    assert!(
        sent.iter().any(|r| {
            r.values[at("meeting_point_ru")] == HubValue::Text("У здания прокуратуры".into())
                && r.values[at("transport_ru")] == HubValue::Text("Служебный автобус".into())
        }),
        "this version sends both languages"
    );

    let v3 = as_older_package(&set, 3, &RENAMED_IN_4, &ADDED_IN_4);
    let back = read_package(&v3[..]).unwrap();
    let read = rows_of(&back, "event");
    assert_eq!(read.len(), sent.len());
    for (a, b) in sent.iter().zip(read) {
        for kk in [
            "meeting_point_kk",
            "transport_kk",
            "district_kk",
            "title_kk",
            "place_ru",
        ] {
            assert_eq!(a.values[at(kk)], b.values[at(kk)], "{kk}, as Kazakh");
        }
        for ru in ["meeting_point_ru", "transport_ru", "district_ru"] {
            assert_eq!(b.values[at(ru)], HubValue::Null, "no {ru} in version 3");
        }
    }
    let stops = tables::table("visit_stop").unwrap();
    let sent = rows_of(&set, "visit_stop");
    assert!(!sent.is_empty(), "the demo's visits have stops");
    let read = rows_of(&back, "visit_stop");
    assert_eq!(read.len(), sent.len());
    for (a, b) in sent.iter().zip(read) {
        for kk in ["site_kk", "address_kk", "showing_kk", "showing_ru"] {
            let i = stops.index(kk).unwrap();
            assert_eq!(a.values[i], b.values[i], "{kk}");
        }
        for ru in ["site_ru", "address_ru"] {
            let i = stops.index(ru).unwrap();
            assert_eq!(b.values[i], HubValue::Null, "no {ru} in version 3");
        }
    }
    assert_eq!(rows_of(&back, "attendance"), rows_of(&set, "attendance"));
}
