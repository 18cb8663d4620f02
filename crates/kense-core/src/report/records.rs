//! The event records in the report: IDs handed over, initiatives presented,
//! proposals drafted, equipment handed over, and photos — counted for both
//! periods, listed for the current one, and the photos chosen for the
//! report's photo page (at most [`PHOTOS_PER_EVENT`] per held event).

use super::compute::{EVENTS_IN_SCOPE, Scope};
use super::Figures;
use crate::error::SqlContext;
use crate::kinds::{IdKind, ProposalStatus};
use crate::Result;
use rusqlite::{Connection, params};
use serde::Serialize;
use ts_rs::TS;

/// The photos a held event shows on the report's photo page, at most.
pub const PHOTOS_PER_EVENT: usize = 2;

/// An ID handed over at one of the period's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HandoverRow {
    /// When, `YYYY-MM-DD`.
    #[ts(optional = nullable)]
    pub handed_on: Option<String>,
    /// Who received it.
    pub person_name: String,
    /// The kind.
    pub kind: IdKind,
    /// The name of an ID of kind `other`.
    pub kind_other: String,
    /// The number the issuing body gave it.
    pub number: String,
    /// The issuing body.
    pub issuer: String,
    /// The event.
    pub event_id: i64,
    /// Its title in Kazakh.
    pub event_title_kk: String,
    /// Its title in Russian.
    pub event_title_ru: String,
}

/// An initiative presented at one of the period's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InitiativeRow {
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// The event.
    pub event_id: i64,
    /// Its local start.
    pub starts_at: String,
    /// Its title in Kazakh.
    pub event_title_kk: String,
    /// Its title in Russian.
    pub event_title_ru: String,
}

/// A proposal drafted at one of the period's events.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProposalRow {
    /// The proposal.
    pub text: String,
    /// To whom.
    pub addressee: String,
    /// Where it stands.
    pub status: ProposalStatus,
    /// The event.
    pub event_id: i64,
    /// Its local start.
    pub starts_at: String,
    /// Its title in Kazakh.
    pub event_title_kk: String,
    /// Its title in Russian.
    pub event_title_ru: String,
}

/// A photo on the report's photo page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportPhoto {
    /// The photo.
    pub photo_id: i64,
    /// Caption.
    pub caption: String,
    /// Credit.
    pub credit: String,
    /// The event.
    pub event_id: i64,
    /// Its local start.
    pub starts_at: String,
    /// Its title in Kazakh.
    pub event_title_kk: String,
    /// Its title in Russian.
    pub event_title_ru: String,
}

/// The event records of one period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventRecords {
    /// IDs handed over, by date.
    pub handovers: Vec<HandoverRow>,
    /// Initiatives presented, by event.
    pub initiatives: Vec<InitiativeRow>,
    /// Proposals drafted, by event.
    pub proposals: Vec<ProposalRow>,
    /// The photo page: photos chosen for the report of held events.
    pub photo_page: Vec<ReportPhoto>,
}

/// Adds the counts of the scope's event records to `f`.
pub(super) fn count_records(conn: &Connection, scope: &Scope, f: &mut Figures) -> Result<()> {
    let live = |table: &str, extra: &str| {
        format!(
            "(SELECT count(*) FROM {table} r JOIN event e ON e.id = r.event_id
              WHERE r.deleted_at IS NULL {extra} AND {EVENTS_IN_SCOPE})"
        )
    };
    let sql = format!(
        "SELECT {}, {}, {}, {}, {}, (SELECT coalesce(sum(r.recipients), 0)
              FROM equipment_handover r JOIN event e ON e.id = r.event_id
              WHERE r.deleted_at IS NULL AND {EVENTS_IN_SCOPE})",
        live("id_handover", "AND r.kind = 'police_assistant'"),
        live("id_handover", ""),
        live("event_photo", ""),
        live("initiative", ""),
        live("proposal", ""),
    );
    let counts: [i64; 6] = conn
        .prepare_cached(&sql)
        .and_then(|mut stmt| {
            stmt.query_row(
                params![scope.from, scope.to_end, scope.campaign, scope.district],
                |row| {
                    Ok([
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                        row.get(5)?,
                    ])
                },
            )
        })
        .context("counting the event records")?;
    [
        f.police_assistant_ids,
        f.id_handovers,
        f.photos,
        f.initiatives,
        f.proposal_records,
        f.equipment_recipients,
    ] = counts;
    Ok(())
}

/// Lists the scope's event records.
pub(super) fn load_records(conn: &Connection, scope: &Scope) -> Result<EventRecords> {
    let p = params![scope.from, scope.to_end, scope.campaign, scope.district];
    let handovers = conn
        .prepare_cached(&format!(
            "SELECT r.handed_on, trim(p.surname || ' ' || p.name || ' ' || p.patronymic), r.kind,
                    r.kind_other, r.number, r.issuer, e.id, e.title_kk, e.title_ru
             FROM id_handover r JOIN event e ON e.id = r.event_id JOIN person p ON p.id = r.person_id
             WHERE r.deleted_at IS NULL AND {EVENTS_IN_SCOPE}
             ORDER BY coalesce(r.handed_on, substr(e.starts_at, 1, 10)), r.id"
        ))
        .and_then(|mut stmt| {
            stmt.query_map(p, |row| {
                Ok(HandoverRow {
                    handed_on: row.get(0)?,
                    person_name: row.get(1)?,
                    kind: row.get(2)?,
                    kind_other: row.get(3)?,
                    number: row.get(4)?,
                    issuer: row.get(5)?,
                    event_id: row.get(6)?,
                    event_title_kk: row.get(7)?,
                    event_title_ru: row.get(8)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("listing the period's ID hand-overs")?;
    let initiatives = conn
        .prepare_cached(&format!(
            "SELECT CASE WHEN r.name_kk <> '' THEN r.name_kk ELSE coalesce(c.name_kk, r.name_ru) END,
                    CASE WHEN r.name_ru <> '' THEN r.name_ru ELSE coalesce(c.name_ru, r.name_kk) END,
                    e.id, e.starts_at, e.title_kk, e.title_ru
             FROM initiative r JOIN event e ON e.id = r.event_id
             LEFT JOIN campaign c ON c.id = r.campaign_id
             WHERE r.deleted_at IS NULL AND {EVENTS_IN_SCOPE} ORDER BY e.starts_at, r.id"
        ))
        .and_then(|mut stmt| {
            stmt.query_map(p, |row| {
                Ok(InitiativeRow {
                    name_kk: row.get(0)?,
                    name_ru: row.get(1)?,
                    event_id: row.get(2)?,
                    starts_at: row.get(3)?,
                    event_title_kk: row.get(4)?,
                    event_title_ru: row.get(5)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("listing the period's initiatives")?;
    let proposals = conn
        .prepare_cached(&format!(
            "SELECT r.text, r.addressee, r.status, e.id, e.starts_at, e.title_kk, e.title_ru
             FROM proposal r JOIN event e ON e.id = r.event_id
             WHERE r.deleted_at IS NULL AND {EVENTS_IN_SCOPE} ORDER BY e.starts_at, r.id"
        ))
        .and_then(|mut stmt| {
            stmt.query_map(p, |row| {
                Ok(ProposalRow {
                    text: row.get(0)?,
                    addressee: row.get(1)?,
                    status: row.get(2)?,
                    event_id: row.get(3)?,
                    starts_at: row.get(4)?,
                    event_title_kk: row.get(5)?,
                    event_title_ru: row.get(6)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("listing the period's proposals")?;
    let mut photo_page: Vec<ReportPhoto> = conn
        .prepare_cached(&format!(
            "SELECT r.id, r.caption, r.credit, e.id, e.starts_at, e.title_kk, e.title_ru
             FROM event_photo r JOIN event e ON e.id = r.event_id
             WHERE r.deleted_at IS NULL AND r.chosen = 1 AND e.status = 'held'
               AND {EVENTS_IN_SCOPE}
             ORDER BY e.starts_at, e.id, r.id"
        ))
        .and_then(|mut stmt| {
            stmt.query_map(p, |row| {
                Ok(ReportPhoto {
                    photo_id: row.get(0)?,
                    caption: row.get(1)?,
                    credit: row.get(2)?,
                    event_id: row.get(3)?,
                    starts_at: row.get(4)?,
                    event_title_kk: row.get(5)?,
                    event_title_ru: row.get(6)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("listing the period's photos")?;
    let mut shown: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    photo_page.retain(|photo| {
        let n = shown.entry(photo.event_id).or_default();
        *n += 1;
        *n <= PHOTOS_PER_EVENT
    });
    Ok(EventRecords {
        handovers,
        initiatives,
        proposals,
        photo_page,
    })
}
