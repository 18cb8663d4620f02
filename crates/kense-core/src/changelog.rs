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
    /// Personal data erased (the row stays, emptied).
    Erase,
}

impl Action {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Create => "create",
            Self::Update => "update",
            Self::Delete => "delete",
            Self::Restore => "restore",
            Self::Import => "import",
            Self::Erase => "erase",
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

/// A table whose new rows a bulk write logs at once.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Bulk {
    /// `person`, summarised by the full name.
    Person,
    /// `organisation`, summarised by the Russian name.
    Organisation,
}

/// The highest row id of `table` now; pass it to [`log_new_rows`] after a
/// bulk write.
pub(crate) fn last_id(conn: &Connection, table: Bulk) -> Result<i64> {
    let table = match table {
        Bulk::Person => "person",
        Bulk::Organisation => "organisation",
    };
    conn.query_row(
        &format!("SELECT coalesce(max(id), 0) FROM {table}"),
        [],
        |row| row.get(0),
    )
    .context("reading the last row id")
}

/// Logs every row of `table` created after `after_id`, in one statement
/// (a bulk import or the demo office: one entry a row, without a statement
/// per row).
pub(crate) fn log_new_rows(
    conn: &Connection,
    table: Bulk,
    after_id: i64,
    action: Action,
) -> Result<()> {
    let (entity, summary) = match table {
        Bulk::Person => (
            "person",
            "trim(surname || ' ' || name || ' ' || patronymic)",
        ),
        Bulk::Organisation => ("organisation", "name_ru"),
    };
    conn.execute(
        &format!(
            "INSERT INTO change_log (at, entity, entity_id, action, summary)
             SELECT ?1, '{entity}', id, ?2, {summary} FROM {entity} WHERE id > ?3 ORDER BY id"
        ),
        params![now_utc(), action.as_str(), after_id],
    )
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
