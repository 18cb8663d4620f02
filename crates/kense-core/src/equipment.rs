//! Equipment handed over at events (table `equipment_handover`): what, and
//! to how many people (communal workers given vests, a school given
//! computers…).

use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::soft_delete::{EventRecord, Table};
use crate::text::required;
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Result};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Deleted and restored with a line in the event's history.
const RECORD: EventRecord = EventRecord {
    table: Table::EquipmentHandover,
    column: "what || ' × ' || recipients",
    label: "Жабдық / Оборудование",
};

/// Equipment handed over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EquipmentHandover {
    /// Row id.
    pub id: i64,
    /// The event.
    pub event_id: i64,
    /// What was handed over, as written.
    pub what: String,
    /// To how many people.
    #[ts(type = "number")]
    pub recipients: i64,
}

/// A new equipment hand-over.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EquipmentInput {
    /// What.
    pub what: String,
    /// To how many people (at least 1).
    #[ts(type = "number")]
    pub recipients: i64,
}

/// What and to how many, checked.
fn validate(input: &EquipmentInput) -> Result<String> {
    let what = required(FieldName::What, &input.what, 500)?;
    if input.recipients < 1 {
        return Err(Error::validation(
            FieldName::Recipients,
            Invalid::NotACount,
            "equipment goes to at least one person",
        ));
    }
    Ok(what)
}

/// Records equipment handed over at an event; returns its id.
pub fn insert_equipment(conn: &Connection, event_id: i64, input: &EquipmentInput) -> Result<i64> {
    let what = validate(input)?;
    conn.execute(
        "INSERT INTO equipment_handover (uuid, event_id, what, recipients, created_at, updated_at)
         SELECT ?1, id, ?3, ?4, ?5, ?5 FROM event WHERE id = ?2 AND deleted_at IS NULL",
        params![
            uuid::Uuid::now_v7().to_string(),
            event_id,
            what,
            input.recipients,
            now_utc()
        ],
    )
    .context("recording equipment")?;
    if conn.changes() == 0 {
        return Err(Error::NotFound {
            what: "event",
            id: event_id,
        });
    }
    let id = conn.last_insert_rowid();
    changelog::log_change(conn, "equipment_handover", id, Action::Create, &what)?;
    Ok(id)
}

/// Saves what was handed over and to how many.
pub fn update_equipment(conn: &Connection, id: i64, input: &EquipmentInput) -> Result<()> {
    let what = validate(input)?;
    let changed = conn
        .execute(
            "UPDATE equipment_handover SET what = ?1, recipients = ?2, updated_at = ?3
             WHERE id = ?4 AND deleted_at IS NULL",
            params![what, input.recipients, now_utc(), id],
        )
        .context("saving equipment")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "equipment hand-over",
            id,
        });
    }
    changelog::log_change(conn, "equipment_handover", id, Action::Update, &what)
}

/// Soft-deletes an equipment hand-over (a line in its event's history says so).
pub fn delete_equipment(conn: &Connection, id: i64) -> Result<()> {
    RECORD.delete(conn, id)
}

/// Brings back a deleted equipment hand-over (the undo of a delete).
pub fn restore_equipment(conn: &Connection, id: i64) -> Result<()> {
    RECORD.restore(conn, id)
}

/// The equipment handed over at an event, in the order recorded.
pub fn list_equipment(conn: &Connection, event_id: i64) -> Result<Vec<EquipmentHandover>> {
    conn.prepare_cached(
        "SELECT id, event_id, what, recipients FROM equipment_handover
         WHERE event_id = ?1 AND deleted_at IS NULL ORDER BY id",
    )
    .and_then(|mut stmt| {
        stmt.query_map([event_id], |row| {
            Ok(EquipmentHandover {
                id: row.get(0)?,
                event_id: row.get(1)?,
                what: row.get(2)?,
                recipients: row.get(3)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing equipment")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records_test_support::{event_and_person, store};

    #[test]
    fn equipment_needs_what_and_at_least_one_recipient() {
        let store = store();
        let (event, _) = event_and_person(store.conn());
        let id = insert_equipment(
            store.conn(),
            event,
            &EquipmentInput {
                what: "шағылыстырғыш кеудешелер".into(),
                recipients: 12,
            },
        )
        .unwrap();
        let err = insert_equipment(
            store.conn(),
            event,
            &EquipmentInput {
                what: "рации".into(),
                recipients: 0,
            },
        )
        .unwrap_err();
        assert_eq!(err.field(), Some(FieldName::Recipients));
        assert_eq!(
            list_equipment(store.conn(), event).unwrap()[0].recipients,
            12
        );
        update_equipment(
            store.conn(),
            id,
            &EquipmentInput {
                what: "шағылыстырғыш кеудешелер".into(),
                recipients: 15,
            },
        )
        .unwrap();
        assert_eq!(
            list_equipment(store.conn(), event).unwrap()[0].recipients,
            15
        );
        let err = update_equipment(
            store.conn(),
            id,
            &EquipmentInput {
                what: " ".into(),
                recipients: 15,
            },
        )
        .unwrap_err();
        assert_eq!(err.field(), Some(FieldName::What));
        delete_equipment(store.conn(), id).unwrap();
        assert!(list_equipment(store.conn(), event).unwrap().is_empty());
    }
}
