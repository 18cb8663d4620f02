//! The total of the consolidated report computed the way it was before
//! the merge: every office's rows copied into one more database, and the
//! report's code run on it. Built only with the `reference-total` feature,
//! for the tests that check [`super::hub_report`]'s merged total against
//! it.

use super::{
    Filled, HubReport, OfficePresence, OfficeRow, fill, merged_total, office_reports, sql,
    with_offices,
};
use crate::Result;
use kense_core::report::presence::{Presence, PresenceSource, held_events_in_scope};
use kense_core::report::{Report, ReportQuery, Scope, compute_report_with};
use postgres::Client;
use rusqlite::{Connection, params};
use std::collections::HashMap;

/// [`super::hub_report`], and beside it the total computed from one
/// database holding every office's rows (ids unique across offices and
/// kept; campaigns and categories merged as in the merged total), both
/// from the same copy of the hub's rows (the ids of a copy follow the
/// order PostgreSQL returns the rows in, which may change between two).
pub fn hub_report_and_reference_total(
    client: &mut Client,
    query: &ReportQuery,
    office_code: Option<&str>,
) -> Result<(HubReport, Report)> {
    let mut filled = fill(client, query, office_code)?;
    let reports = office_reports(&mut filled.scratch, &filled.present, query)
        .into_iter()
        .collect::<kense_core::Result<Vec<_>>>()?;
    let merged_report = merged_total(&filled, query, &reports)?;
    let Filled {
        list,
        scratch,
        present,
        merged,
        total,
    } = filled;
    let conn = total.conn();
    conn.execute_batch(
        "CREATE TEMP TABLE campaign_map (id INTEGER PRIMARY KEY, total INTEGER NOT NULL)",
    )
    .map_err(sql("preparing the report database"))?;
    for (id, merged) in &merged.campaigns {
        conn.prepare_cached("INSERT INTO temp.campaign_map (id, total) VALUES (?1, ?2)")
            .and_then(|mut s| s.execute(params![id, merged]))
            .map_err(sql("mapping campaigns"))?;
    }
    let uris: Vec<String> = scratch.iter().map(|s| s.uri.clone()).collect();
    fill_total(conn, &uris, &list)?;
    conn.execute_batch("ANALYZE")
        .map_err(sql("filling the report database"))?;
    let source = TotalPresence {
        offices: &present,
        categories: &merged.categories,
    };
    let reference = compute_report_with(conn, query, &source)?;
    Ok((
        HubReport {
            total: merged_report,
            offices: with_offices(list, reports),
        },
        reference,
    ))
}

/// The total's people present: the sum of the offices' (no person is in
/// two offices), each office's counted over its own events of the total's
/// (the same as its report's: ids are kept).
struct TotalPresence<'a> {
    offices: &'a [OfficePresence],
    /// Each office's category ids as the total's.
    categories: &'a HashMap<i64, i64>,
}

impl PresenceSource for TotalPresence<'_> {
    fn presence(
        &self,
        conn: &Connection,
        scope: &Scope,
        detail: bool,
    ) -> kense_core::Result<Presence> {
        let held = held_events_in_scope(conn, scope)?;
        let mut total = Presence::default();
        for office in self.offices {
            let counted = office.count(&held, detail);
            total.add_office(&counted, Some, |c| self.categories.get(&c).copied());
        }
        Ok(total)
    }
}

/// Copies each office's rows into the total's database (`ATTACH`, then
/// `INSERT … SELECT`): ids are unique across offices and kept; campaigns
/// are renamed through `temp.campaign_map`, register series prefixed with
/// the office's code.
fn fill_total(total: &Connection, uris: &[String], list: &[OfficeRow]) -> Result<()> {
    // SQLite detaches a database only outside a transaction: one per
    // office.
    total
        .execute_batch("COMMIT")
        .map_err(sql("filling the report database"))?;
    for (uri, office) in uris.iter().zip(list) {
        total
            .execute("ATTACH ?1 AS office", [uri])
            .map_err(sql("attaching an office's report database"))?;
        total
            .execute_batch("BEGIN")
            .map_err(sql("filling the report database"))?;
        total
            .prepare_cached(
                "INSERT INTO main.event (id, uuid, kind, campaign_id, title_kk, title_ru, starts_at,
                                         ends_at, place_kk, district_kk, status, headcount,
                                         proposals_count, created_at, updated_at, place_ru, district_ru)
                 SELECT e.id, e.uuid, e.kind, m.total, e.title_kk, e.title_ru, e.starts_at, e.ends_at,
                        e.place_kk, e.district_kk, e.status, e.headcount, e.proposals_count,
                        e.created_at, e.updated_at, e.place_ru, e.district_ru
                 FROM office.event e LEFT JOIN temp.campaign_map m ON m.id = e.campaign_id",
            )
            .and_then(|mut st| st.execute([]))
            .map_err(sql("copying events into the total"))?;
        total
            .execute_batch(
                "INSERT INTO main.media_item (id, uuid, event_id, outlet, url, published_on, views,
                                              created_at, updated_at)
                 SELECT id, uuid, event_id, outlet, url, published_on, views, created_at, updated_at
                 FROM office.media_item;
                 INSERT INTO main.memorandum (id, uuid, event_id, parties_kk, parties_ru, subject_kk,
                                              subject_ru, signed_on, created_at, updated_at)
                 SELECT id, uuid, event_id, parties_kk, parties_ru, subject_kk, subject_ru, signed_on,
                        created_at, updated_at
                 FROM office.memorandum;
                 INSERT INTO main.proposal (id, uuid, event_id, text, addressee, status, created_at,
                                            updated_at)
                 SELECT id, uuid, event_id, text, addressee, status, created_at, updated_at
                 FROM office.proposal;
                 INSERT INTO main.id_handover (id, uuid, event_id, person_id, kind, kind_other, number,
                                               issuer, handed_on, created_at, updated_at)
                 SELECT id, uuid, event_id, person_id, kind, kind_other, number, issuer, handed_on,
                        created_at, updated_at
                 FROM office.id_handover;",
            )
            .map_err(sql("copying records into the total"))?;
        total
            .prepare_cached(
                "INSERT INTO main.issued_document (id, uuid, series, year, number, kind, lang,
                                                   recipient, event_id, issued_on, check_code,
                                                   content, status, created_at)
                 SELECT id, uuid, ?1 || '/' || series, year, number, kind, lang, recipient, event_id,
                        issued_on, check_code, content, status, created_at
                 FROM office.issued_document",
            )
            .and_then(|mut st| st.execute([&office.1]))
            .map_err(sql("copying the register into the total"))?;
        total
            .execute_batch("COMMIT; DETACH office")
            .map_err(sql("detaching an office's report database"))?;
    }
    Ok(())
}
