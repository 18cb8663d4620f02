//! Memoranda signed at events (table `memorandum`).

use crate::FieldName;
use crate::changelog::{self, Action};
use crate::error::Problems;
use crate::error::SqlContext;
use crate::soft_delete::{EventRecord, Table};
use crate::text::{clean, date};
use crate::time::now_utc;
use crate::{Error, Invalid, Lang, Result};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Deleted and restored with a line in the event's history.
const RECORD: EventRecord = EventRecord {
    table: Table::Memorandum,
    column: "CASE WHEN parties_kk <> '' THEN parties_kk ELSE parties_ru END",
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
    /// The parties in Kazakh, as written (may be empty; see
    /// [`crate::i18n::in_lang`]).
    pub parties_kk: String,
    /// The parties in Russian (may be empty).
    pub parties_ru: String,
    /// The subject in Kazakh (may be empty).
    pub subject_kk: String,
    /// The subject in Russian (may be empty).
    pub subject_ru: String,
    /// Signing date, `YYYY-MM-DD`.
    #[ts(optional = nullable)]
    pub signed_on: Option<String>,
}

impl Memorandum {
    /// The parties in `lang` (the other language's when it is empty).
    pub fn parties(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.parties_kk, &self.parties_ru, lang)
    }

    /// The subject in `lang` (the other language's when it is empty).
    pub fn subject(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.subject_kk, &self.subject_ru, lang)
    }
}

/// A new or edited memorandum.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MemorandumInput {
    /// The parties in Kazakh; required in one language at least.
    pub parties_kk: String,
    /// The parties in Russian.
    pub parties_ru: String,
    /// The subject in Kazakh.
    pub subject_kk: String,
    /// The subject in Russian.
    pub subject_ru: String,
    /// Signing date.
    #[ts(optional = nullable)]
    pub signed_on: Option<String>,
}

/// Adds a memorandum to an event; returns its id. Every field is checked
/// and the refused ones named at once.
pub fn insert_memorandum(conn: &Connection, event_id: i64, input: &MemorandumInput) -> Result<i64> {
    let mut problems = Problems::default();
    let parties_kk = problems.check(clean(FieldName::PartiesKk, &input.parties_kk, 2000))?;
    let parties_ru = problems.check(clean(FieldName::PartiesRu, &input.parties_ru, 2000))?;
    if parties_kk.is_empty()
        && parties_ru.is_empty()
        && !problems.has(FieldName::PartiesKk)
        && !problems.has(FieldName::PartiesRu)
    {
        problems.refuse(
            FieldName::PartiesKk,
            Invalid::Required,
            "is required in one language at least",
        );
    }
    let subject_kk = problems.check(clean(FieldName::SubjectKk, &input.subject_kk, 5000))?;
    let subject_ru = problems.check(clean(FieldName::SubjectRu, &input.subject_ru, 5000))?;
    let signed_on = problems.check(date(FieldName::SignedOn, input.signed_on.as_deref()))?;
    problems.finish()?;
    let parties = if parties_kk.is_empty() {
        parties_ru.clone()
    } else {
        parties_kk.clone()
    };
    let now = now_utc();
    conn.execute(
        "INSERT INTO memorandum (uuid, event_id, parties_kk, parties_ru, subject_kk, subject_ru,
                                 signed_on, created_at, updated_at)
         SELECT ?1, id, ?3, ?4, ?5, ?6, ?7, ?8, ?8 FROM event WHERE id = ?2 AND deleted_at IS NULL",
        params![
            uuid::Uuid::now_v7().to_string(),
            event_id,
            parties_kk,
            parties_ru,
            subject_kk,
            subject_ru,
            signed_on,
            now
        ],
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
        "SELECT id, event_id, parties_kk, parties_ru, subject_kk, subject_ru, signed_on
         FROM memorandum
         WHERE event_id = ?1 AND deleted_at IS NULL ORDER BY signed_on, id",
    )
    .and_then(|mut stmt| {
        stmt.query_map([event_id], |row| {
            Ok(Memorandum {
                id: row.get(0)?,
                event_id: row.get(1)?,
                parties_kk: row.get(2)?,
                parties_ru: row.get(3)?,
                subject_kk: row.get(4)?,
                subject_ru: row.get(5)?,
                signed_on: row.get(6)?,
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
                parties_kk: "Прокуратура және «Жастар орталығы»".into(),
                parties_ru: "Прокуратура и «Молодёжный центр»".into(),
                subject_kk: String::new(),
                subject_ru: String::new(),
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

    #[test]
    fn a_memorandum_needs_its_parties_in_one_language_and_keeps_both() {
        let store = store();
        let c = store.conn();
        let (event, _) = event_and_person(c);
        let err = insert_memorandum(
            c,
            event,
            &MemorandumInput {
                subject_ru: "ә".repeat(5001),
                ..MemorandumInput::default()
            },
        )
        .unwrap_err();
        let refused: Vec<FieldName> = err.field_problems().iter().map(|p| p.field).collect();
        assert_eq!(refused, [FieldName::PartiesKk, FieldName::SubjectRu]);
        insert_memorandum(
            c,
            event,
            &MemorandumInput {
                parties_ru: "Прокуратура и «Молодёжный центр»".into(),
                subject_ru: "О повышении правовой грамотности".into(),
                ..MemorandumInput::default()
            },
        )
        .unwrap();
        let m = &list_memoranda(c, event).unwrap()[0];
        assert_eq!(m.parties(Lang::Kk), "Прокуратура и «Молодёжный центр»");
        assert_eq!(m.subject(Lang::Ru), "О повышении правовой грамотности");
    }
}
