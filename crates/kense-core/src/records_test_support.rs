//! Test fixtures shared by the event-record table modules.

use crate::Store;
use crate::events::{self, EventInput};
use crate::kinds::{EventKind, EventStatus};
use crate::people::{self, PersonInput};
use rusqlite::Connection;

/// An empty database in memory.
pub(crate) fn store() -> Store {
    Store::open_in_memory().unwrap()
}

/// A held council meeting on 8 November 2026 and one person.
pub(crate) fn event_and_person(conn: &Connection) -> (i64, i64) {
    let event = events::insert_event(
        conn,
        &EventInput {
            kind: EventKind::CouncilMeeting,
            campaign_id: None,
            title_kk: "Үйлестіру кеңесінің отырысы".into(),
            title_ru: "Заседание координационного совета".into(),
            starts_at: "2026-11-08T10:00".into(),
            ends_at: "2026-11-08T12:00".into(),
            place: "Қонаев қ., әкімдік".into(),
            district: String::new(),
            status: EventStatus::Held,
            confirm_future: Some(true),
            headcount: None,
            outcomes: String::new(),
            proposals_count: 0,
        },
    )
    .unwrap();
    let person = people::insert_person(
        conn,
        &PersonInput {
            surname: "Сейітов".into(),
            name: "Ерлан".into(),
            ..PersonInput::default()
        },
    )
    .unwrap();
    (event, person)
}
