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
            place_kk: "Қонаев қ., әкімдік".into(),
            place_ru: "г. Конаев, акимат".into(),
            district_kk: String::new(),
            district_ru: String::new(),
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

mod tests {
    use super::*;
    use crate::Result;
    use crate::changelog;
    use crate::equipment::{self, EquipmentInput};
    use crate::id_handovers::{self, IdHandoverInput};
    use crate::initiatives::{self, InitiativeInput};
    use crate::kinds::{IdKind, ProposalStatus};
    use crate::photos::{self, PhotoInput};
    use crate::proposals::{self, ProposalInput};
    use crate::speakers::{self, SpeakerInput};

    type Restore = fn(&Connection, i64) -> Result<()>;

    /// The two newest lines of the event's history.
    fn last_two(conn: &Connection, event: i64) -> Vec<(String, String)> {
        changelog::list_changes(conn, Some(("event", event)), 2)
            .unwrap()
            .into_iter()
            .map(|h| (h.action.as_str().to_owned(), h.summary))
            .collect()
    }

    #[test]
    fn every_event_record_comes_back_with_undo_and_both_lines_are_in_the_events_history() {
        let store = store();
        let c = store.conn();
        let (event, person) = event_and_person(c);
        let speaker = speakers::insert_speaker(
            c,
            event,
            &SpeakerInput {
                name: "Әлиев Нұрлан".into(),
                ..SpeakerInput::default()
            },
        )
        .unwrap();
        let initiative = initiatives::insert_initiative(
            c,
            event,
            &InitiativeInput {
                name_ru: "Кибер-Шериф".into(),
                ..InitiativeInput::default()
            },
        )
        .unwrap();
        let proposal = proposals::insert_proposal(
            c,
            event,
            &ProposalInput {
                text: "Жарықтандыруды күшейту".into(),
                addressee: String::new(),
                status: ProposalStatus::Drafted,
            },
        )
        .unwrap();
        let equipment = equipment::insert_equipment(
            c,
            event,
            &EquipmentInput {
                what: "кеудешелер".into(),
                recipients: 12,
            },
        )
        .unwrap();
        let handover = id_handovers::insert_handover(
            c,
            event,
            &IdHandoverInput {
                person_id: person,
                kind: IdKind::PoliceAssistant,
                kind_other: String::new(),
                number: "0457".into(),
                issuer: String::new(),
                handed_on: None,
            },
        )
        .unwrap();
        let photo = photos::insert_photo(
            c,
            event,
            &photos::samples::jpeg(40, 30, [200, 40, 40]),
            &PhotoInput {
                caption: "Марапаттау".into(),
                ..PhotoInput::default()
            },
        )
        .unwrap();
        let cases: [(i64, Restore, Restore, &str, usize); 6] = [
            (
                speaker,
                speakers::delete_speaker,
                speakers::restore_speaker,
                "Спикер: Әлиев Нұрлан",
                0,
            ),
            (
                initiative,
                initiatives::delete_initiative,
                initiatives::restore_initiative,
                "Бастама / Инициатива: Кибер-Шериф",
                1,
            ),
            (
                proposal,
                proposals::delete_proposal,
                proposals::restore_proposal,
                "Ұсыныс / Предложение: Жарықтандыруды күшейту",
                2,
            ),
            (
                equipment,
                equipment::delete_equipment,
                equipment::restore_equipment,
                "Жабдық / Оборудование: кеудешелер × 12",
                3,
            ),
            (
                handover,
                id_handovers::delete_handover,
                id_handovers::restore_handover,
                "Куәлік / Удостоверение: Сейітов Ерлан 0457",
                4,
            ),
            (
                photo,
                photos::delete_photo,
                photos::restore_photo,
                "Фото: Марапаттау",
                5,
            ),
        ];
        let counts = |c: &Connection| {
            [
                speakers::list_speakers(c, event).unwrap().len(),
                initiatives::list_initiatives(c, event).unwrap().len(),
                proposals::list_proposals(c, event).unwrap().len(),
                equipment::list_equipment(c, event).unwrap().len(),
                id_handovers::list_event_handovers(c, event).unwrap().len(),
                photos::list_photos(c, event, false).unwrap().len(),
            ]
        };
        for (id, delete, restore, line, slot) in cases {
            delete(c, id).unwrap();
            assert_eq!(counts(c)[slot], 0, "{line}: still listed after delete");
            restore(c, id).unwrap();
            assert_eq!(counts(c)[slot], 1, "{line}: not back after undo");
            assert_eq!(
                last_two(c, event),
                [
                    ("restore".to_owned(), line.to_owned()),
                    ("delete".to_owned(), line.to_owned())
                ]
            );
            assert!(restore(c, id).is_err(), "{line}: restored twice");
        }
    }
}
