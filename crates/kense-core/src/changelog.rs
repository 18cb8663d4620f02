//! The change log (table `change_log`): what changed, when.

use crate::Result;
use crate::error::SqlContext;
use crate::time::now_utc;
use rusqlite::{Connection, params};
use serde::Serialize;
use ts_rs::TS;

/// What happened to a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Created by hand.
    Create,
    /// Edited.
    Update,
    /// Soft-deleted.
    Delete,
    /// Brought back after a delete.
    Restore,
    /// Created or updated by an import.
    Import,
}

impl Action {
    fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
            Self::Restore => "restore",
            Self::Import => "import",
        }
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// When, UTC RFC 3339.
    pub at: String,
    /// The table, e.g. `person`.
    pub entity: String,
    /// The row id.
    pub entity_id: i64,
    /// What happened.
    pub action: String,
    /// A short human-readable summary.
    pub summary: String,
}

/// Records a change; call in the same transaction as the change itself.
pub fn log_change(
    conn: &Connection,
    entity: &str,
    entity_id: i64,
    action: Action,
    summary: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO change_log (at, entity, entity_id, action, summary) VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .and_then(|mut stmt| stmt.execute(params![now_utc(), entity, entity_id, action.as_str(), summary]))
    .context("writing the change log")?;
    Ok(())
}

/// The latest changes, newest first; of one row when `entity` is given.
pub fn list_changes(
    conn: &Connection,
    entity: Option<(&str, i64)>,
    limit: u32,
) -> Result<Vec<Change>> {
    let (entity_name, entity_id) = entity.unwrap_or(("", 0));
    let mut stmt = conn
        .prepare_cached(
            "SELECT at, entity, entity_id, action, summary FROM change_log
             WHERE (?1 = '' OR (entity = ?1 AND entity_id = ?2))
             ORDER BY id DESC LIMIT ?3",
        )
        .context("reading the change log")?;
    let rows = stmt
        .query_map(params![entity_name, entity_id, limit], |row| {
            Ok(Change {
                at: row.get(0)?,
                entity: row.get(1)?,
                entity_id: row.get(2)?,
                action: row.get(3)?,
                summary: row.get(4)?,
            })
        })
        .context("reading the change log")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("reading the change log")?;
    Ok(rows)
}
