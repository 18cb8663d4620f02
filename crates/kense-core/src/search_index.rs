//! Writes to the full-text indexes `person_fts` and `organisation_fts`.
//!
//! They are external-content FTS5 tables over `search_text`; every change
//! of a row's search text goes through these functions (no triggers, see
//! migration 2), and [`check_search_indexes`] verifies them.

use crate::Result;
use crate::error::SqlContext;
use rusqlite::{Connection, OptionalExtension, params};

/// A table with a full-text index.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Indexed {
    /// `person` / `person_fts`.
    Person,
    /// `organisation` / `organisation_fts`.
    Organisation,
}

impl Indexed {
    fn names(self) -> (&'static str, &'static str) {
        match self {
            Self::Person => ("person", "person_fts"),
            Self::Organisation => ("organisation", "organisation_fts"),
        }
    }
}

/// Indexes a new row.
pub(crate) fn index_new(conn: &Connection, table: Indexed, id: i64, text: &str) -> Result<()> {
    let (_, fts) = table.names();
    conn.prepare_cached(&format!(
        "INSERT INTO {fts} (rowid, search_text) VALUES (?1, ?2)"
    ))
    .and_then(|mut stmt| stmt.execute(params![id, text]))
    .context("indexing for search")?;
    Ok(())
}

/// The search text a row is indexed under now; call before changing it.
pub(crate) fn indexed_text(conn: &Connection, table: Indexed, id: i64) -> Result<Option<String>> {
    let (content, _) = table.names();
    conn.prepare_cached(&format!("SELECT search_text FROM {content} WHERE id = ?1"))
        .and_then(|mut stmt| stmt.query_row([id], |row| row.get(0)).optional())
        .context("reading search text")
}

/// Replaces a row's entry (`old` must be the text it was indexed under).
pub(crate) fn reindex(
    conn: &Connection,
    table: Indexed,
    id: i64,
    old: &str,
    new: &str,
) -> Result<()> {
    if old == new {
        return Ok(());
    }
    let (_, fts) = table.names();
    conn.prepare_cached(&format!(
        "INSERT INTO {fts} ({fts}, rowid, search_text) VALUES ('delete', ?1, ?2)"
    ))
    .and_then(|mut stmt| stmt.execute(params![id, old]))
    .context("re-indexing for search")?;
    index_new(conn, table, id, new)
}

/// Replaces a row's entry by an empty one for good (`old` must be the text
/// it was indexed under; the content row's text must become empty: FTS5's
/// check wants an entry for every content row), and drops every earlier
/// version of it: FTS5 records a delete or an
/// edit as a marker in a newer segment and keeps the old terms until the
/// segments merge, so the index is merged into one segment (`optimize`)
/// after the delete. With `PRAGMA secure_delete` on, the pages it frees are
/// zeroed.
pub(crate) fn empty_for_good(conn: &Connection, table: Indexed, id: i64, old: &str) -> Result<()> {
    let (_, fts) = table.names();
    reindex(conn, table, id, old, "")?;
    conn.execute(
        &format!("INSERT INTO {fts} ({fts}) VALUES ('optimize')"),
        [],
    )
    .context("merging the search index")?;
    Ok(())
}

/// Runs FTS5's integrity check on both indexes against their content.
pub fn check_search_indexes(conn: &Connection) -> Result<()> {
    for fts in ["person_fts", "organisation_fts"] {
        conn.execute(
            &format!("INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)"),
            [],
        )
        .context("checking a search index")?;
    }
    Ok(())
}
