//! Events as an iCalendar file (RFC 5545) for phone calendars: one VEVENT per
//! event, local times with the office's time zone, the itinerary in the
//! description.
//!
//! [`writer`] is the pure RFC 5545 writer (its zone table in `zones.rs`,
//! its tests in `tests.rs`); this module is its database half.

#[cfg(test)]
mod tests;
pub mod writer;
mod zones;

use crate::error::SqlContext;
use crate::events::{Event, EventFilter, get_event, list_events};
use crate::i18n::{Translator, in_lang};
use crate::kinds::EventStatus;
use crate::office::get_office_profile;
use crate::planning::stops::{Stop, list_stops_of_events};
use crate::{Error, FieldName, Invalid, Lang, Result};
use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;
use writer::{IcsCalendar, IcsEvent, IcsStatus, write_calendar};

/// Which events go into the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "value")]
pub enum IcsScope {
    /// One event.
    Event(i64),
    /// Every event starting in a month, `YYYY-MM`.
    Month(String),
}

fn local(field: FieldName, value: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M").map_err(|_| {
        Error::validation(
            field,
            Invalid::NotADate,
            format!("{value:?} is not a date and time"),
        )
    })
}

/// What the calendar file needs of an event beyond [`Event`].
struct Stored {
    uuid: String,
    updated_at: String,
    meeting_point_kk: String,
    meeting_point_ru: String,
    transport_kk: String,
    transport_ru: String,
}

/// [`Stored`] for each of `ids`, in one read.
fn read_stored(conn: &Connection, ids: &[i64]) -> Result<HashMap<i64, Stored>> {
    let ids = serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned());
    conn.prepare_cached(
        "SELECT id, uuid, updated_at, meeting_point_kk, meeting_point_ru, transport_kk,
                transport_ru FROM event
         WHERE id IN (SELECT value FROM json_each(?1))",
    )
    .and_then(|mut stmt| {
        stmt.query_map([ids], |row| {
            Ok((
                row.get(0)?,
                Stored {
                    uuid: row.get(1)?,
                    updated_at: row.get(2)?,
                    meeting_point_kk: row.get(3)?,
                    meeting_point_ru: row.get(4)?,
                    transport_kk: row.get(5)?,
                    transport_ru: row.get(6)?,
                },
            ))
        })?
        .collect()
    })
    .context("reading events for a calendar file")
}

/// The campaign, meeting point, transport and one line per stop.
fn description(event: &Event, stored: &Stored, stops: &[Stop], lang: Lang) -> String {
    let t = Translator::new(lang);
    let mut lines = Vec::new();
    let campaign = match lang {
        Lang::Kk => &event.campaign_kk,
        Lang::Ru => &event.campaign_ru,
    };
    if !campaign.is_empty() {
        lines.push(campaign.clone());
    }
    let meeting_point = in_lang(&stored.meeting_point_kk, &stored.meeting_point_ru, lang);
    if !meeting_point.is_empty() {
        lines.push(format!(
            "{}: {meeting_point}",
            t.tr("plan-meeting-point", &[])
        ));
    }
    let transport = in_lang(&stored.transport_kk, &stored.transport_ru, lang);
    if !transport.is_empty() {
        lines.push(format!("{}: {transport}", t.tr("plan-transport", &[])));
    }
    for stop in stops {
        let mut line = format!("{} {}", stop.time_span(), stop.name(lang));
        let address = stop.address(lang);
        if !address.is_empty() {
            line.push_str(&format!(", {address}"));
        }
        let host = stop.host_contact(", ");
        if !host.is_empty() {
            line.push_str(&format!(" ({host})"));
        }
        lines.push(line);
    }
    lines.join("\n")
}

fn ics_event(event: &Event, stored: &Stored, stops: &[Stop], lang: Lang) -> Result<IcsEvent> {
    let location = [event.place(lang), event.district(lang)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let campaign = match lang {
        Lang::Kk => &event.campaign_kk,
        Lang::Ru => &event.campaign_ru,
    };
    Ok(IcsEvent {
        uid: format!("{}@kense", stored.uuid),
        summary: event.title(lang).to_owned(),
        description: description(event, stored, stops, lang),
        location,
        starts_at: local(FieldName::StartsAt, &event.starts_at)?,
        ends_at: local(FieldName::EndsAt, &event.ends_at)?,
        status: match event.status {
            EventStatus::Cancelled => IcsStatus::Cancelled,
            EventStatus::Planned | EventStatus::Held => IcsStatus::Confirmed,
        },
        categories: if campaign.is_empty() {
            Vec::new()
        } else {
            vec![campaign.clone()]
        },
        last_modified: DateTime::parse_from_rfc3339(&stored.updated_at)
            .ok()
            .map(|t| t.with_timezone(&Utc)),
    })
}

/// The events of `scope` as iCalendar text in `lang`, in the office's time
/// zone; `stamp` is the export time (DTSTAMP).
pub fn export_ics(
    conn: &Connection,
    scope: &IcsScope,
    lang: Lang,
    stamp: DateTime<Utc>,
) -> Result<String> {
    let office = get_office_profile(conn)?;
    let (events, label) = match scope {
        IcsScope::Event(id) => {
            let event = get_event(conn, *id)?;
            let label = event.title(lang).to_owned();
            (vec![event], label)
        }
        IcsScope::Month(month) => (
            list_events(conn, &EventFilter::month(month)?)?,
            month.clone(),
        ),
    };
    let ids: Vec<i64> = events.iter().map(|e| e.id).collect();
    let stored = read_stored(conn, &ids)?;
    let mut stops = list_stops_of_events(conn, &ids)?;
    let events = events
        .iter()
        .map(|e| {
            let row = stored.get(&e.id).ok_or(Error::NotFound {
                what: "event",
                id: e.id,
            })?;
            ics_event(e, row, &stops.remove(&e.id).unwrap_or_default(), lang)
        })
        .collect::<Result<Vec<_>>>()?;
    let name = [office.name(lang), label.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" — ");
    write_calendar(&IcsCalendar {
        name,
        time_zone: office.time_zone,
        events,
        stamp,
    })
}

/// Writes the events of `scope` as an `.ics` file (atomically).
pub fn save_ics(
    conn: &Connection,
    scope: &IcsScope,
    lang: Lang,
    path: &std::path::Path,
    stamp: DateTime<Utc>,
) -> Result<()> {
    let text = export_ics(conn, scope, lang, stamp)?;
    crate::files::write_atomic(path, text.as_bytes())
}
