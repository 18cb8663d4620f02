//! Erasing a person (withdrawn consent, a request under the law on personal
//! data): their personal data leaves the person row, the change log, the
//! search index and the sort keys, and no copy of it stays in the database
//! file or its WAL.
//!
//! What stays: the row itself, emptied (surname and name `—`, marked
//! `erased_at` and deleted), so attendance still counts in reports and the
//! register's rows keep their reference; the register keeps the recipient's
//! name as it was printed (a register is a legal record) and shows «erased
//! on …» beside it. The erase is logged and audited without the data.

use crate::audit::{self, AuditKind, NewAuditEntry};
use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::search_index::{self, Indexed};
use crate::time::now_utc;
use crate::{Error, Result, Store};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use ts_rs::TS;

/// The surname and name an erased person's row keeps (the columns may not
/// be empty).
pub const ERASED_NAME: &str = "—";

/// What an erase did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EraseReport {
    /// The person's row id.
    pub person_id: i64,
    /// When, UTC RFC 3339.
    pub erased_at: String,
    /// Issued documents that keep the name as printed.
    #[ts(type = "number")]
    pub documents_kept: i64,
    /// Attendance rows kept (without personal data) for the reports.
    #[ts(type = "number")]
    pub attendance_kept: i64,
    /// True when the WAL was checkpointed and emptied; false when another
    /// connection was reading (the old pages go at the next checkpoint).
    pub wal_emptied: bool,
}

/// Erases person `id` (live or deleted). `NotFound` when there is no such
/// person or they were already erased.
///
/// Runs with `PRAGMA secure_delete = ON` (freed space is zeroed), in one
/// write transaction; then `VACUUM` rewrites the file (free space left by
/// earlier edits of the person, made without secure delete, still held old
/// values), and a `TRUNCATE` checkpoint empties the WAL so the old pages
/// leave it too. The VACUUM takes a few seconds on a large registry.
pub fn erase_person(store: &mut Store, id: i64) -> Result<EraseReport> {
    let previous: i64 = store
        .conn()
        .pragma_query_value(None, "secure_delete", |row| row.get(0))
        .context("reading secure_delete")?;
    store
        .conn()
        .pragma_update(None, "secure_delete", "ON")
        .context("switching secure_delete on")?;
    let result = erase_in_tx(store, id).and_then(|report| {
        store
            .conn()
            .execute_batch("VACUUM")
            .context("rewriting the database after an erase")?;
        Ok(report)
    });
    let checkpoint = result.as_ref().ok().map(|_| checkpoint_truncate(store));
    store
        .conn()
        .pragma_update(None, "secure_delete", previous)
        .context("restoring secure_delete")?;
    let mut report = result?;
    report.wal_emptied = checkpoint.transpose()?.unwrap_or(false);
    Ok(report)
}

fn erase_in_tx(store: &mut Store, id: i64) -> Result<EraseReport> {
    store.with_write_tx(|tx| {
        let exists: Option<String> = tx
            .query_row(
                "SELECT search_text FROM person WHERE id = ?1 AND erased_at IS NULL",
                [id],
                |row| row.get(0),
            )
            .optional()
            .context("reading a person")?;
        let Some(old_text) = exists else {
            return Err(Error::NotFound { what: "person", id });
        };
        let now = now_utc();
        // Deleted people stay indexed (the list filters them out).
        search_index::empty_for_good(tx, Indexed::Person, id, &old_text)?;
        tx.execute(
            "UPDATE person SET surname = ?1, name = ?1, patronymic = '', gender = NULL,
                    organisation_id = NULL, position_kk = '', position_ru = '', phone = '', email = '', iin = NULL,
                    consent = 0, consent_date = NULL, notes = '', search_text = '', name_key = '',
                    sort_key = x'', updated_at = ?2, deleted_at = coalesce(deleted_at, ?2),
                    erased_at = ?2
             WHERE id = ?3",
            params![ERASED_NAME, now, id],
        )
        .context("erasing a person")?;
        tx.execute("DELETE FROM person_category WHERE person_id = ?1", [id])
            .context("erasing a person's categories")?;
        // Earlier entries summarised the person by name.
        tx.execute(
            "UPDATE change_log SET summary = '' WHERE entity = 'person' AND entity_id = ?1",
            [id],
        )
        .context("erasing a person's history")?;
        changelog::log_change(
            tx,
            "person",
            id,
            Action::Erase,
            &format!("person {id} erased"),
        )?;
        audit::record(
            tx,
            &NewAuditEntry {
                kind: AuditKind::Erase,
                subject: &format!("person {id}"),
                row_count: 1,
                file: "",
                with_iin: false,
            },
        )?;
        let count = |sql: &str| -> Result<i64> {
            tx.query_row(sql, [id], |row| row.get(0))
                .context("counting what an erase keeps")
        };
        Ok(EraseReport {
            person_id: id,
            erased_at: now,
            documents_kept: count("SELECT count(*) FROM issued_document WHERE person_id = ?1")?,
            attendance_kept: count("SELECT count(*) FROM attendance WHERE person_id = ?1")?,
            wal_emptied: false,
        })
    })
}

/// `PRAGMA wal_checkpoint(TRUNCATE)`: true when every frame was written
/// back and the WAL file emptied.
fn checkpoint_truncate(store: &Store) -> Result<bool> {
    let (busy, log, done): (i64, i64, i64) = store
        .conn()
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?))
        })
        .context("checkpointing the WAL")?;
    // An in-memory database has no WAL: (0, -1, -1).
    Ok(busy == 0 && log == done)
}
