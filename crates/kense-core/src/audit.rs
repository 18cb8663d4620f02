//! The audit trail (table `data_audit`) of operations that take personal
//! data out of the app: exports, backups written outside the backup folder,
//! erasures. Each entry says when, what kind, what it covered, how many rows
//! and which file — never the data itself.

use crate::Result;
use crate::error::SqlContext;
use crate::time::now_utc;
use rusqlite::{Connection, params};
use serde::Serialize;
use ts_rs::TS;

/// What kind of operation took data out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AuditKind {
    /// A file written for use outside Kense (a table, a list, a sheet).
    Export,
    /// A backup copy written outside the backup folder.
    Backup,
    /// A person's personal data erased.
    Erase,
}

impl AuditKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Export => "export",
            Self::Backup => "backup",
            Self::Erase => "erase",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "backup" => Self::Backup,
            "erase" => Self::Erase,
            _ => Self::Export,
        }
    }
}

/// An entry about to be recorded.
#[derive(Debug, Clone, Copy)]
pub struct NewAuditEntry<'a> {
    /// The kind of operation.
    pub kind: AuditKind,
    /// What it covered: `people`, `organisations`, `events`, `sheet`,
    /// `register`, `person 42`… (a table or a row id, never a name).
    pub subject: &'a str,
    /// How many rows it carried.
    pub row_count: usize,
    /// The file written (empty for an erase).
    pub file: &'a str,
    /// Whether IINs went with it.
    pub with_iin: bool,
}

/// One entry of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AuditEntry {
    /// Row id.
    pub id: i64,
    /// When, UTC RFC 3339.
    pub at: String,
    /// The kind of operation.
    pub kind: AuditKind,
    /// What it covered.
    pub subject: String,
    /// How many rows.
    pub row_count: i64,
    /// The file written, or empty.
    pub file: String,
    /// Whether IINs went with it.
    pub with_iin: bool,
}

/// Records an operation; call right after it succeeded.
pub fn record(conn: &Connection, entry: &NewAuditEntry<'_>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO data_audit (at, kind, subject, row_count, file, with_iin)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            now_utc(),
            entry.kind.as_str(),
            entry.subject,
            i64::try_from(entry.row_count).unwrap_or(i64::MAX),
            entry.file,
            entry.with_iin
        ])
    })
    .context("writing the audit trail")?;
    Ok(())
}

/// The latest entries, newest first.
pub fn list_audit(conn: &Connection, limit: u32) -> Result<Vec<AuditEntry>> {
    conn.prepare_cached(
        "SELECT id, at, kind, subject, row_count, file, with_iin FROM data_audit
         ORDER BY id DESC LIMIT ?1",
    )
    .and_then(|mut stmt| {
        stmt.query_map([limit], |row| {
            Ok(AuditEntry {
                id: row.get(0)?,
                at: row.get(1)?,
                kind: AuditKind::parse(&row.get::<_, String>(2)?),
                subject: row.get(3)?,
                row_count: row.get(4)?,
                file: row.get(5)?,
                with_iin: row.get(6)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("reading the audit trail")
}
