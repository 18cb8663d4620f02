//! IDs and badges handed to people at events (table `id_handover`): the
//! kind («Полицияның қоғамдық көмекшісі» / «Общественный помощник полиции»
//! or another, named), the number the issuing body gave it, that body, and
//! the date. Kense records these; it does not number them.

use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::kinds::IdKind;
use crate::soft_delete::{EventRecord, Table};
use crate::text::{clean, date};
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Lang, Result};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Deleted and restored with a line in the event's history.
const RECORD: EventRecord = EventRecord {
    table: Table::IdHandover,
    column: "trim((SELECT trim(p.surname || ' ' || p.name) FROM person p WHERE p.id = person_id) || ' ' || number)",
    label: "Куәлік / Удостоверение",
};

/// An ID handed over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IdHandover {
    /// Row id.
    pub id: i64,
    /// The event.
    pub event_id: i64,
    /// The event's title in Kazakh.
    pub event_title_kk: String,
    /// The event's title in Russian.
    pub event_title_ru: String,
    /// Who received it.
    pub person_id: i64,
    /// Their full name.
    pub person_name: String,
    /// The kind.
    pub kind: IdKind,
    /// The name of an ID of kind `other` (empty otherwise).
    pub kind_other: String,
    /// The number the issuing body gave it (as printed on it).
    pub number: String,
    /// The issuing body (e.g. «Қонаев қ. ПБ» / «УП г. Конаев»).
    pub issuer: String,
    /// When it was handed over, `YYYY-MM-DD`.
    #[ts(optional = nullable)]
    pub handed_on: Option<String>,
}

impl IdHandover {
    /// The kind's name in `lang` (the named kind for `other`).
    pub fn kind_name(&self, lang: Lang) -> String {
        kind_name(self.kind, &self.kind_other, lang)
    }
}

/// The name of an ID kind in `lang`; `other` is named by `kind_other`.
pub fn kind_name(kind: IdKind, kind_other: &str, lang: Lang) -> String {
    match (kind, lang) {
        (IdKind::PoliceAssistant, Lang::Kk) => "Полицияның қоғамдық көмекшісі".to_owned(),
        (IdKind::PoliceAssistant, Lang::Ru) => "Общественный помощник полиции".to_owned(),
        (IdKind::Other, _) => kind_other.to_owned(),
    }
}

/// A new or edited hand-over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IdHandoverInput {
    /// Who received it.
    pub person_id: i64,
    /// The kind.
    pub kind: IdKind,
    /// The name of an ID of kind `other`.
    #[serde(default)]
    pub kind_other: String,
    /// The number the issuing body gave it.
    #[serde(default)]
    pub number: String,
    /// The issuing body.
    #[serde(default)]
    pub issuer: String,
    /// When it was handed over (default: the event's day).
    #[ts(optional = nullable)]
    #[serde(default)]
    pub handed_on: Option<String>,
}

struct Clean {
    kind_other: String,
    number: String,
    issuer: String,
    handed_on: Option<String>,
}

fn validate(conn: &Connection, input: &IdHandoverInput) -> Result<Clean> {
    let kind_other = clean(FieldName::KindOther, &input.kind_other, 300)?;
    if input.kind == IdKind::Other && kind_other.is_empty() {
        return Err(Error::validation(
            FieldName::KindOther,
            Invalid::Required,
            "an ID of another kind needs its name",
        ));
    }
    check_person(conn, FieldName::PersonId, input.person_id)?;
    Ok(Clean {
        kind_other: if input.kind == IdKind::Other {
            kind_other
        } else {
            String::new()
        },
        number: clean(FieldName::Number, &input.number, 100)?,
        issuer: clean(FieldName::Issuer, &input.issuer, 300)?,
        handed_on: date(FieldName::HandedOn, input.handed_on.as_deref())?,
    })
}

/// A validation error on `field` unless `person_id` is a live person.
pub(crate) fn check_person(conn: &Connection, field: FieldName, person_id: i64) -> Result<()> {
    let live: Option<i64> = conn
        .query_row(
            "SELECT id FROM person WHERE id = ?1 AND deleted_at IS NULL",
            [person_id],
            |row| row.get(0),
        )
        .optional()
        .context("checking a person")?;
    if live.is_none() {
        return Err(Error::validation(
            field,
            Invalid::UnknownReference,
            format!("there is no person {person_id}"),
        ));
    }
    Ok(())
}

/// Records that a person received an ID at an event; returns its id. Without
/// a date, the event's day.
pub fn insert_handover(conn: &Connection, event_id: i64, input: &IdHandoverInput) -> Result<i64> {
    let v = validate(conn, input)?;
    let now = now_utc();
    conn.execute(
        "INSERT INTO id_handover (uuid, event_id, person_id, kind, kind_other, number, issuer,
                                  handed_on, created_at, updated_at)
         SELECT ?1, id, ?3, ?4, ?5, ?6, ?7, coalesce(?8, substr(starts_at, 1, 10)), ?9, ?9
         FROM event WHERE id = ?2 AND deleted_at IS NULL",
        params![
            uuid::Uuid::now_v7().to_string(),
            event_id,
            input.person_id,
            input.kind,
            v.kind_other,
            v.number,
            v.issuer,
            v.handed_on,
            now
        ],
    )
    .context("recording an ID hand-over")?;
    if conn.changes() == 0 {
        return Err(Error::NotFound {
            what: "event",
            id: event_id,
        });
    }
    let id = conn.last_insert_rowid();
    changelog::log_change(conn, "id_handover", id, Action::Create, &v.number)?;
    Ok(id)
}

/// Saves changes to a hand-over.
pub fn update_handover(conn: &Connection, id: i64, input: &IdHandoverInput) -> Result<()> {
    let v = validate(conn, input)?;
    let changed = conn
        .execute(
            "UPDATE id_handover SET person_id = ?1, kind = ?2, kind_other = ?3, number = ?4,
                    issuer = ?5, handed_on = coalesce(?6, handed_on), updated_at = ?7
             WHERE id = ?8 AND deleted_at IS NULL",
            params![
                input.person_id,
                input.kind,
                v.kind_other,
                v.number,
                v.issuer,
                v.handed_on,
                now_utc(),
                id
            ],
        )
        .context("saving an ID hand-over")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "ID hand-over",
            id,
        });
    }
    changelog::log_change(conn, "id_handover", id, Action::Update, &v.number)
}

/// Soft-deletes a hand-over (a line in its event's history says so).
pub fn delete_handover(conn: &Connection, id: i64) -> Result<()> {
    RECORD.delete(conn, id)
}

/// Brings back a deleted hand-over (the undo of a delete).
pub fn restore_handover(conn: &Connection, id: i64) -> Result<()> {
    RECORD.restore(conn, id)
}

const SELECT: &str = "SELECT h.id, h.event_id, e.title_kk, e.title_ru, h.person_id,
        trim(p.surname || ' ' || p.name || ' ' || p.patronymic), h.kind, h.kind_other,
        h.number, h.issuer, h.handed_on
    FROM id_handover h JOIN event e ON e.id = h.event_id JOIN person p ON p.id = h.person_id";

fn read(row: &rusqlite::Row<'_>) -> rusqlite::Result<IdHandover> {
    Ok(IdHandover {
        id: row.get(0)?,
        event_id: row.get(1)?,
        event_title_kk: row.get(2)?,
        event_title_ru: row.get(3)?,
        person_id: row.get(4)?,
        person_name: row.get(5)?,
        kind: row.get(6)?,
        kind_other: row.get(7)?,
        number: row.get(8)?,
        issuer: row.get(9)?,
        handed_on: row.get(10)?,
    })
}

/// The IDs handed over at an event, in the order they were recorded.
pub fn list_event_handovers(conn: &Connection, event_id: i64) -> Result<Vec<IdHandover>> {
    conn.prepare_cached(&format!(
        "{SELECT} WHERE h.event_id = ?1 AND h.deleted_at IS NULL AND p.deleted_at IS NULL
         ORDER BY h.id"
    ))
    .and_then(|mut stmt| {
        stmt.query_map([event_id], read)?
            .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing an event's ID hand-overs")
}

/// The IDs a person received, newest first (events not deleted).
pub fn list_person_handovers(conn: &Connection, person_id: i64) -> Result<Vec<IdHandover>> {
    conn.prepare_cached(&format!(
        "{SELECT} WHERE h.person_id = ?1 AND h.deleted_at IS NULL AND e.deleted_at IS NULL
         ORDER BY h.handed_on DESC, h.id DESC"
    ))
    .and_then(|mut stmt| {
        stmt.query_map([person_id], read)?
            .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing a person's IDs")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records_test_support::{event_and_person, store};

    #[test]
    fn a_police_assistant_id_is_listed_on_the_event_and_the_person() {
        let store = store();
        let (event, person) = event_and_person(store.conn());
        let id = insert_handover(
            store.conn(),
            event,
            &IdHandoverInput {
                person_id: person,
                kind: IdKind::PoliceAssistant,
                kind_other: "ignored".into(),
                number: " 0457 ".into(),
                issuer: "Қонаев қ. ПБ".into(),
                handed_on: None,
            },
        )
        .unwrap();
        let on_event = list_event_handovers(store.conn(), event).unwrap();
        assert_eq!(on_event.len(), 1);
        assert_eq!(on_event[0].number, "0457");
        assert_eq!(on_event[0].kind_other, "");
        assert_eq!(on_event[0].handed_on.as_deref(), Some("2026-11-08"));
        assert_eq!(
            on_event[0].kind_name(Lang::Ru),
            "Общественный помощник полиции"
        );
        let of_person = list_person_handovers(store.conn(), person).unwrap();
        assert_eq!(of_person, on_event);
        delete_handover(store.conn(), id).unwrap();
        assert!(
            list_person_handovers(store.conn(), person)
                .unwrap()
                .is_empty()
        );
        assert!(matches!(
            delete_handover(store.conn(), id),
            Err(Error::NotFound { .. })
        ));
    }

    #[test]
    fn refuses_an_unnamed_other_kind_and_an_unknown_person() {
        let store = store();
        let (event, person) = event_and_person(store.conn());
        let mut input = IdHandoverInput {
            person_id: person,
            kind: IdKind::Other,
            kind_other: " ".into(),
            number: String::new(),
            issuer: String::new(),
            handed_on: None,
        };
        let err = insert_handover(store.conn(), event, &input).unwrap_err();
        assert_eq!(err.field(), Some(FieldName::KindOther));
        input.kind_other = "Жас инспектор".into();
        input.person_id = 9999;
        let err = insert_handover(store.conn(), event, &input).unwrap_err();
        assert_eq!(err.field(), Some(FieldName::PersonId));
        input.person_id = person;
        assert!(matches!(
            insert_handover(store.conn(), 9999, &input),
            Err(Error::NotFound { what: "event", .. })
        ));
        assert!(
            list_event_handovers(store.conn(), event)
                .unwrap()
                .is_empty()
        );
    }
}
