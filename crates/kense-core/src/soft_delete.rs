//! Soft delete and undo for registry rows: a row is marked `deleted_at`,
//! never removed, and can be brought back. Both are logged.

use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::time::now_utc;
use crate::{Error, Result};
use rusqlite::{Connection, params};

/// A table whose rows are soft-deleted.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Table {
    /// `person`.
    Person,
    /// `organisation`.
    Organisation,
    /// `event`.
    Event,
    /// `media_item`.
    MediaItem,
    /// `memorandum`.
    Memorandum,
    /// `id_handover`.
    IdHandover,
    /// `event_speaker`.
    EventSpeaker,
    /// `initiative`.
    Initiative,
    /// `proposal`.
    Proposal,
    /// `equipment_handover`.
    EquipmentHandover,
    /// `event_photo`.
    EventPhoto,
}

impl Table {
    fn name(self) -> &'static str {
        match self {
            Self::Person => "person",
            Self::Organisation => "organisation",
            Self::Event => "event",
            Self::MediaItem => "media_item",
            Self::Memorandum => "memorandum",
            Self::IdHandover => "id_handover",
            Self::EventSpeaker => "event_speaker",
            Self::Initiative => "initiative",
            Self::Proposal => "proposal",
            Self::EquipmentHandover => "equipment_handover",
            Self::EventPhoto => "event_photo",
        }
    }

    fn what(self) -> &'static str {
        match self {
            Self::MediaItem => "media item",
            Self::IdHandover => "ID hand-over",
            Self::EventSpeaker => "speaker",
            Self::EquipmentHandover => "equipment hand-over",
            Self::EventPhoto => "photo",
            other => other.name(),
        }
    }
}

/// Marks a row deleted; `NotFound` when it does not exist or already is.
pub(crate) fn delete(conn: &Connection, table: Table, id: i64) -> Result<()> {
    let changed = conn
        .execute(
            &format!(
                "UPDATE {} SET deleted_at = ?1 WHERE id = ?2 AND deleted_at IS NULL",
                table.name()
            ),
            params![now_utc(), id],
        )
        .context("deleting a row")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: table.what(),
            id,
        });
    }
    changelog::log_change(conn, table.name(), id, Action::Delete, "")
}

/// Brings back a deleted row; `NotFound` when it is not deleted.
pub(crate) fn restore(conn: &Connection, table: Table, id: i64) -> Result<()> {
    let changed = conn
        .execute(
            &format!(
                "UPDATE {} SET deleted_at = NULL, updated_at = ?1 WHERE id = ?2 AND deleted_at IS NOT NULL",
                table.name()
            ),
            params![now_utc(), id],
        )
        .context("restoring a row")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: table.what(),
            id,
        });
    }
    changelog::log_change(conn, table.name(), id, Action::Restore, "")
}

/// A record kept under an event (a memorandum, a publication): deleting or
/// restoring it is also written in the event's history, «`label`: its
/// `column`».
pub(crate) struct EventRecord {
    /// Its table (with `event_id`).
    pub table: Table,
    /// The column the history line quotes.
    pub column: &'static str,
    /// What the line calls it (the same in Kazakh and Russian, or both).
    pub label: &'static str,
}

impl EventRecord {
    /// Soft-deletes the row and says so in its event's history.
    pub(crate) fn delete(&self, conn: &Connection, id: i64) -> Result<()> {
        delete(conn, self.table, id)?;
        self.log_on_event(conn, id, Action::Delete)
    }

    /// Brings the row back and says so in its event's history.
    pub(crate) fn restore(&self, conn: &Connection, id: i64) -> Result<()> {
        restore(conn, self.table, id)?;
        self.log_on_event(conn, id, Action::Restore)
    }

    fn log_on_event(&self, conn: &Connection, id: i64, action: Action) -> Result<()> {
        let (event_id, text): (i64, String) = conn
            .query_row(
                &format!(
                    "SELECT event_id, {} FROM {} WHERE id = ?1",
                    self.column,
                    self.table.name()
                ),
                [id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .context("reading an event's record")?;
        changelog::log_change(
            conn,
            "event",
            event_id,
            action,
            &format!("{}: {text}", self.label),
        )
    }
}
