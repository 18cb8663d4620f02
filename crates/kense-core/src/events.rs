//! Events (table `event`): visits, lectures, forums, council meetings…

use crate::changelog::{self, Action};
use crate::error::{Problems, SqlContext};
use crate::kinds::{EventKind, EventStatus};
use crate::soft_delete::{self, Table};
use crate::text::{clean, datetime};
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Lang, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// An event as stored, with its counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    /// Row id.
    pub id: i64,
    /// Kind.
    pub kind: EventKind,
    /// Campaign or initiative.
    #[ts(optional = nullable)]
    pub campaign_id: Option<i64>,
    /// The campaign's name in Kazakh (empty without one).
    pub campaign_kk: String,
    /// The campaign's name in Russian (empty without one).
    pub campaign_ru: String,
    /// Title in Kazakh.
    pub title_kk: String,
    /// Title in Russian.
    pub title_ru: String,
    /// Local start, `YYYY-MM-DDTHH:MM`.
    pub starts_at: String,
    /// Local end, `YYYY-MM-DDTHH:MM`.
    pub ends_at: String,
    /// Place in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
    pub place_kk: String,
    /// Place in Russian (may be empty).
    pub place_ru: String,
    /// District in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
    pub district_kk: String,
    /// District in Russian (may be empty).
    pub district_ru: String,
    /// Planned, held or cancelled.
    pub status: EventStatus,
    /// How many people were there as counted, those named in the
    /// attendance included (never fewer than the people ticked present).
    #[ts(optional = nullable, type = "number | null")]
    pub headcount: Option<i64>,
    /// Outcomes, free text.
    pub outcomes: String,
    /// Number of proposals received.
    #[ts(type = "number")]
    pub proposals_count: i64,
    /// People registered (attendance rows).
    #[ts(type = "number")]
    pub attendance_count: i64,
    /// Media items.
    #[ts(type = "number")]
    pub media_count: i64,
}

impl Event {
    /// The place in `lang` (the other language's when it is empty).
    pub fn place(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.place_kk, &self.place_ru, lang)
    }

    /// The district in `lang` (the other language's when it is empty).
    pub fn district(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.district_kk, &self.district_ru, lang)
    }

    /// The district as the report and the events list filter by it: the
    /// Kazakh name, else the Russian one (the column `district_key`).
    pub fn district_key(&self) -> &str {
        if self.district_kk.trim().is_empty() {
            &self.district_ru
        } else {
            &self.district_kk
        }
    }

    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.title_kk,
            Lang::Ru => &self.title_ru,
        }
    }
}

/// A new or edited event. One title is enough: it is used for both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventInput {
    /// Kind.
    pub kind: EventKind,
    /// Campaign.
    #[ts(optional = nullable)]
    pub campaign_id: Option<i64>,
    /// Title in Kazakh.
    pub title_kk: String,
    /// Title in Russian.
    pub title_ru: String,
    /// Local start (`YYYY-MM-DDTHH:MM`).
    pub starts_at: String,
    /// Local end (`YYYY-MM-DDTHH:MM`); empty means the start.
    pub ends_at: String,
    /// Place in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
    pub place_kk: String,
    /// Place in Russian (may be empty).
    pub place_ru: String,
    /// District in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
    pub district_kk: String,
    /// District in Russian (may be empty).
    pub district_ru: String,
    /// Status.
    pub status: EventStatus,
    /// How many people were there as counted, the named ones included.
    #[ts(optional = nullable, type = "number | null")]
    pub headcount: Option<i64>,
    /// Outcomes.
    pub outcomes: String,
    /// Proposals received.
    #[ts(type = "number")]
    pub proposals_count: i64,
    /// The user confirmed recording as held an event that has not begun
    /// (refused with [`Invalid::EventNotBegun`] otherwise).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub confirm_future: Option<bool>,
}

impl From<&Event> for EventInput {
    /// The event as its form would send it back unchanged.
    fn from(e: &Event) -> Self {
        Self {
            kind: e.kind,
            campaign_id: e.campaign_id,
            title_kk: e.title_kk.clone(),
            title_ru: e.title_ru.clone(),
            starts_at: e.starts_at.clone(),
            ends_at: e.ends_at.clone(),
            place_kk: e.place_kk.clone(),
            place_ru: e.place_ru.clone(),
            district_kk: e.district_kk.clone(),
            district_ru: e.district_ru.clone(),
            status: e.status,
            headcount: e.headcount,
            outcomes: e.outcomes.clone(),
            proposals_count: e.proposals_count,
            confirm_future: None,
        }
    }
}

/// Whether an event starting at `starts_at` (local `YYYY-MM-DDTHH:MM`) has
/// begun by the computer's clock.
pub fn has_begun(starts_at: &str) -> bool {
    starts_at <= crate::time::now_local_minute().as_str()
}

/// Refuses to record an event starting at `starts_at` that has not begun
/// as held, or its people as present, unless the user `confirmed` it.
/// `field` names what the user changed.
pub(crate) fn ensure_begun(starts_at: &str, confirmed: bool, field: FieldName) -> Result<()> {
    if confirmed || has_begun(starts_at) {
        return Ok(());
    }
    Err(Error::validation(
        field,
        Invalid::EventNotBegun,
        format!(
            "the event begins at {}; it can be recorded as held (or its people as present) before then only when confirmed",
            starts_at.replace('T', " ")
        ),
    ))
}

/// People ticked present at an event, each once (deleted people left out).
pub(crate) fn count_present(conn: &Connection, event_id: i64) -> Result<i64> {
    conn.prepare_cached(
        "SELECT count(DISTINCT a.person_id) FROM attendance a JOIN person p ON p.id = a.person_id
         WHERE a.event_id = ?1 AND a.present = 1 AND p.deleted_at IS NULL",
    )
    .and_then(|mut stmt| stmt.query_row([event_id], |row| row.get(0)))
    .context("counting the people present")
}

/// Refuses a headcount lower than the people ticked present by name.
pub(crate) fn ensure_headcount_covers_present(
    conn: &Connection,
    event_id: i64,
    headcount: Option<i64>,
) -> Result<()> {
    let Some(headcount) = headcount else {
        return Ok(());
    };
    let present = count_present(conn, event_id)?;
    if headcount < present {
        return Err(Error::over_limit(
            FieldName::Headcount,
            Invalid::HeadcountBelowPresent,
            present.unsigned_abs(),
            format!(
                "the headcount {headcount} is lower than the {present} people ticked present by name"
            ),
        ));
    }
    Ok(())
}

/// Filters of the events list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EventFilter {
    /// Events starting on or after this date (`YYYY-MM-DD`).
    #[ts(optional = nullable)]
    pub from: Option<String>,
    /// Events starting on or before this date (`YYYY-MM-DD`).
    #[ts(optional = nullable)]
    pub to: Option<String>,
    /// Only this campaign.
    #[ts(optional = nullable)]
    pub campaign_id: Option<i64>,
    /// Only this status.
    #[ts(optional = nullable)]
    pub status: Option<EventStatus>,
    /// Only this district, by its key ([`Event::district_key`]).
    #[ts(optional = nullable)]
    pub district: Option<String>,
    /// Events still running on or after this date (`YYYY-MM-DD`): with an
    /// earlier `from`, the events that cover a span of days.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub ends_from: Option<String>,
}

impl EventFilter {
    /// The events of one month, `YYYY-MM`.
    pub fn month(month: &str) -> Result<Self> {
        let first = chrono::NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").map_err(
            |_| {
                Error::validation(
                    FieldName::Month,
                    Invalid::NotADate,
                    format!("{month:?} is not YYYY-MM"),
                )
            },
        )?;
        let last = first
            .checked_add_months(chrono::Months::new(1))
            .and_then(|d| d.pred_opt())
            .unwrap_or(first);
        Ok(Self {
            from: Some(first.format("%Y-%m-%d").to_string()),
            to: Some(last.format("%Y-%m-%d").to_string()),
            ..Self::default()
        })
    }
}

struct Clean {
    title_kk: String,
    title_ru: String,
    starts_at: String,
    ends_at: String,
    place_kk: String,
    place_ru: String,
    district_kk: String,
    district_ru: String,
    outcomes: String,
}

/// Checks every field of an event (`id` is the event being edited: its
/// headcount is compared with its people present) and refuses them all at
/// once; only then, a held event not yet begun asks for `confirm_future`.
fn validate(conn: &Connection, input: &EventInput, id: Option<i64>) -> Result<Clean> {
    let mut problems = Problems::default();
    let mut title_kk = problems.check(clean(FieldName::TitleKk, &input.title_kk, 500))?;
    let mut title_ru = problems.check(clean(FieldName::TitleRu, &input.title_ru, 500))?;
    if title_kk.is_empty() && title_ru.is_empty() && !problems.has(FieldName::TitleKk) {
        if !problems.has(FieldName::TitleRu) {
            problems.refuse(FieldName::TitleRu, Invalid::Required, "is required");
        }
    } else if title_kk.is_empty() {
        title_kk = title_ru.clone();
    } else if title_ru.is_empty() {
        title_ru = title_kk.clone();
    }
    let starts_at = problems.check(datetime(FieldName::StartsAt, &input.starts_at))?;
    let ends_at = if input.ends_at.trim().is_empty() {
        starts_at.clone()
    } else {
        problems.check(datetime(FieldName::EndsAt, &input.ends_at))?
    };
    if !problems.has(FieldName::StartsAt) && !problems.has(FieldName::EndsAt) && ends_at < starts_at
    {
        problems.refuse(
            FieldName::EndsAt,
            Invalid::EndsBeforeStart,
            "ends before it starts",
        );
    }
    let place_kk = problems.check(clean(FieldName::PlaceKk, &input.place_kk, 500))?;
    let place_ru = problems.check(clean(FieldName::PlaceRu, &input.place_ru, 500))?;
    let district_kk = problems.check(clean(FieldName::DistrictKk, &input.district_kk, 200))?;
    let district_ru = problems.check(clean(FieldName::DistrictRu, &input.district_ru, 200))?;
    if let Some(id) = input.campaign_id {
        let exists: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM campaign WHERE id = ?1 AND deleted_at IS NULL)",
                [id],
                |row| row.get(0),
            )
            .context("checking a campaign")?;
        if !exists {
            problems.refuse(
                FieldName::Campaign,
                Invalid::UnknownReference,
                format!("campaign {id} does not exist"),
            );
        }
    }
    if input.headcount.is_some_and(|h| h < 0) {
        problems.refuse(FieldName::Headcount, Invalid::NotACount, "is negative");
    } else if let Some(id) = id {
        problems.check(ensure_headcount_covers_present(conn, id, input.headcount))?;
    }
    if input.proposals_count < 0 {
        problems.refuse(FieldName::ProposalsCount, Invalid::NotACount, "is negative");
    }
    let outcomes = problems.check(clean(FieldName::Outcomes, &input.outcomes, 20_000))?;
    problems.finish()?;
    if input.status == EventStatus::Held {
        ensure_begun(
            &starts_at,
            input.confirm_future == Some(true),
            FieldName::Status,
        )?;
    }
    Ok(Clean {
        title_kk,
        title_ru,
        starts_at,
        ends_at,
        place_kk,
        place_ru,
        district_kk,
        district_ru,
        outcomes,
    })
}

/// Adds an event; returns its id.
pub fn insert_event(conn: &Connection, input: &EventInput) -> Result<i64> {
    let v = validate(conn, input, None)?;
    let now = now_utc();
    conn.prepare_cached(
        "INSERT INTO event (uuid, kind, campaign_id, title_kk, title_ru, starts_at, ends_at, place_kk,
                            place_ru, district_kk, district_ru, status, headcount, outcomes,
                            proposals_count, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            uuid::Uuid::now_v7().to_string(),
            input.kind,
            input.campaign_id,
            v.title_kk,
            v.title_ru,
            v.starts_at,
            v.ends_at,
            v.place_kk,
            v.place_ru,
            v.district_kk,
            v.district_ru,
            input.status,
            input.headcount,
            v.outcomes,
            input.proposals_count,
            now
        ])
    })
    .context("adding an event")?;
    let id = conn.last_insert_rowid();
    changelog::log_change(conn, "event", id, Action::Create, &v.title_ru)?;
    Ok(id)
}

/// Saves changes to an event. A new start moves its itinerary's stops by
/// the same amount.
pub fn update_event(conn: &Connection, id: i64, input: &EventInput) -> Result<()> {
    let v = validate(conn, input, Some(id))?;
    let before: Option<String> = conn
        .query_row(
            "SELECT starts_at FROM event WHERE id = ?1 AND deleted_at IS NULL",
            [id],
            |row| row.get(0),
        )
        .optional()
        .context("reading an event")?;
    let changed = conn
        .execute(
            "UPDATE event SET kind = ?1, campaign_id = ?2, title_kk = ?3, title_ru = ?4, starts_at = ?5,
                    ends_at = ?6, place_kk = ?7, place_ru = ?8, district_kk = ?9,
                    district_ru = ?10, status = ?11, headcount = ?12, outcomes = ?13,
                    proposals_count = ?14, updated_at = ?15
             WHERE id = ?16 AND deleted_at IS NULL",
            params![
                input.kind,
                input.campaign_id,
                v.title_kk,
                v.title_ru,
                v.starts_at,
                v.ends_at,
                v.place_kk,
                v.place_ru,
                v.district_kk,
                v.district_ru,
                input.status,
                input.headcount,
                v.outcomes,
                input.proposals_count,
                now_utc(),
                id
            ],
        )
        .context("saving an event")?;
    if changed == 0 {
        return Err(Error::NotFound { what: "event", id });
    }
    if let Some(before) = before.filter(|b| *b != v.starts_at) {
        let parse = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M");
        if let (Ok(old), Ok(new)) = (parse(&before), parse(&v.starts_at)) {
            shift_stops(conn, id, (new - old).num_minutes())?;
        }
    }
    changelog::log_change(conn, "event", id, Action::Update, &v.title_ru)
}

/// Moves every stop of an event by `minutes` (the event was moved).
fn shift_stops(conn: &Connection, event_id: i64, minutes: i64) -> Result<()> {
    if minutes == 0 {
        return Ok(());
    }
    let modifier = format!("{minutes:+} minutes");
    conn.execute(
        "UPDATE visit_stop SET
             arrives_at = strftime('%Y-%m-%dT%H:%M', arrives_at, ?2),
             departs_at = strftime('%Y-%m-%dT%H:%M', departs_at, ?2)
         WHERE event_id = ?1",
        params![event_id, modifier],
    )
    .context("moving the stops")?;
    Ok(())
}

const COLUMNS: &str =
    "e.id, e.kind, e.campaign_id, coalesce(c.name_kk, ''), coalesce(c.name_ru, ''),
    e.title_kk, e.title_ru, e.starts_at, e.ends_at, e.place_kk, e.district_kk, e.status, e.headcount,
    e.outcomes, e.proposals_count,
    (SELECT count(*) FROM attendance a JOIN person p ON p.id = a.person_id
      WHERE a.event_id = e.id AND p.deleted_at IS NULL),
    (SELECT count(*) FROM media_item m WHERE m.event_id = e.id AND m.deleted_at IS NULL), e.place_ru,
    e.district_ru";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Event> {
    Ok(Event {
        id: row.get(0)?,
        kind: row.get(1)?,
        campaign_id: row.get(2)?,
        campaign_kk: row.get(3)?,
        campaign_ru: row.get(4)?,
        title_kk: row.get(5)?,
        title_ru: row.get(6)?,
        starts_at: row.get(7)?,
        ends_at: row.get(8)?,
        place_kk: row.get(9)?,
        place_ru: row.get(17)?,
        district_kk: row.get(10)?,
        district_ru: row.get(18)?,
        status: row.get(11)?,
        headcount: row.get(12)?,
        outcomes: row.get(13)?,
        proposals_count: row.get(14)?,
        attendance_count: row.get(15)?,
        media_count: row.get(16)?,
    })
}

/// One event (not deleted).
pub fn get_event(conn: &Connection, id: i64) -> Result<Event> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM event e LEFT JOIN campaign c ON c.id = e.campaign_id
         WHERE e.id = ?1 AND e.deleted_at IS NULL"
    ))
    .and_then(|mut stmt| stmt.query_row([id], from_row).optional())
    .context("reading an event")?
    .ok_or(Error::NotFound { what: "event", id })
}

/// Events matching `filter`, by start time.
pub fn list_events(conn: &Connection, filter: &EventFilter) -> Result<Vec<Event>> {
    let from = filter.from.as_deref().unwrap_or("");
    let to = filter
        .to
        .as_deref()
        .map(|d| format!("{d}T99"))
        .unwrap_or_default();
    let status = filter.status.map(EventStatus::as_str).unwrap_or("");
    let district = filter.district.as_deref().unwrap_or("");
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM event e LEFT JOIN campaign c ON c.id = e.campaign_id
         WHERE e.deleted_at IS NULL
           AND (?1 = '' OR e.starts_at >= ?1) AND (?2 = '' OR e.starts_at <= ?2)
           AND (?3 IS NULL OR e.campaign_id = ?3) AND (?4 = '' OR e.status = ?4)
           AND (?5 = '' OR e.district_key = ?5) AND (?6 = '' OR e.ends_at >= ?6)
         ORDER BY e.starts_at, e.id"
    ))
    .and_then(|mut stmt| {
        stmt.query_map(
            params![
                from,
                to,
                filter.campaign_id,
                status,
                district,
                filter.ends_from.as_deref().unwrap_or("")
            ],
            from_row,
        )?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing events")
}

/// Soft-deletes an event (undo with restore).
pub fn delete_event(conn: &Connection, id: i64) -> Result<()> {
    soft_delete::delete(conn, Table::Event, id)
}

/// Brings back a deleted event.
pub fn restore_event(conn: &Connection, id: i64) -> Result<()> {
    soft_delete::restore(conn, Table::Event, id)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::{ErrorCode, Store};

    pub(crate) fn lecture(day: &str) -> EventInput {
        EventInput {
            kind: EventKind::Lecture,
            campaign_id: None,
            title_kk: "Құқықтық сауаттылық дәрісі".into(),
            title_ru: "Лекция по правовой грамотности".into(),
            starts_at: format!("{day}T10:00"),
            ends_at: format!("{day}T11:30"),
            place_kk: "№5 мектеп".into(),
            place_ru: String::new(),
            district_kk: "Іле ауданы".into(),
            district_ru: "Илийский район".into(),
            status: EventStatus::Planned,
            confirm_future: None,
            headcount: None,
            outcomes: String::new(),
            proposals_count: 0,
        }
    }

    #[test]
    fn month_filter_takes_the_whole_month() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        for day in ["2026-10-31", "2026-11-01", "2026-11-30", "2026-12-01"] {
            insert_event(c, &lecture(day)).unwrap();
        }
        let nov = list_events(c, &EventFilter::month("2026-11").unwrap()).unwrap();
        let days: Vec<_> = nov.iter().map(|e| &e.starts_at[..10]).collect();
        assert_eq!(days, ["2026-11-01", "2026-11-30"]);
        assert!(EventFilter::month("2026-13").is_err());
    }

    #[test]
    fn the_district_filter_takes_one_key_whatever_the_languages_filled() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let both = insert_event(c, &lecture("2026-11-02")).unwrap();
        let russian_only = insert_event(
            c,
            &EventInput {
                district_kk: String::new(),
                district_ru: "Талгарский район".into(),
                ..lecture("2026-11-03")
            },
        )
        .unwrap();
        let by = |district: &str| -> Vec<i64> {
            list_events(
                c,
                &EventFilter {
                    district: Some(district.into()),
                    ..EventFilter::default()
                },
            )
            .unwrap()
            .iter()
            .map(|e| e.id)
            .collect()
        };
        assert_eq!(by("Іле ауданы"), [both]);
        assert_eq!(by("Талгарский район"), [russian_only]);
        assert!(
            by("Илийский район").is_empty(),
            "the key is the Kazakh name"
        );
        let e = get_event(c, both).unwrap();
        assert_eq!(e.district_key(), "Іле ауданы");
        assert_eq!(e.district(Lang::Ru), "Илийский район");
        assert_eq!(
            get_event(c, russian_only).unwrap().district(Lang::Kk),
            "Талгарский район"
        );
        let district = |key: &str, kk: &str, ru: &str| crate::organisations::District {
            key: key.into(),
            name_kk: kk.into(),
            name_ru: ru.into(),
        };
        assert_eq!(
            crate::organisations::list_districts(c).unwrap(),
            [
                // Given in Russian only: its key, and both screens show
                // the Russian name.
                district("Талгарский район", "Талгарский район", "Талгарский район"),
                district("Іле ауданы", "Іле ауданы", "Илийский район"),
            ],
            "in Kazakh alphabet order (І after Т), with the Russian name for a Russian screen"
        );
    }

    #[test]
    fn end_before_start_and_negative_headcount_are_refused() {
        let store = Store::open_in_memory().unwrap();
        let mut bad = lecture("2026-11-21");
        bad.ends_at = "2026-11-21T09:00".into();
        let err = insert_event(store.conn(), &bad).unwrap_err();
        assert_eq!(
            (err.code(), err.field()),
            (ErrorCode::Validation, Some(FieldName::EndsAt))
        );
        let mut bad = lecture("2026-11-21");
        bad.headcount = Some(-5);
        assert_eq!(
            insert_event(store.conn(), &bad).unwrap_err().field(),
            Some(FieldName::Headcount)
        );
    }

    #[test]
    fn every_refused_field_of_an_event_is_named_at_once() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let mut bad = lecture("2026-11-21");
        bad.title_kk = String::new();
        bad.title_ru = " ".into();
        bad.ends_at = "2026-11-21T09:00".into();
        bad.place_kk = "ә".repeat(501);
        bad.proposals_count = -1;
        let err = insert_event(c, &bad).unwrap_err();
        let refused: Vec<_> = err
            .field_problems()
            .into_iter()
            .map(|p| (p.field, p.reason, p.limit))
            .collect();
        assert_eq!(
            refused,
            [
                (FieldName::TitleRu, Invalid::Required, None),
                (FieldName::EndsAt, Invalid::EndsBeforeStart, None),
                (FieldName::PlaceKk, Invalid::TooLong, Some(500)),
                (FieldName::ProposalsCount, Invalid::NotACount, None),
            ]
        );
        assert!(list_events(c, &EventFilter::default()).unwrap().is_empty());
    }

    #[test]
    fn a_headcount_below_the_present_is_refused_with_the_other_fields() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let id = insert_event(c, &lecture("2026-11-21")).unwrap();
        let a = person(c, "Бекова");
        let b = person(c, "Серікова");
        // The lecture has begun: people added to it are ticked present.
        crate::attendance::add_attendance(c, id, &[a, b], crate::kinds::Role::Participant).unwrap();
        let mut edit = lecture("2026-11-21");
        edit.headcount = Some(1);
        edit.starts_at = "21.11".into();
        let err = update_event(c, id, &edit).unwrap_err();
        let refused: Vec<_> = err
            .field_problems()
            .into_iter()
            .map(|p| (p.field, p.reason, p.limit))
            .collect();
        assert_eq!(
            refused,
            [
                (FieldName::StartsAt, Invalid::NotADate, None),
                (
                    FieldName::Headcount.to_owned(),
                    Invalid::HeadcountBelowPresent,
                    Some(2)
                ),
            ]
        );
    }

    #[test]
    fn a_future_held_event_asks_only_once_its_fields_pass() {
        let store = Store::open_in_memory().unwrap();
        let mut future = lecture("2099-01-10");
        future.status = EventStatus::Held;
        future.title_kk = String::new();
        future.title_ru = String::new();
        let err = insert_event(store.conn(), &future).unwrap_err();
        assert_eq!(err.invalid(), Some((Invalid::Required, None)));
        future.title_ru = "Дәріс".into();
        let err = insert_event(store.conn(), &future).unwrap_err();
        assert_eq!(err.invalid(), Some((Invalid::EventNotBegun, None)));
    }

    #[test]
    fn edit_delete_restore() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let id = insert_event(c, &lecture("2026-11-21")).unwrap();
        let mut held = lecture("2026-11-21");
        held.status = EventStatus::Held;
        held.headcount = Some(120);
        update_event(c, id, &held).unwrap();
        let e = get_event(c, id).unwrap();
        assert_eq!((e.status, e.headcount), (EventStatus::Held, Some(120)));
        delete_event(c, id).unwrap();
        assert!(list_events(c, &EventFilter::default()).unwrap().is_empty());
        restore_event(c, id).unwrap();
        assert_eq!(list_events(c, &EventFilter::default()).unwrap().len(), 1);
    }

    fn person(c: &Connection, surname: &str) -> i64 {
        crate::people::insert_person(
            c,
            &crate::people::PersonInput {
                surname: surname.into(),
                name: "Асқар".into(),
                ..Default::default()
            },
        )
        .unwrap()
    }

    /// A day far enough ahead that the test never sees it begin.
    const FUTURE: &str = "2099-12-10";

    #[test]
    fn an_event_still_to_come_is_held_only_when_confirmed() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let mut held = lecture(FUTURE);
        held.status = EventStatus::Held;
        let err = insert_event(c, &held).unwrap_err();
        assert_eq!(
            (err.field(), err.invalid()),
            (
                Some(FieldName::Status),
                Some((Invalid::EventNotBegun, None))
            )
        );
        assert!(err.to_string().contains("2099-12-10 10:00"), "{err}");
        assert!(list_events(c, &EventFilter::default()).unwrap().is_empty());

        let id = insert_event(c, &lecture(FUTURE)).unwrap();
        assert_eq!(
            update_event(c, id, &held).unwrap_err().invalid(),
            Some((Invalid::EventNotBegun, None))
        );
        assert_eq!(get_event(c, id).unwrap().status, EventStatus::Planned);
        held.confirm_future = Some(true);
        update_event(c, id, &held).unwrap();
        assert_eq!(get_event(c, id).unwrap().status, EventStatus::Held);

        // One that has begun needs no question.
        let mut past = lecture("2026-11-21");
        past.status = EventStatus::Held;
        insert_event(c, &past).unwrap();
    }

    #[test]
    fn people_of_an_event_still_to_come_are_registered_not_present() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let planned = insert_event(c, &lecture(FUTURE)).unwrap();
        let past = insert_event(c, &lecture("2026-11-21")).unwrap();
        let ids = [person(c, "Әбенов"), person(c, "Сейітов")];
        use crate::attendance::{add_attendance, list_event_attendance, set_present};
        use crate::kinds::Role;
        add_attendance(c, planned, &ids, Role::Participant).unwrap();
        add_attendance(c, past, &ids, Role::Participant).unwrap();
        let rows = list_event_attendance(c, planned).unwrap();
        assert_eq!(rows.iter().filter(|r| r.present).count(), 0);
        let recorded = list_event_attendance(c, past).unwrap();
        assert_eq!(recorded.iter().filter(|r| r.present).count(), 2);

        // Ticking someone at the future event asks first; unticking never does.
        let err = set_present(c, rows[0].id, true, false).unwrap_err();
        assert_eq!(err.invalid(), Some((Invalid::EventNotBegun, None)));
        assert!(!list_event_attendance(c, planned).unwrap()[0].present);
        set_present(c, rows[0].id, true, true).unwrap();
        assert!(list_event_attendance(c, planned).unwrap()[0].present);
        set_present(c, recorded[0].id, false, false).unwrap();
        let err = crate::planning::delegation::set_person_present(c, planned, ids[1], true, false)
            .unwrap_err();
        assert_eq!(err.invalid(), Some((Invalid::EventNotBegun, None)));

        // Once it was recorded held (that was confirmed), ticking asks no more.
        let mut held = lecture(FUTURE);
        held.status = EventStatus::Held;
        held.confirm_future = Some(true);
        update_event(c, planned, &held).unwrap();
        crate::planning::delegation::set_person_present(c, planned, ids[1], true, false).unwrap();
    }

    #[test]
    fn a_headcount_below_the_people_present_is_refused_with_both_numbers() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let id = insert_event(c, &lecture("2026-11-21")).unwrap();
        let ids: Vec<i64> = ["Әбенов", "Бекова", "Сейітов"]
            .iter()
            .map(|s| person(c, s))
            .collect();
        crate::attendance::add_attendance(c, id, &ids, crate::kinds::Role::Participant).unwrap();
        let mut input = lecture("2026-11-21");
        input.status = EventStatus::Held;
        input.headcount = Some(2);
        let err = update_event(c, id, &input).unwrap_err();
        assert_eq!(
            (err.field(), err.invalid()),
            (
                Some(FieldName::Headcount),
                Some((Invalid::HeadcountBelowPresent, Some(3)))
            )
        );
        assert!(err.to_string().contains("headcount 2"), "{err}");
        assert!(err.to_string().contains("3 people"), "{err}");
        input.headcount = Some(3);
        update_event(c, id, &input).unwrap();
        assert_eq!(get_event(c, id).unwrap().headcount, Some(3));
    }
}
