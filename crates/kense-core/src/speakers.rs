//! Speakers and officials of an event (table `event_speaker`): a person of
//! the registry or a name as written, with the position as said on the day
//! («облыс прокурорының орынбасары» / «заместитель прокурора области»), in
//! the order they spoke.

use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::id_handovers::check_person;
use crate::soft_delete::{EventRecord, Table};
use crate::text::clean;
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Lang, Result};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Deleted and restored with a line in the event's history.
const RECORD: EventRecord = EventRecord {
    table: Table::EventSpeaker,
    column: "name",
    label: "Спикер",
};

/// A speaker of an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    /// Row id.
    pub id: i64,
    /// The event.
    pub event_id: i64,
    /// The person of the registry, if one.
    #[ts(optional = nullable)]
    pub person_id: Option<i64>,
    /// The name to print: the person's full name, else the name as written.
    pub name: String,
    /// Position in Kazakh, as said on the day.
    pub position_kk: String,
    /// Position in Russian, as said on the day.
    pub position_ru: String,
}

impl Speaker {
    /// The position in `lang` (the other language's when one is empty).
    pub fn position(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Kk => (&self.position_kk, &self.position_ru),
            Lang::Ru => (&self.position_ru, &self.position_kk),
        };
        if first.is_empty() { second } else { first }
    }
}

/// A new or edited speaker.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SpeakerInput {
    /// A person of the registry.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub person_id: Option<i64>,
    /// A name as written (when there is no person).
    #[serde(default)]
    pub name: String,
    /// Position in Kazakh.
    #[serde(default)]
    pub position_kk: String,
    /// Position in Russian.
    #[serde(default)]
    pub position_ru: String,
}

struct Clean {
    name: String,
    position_kk: String,
    position_ru: String,
}

fn validate(conn: &Connection, input: &SpeakerInput) -> Result<Clean> {
    let name = clean(FieldName::Name, &input.name, 300)?;
    match input.person_id {
        Some(person) => check_person(conn, FieldName::PersonId, person)?,
        None if name.is_empty() => {
            return Err(Error::validation(
                FieldName::Name,
                Invalid::Required,
                "a speaker needs a person or a name",
            ));
        }
        None => {}
    }
    Ok(Clean {
        name,
        position_kk: clean(FieldName::PositionKk, &input.position_kk, 500)?,
        position_ru: clean(FieldName::PositionRu, &input.position_ru, 500)?,
    })
}

/// Adds a speaker after the event's others; returns its id.
pub fn insert_speaker(conn: &Connection, event_id: i64, input: &SpeakerInput) -> Result<i64> {
    let v = validate(conn, input)?;
    let now = now_utc();
    conn.execute(
        "INSERT INTO event_speaker (uuid, event_id, seq, person_id, name, position_kk, position_ru,
                                    created_at, updated_at)
         SELECT ?1, id, (SELECT coalesce(max(seq), 0) + 1 FROM event_speaker WHERE event_id = ?2),
                ?3, ?4, ?5, ?6, ?7, ?7
         FROM event WHERE id = ?2 AND deleted_at IS NULL",
        params![
            uuid::Uuid::now_v7().to_string(),
            event_id,
            input.person_id,
            v.name,
            v.position_kk,
            v.position_ru,
            now
        ],
    )
    .context("adding a speaker")?;
    if conn.changes() == 0 {
        return Err(Error::NotFound {
            what: "event",
            id: event_id,
        });
    }
    let id = conn.last_insert_rowid();
    changelog::log_change(conn, "event_speaker", id, Action::Create, &v.name)?;
    Ok(id)
}

/// Saves changes to a speaker.
pub fn update_speaker(conn: &Connection, id: i64, input: &SpeakerInput) -> Result<()> {
    let v = validate(conn, input)?;
    let changed = conn
        .execute(
            "UPDATE event_speaker SET person_id = ?1, name = ?2, position_kk = ?3, position_ru = ?4,
                    updated_at = ?5
             WHERE id = ?6 AND deleted_at IS NULL",
            params![
                input.person_id,
                v.name,
                v.position_kk,
                v.position_ru,
                now_utc(),
                id
            ],
        )
        .context("saving a speaker")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "speaker",
            id,
        });
    }
    changelog::log_change(conn, "event_speaker", id, Action::Update, &v.name)
}

/// Soft-deletes a speaker (a line in its event's history says so).
pub fn delete_speaker(conn: &Connection, id: i64) -> Result<()> {
    RECORD.delete(conn, id)
}

/// Brings back a deleted speaker (the undo of a delete).
pub fn restore_speaker(conn: &Connection, id: i64) -> Result<()> {
    RECORD.restore(conn, id)
}

/// The speakers of an event, in the order they spoke.
pub fn list_speakers(conn: &Connection, event_id: i64) -> Result<Vec<Speaker>> {
    conn.prepare_cached(
        "SELECT s.id, s.event_id, s.person_id,
                coalesce(trim(p.surname || ' ' || p.name || ' ' || p.patronymic), s.name),
                s.position_kk, s.position_ru
         FROM event_speaker s LEFT JOIN person p ON p.id = s.person_id AND p.deleted_at IS NULL
         WHERE s.event_id = ?1 AND s.deleted_at IS NULL
           AND (s.person_id IS NULL OR p.id IS NOT NULL OR s.name <> '')
         ORDER BY s.seq, s.id",
    )
    .and_then(|mut stmt| {
        stmt.query_map([event_id], |row| {
            Ok(Speaker {
                id: row.get(0)?,
                event_id: row.get(1)?,
                person_id: row.get(2)?,
                name: row.get(3)?,
                position_kk: row.get(4)?,
                position_ru: row.get(5)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing speakers")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records_test_support::{event_and_person, store};

    #[test]
    fn speakers_keep_their_order_and_the_persons_name() {
        let store = store();
        let (event, person) = event_and_person(store.conn());
        insert_speaker(
            store.conn(),
            event,
            &SpeakerInput {
                person_id: None,
                name: "Н. Қ. Оспанова".into(),
                position_kk: "облыс прокурорының орынбасары".into(),
                position_ru: "заместитель прокурора области".into(),
            },
        )
        .unwrap();
        let second = insert_speaker(
            store.conn(),
            event,
            &SpeakerInput {
                person_id: Some(person),
                position_ru: "заместитель акима".into(),
                ..SpeakerInput::default()
            },
        )
        .unwrap();
        let list = list_speakers(store.conn(), event).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].name, "Н. Қ. Оспанова");
        assert_eq!(list[1].name, "Сейітов Ерлан");
        assert_eq!(list[1].position(Lang::Kk), "заместитель акима");
        delete_speaker(store.conn(), second).unwrap();
        assert_eq!(list_speakers(store.conn(), event).unwrap().len(), 1);
        let err = insert_speaker(store.conn(), event, &SpeakerInput::default()).unwrap_err();
        assert_eq!(err.field(), Some(FieldName::Name));
    }
}
