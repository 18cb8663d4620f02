//! The merge of two generated offices' reports against the report of one
//! database holding both offices' rows.

use super::*;
use crate::demo::{self, DemoSize};
use crate::report::compute_report;
use crate::{Store, campaigns, categories};
use rusqlite::Connection;

/// Office B's ids are moved up by this much: ids unique across offices.
const OFFSET: i64 = 1_000_000;

/// The tables the report reads: each office's own rows.
const TABLES: [&str; 14] = [
    "campaign",
    "category",
    "person",
    "person_category",
    "event",
    "attendance",
    "media_item",
    "memorandum",
    "proposal",
    "id_handover",
    "issued_document",
    "event_photo",
    "initiative",
    "equipment_handover",
];

fn office(dir: &std::path::Path, name: &str, people: usize) -> Store {
    let mut store = Store::open(&dir.join(format!("{name}.db"))).unwrap();
    demo::fill_demo_office(
        &mut store,
        DemoSize { people, months: 3 },
        chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
    )
    .unwrap();
    store
}

/// A table's columns that can be written (not generated).
fn columns(conn: &Connection, schema: &str, table: &str) -> Vec<String> {
    conn.prepare(&format!("PRAGMA {schema}.table_xinfo({table})"))
        .unwrap()
        .query_map([], |r| Ok((r.get::<_, String>(1)?, r.get::<_, i64>(6)?)))
        .unwrap()
        .map(Result::unwrap)
        .filter(|(_, hidden)| *hidden == 0)
        .map(|(name, _)| name)
        .collect()
}

/// Moves every id of the report's tables in `conn` (and every reference
/// to one) up by [`OFFSET`], and prefixes the register's series and drops
/// the people's IINs (both unique), so that the rows can live beside
/// another office's.
fn move_ids_up(conn: &Connection) {
    conn.execute_batch(
        "PRAGMA foreign_keys = OFF; DROP TRIGGER issued_document_number_fixed;
         UPDATE issued_document SET series = 'B/' || series; UPDATE person SET iin = NULL;",
    )
    .unwrap();
    for table in TABLES {
        let mut moved: Vec<String> = conn
            .prepare(&format!("PRAGMA foreign_key_list({table})"))
            .unwrap()
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        if columns(conn, "main", table).iter().any(|c| c == "id") {
            moved.push("id".into());
        }
        let set: Vec<String> = moved
            .iter()
            .map(|c| format!("{c} = {c} + {OFFSET}"))
            .collect();
        conn.execute_batch(&format!("UPDATE {table} SET {}", set.join(", ")))
            .unwrap();
    }
}

/// A map of ids read by `sql`.
fn map(conn: &Connection, sql: &str) -> HashMap<i64, i64> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// The database of both offices, at `path`: A's rows with B's (at `b`,
/// ids moved up) beside them; B's campaigns are A's of the same names and
/// its categories A's of the same code, as the hub merges them. Returns
/// it with B's campaigns and categories as A's.
fn both(
    a: &Store,
    b: &std::path::Path,
    path: &std::path::Path,
) -> (Connection, HashMap<i64, i64>, HashMap<i64, i64>) {
    a.conn()
        .execute("VACUUM INTO ?1", [path.to_string_lossy()])
        .unwrap();
    let total = Connection::open(path).unwrap();
    total
        .execute_batch("PRAGMA foreign_keys = OFF; DROP TRIGGER issued_document_number_fixed;")
        .unwrap();
    total
        .execute("ATTACH ?1 AS b", [b.to_string_lossy()])
        .unwrap();
    let campaigns = map(
        &total,
        "SELECT b.id, a.id FROM b.campaign b JOIN main.campaign a
         ON a.name_kk = b.name_kk AND a.name_ru = b.name_ru",
    );
    let categories = map(
        &total,
        "SELECT b.id, a.id FROM b.category b JOIN main.category a ON a.code = b.code",
    );
    for table in TABLES
        .iter()
        .filter(|t| !["campaign", "category"].contains(t))
    {
        let cols = columns(&total, "main", table).join(", ");
        total
            .execute_batch(&format!(
                "INSERT INTO main.{table} ({cols}) SELECT {cols} FROM b.{table}"
            ))
            .unwrap();
    }
    for (b_id, a_id) in &campaigns {
        for table in ["event", "initiative"] {
            total
                .execute(
                    &format!("UPDATE main.{table} SET campaign_id = ?2 WHERE campaign_id = ?1"),
                    [b_id, a_id],
                )
                .unwrap();
        }
    }
    for (b_id, a_id) in &categories {
        total
            .execute(
                "UPDATE main.person_category SET category_id = ?2 WHERE category_id = ?1",
                [b_id, a_id],
            )
            .unwrap();
    }
    let unmapped: i64 = total
        .query_row(
            &format!(
                "SELECT (SELECT count(*) FROM event WHERE campaign_id > {OFFSET})
                      + (SELECT count(*) FROM person_category WHERE category_id > {OFFSET})"
            ),
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(unmapped, 0, "B's campaigns and categories are A's");
    (total, campaigns, categories)
}

#[test]
fn the_merged_reports_of_two_offices_are_the_report_of_both_rows() {
    let dir = tempfile::tempdir().unwrap();
    let a = office(dir.path(), "a", 150);
    let b = office(dir.path(), "b", 90);
    move_ids_up(b.conn());
    let (total, b_campaigns, b_categories) =
        both(&a, &dir.path().join("b.db"), &dir.path().join("both.db"));
    let a_campaigns = map(a.conn(), "SELECT id, id FROM campaign");
    let a_categories = map(a.conn(), "SELECT id, id FROM category");
    let columns = Columns {
        campaigns: campaigns::list_campaigns(&total).unwrap(),
        categories: categories::list_categories(&total).unwrap(),
    };
    // A district of both offices' events, a campaign of both.
    let district: String = total
        .query_row(
            "SELECT district_key FROM event WHERE district_key <> '' GROUP BY district_key
             ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let campaign: i64 = total
        .query_row(
            "SELECT campaign_id FROM event WHERE campaign_id IS NOT NULL GROUP BY campaign_id
             ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let b_campaign = b_campaigns
        .iter()
        .find(|(_, a)| **a == campaign)
        .map(|(b, _)| *b)
        .unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
    let mut queries = vec![
        ReportQuery::month("2026-11").unwrap(),
        ReportQuery::month("2026-10").unwrap(),
        ReportQuery::month("2026-11").unwrap().on(today),
        ReportQuery::dates("2026-08-01", "2026-11-30").unwrap(),
        ReportQuery::dates("2026-01-01", "2026-12-31")
            .unwrap()
            .on(today),
        ReportQuery::dates("2026-10-10", "2026-11-05").unwrap(),
    ];
    queries.push(ReportQuery {
        district: Some(district),
        ..queries[3].clone()
    });
    let mut lists = 0;
    for query in &queries {
        let expected = compute_report(&total, query).unwrap();
        let report_a = compute_report(a.conn(), query).unwrap();
        let report_b = compute_report(b.conn(), query).unwrap();
        let part_a = Part {
            report: &report_a,
            campaigns: &a_campaigns,
            categories: &a_categories,
        };
        let part_b = Part {
            report: &report_b,
            campaigns: &b_campaigns,
            categories: &b_categories,
        };
        // In either order: the lists are ordered as one database orders
        // them (the offices' events share their days and hours).
        for parts in [[part_a, part_b], [part_b, part_a]] {
            let merged = merge_reports(query, &columns, &parts).unwrap();
            assert_eq!(merged, expected, "{query:?}");
            assert_eq!(
                serde_json::to_string(&merged).unwrap(),
                serde_json::to_string(&expected).unwrap()
            );
        }
        assert!(report_a.current.events_held > 0 && report_b.current.events_held > 0);
        lists += expected.media.len() + expected.memoranda.len() + expected.records.proposals.len();
    }
    assert!(lists > 0, "the offices' lists are merged");

    // Filtered by a campaign: each office's report by its own campaign id.
    let query = ReportQuery {
        campaign_id: Some(campaign),
        ..queries[3].clone()
    };
    let report_a = compute_report(a.conn(), &query).unwrap();
    let report_b = compute_report(
        b.conn(),
        &ReportQuery {
            campaign_id: Some(b_campaign),
            ..query.clone()
        },
    )
    .unwrap();
    let merged = merge_reports(
        &query,
        &columns,
        &[
            Part {
                report: &report_a,
                campaigns: &a_campaigns,
                categories: &a_categories,
            },
            Part {
                report: &report_b,
                campaigns: &b_campaigns,
                categories: &b_categories,
            },
        ],
    )
    .unwrap();
    assert_eq!(merged, compute_report(&total, &query).unwrap());
    assert!(merged.current.events_total > report_a.current.events_total);
}

#[test]
fn no_parts_merge_to_an_empty_report_of_the_query() {
    let store = Store::open_in_memory().unwrap();
    let query = ReportQuery::month("2026-11").unwrap();
    let columns = Columns {
        campaigns: campaigns::list_campaigns(store.conn()).unwrap(),
        categories: categories::list_categories(store.conn()).unwrap(),
    };
    assert_eq!(
        merge_reports(&query, &columns, &[]).unwrap(),
        compute_report(store.conn(), &query).unwrap()
    );
}
