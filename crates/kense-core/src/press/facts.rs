//! What a press release says, read from the event's records.

use crate::Result;
use crate::equipment::{self, EquipmentHandover};
use crate::error::SqlContext;
use crate::events::{self, Event};
use crate::id_handovers::{self, IdHandover};
use crate::initiatives::{self, Initiative};
use crate::kinds::{DocKind, Role};
use crate::memoranda::{self, Memorandum};
use crate::office::{self, OfficeProfile};
use crate::photos::{self, Photo};
use crate::planning::stops::{self, Stop};
use crate::proposals::{self, Proposal};
use crate::speakers::{self, Speaker};
use rusqlite::Connection;

/// People of one category present at the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryCount {
    /// Category name in Kazakh.
    pub name_kk: String,
    /// Category name in Russian.
    pub name_ru: String,
    /// Present people of the category.
    pub people: i64,
}

/// Documents of one kind (and template, when not a built-in one) issued at
/// the event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentCount {
    /// The kind.
    pub kind: DocKind,
    /// The template's name when it is the office's own («Лидер отрасли»),
    /// else empty.
    pub template: String,
    /// How many (issued or revoked later; spoiled blanks never count).
    pub count: i64,
}

/// The one who led the event: an organiser present, with their position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leader {
    /// Full name.
    pub name: String,
    /// Position as recorded on the person, in Kazakh.
    pub position_kk: String,
    /// Position in Russian.
    pub position_ru: String,
}

/// Everything a press release draws on.
#[derive(Debug, Clone)]
pub struct EventFacts {
    /// The event.
    pub event: Event,
    /// The office (the organiser).
    pub office: OfficeProfile,
    /// The leading organiser, if one is recorded.
    pub leader: Option<Leader>,
    /// The itinerary, in order.
    pub stops: Vec<Stop>,
    /// Named people present.
    pub present: i64,
    /// Present people by category (categories with nobody left out), in
    /// the categories' order.
    pub by_category: Vec<CategoryCount>,
    /// Speakers in the order they spoke.
    pub speakers: Vec<Speaker>,
    /// Documents handed out, by kind.
    pub documents: Vec<DocumentCount>,
    /// Memoranda signed.
    pub memoranda: Vec<Memorandum>,
    /// Initiatives presented.
    pub initiatives: Vec<Initiative>,
    /// IDs handed over.
    pub handovers: Vec<IdHandover>,
    /// Proposals drafted.
    pub proposals: Vec<Proposal>,
    /// Equipment handed over.
    pub equipment: Vec<EquipmentHandover>,
    /// Photos chosen for the report.
    pub photos: Vec<Photo>,
}

impl EventFacts {
    /// People who took part: the headcount (everybody there as counted, the
    /// named included), else the named people present.
    pub fn participants(&self) -> i64 {
        self.present.max(self.event.headcount.unwrap_or(0))
    }
}

/// Reads the facts of event `event_id`.
pub fn load_facts(conn: &Connection, event_id: i64) -> Result<EventFacts> {
    let event = events::get_event(conn, event_id)?;
    let present: i64 = conn
        .prepare_cached(
            "SELECT count(DISTINCT a.person_id) FROM attendance a JOIN person p ON p.id = a.person_id
             WHERE a.event_id = ?1 AND a.present = 1 AND p.deleted_at IS NULL",
        )
        .and_then(|mut stmt| stmt.query_row([event_id], |row| row.get(0)))
        .context("counting who came")?;
    let by_category = conn
        .prepare_cached(
            "SELECT c.name_kk, c.name_ru, count(DISTINCT a.person_id)
             FROM attendance a JOIN person p ON p.id = a.person_id
             JOIN person_category pc ON pc.person_id = a.person_id
             JOIN category c ON c.id = pc.category_id
             WHERE a.event_id = ?1 AND a.present = 1 AND p.deleted_at IS NULL
               AND c.deleted_at IS NULL
             GROUP BY c.id ORDER BY c.sort_order, c.id",
        )
        .and_then(|mut stmt| {
            stmt.query_map([event_id], |row| {
                Ok(CategoryCount {
                    name_kk: row.get(0)?,
                    name_ru: row.get(1)?,
                    people: row.get(2)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("counting who came by category")?;
    let leader = conn
        .prepare_cached(
            "SELECT trim(p.surname || ' ' || p.name || ' ' || p.patronymic), p.position_kk, p.position_ru
             FROM attendance a JOIN person p ON p.id = a.person_id
             WHERE a.event_id = ?1 AND a.role = ?2 AND a.present = 1 AND p.deleted_at IS NULL
             ORDER BY a.id LIMIT 1",
        )
        .and_then(|mut stmt| {
            let mut rows = stmt.query_map(rusqlite::params![event_id, Role::Organiser], |row| {
                Ok(Leader {
                    name: row.get(0)?,
                    position_kk: row.get(1)?,
                    position_ru: row.get(2)?,
                })
            })?;
            rows.next().transpose()
        })
        .context("reading the organiser")?;
    let documents = conn
        .prepare_cached(
            "SELECT d.kind, CASE WHEN t.builtin = 0 THEN coalesce(t.name, '') ELSE '' END, count(*)
             FROM issued_document d LEFT JOIN doc_template t ON t.id = d.template_id
             WHERE d.event_id = ?1 AND d.status IN ('issued', 'revoked')
             GROUP BY 1, 2 ORDER BY CASE d.kind WHEN 'gratitude' THEN 2 WHEN 'diploma' THEN 1
                                                ELSE 3 END, 2",
        )
        .and_then(|mut stmt| {
            stmt.query_map([event_id], |row| {
                Ok(DocumentCount {
                    kind: row.get(0)?,
                    template: row.get(1)?,
                    count: row.get(2)?,
                })
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("counting the documents handed out")?;
    Ok(EventFacts {
        office: office::get_office_profile(conn)?,
        leader,
        stops: stops::list_stops(conn, event_id)?,
        present,
        by_category,
        speakers: speakers::list_speakers(conn, event_id)?,
        documents,
        memoranda: memoranda::list_memoranda(conn, event_id)?,
        initiatives: initiatives::list_initiatives(conn, event_id)?,
        handovers: id_handovers::list_event_handovers(conn, event_id)?,
        proposals: proposals::list_proposals(conn, event_id)?,
        equipment: equipment::list_equipment(conn, event_id)?,
        photos: photos::list_photos(conn, event_id, true)?,
        event,
    })
}
