//! Planning: the calendar, the itinerary of a visit (stops, meeting point,
//! transport), its delegation, conflict checks, public holidays, the
//! printable programme and calendar files; and the step from plan to record
//! (mark held, tick who came).

pub mod conflicts;
pub mod delegation;
pub mod holidays;
pub mod ics;
pub mod programme;
pub mod stops;

use crate::attendance::AttendanceRow;
use crate::changelog::{self, Action};
use crate::error::{Problems, SqlContext};
use crate::events::{Event, EventFilter, EventInput, get_event, list_events, update_event};
use crate::kinds::EventStatus;
use crate::text::{clean, datetime};
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Lang, Result};
use conflicts::PlanWarning;
use holidays::Holiday;
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use stops::Stop;
use ts_rs::TS;

/// Everything about the plan of one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Plan {
    /// The event.
    pub event: Event,
    /// Where the delegation meets, in Kazakh (may be empty; see
    /// [`crate::i18n::in_lang`]).
    pub meeting_point_kk: String,
    /// Where the delegation meets, in Russian (may be empty).
    pub meeting_point_ru: String,
    /// How it travels, in Kazakh (may be empty).
    pub transport_kk: String,
    /// How it travels, in Russian (may be empty).
    pub transport_ru: String,
    /// The itinerary, in order.
    pub stops: Vec<Stop>,
    /// The delegation (people with an invitation), in Kazakh alphabet order.
    pub delegation: Vec<AttendanceRow>,
    /// What deserves a second look.
    pub warnings: Vec<PlanWarning>,
}

impl Plan {
    /// Where the delegation meets, in `lang` (the other language's when it
    /// is empty).
    pub fn meeting_point(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.meeting_point_kk, &self.meeting_point_ru, lang)
    }

    /// How the delegation travels, in `lang` (the other language's when it
    /// is empty).
    pub fn transport(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.transport_kk, &self.transport_ru, lang)
    }
}

/// The meeting point and transport of an itinerary, each in Kazakh and
/// Russian (either may be empty).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanDetails {
    /// Where the delegation meets, in Kazakh.
    pub meeting_point_kk: String,
    /// Where the delegation meets, in Russian.
    pub meeting_point_ru: String,
    /// How it travels (a bus, own cars…), in Kazakh.
    pub transport_kk: String,
    /// How it travels, in Russian.
    pub transport_ru: String,
}

/// The plan of an event.
pub fn get_plan(conn: &Connection, event_id: i64) -> Result<Plan> {
    let event = get_event(conn, event_id)?;
    let details = conn
        .query_row(
            "SELECT meeting_point_kk, meeting_point_ru, transport_kk, transport_ru
             FROM event WHERE id = ?1",
            [event_id],
            |row| {
                Ok(PlanDetails {
                    meeting_point_kk: row.get(0)?,
                    meeting_point_ru: row.get(1)?,
                    transport_kk: row.get(2)?,
                    transport_ru: row.get(3)?,
                })
            },
        )
        .context("reading an itinerary")?;
    let stops = stops::list_stops(conn, event_id)?;
    let warnings = conflicts::warnings_for(conn, &event, &stops)?;
    Ok(Plan {
        delegation: delegation::list_delegation(conn, event_id)?,
        event,
        meeting_point_kk: details.meeting_point_kk,
        meeting_point_ru: details.meeting_point_ru,
        transport_kk: details.transport_kk,
        transport_ru: details.transport_ru,
        stops,
        warnings,
    })
}

/// Saves the meeting point and transport; every field is checked and the
/// refused ones named at once.
pub fn set_plan_details(conn: &Connection, event_id: i64, details: &PlanDetails) -> Result<()> {
    let mut problems = Problems::default();
    let meeting_point_kk = problems.check(clean(
        FieldName::MeetingPointKk,
        &details.meeting_point_kk,
        500,
    ))?;
    let meeting_point_ru = problems.check(clean(
        FieldName::MeetingPointRu,
        &details.meeting_point_ru,
        500,
    ))?;
    let transport_kk = problems.check(clean(FieldName::TransportKk, &details.transport_kk, 500))?;
    let transport_ru = problems.check(clean(FieldName::TransportRu, &details.transport_ru, 500))?;
    problems.finish()?;
    let changed = conn
        .execute(
            "UPDATE event SET meeting_point_kk = ?1, meeting_point_ru = ?2, transport_kk = ?3,
                    transport_ru = ?4, updated_at = ?5
             WHERE id = ?6 AND deleted_at IS NULL",
            params![
                meeting_point_kk,
                meeting_point_ru,
                transport_kk,
                transport_ru,
                now_utc(),
                event_id
            ],
        )
        .context("saving an itinerary")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "event",
            id: event_id,
        });
    }
    changelog::log_change(conn, "event", event_id, Action::Update, "itinerary")
}

/// Moves an event to start at `starts_at` (local `YYYY-MM-DDTHH:MM`),
/// keeping its length; its stops move with it.
pub fn move_event(conn: &Connection, event_id: i64, starts_at: &str) -> Result<Event> {
    let event = get_event(conn, event_id)?;
    let new_start = datetime(FieldName::StartsAt, starts_at)?;
    let parse = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M");
    let (Ok(old), Ok(end), Ok(new)) = (
        parse(&event.starts_at),
        parse(&event.ends_at),
        parse(&new_start),
    ) else {
        return Err(Error::validation(
            FieldName::StartsAt,
            Invalid::NotADate,
            format!("{starts_at:?} is not a date and time"),
        ));
    };
    let input = EventInput {
        ends_at: (end + (new - old)).format("%Y-%m-%dT%H:%M").to_string(),
        starts_at: new_start,
        ..EventInput::from(&event)
    };
    update_event(conn, event_id, &input)?;
    get_event(conn, event_id)
}

/// How an event went: who of the delegation came, and the headcount.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HeldInput {
    /// Attendance rows of the delegation who came; the others are unticked.
    pub present: Vec<i64>,
    /// How many people were there as counted, the named ones included
    /// (keeps the current one when absent).
    #[ts(optional = nullable, type = "number | null")]
    pub headcount: Option<i64>,
    /// The user confirmed recording as held an event that has not begun.
    #[serde(default)]
    #[ts(optional = nullable)]
    pub confirm_future: Option<bool>,
}

/// Marks an event held: ticks who of the delegation came (and unticks the
/// rest of the delegation), and sets the headcount. Walk-ins and people
/// added after the fact are left as they are.
///
/// An event that has not begun needs `confirm_future`; a headcount lower
/// than the people then ticked present is refused. Run it in a
/// transaction: a refused headcount leaves the ticks to its rollback.
pub fn mark_held(conn: &Connection, event_id: i64, input: &HeldInput) -> Result<Event> {
    let event = get_event(conn, event_id)?;
    crate::events::ensure_begun(
        &event.starts_at,
        input.confirm_future == Some(true),
        FieldName::Status,
    )?;
    if input.headcount.is_some_and(|h| h < 0) {
        return Err(Error::validation(
            FieldName::Headcount,
            Invalid::NotACount,
            "is negative",
        ));
    }
    let delegation = delegation::list_delegation(conn, event_id)?;
    for id in &input.present {
        if !delegation.iter().any(|a| a.id == *id) {
            return Err(Error::validation(
                FieldName::Present,
                Invalid::UnknownReference,
                format!("attendance {id} is not in the delegation of event {event_id}"),
            ));
        }
    }
    let mut tick = conn
        .prepare_cached("UPDATE attendance SET present = ?1 WHERE id = ?2")
        .context("ticking the delegation")?;
    for member in &delegation {
        tick.execute(params![input.present.contains(&member.id), member.id])
            .context("ticking the delegation")?;
    }
    let headcount = input.headcount.or(event.headcount);
    crate::events::ensure_headcount_covers_present(conn, event_id, headcount)?;
    conn.execute(
        "UPDATE event SET status = 'held', headcount = ?1, updated_at = ?2 WHERE id = ?3",
        params![headcount, now_utc(), event_id],
    )
    .context("marking an event held")?;
    changelog::log_change(
        conn,
        "event",
        event_id,
        Action::Update,
        &format!(
            "{} → {} ({}/{})",
            event.status,
            EventStatus::Held,
            input.present.len(),
            delegation.len()
        ),
    )?;
    get_event(conn, event_id)
}

/// One event on the calendar, with how many warnings its plan has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarEvent {
    /// The event.
    pub event: Event,
    /// Stops in its itinerary.
    #[ts(type = "number")]
    pub stops: i64,
    /// Warnings of its plan (holidays included).
    #[ts(type = "number")]
    pub warnings: i64,
}

/// What the calendar shows for a span of days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Calendar {
    /// Events covering a day of the span (also ones that started before it), by start.
    pub events: Vec<CalendarEvent>,
    /// Public holidays in the span.
    pub holidays: Vec<Holiday>,
}

/// The calendar from `filter.from` to `filter.to` (both required): the
/// events that cover any of its days (starting in it, or earlier and still
/// running), with the filter's campaign, district and status.
pub fn calendar(conn: &Connection, filter: &EventFilter) -> Result<Calendar> {
    let (Some(from), Some(to)) = (filter.from.as_deref(), filter.to.as_deref()) else {
        return Err(Error::validation(
            FieldName::From,
            Invalid::Required,
            "the calendar needs a first and a last day",
        ));
    };
    // Every event that covers a day of the span, also one that started
    // before it (a bound of a month back keeps the read short).
    let earliest = crate::validate::parse_date(from)
        .and_then(|d| d.checked_sub_months(chrono::Months::new(1)))
        .map(|d| d.format("%Y-%m-%d").to_string());
    let listed = list_events(
        conn,
        &EventFilter {
            from: earliest,
            ends_from: Some(from.to_owned()),
            ..filter.clone()
        },
    )?;
    let ids: Vec<i64> = listed.iter().map(|e| e.id).collect();
    let mut by_event = stops::list_stops_of_events(conn, &ids)?;
    let stops: Vec<Vec<Stop>> = ids
        .iter()
        .map(|id| by_event.remove(id).unwrap_or_default())
        .collect();
    let pairs: Vec<(&Event, &[Stop])> = listed
        .iter()
        .zip(&stops)
        .map(|(e, s)| (e, s.as_slice()))
        .collect();
    let counts = conflicts::warning_counts(conn, &pairs)?;
    let events = listed
        .into_iter()
        .zip(stops)
        .zip(counts)
        .map(|((event, stops), warnings)| CalendarEvent {
            stops: stops.len() as i64,
            warnings,
            event,
        })
        .collect();
    Ok(Calendar {
        events,
        holidays: holidays::holidays_between(conn, from, to)?,
    })
}

#[cfg(test)]
mod tests;
