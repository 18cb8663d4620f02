//! Memoranda signed at events (table `memorandum`).

use crate::FieldName;
use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::soft_delete::{EventRecord, Table};
use crate::text::{clean, date, required};
use crate::time::now_utc;
use crate::{Error, Result};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Deleted and restored with a line in the event's history.
const RECORD: EventRecord = EventRecord {
    table: Table::Memorandum,
    column: "parties",
    label: "Меморандум",
};

/// A memorandum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Memorandum {
    /// Row id.
    pub id: i64,
    /// The event where it was signed.
    pub event_id: i64,
    /// The parties, as written.
    pub parties: String,
    /// The subject.
    pub subject: String,
    /// Signing date, `YYYY-MM-DD`.
    #[ts(optional = nullable)]
    pub signed_on: Option<String>,
}

/// A new or edited memorandum.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemorandumInput {
    /// The parties.
    pub parties: String,
    /// The subject.
    pub subject: String,
    /// Signing date.
    #[ts(optional = nullable)]
    pub signed_on: Option<String>,
}

/// Adds a memorandum to an event; returns its id.
pub fn insert_memorandum(conn: &Connection, event_id: i64, input: &MemorandumInput) -> Result<i64> {
    let parties = required(FieldName::Parties, &input.parties, 2000)?;
    let subject = clean(FieldName::Subject, &input.subject, 5000)?;
    let signed_on = date(FieldName::SignedOn, input.signed_on.as_deref())?;
    let now = now_utc();
    conn.execute(
        "INSERT INTO memorandum (uuid, event_id, parties, subject, signed_on, created_at, updated_at)
         SELECT ?1, id, ?3, ?4, ?5, ?6, ?6 FROM event WHERE id = ?2 AND deleted_at IS NULL",
        params![uuid::Uuid::now_v7().to_string(), event_id, parties, subject, signed_on, now],
    )
    .context("adding a memorandum")?;
    if conn.changes() == 0 {
        return Err(Error::NotFound {
            what: "event",
            id: event_id,
        });
    }
    let id = conn.last_insert_rowid();
    changelog::log_change(conn, "memorandum", id, Action::Create, &parties)?;
    Ok(id)
}

/// Soft-deletes a memorandum.
pub fn delete_memorandum(conn: &Connection, id: i64) -> Result<()> {
    RECORD.delete(conn, id)
}

/// Brings back a deleted memorandum (the undo of a delete).
pub fn restore_memorandum(conn: &Connection, id: i64) -> Result<()> {
    RECORD.restore(conn, id)
}

/// The memoranda of an event.
pub fn list_memoranda(conn: &Connection, event_id: i64) -> Result<Vec<Memorandum>> {
    conn.prepare_cached(
        "SELECT id, event_id, parties, subject, signed_on FROM memorandum
         WHERE event_id = ?1 AND deleted_at IS NULL ORDER BY signed_on, id",
    )
    .and_then(|mut stmt| {
        stmt.query_map([event_id], |row| {
            Ok(Memorandum {
                id: row.get(0)?,
                event_id: row.get(1)?,
                parties: row.get(2)?,
                subject: row.get(3)?,
                signed_on: row.get(4)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing memoranda")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records_test_support::{event_and_person, store};

    #[test]
    fn a_deleted_memorandum_comes_back_and_both_are_in_the_events_history() {
        let store = store();
        let c = store.conn();
        let (event, _) = event_and_person(c);
        let id = insert_memorandum(
            c,
            event,
            &MemorandumInput {
                parties: "Прокуратура және «Жастар орталығы»".into(),
                subject: String::new(),
                signed_on: None,
            },
        )
        .unwrap();
        delete_memorandum(c, id).unwrap();
        assert!(list_memoranda(c, event).unwrap().is_empty());
        restore_memorandum(c, id).unwrap();
        assert_eq!(list_memoranda(c, event).unwrap().len(), 1);
        let history = changelog::list_changes(c, Some(("event", event)), 10).unwrap();
        let lines: Vec<_> = history
            .iter()
            .map(|h| (h.action.as_str(), h.summary.as_str()))
            .take(2)
            .collect();
        let summary = "Меморандум: Прокуратура және «Жастар орталығы»";
        assert_eq!(lines, [("restore", summary), ("delete", summary)]);
        assert!(restore_memorandum(c, id).is_err(), "not deleted any more");
    }
}
