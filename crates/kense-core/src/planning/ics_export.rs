//! Events as an iCalendar file (RFC 5545) for phone calendars: one VEVENT per
//! event, local times with the office's time zone, the itinerary in the
//! description.

use super::stops::list_stops;
use crate::error::SqlContext;
use crate::events::{Event, EventFilter, get_event, list_events};
use crate::i18n::Translator;
use crate::ics::{IcsCalendar, IcsEvent, IcsStatus, write_calendar};
use crate::kinds::EventStatus;
use crate::office::get_office_profile;
use crate::validate::phone::format_phone;
use crate::{Error, Invalid, Lang, Result};
use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Which events go into the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind", content = "value")]
pub enum IcsScope {
    /// One event.
    Event(i64),
    /// Every event starting in a month, `YYYY-MM`.
    Month(String),
}

fn local(field: &str, value: &str) -> Result<NaiveDateTime> {
    NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M").map_err(|_| {
        Error::validation(
            field,
            Invalid::NotADate,
            format!("{value:?} is not a date and time"),
        )
    })
}

fn description(conn: &Connection, event: &Event, lang: Lang) -> Result<String> {
    let t = Translator::new(lang);
    let mut lines = Vec::new();
    let campaign = match lang {
        Lang::Kk => &event.campaign_kk,
        Lang::Ru => &event.campaign_ru,
    };
    if !campaign.is_empty() {
        lines.push(campaign.clone());
    }
    let (meeting_point, transport): (String, String) = conn
        .query_row(
            "SELECT meeting_point, transport FROM event WHERE id = ?1",
            [event.id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .context("reading an itinerary")?;
    if !meeting_point.is_empty() {
        lines.push(format!(
            "{}: {meeting_point}",
            t.tr("plan-meeting-point", &[])
        ));
    }
    if !transport.is_empty() {
        lines.push(format!("{}: {transport}", t.tr("plan-transport", &[])));
    }
    for stop in list_stops(conn, event.id)? {
        let mut line = format!("{} {}", stop.time_span(), stop.name(lang));
        if !stop.address.is_empty() {
            line.push_str(&format!(", {}", stop.address));
        }
        let host = [stop.host_name.clone(), format_phone(&stop.host_phone)]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        if !host.is_empty() {
            line.push_str(&format!(" ({host})"));
        }
        lines.push(line);
    }
    Ok(lines.join("\n"))
}

fn ics_event(conn: &Connection, event: &Event, lang: Lang) -> Result<IcsEvent> {
    let (uuid, updated_at): (String, String) = conn
        .query_row(
            "SELECT uuid, updated_at FROM event WHERE id = ?1",
            [event.id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .context("reading an event")?;
    let location = [event.place.as_str(), event.district.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let campaign = match lang {
        Lang::Kk => &event.campaign_kk,
        Lang::Ru => &event.campaign_ru,
    };
    Ok(IcsEvent {
        uid: format!("{uuid}@kense"),
        summary: event.title(lang).to_owned(),
        description: description(conn, event, lang)?,
        location,
        starts_at: local("starts_at", &event.starts_at)?,
        ends_at: local("ends_at", &event.ends_at)?,
        status: match event.status {
            EventStatus::Cancelled => IcsStatus::Cancelled,
            EventStatus::Planned | EventStatus::Held => IcsStatus::Confirmed,
        },
        categories: if campaign.is_empty() {
            Vec::new()
        } else {
            vec![campaign.clone()]
        },
        last_modified: DateTime::parse_from_rfc3339(&updated_at)
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
    let events = events
        .iter()
        .map(|e| ics_event(conn, e, lang))
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
