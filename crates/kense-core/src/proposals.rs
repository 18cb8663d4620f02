//! Proposals drafted at events (table `proposal`): the text, to whom it
//! goes, and where it stands (drafted, sent, accepted).

use crate::FieldName;
use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::kinds::ProposalStatus;
use crate::soft_delete::{EventRecord, Table};
use crate::text::{clean, required};
use crate::time::now_utc;
use crate::{Error, Result};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Deleted and restored with a line in the event's history.
const RECORD: EventRecord = EventRecord {
    table: Table::Proposal,
    column: "text",
    label: "Ұсыныс / Предложение",
};

/// A proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Proposal {
    /// Row id.
    pub id: i64,
    /// The event.
    pub event_id: i64,
    /// The proposal, as drafted.
    pub text: String,
    /// To whom it goes (a body or an official).
    pub addressee: String,
    /// Where it stands.
    pub status: ProposalStatus,
}

/// A new or edited proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProposalInput {
    /// The proposal.
    pub text: String,
    /// To whom it goes.
    #[serde(default)]
    pub addressee: String,
    /// Where it stands.
    pub status: ProposalStatus,
}

/// Adds a proposal to an event; returns its id.
pub fn insert_proposal(conn: &Connection, event_id: i64, input: &ProposalInput) -> Result<i64> {
    let text = required(FieldName::Text, &input.text, 5000)?;
    let addressee = clean(FieldName::Addressee, &input.addressee, 500)?;
    conn.execute(
        "INSERT INTO proposal (uuid, event_id, text, addressee, status, created_at, updated_at)
         SELECT ?1, id, ?3, ?4, ?5, ?6, ?6 FROM event WHERE id = ?2 AND deleted_at IS NULL",
        params![
            uuid::Uuid::now_v7().to_string(),
            event_id,
            text,
            addressee,
            input.status,
            now_utc()
        ],
    )
    .context("adding a proposal")?;
    if conn.changes() == 0 {
        return Err(Error::NotFound {
            what: "event",
            id: event_id,
        });
    }
    let id = conn.last_insert_rowid();
    changelog::log_change(conn, "proposal", id, Action::Create, &addressee)?;
    Ok(id)
}

/// Saves changes to a proposal (e.g. marks it sent or accepted).
pub fn update_proposal(conn: &Connection, id: i64, input: &ProposalInput) -> Result<()> {
    let text = required(FieldName::Text, &input.text, 5000)?;
    let addressee = clean(FieldName::Addressee, &input.addressee, 500)?;
    let changed = conn
        .execute(
            "UPDATE proposal SET text = ?1, addressee = ?2, status = ?3, updated_at = ?4
             WHERE id = ?5 AND deleted_at IS NULL",
            params![text, addressee, input.status, now_utc(), id],
        )
        .context("saving a proposal")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "proposal",
            id,
        });
    }
    changelog::log_change(conn, "proposal", id, Action::Update, input.status.as_str())
}

/// Soft-deletes a proposal (a line in its event's history says so).
pub fn delete_proposal(conn: &Connection, id: i64) -> Result<()> {
    RECORD.delete(conn, id)
}

/// Brings back a deleted proposal (the undo of a delete).
pub fn restore_proposal(conn: &Connection, id: i64) -> Result<()> {
    RECORD.restore(conn, id)
}

/// The proposals of an event, in the order drafted.
pub fn list_proposals(conn: &Connection, event_id: i64) -> Result<Vec<Proposal>> {
    conn.prepare_cached(
        "SELECT id, event_id, text, addressee, status FROM proposal
         WHERE event_id = ?1 AND deleted_at IS NULL ORDER BY id",
    )
    .and_then(|mut stmt| {
        stmt.query_map([event_id], |row| {
            Ok(Proposal {
                id: row.get(0)?,
                event_id: row.get(1)?,
                text: row.get(2)?,
                addressee: row.get(3)?,
                status: row.get(4)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing proposals")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records_test_support::{event_and_person, store};

    #[test]
    fn a_proposal_moves_from_drafted_to_accepted() {
        let store = store();
        let (event, _) = event_and_person(store.conn());
        let mut input = ProposalInput {
            text: "Аулаларда бейнебақылау камераларын орнату".into(),
            addressee: "Қонаев қ. әкімдігі".into(),
            status: ProposalStatus::Drafted,
        };
        let id = insert_proposal(store.conn(), event, &input).unwrap();
        input.status = ProposalStatus::Accepted;
        update_proposal(store.conn(), id, &input).unwrap();
        let list = list_proposals(store.conn(), event).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!(list[0].status, ProposalStatus::Accepted);
        input.text = "  ".into();
        assert_eq!(
            insert_proposal(store.conn(), event, &input)
                .unwrap_err()
                .field(),
            Some(FieldName::Text)
        );
        delete_proposal(store.conn(), id).unwrap();
        assert!(list_proposals(store.conn(), event).unwrap().is_empty());
    }
}
