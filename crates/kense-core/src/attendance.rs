//! Who came to an event and in which role (table `attendance`).

use crate::FieldName;
use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::kinds::{EventKind, EventStatus, Gender, Invitation, Role};
use crate::people::full_name;
use crate::time::now_utc;
use crate::{Error, Result};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use ts_rs::TS;

/// A person at an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AttendanceRow {
    /// Row id.
    pub id: i64,
    /// The person.
    pub person_id: i64,
    /// «Surname Name Patronymic».
    pub full_name: String,
    /// Organisation in Kazakh.
    pub organisation_kk: String,
    /// Organisation in Russian.
    pub organisation_ru: String,
    /// Position in Kazakh.
    pub position_kk: String,
    /// Position in Russian.
    pub position_ru: String,
    /// Phone.
    pub phone: String,
    /// Role.
    pub role: Role,
    /// Present (ticked on the sign-in sheet).
    pub present: bool,
    /// The invitation of a delegation member; none for walk-ins and people
    /// recorded after the fact.
    #[ts(optional = nullable)]
    pub invitation: Option<Invitation>,
    /// The person's gender as stored, else as the IIN, patronymic or surname
    /// show it (for «Подтвердил» / «Подтвердила»).
    #[ts(optional = nullable)]
    pub gender: Option<Gender>,
    /// The person's nomination or place at the event in Kazakh («I орын»),
    /// printed on their diplomas; empty when none.
    pub nomination_kk: String,
    /// The nomination or place in Russian («I место»).
    pub nomination_ru: String,
}

/// An event in a person's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonEvent {
    /// The event.
    pub event_id: i64,
    /// Kind.
    pub kind: EventKind,
    /// Title in Kazakh.
    pub title_kk: String,
    /// Title in Russian.
    pub title_ru: String,
    /// Local start.
    pub starts_at: String,
    /// Status.
    pub status: EventStatus,
    /// The person's role.
    pub role: Role,
    /// Present.
    pub present: bool,
}

/// The start and status of a live event.
pub(crate) fn event_start(conn: &Connection, event_id: i64) -> Result<(String, EventStatus)> {
    conn.prepare_cached("SELECT starts_at, status FROM event WHERE id = ?1 AND deleted_at IS NULL")
        .and_then(|mut stmt| {
            stmt.query_row([event_id], |row| Ok((row.get(0)?, row.get(1)?)))
                .optional()
        })
        .context("checking an event")?
        .ok_or(Error::NotFound {
            what: "event",
            id: event_id,
        })
}

/// Adds people to an event in `role`; people already there in that role
/// are left as they are. Returns how many were added.
///
/// People added to an event that has begun (and is not cancelled) are
/// ticked present: they are recorded after the fact. At an event still to
/// come they are registered, not present.
pub fn add_attendance(
    conn: &Connection,
    event_id: i64,
    person_ids: &[i64],
    role: Role,
) -> Result<usize> {
    let (starts_at, status) = event_start(conn, event_id)?;
    let present = status != EventStatus::Cancelled && crate::events::has_begun(&starts_at);
    let now = now_utc();
    let mut stmt = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO attendance (event_id, person_id, role, present, created_at)
             SELECT ?1, id, ?3, ?5, ?4 FROM person WHERE id = ?2 AND deleted_at IS NULL",
        )
        .context("adding people to an event")?;
    let mut added = 0;
    for person in person_ids {
        added += stmt
            .execute(params![event_id, person, role, now, present])
            .context("adding people to an event")?;
    }
    if added > 0 {
        changelog::log_change(
            conn,
            "event",
            event_id,
            Action::Update,
            &format!("+{added} {role}"),
        )?;
    }
    Ok(added)
}

/// Adds everyone in a category to an event.
pub fn add_attendance_by_category(
    conn: &Connection,
    event_id: i64,
    category_id: i64,
    role: Role,
) -> Result<usize> {
    let ids = ids(
        conn,
        "SELECT pc.person_id FROM person_category pc JOIN person p ON p.id = pc.person_id
         WHERE pc.category_id = ?1 AND p.deleted_at IS NULL",
        category_id,
    )?;
    add_attendance(conn, event_id, &ids, role)
}

/// Adds everyone of an organisation to an event.
pub fn add_attendance_by_organisation(
    conn: &Connection,
    event_id: i64,
    organisation_id: i64,
    role: Role,
) -> Result<usize> {
    let ids = ids(
        conn,
        "SELECT id FROM person WHERE organisation_id = ?1 AND deleted_at IS NULL",
        organisation_id,
    )?;
    add_attendance(conn, event_id, &ids, role)
}

fn ids(conn: &Connection, sql: &str, key: i64) -> Result<Vec<i64>> {
    conn.prepare_cached(sql)
        .and_then(|mut stmt| {
            stmt.query_map([key], |row| row.get(0))?
                .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("selecting people")
}

/// Refuses to tick someone present at an event that has not begun, unless
/// it was recorded held already (that was confirmed) or the user confirms.
pub(crate) fn ensure_presence_can_be_recorded(
    conn: &Connection,
    event_id: i64,
    confirm_future: bool,
) -> Result<()> {
    let (starts_at, status) = event_start(conn, event_id)?;
    let confirmed = confirm_future || status == EventStatus::Held;
    crate::events::ensure_begun(&starts_at, confirmed, FieldName::Present)
}

/// Ticks or unticks a person as present. Ticking someone at an event that
/// has not begun and is not recorded held needs `confirm_future`
/// ([`Invalid::EventNotBegun`]).
///
/// [`Invalid::EventNotBegun`]: crate::Invalid::EventNotBegun
pub fn set_present(
    conn: &Connection,
    attendance_id: i64,
    present: bool,
    confirm_future: bool,
) -> Result<()> {
    if present {
        let event_id: Option<i64> = conn
            .prepare_cached("SELECT event_id FROM attendance WHERE id = ?1")
            .and_then(|mut stmt| stmt.query_row([attendance_id], |row| row.get(0)).optional())
            .context("marking presence")?;
        if let Some(event_id) = event_id {
            ensure_presence_can_be_recorded(conn, event_id, confirm_future)?;
        }
    }
    let changed = conn
        .execute(
            "UPDATE attendance SET present = ?1 WHERE id = ?2",
            params![present, attendance_id],
        )
        .context("marking presence")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "attendance",
            id: attendance_id,
        });
    }
    Ok(())
}

/// The longest nomination, in characters.
pub const MAX_NOMINATION: usize = 120;

/// Sets a person's nomination or place at an event («I орын» / «I место»),
/// in Kazakh and Russian (either may be empty), on every role they have
/// there; their diplomas print it under the title. Returns the rows
/// changed; a person not on the event is [`Error::NotFound`].
pub fn set_nomination(
    conn: &Connection,
    event_id: i64,
    person_id: i64,
    kk: &str,
    ru: &str,
) -> Result<usize> {
    let mut problems = crate::error::Problems::default();
    let one_line = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let kk = problems.check(crate::text::clean(
        FieldName::NominationKk,
        &one_line(kk),
        MAX_NOMINATION,
    ))?;
    let ru = problems.check(crate::text::clean(
        FieldName::NominationRu,
        &one_line(ru),
        MAX_NOMINATION,
    ))?;
    problems.finish()?;
    let changed = conn
        .execute(
            "UPDATE attendance SET nomination_kk = ?1, nomination_ru = ?2
             WHERE event_id = ?3 AND person_id = ?4",
            params![kk, ru, event_id, person_id],
        )
        .context("setting the nomination")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "attendance",
            id: person_id,
        });
    }
    changelog::log_change(conn, "event", event_id, Action::Update, "nomination")?;
    Ok(changed)
}

/// Removes a person from an event.
pub fn remove_attendance(conn: &Connection, attendance_id: i64) -> Result<()> {
    let event_id: Option<i64> = conn
        .query_row(
            "DELETE FROM attendance WHERE id = ?1 RETURNING event_id",
            [attendance_id],
            |row| row.get(0),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })
        .context("removing a person from an event")?;
    match event_id {
        Some(event_id) => changelog::log_change(conn, "event", event_id, Action::Update, "-1"),
        None => Err(Error::NotFound {
            what: "attendance",
            id: attendance_id,
        }),
    }
}

/// The people of an event, in Kazakh alphabet order.
pub fn list_event_attendance(conn: &Connection, event_id: i64) -> Result<Vec<AttendanceRow>> {
    conn.prepare_cached(
        "SELECT a.id, p.id, p.surname, p.name, p.patronymic, coalesce(o.name_kk, ''), coalesce(o.name_ru, ''),
                p.position_kk, p.phone, a.role, a.present, a.invitation, p.gender, coalesce(p.iin, ''),
                p.position_ru, a.nomination_kk, a.nomination_ru
         FROM attendance a JOIN person p ON p.id = a.person_id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         WHERE a.event_id = ?1 AND p.deleted_at IS NULL
         ORDER BY p.sort_key, a.role",
    )
    .and_then(|mut stmt| {
        stmt.query_map([event_id], |row| {
            let surname: String = row.get(2)?;
            let name: String = row.get(3)?;
            let patronymic: String = row.get(4)?;
            let iin: String = row.get(13)?;
            let gender =
                crate::grammar::gender_or_inferred(row.get(12)?, &surname, &patronymic, &iin);
            Ok(AttendanceRow {
                id: row.get(0)?,
                person_id: row.get(1)?,
                full_name: full_name(&surname, &name, &patronymic),
                organisation_kk: row.get(5)?,
                organisation_ru: row.get(6)?,
                position_kk: row.get(7)?,
                position_ru: row.get(14)?,
                phone: row.get(8)?,
                role: row.get(9)?,
                present: row.get(10)?,
                invitation: row.get(11)?,
                gender,
                nomination_kk: row.get(15)?,
                nomination_ru: row.get(16)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing an event's people")
}

/// The events of a person, newest first.
pub fn list_person_events(conn: &Connection, person_id: i64) -> Result<Vec<PersonEvent>> {
    conn.prepare_cached(
        "SELECT e.id, e.kind, e.title_kk, e.title_ru, e.starts_at, e.status, a.role, a.present
         FROM attendance a JOIN event e ON e.id = a.event_id
         WHERE a.person_id = ?1 AND e.deleted_at IS NULL
         ORDER BY e.starts_at DESC, e.id",
    )
    .and_then(|mut stmt| {
        stmt.query_map([person_id], |row| {
            Ok(PersonEvent {
                event_id: row.get(0)?,
                kind: row.get(1)?,
                title_kk: row.get(2)?,
                title_ru: row.get(3)?,
                starts_at: row.get(4)?,
                status: row.get(5)?,
                role: row.get(6)?,
                present: row.get(7)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing a person's events")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::{EventInput, insert_event};
    use crate::people::{PersonInput, insert_person};
    use crate::{ErrorCode, Invalid, Store};

    fn contest(c: &Connection) -> i64 {
        insert_event(
            c,
            &EventInput {
                kind: EventKind::Contest,
                campaign_id: None,
                title_kk: "«Заң үйірмесі» байқауы".into(),
                title_ru: "Конкурс «Заң үйірмесі»".into(),
                starts_at: "2026-11-08T10:00".into(),
                ends_at: "2026-11-08T13:00".into(),
                place_kk: String::new(),
                place_ru: String::new(),
                district_kk: String::new(),
                district_ru: String::new(),
                status: EventStatus::Held,
                confirm_future: Some(true),
                headcount: None,
                outcomes: String::new(),
                proposals_count: 0,
            },
        )
        .unwrap()
    }

    fn person(c: &Connection, surname: &str) -> i64 {
        insert_person(
            c,
            &PersonInput {
                surname: surname.into(),
                name: "Айгерім".into(),
                ..PersonInput::default()
            },
        )
        .unwrap()
    }

    #[test]
    fn a_nomination_is_kept_per_person_in_both_languages_on_every_role() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let event = contest(c);
        let (winner, other) = (person(c, "Әлиева"), person(c, "Бекова"));
        add_attendance(c, event, &[winner, other], Role::Participant).unwrap();
        add_attendance(c, event, &[winner], Role::Winner).unwrap();

        let changed = set_nomination(c, event, winner, "  I   орын ", "I место").unwrap();
        assert_eq!(changed, 2, "both of the winner's roles");
        let rows = list_event_attendance(c, event).unwrap();
        for row in &rows {
            let expected = if row.person_id == winner {
                ("I орын", "I место")
            } else {
                ("", "")
            };
            assert_eq!(
                (row.nomination_kk.as_str(), row.nomination_ru.as_str()),
                expected,
                "{}",
                row.full_name
            );
        }

        // Emptied again.
        set_nomination(c, event, winner, "", "").unwrap();
        assert!(
            list_event_attendance(c, event)
                .unwrap()
                .iter()
                .all(|r| r.nomination_kk.is_empty() && r.nomination_ru.is_empty())
        );
    }

    #[test]
    fn a_nomination_too_long_in_both_languages_names_both_fields() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let event = contest(c);
        let winner = person(c, "Әлиева");
        add_attendance(c, event, &[winner], Role::Winner).unwrap();
        let long = "ұ".repeat(MAX_NOMINATION + 1);
        let err = set_nomination(c, event, winner, &long, &long).unwrap_err();
        assert_eq!(err.code(), ErrorCode::Validation);
        let fields: Vec<_> = err
            .field_problems()
            .into_iter()
            .map(|p| (p.field, p.reason))
            .collect();
        assert_eq!(
            fields,
            [
                (FieldName::NominationKk, Invalid::TooLong),
                (FieldName::NominationRu, Invalid::TooLong)
            ]
        );
        let err = set_nomination(c, event, winner, "I орын", "I место\u{7}").unwrap_err();
        assert_eq!(err.field_problems()[0].field, FieldName::NominationRu);
        // Nothing was written.
        let row = &list_event_attendance(c, event).unwrap()[0];
        assert_eq!(row.nomination_kk, "");

        // Someone not on the event.
        let stranger = person(c, "Сейітова");
        let err = set_nomination(c, event, stranger, "I орын", "").unwrap_err();
        assert_eq!(err.code(), ErrorCode::NotFound);
    }
}
