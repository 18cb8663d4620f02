//! The stops of a visit or tour (table `visit_stop`): where the delegation
//! goes, when it arrives and leaves, who receives it and what is shown.

use crate::changelog::{self, Action};
use crate::error::{Problems, SqlContext};
use crate::events::get_event;
use crate::fold::fold;
use crate::text::{clean, datetime, phone};
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Lang, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A stop as stored, with its organisation's names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Stop {
    /// Row id.
    pub id: i64,
    /// The event.
    pub event_id: i64,
    /// 1-based place in the itinerary.
    #[ts(type = "number")]
    pub position: i64,
    /// The organisation visited, if it is in the registry.
    #[ts(optional = nullable)]
    pub organisation_id: Option<i64>,
    /// The organisation's name in Kazakh (empty without one).
    pub organisation_kk: String,
    /// The organisation's name in Russian (empty without one).
    pub organisation_ru: String,
    /// The site's name (a department, a workshop…) in Kazakh; both sides
    /// may be empty with an organisation (see [`crate::i18n::in_lang`]).
    pub site_kk: String,
    /// The site's name in Russian.
    pub site_ru: String,
    /// Address in Kazakh; with neither side filled, the organisation's
    /// address, in the column of the language it is written in
    /// ([`crate::i18n::split_by_language`]).
    pub address_kk: String,
    /// Address in Russian.
    pub address_ru: String,
    /// Local arrival, `YYYY-MM-DDTHH:MM`.
    pub arrives_at: String,
    /// Local departure, `YYYY-MM-DDTHH:MM`.
    pub departs_at: String,
    /// Who receives the delegation.
    pub host_name: String,
    /// The host's phone, normalised (`+77011234567`).
    pub host_phone: String,
    /// What is shown, in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
    pub showing_kk: String,
    /// What is shown, in Russian (may be empty).
    pub showing_ru: String,
    /// Notes.
    pub notes: String,
    /// Names the place for the "one site, two visits" check (not sent to the UI).
    #[serde(skip)]
    #[ts(skip)]
    pub(crate) site_key: String,
}

impl Stop {
    /// What to call the stop in `lang`: «Organisation — site», or either
    /// alone, each in `lang` (the other language's when it is empty).
    pub fn name(&self, lang: Lang) -> String {
        let org = crate::i18n::in_lang(&self.organisation_kk, &self.organisation_ru, lang);
        let site = self.site(lang);
        match (org.is_empty(), site.is_empty()) {
            (false, false) => format!("{org} — {site}"),
            (false, true) => org.to_owned(),
            _ => site.to_owned(),
        }
    }

    /// The site's name in `lang` (the other language's when it is empty).
    pub fn site(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.site_kk, &self.site_ru, lang)
    }

    /// The address in `lang` (the other language's when it is empty).
    pub fn address(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.address_kk, &self.address_ru, lang)
    }

    /// The host and their phone (as written for people), joined by `sep`;
    /// empty without either.
    pub fn host_contact(&self, sep: &str) -> String {
        let phone = crate::validate::format_phone(&self.host_phone);
        [self.host_name.as_str(), phone.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(sep)
    }

    /// What is shown, in `lang` (the other language's when it is empty).
    pub fn showing(&self, lang: Lang) -> &str {
        crate::i18n::in_lang(&self.showing_kk, &self.showing_ru, lang)
    }

    /// `HH:MM–HH:MM`.
    pub fn time_span(&self) -> String {
        let time = |s: &str| s.get(11..16).unwrap_or("").to_owned();
        format!("{}–{}", time(&self.arrives_at), time(&self.departs_at))
    }
}

/// A new or edited stop. Times may be `HH:MM` (on the event's first day) or
/// a full local date and time.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StopInput {
    /// The organisation visited.
    #[ts(optional = nullable)]
    pub organisation_id: Option<i64>,
    /// The site's name in Kazakh; without an organisation, the site is
    /// required in one language at least.
    pub site_kk: String,
    /// The site's name in Russian.
    pub site_ru: String,
    /// Address in Kazakh.
    pub address_kk: String,
    /// Address in Russian.
    pub address_ru: String,
    /// Arrival (`HH:MM` or `YYYY-MM-DDTHH:MM`).
    pub arrives_at: String,
    /// Departure (`HH:MM` or `YYYY-MM-DDTHH:MM`); empty means the arrival.
    pub departs_at: String,
    /// The host.
    pub host_name: String,
    /// The host's phone.
    pub host_phone: String,
    /// What is shown, in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
    pub showing_kk: String,
    /// What is shown, in Russian (may be empty).
    pub showing_ru: String,
    /// Notes.
    pub notes: String,
}

/// Most stops an itinerary may have.
pub const MAX_STOPS: usize = 100;

struct Clean {
    site_kk: String,
    site_ru: String,
    address_kk: String,
    address_ru: String,
    arrives_at: String,
    departs_at: String,
    host_name: String,
    host_phone: String,
    showing_kk: String,
    showing_ru: String,
    notes: String,
    site_key: String,
}

/// A time of the event's day: `HH:MM` is put on `day`.
fn stop_time(field: FieldName, value: &str, day: &str) -> Result<String> {
    let value = value.trim();
    let is_clock = value.len() <= 5 && value.contains(':');
    if is_clock {
        let (h, m) = value.split_once(':').unwrap_or((value, ""));
        let hm =
            chrono::NaiveTime::from_hms_opt(h.parse().unwrap_or(99), m.parse().unwrap_or(99), 0);
        return match hm {
            Some(t) => Ok(format!("{day}T{}", t.format("%H:%M"))),
            None => Err(Error::validation(
                field,
                Invalid::NotADate,
                format!("{value:?} is not a time"),
            )),
        };
    }
    datetime(field, value)
}

/// Checks every field of a stop and refuses them all at once.
fn validate(conn: &Connection, event_id: i64, input: &StopInput) -> Result<Clean> {
    let event = get_event(conn, event_id)?;
    let day = event.starts_at.get(..10).unwrap_or("").to_owned();
    let mut problems = Problems::default();
    let site_kk = problems.check(clean(FieldName::SiteKk, &input.site_kk, 300))?;
    let site_ru = problems.check(clean(FieldName::SiteRu, &input.site_ru, 300))?;
    // The conflict check's key: the Kazakh name first, as printed first.
    let site = if site_kk.is_empty() {
        &site_ru
    } else {
        &site_kk
    };
    let site_key = match input.organisation_id {
        Some(id) => {
            let exists: bool = conn
                .query_row(
                    "SELECT EXISTS (SELECT 1 FROM organisation WHERE id = ?1 AND deleted_at IS NULL)",
                    [id],
                    |row| row.get(0),
                )
                .context("checking an organisation")?;
            if !exists {
                problems.refuse(
                    FieldName::Organisation,
                    Invalid::UnknownReference,
                    format!("organisation {id} does not exist"),
                );
            }
            format!("o:{id}")
        }
        None if site.is_empty() => {
            if !problems.has(FieldName::SiteKk) && !problems.has(FieldName::SiteRu) {
                problems.refuse(
                    FieldName::SiteKk,
                    Invalid::Required,
                    "is required in one language at least",
                );
            }
            String::new()
        }
        None => format!("s:{}", fold(site)),
    };
    let address_kk = problems.check(clean(FieldName::AddressKk, &input.address_kk, 500))?;
    let address_ru = problems.check(clean(FieldName::AddressRu, &input.address_ru, 500))?;
    let arrives_at = if input.arrives_at.trim().is_empty() {
        problems.refuse(FieldName::ArrivesAt, Invalid::Required, "is required");
        String::new()
    } else {
        problems.check(stop_time(FieldName::ArrivesAt, &input.arrives_at, &day))?
    };
    let departs_at = if input.departs_at.trim().is_empty() {
        arrives_at.clone()
    } else {
        problems.check(stop_time(FieldName::DepartsAt, &input.departs_at, &day))?
    };
    if !problems.has(FieldName::ArrivesAt)
        && !problems.has(FieldName::DepartsAt)
        && departs_at < arrives_at
    {
        problems.refuse(
            FieldName::DepartsAt,
            Invalid::EndsBeforeStart,
            "leaves before it arrives",
        );
    }
    let host_name = problems.check(clean(FieldName::HostName, &input.host_name, 200))?;
    let host_phone = problems.check(phone(FieldName::HostPhone, &input.host_phone))?;
    let showing_kk = problems.check(clean(FieldName::ShowingKk, &input.showing_kk, 2000))?;
    let showing_ru = problems.check(clean(FieldName::ShowingRu, &input.showing_ru, 2000))?;
    let notes = problems.check(clean(FieldName::Notes, &input.notes, 2000))?;
    problems.finish()?;
    Ok(Clean {
        site_kk,
        site_ru,
        address_kk,
        address_ru,
        arrives_at,
        departs_at,
        host_name,
        host_phone,
        showing_kk,
        showing_ru,
        notes,
        site_key,
    })
}

/// Adds a stop at the end of an event's itinerary; returns its id.
pub fn insert_stop(conn: &Connection, event_id: i64, input: &StopInput) -> Result<i64> {
    let v = validate(conn, event_id, input)?;
    let count: i64 = conn
        .query_row(
            "SELECT count(*) FROM visit_stop WHERE event_id = ?1",
            [event_id],
            |row| row.get(0),
        )
        .context("counting stops")?;
    if count as usize >= MAX_STOPS {
        return Err(Error::over_limit(
            FieldName::Stops,
            Invalid::TooManyRows,
            MAX_STOPS as u64,
            format!("an itinerary has at most {MAX_STOPS} stops"),
        ));
    }
    let now = now_utc();
    conn.prepare_cached(
        "INSERT INTO visit_stop (uuid, event_id, position, organisation_id, site_kk, site_ru,
                                 address_kk, address_ru, arrives_at, departs_at, host_name,
                                 host_phone, showing_kk, showing_ru, notes, site_key, created_at,
                                 updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            uuid::Uuid::now_v7().to_string(),
            event_id,
            count + 1,
            input.organisation_id,
            v.site_kk,
            v.site_ru,
            v.address_kk,
            v.address_ru,
            v.arrives_at,
            v.departs_at,
            v.host_name,
            v.host_phone,
            v.showing_kk,
            v.showing_ru,
            v.notes,
            v.site_key,
            now
        ])
    })
    .context("adding a stop")?;
    let id = conn.last_insert_rowid();
    changelog::log_change(conn, "event", event_id, Action::Update, "+stop")?;
    Ok(id)
}

/// Saves changes to a stop.
pub fn update_stop(conn: &Connection, id: i64, input: &StopInput) -> Result<()> {
    let event_id = stop_event(conn, id)?;
    let v = validate(conn, event_id, input)?;
    conn.execute(
        "UPDATE visit_stop SET organisation_id = ?1, site_kk = ?2, site_ru = ?3, address_kk = ?4,
                address_ru = ?5, arrives_at = ?6, departs_at = ?7, host_name = ?8,
                host_phone = ?9, showing_kk = ?10, showing_ru = ?11, notes = ?12, site_key = ?13,
                updated_at = ?14
         WHERE id = ?15",
        params![
            input.organisation_id,
            v.site_kk,
            v.site_ru,
            v.address_kk,
            v.address_ru,
            v.arrives_at,
            v.departs_at,
            v.host_name,
            v.host_phone,
            v.showing_kk,
            v.showing_ru,
            v.notes,
            v.site_key,
            now_utc(),
            id
        ],
    )
    .context("saving a stop")?;
    changelog::log_change(conn, "event", event_id, Action::Update, "stop")
}

fn stop_event(conn: &Connection, id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT event_id FROM visit_stop WHERE id = ?1",
        [id],
        |row| row.get(0),
    )
    .optional()
    .context("reading a stop")?
    .ok_or(Error::NotFound { what: "stop", id })
}

/// Removes a stop; the ones after it move up.
pub fn delete_stop(conn: &Connection, id: i64) -> Result<()> {
    let event_id = stop_event(conn, id)?;
    conn.execute("DELETE FROM visit_stop WHERE id = ?1", [id])
        .context("removing a stop")?;
    renumber(conn, event_id)?;
    changelog::log_change(conn, "event", event_id, Action::Update, "-stop")
}

fn renumber(conn: &Connection, event_id: i64) -> Result<()> {
    let ids: Vec<i64> = list_stops(conn, event_id)?.iter().map(|s| s.id).collect();
    write_order(conn, &ids)
}

fn write_order(conn: &Connection, ids: &[i64]) -> Result<()> {
    let mut stmt = conn
        .prepare_cached("UPDATE visit_stop SET position = ?1 WHERE id = ?2")
        .context("ordering stops")?;
    for (i, id) in ids.iter().enumerate() {
        stmt.execute(params![i as i64 + 1, id])
            .context("ordering stops")?;
    }
    Ok(())
}

/// Puts an event's stops in the order of `ids`, which must name each of
/// its stops exactly once.
pub fn reorder_stops(conn: &Connection, event_id: i64, ids: &[i64]) -> Result<()> {
    let mut current: Vec<i64> = list_stops(conn, event_id)?.iter().map(|s| s.id).collect();
    let mut wanted = ids.to_vec();
    current.sort_unstable();
    wanted.sort_unstable();
    if current != wanted {
        return Err(Error::validation(
            FieldName::Stops,
            Invalid::UnknownReference,
            format!("the new order {ids:?} does not list the event's stops exactly once"),
        ));
    }
    write_order(conn, ids)?;
    changelog::log_change(conn, "event", event_id, Action::Update, "stops reordered")
}

const COLUMNS: &str = "s.id, s.event_id, s.position, s.organisation_id, coalesce(o.name_kk, ''),
    coalesce(o.name_ru, ''), s.site_kk, s.address_kk,
    s.arrives_at, s.departs_at, s.host_name, s.host_phone, s.showing_kk, s.notes, s.site_key,
    s.showing_ru, s.site_ru, s.address_ru, coalesce(o.address, '')";

pub(crate) fn from_row(row: &Row<'_>) -> rusqlite::Result<Stop> {
    let (mut address_kk, mut address_ru): (String, String) = (row.get(7)?, row.get(17)?);
    if address_kk.trim().is_empty() && address_ru.trim().is_empty() {
        // The organisation's address, one text: in its language's column.
        let organisation: String = row.get(18)?;
        (address_kk, address_ru) = crate::i18n::split_by_language(&organisation);
    }
    Ok(Stop {
        id: row.get(0)?,
        event_id: row.get(1)?,
        position: row.get(2)?,
        organisation_id: row.get(3)?,
        organisation_kk: row.get(4)?,
        organisation_ru: row.get(5)?,
        site_kk: row.get(6)?,
        site_ru: row.get(16)?,
        address_kk,
        address_ru,
        arrives_at: row.get(8)?,
        departs_at: row.get(9)?,
        host_name: row.get(10)?,
        host_phone: row.get(11)?,
        showing_kk: row.get(12)?,
        showing_ru: row.get(15)?,
        notes: row.get(13)?,
        site_key: row.get(14)?,
    })
}

/// The stops of an event, in itinerary order.
pub fn list_stops(conn: &Connection, event_id: i64) -> Result<Vec<Stop>> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM visit_stop s LEFT JOIN organisation o ON o.id = s.organisation_id
         WHERE s.event_id = ?1 ORDER BY s.position, s.id"
    ))
    .and_then(|mut stmt| {
        stmt.query_map([event_id], from_row)?
            .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing stops")
}

/// The stops of several events at once (by event id), each event's in itinerary order.
pub fn list_stops_of_events(
    conn: &Connection,
    event_ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<Stop>>> {
    let ids = serde_json::to_string(event_ids).unwrap_or_else(|_| "[]".to_owned());
    let mut by_event: std::collections::HashMap<i64, Vec<Stop>> = std::collections::HashMap::new();
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM visit_stop s LEFT JOIN organisation o ON o.id = s.organisation_id
         WHERE s.event_id IN (SELECT value FROM json_each(?1)) ORDER BY s.event_id, s.position, s.id"
    ))
    .and_then(|mut stmt| {
        for stop in stmt.query_map([ids], from_row)? {
            let stop = stop?;
            by_event.entry(stop.event_id).or_default().push(stop);
        }
        Ok(())
    })
    .context("listing stops")?;
    Ok(by_event)
}

/// One stop.
pub fn get_stop(conn: &Connection, id: i64) -> Result<Stop> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM visit_stop s LEFT JOIN organisation o ON o.id = s.organisation_id
         WHERE s.id = ?1"
    ))
    .and_then(|mut stmt| stmt.query_row([id], from_row).optional())
    .context("reading a stop")?
    .ok_or(Error::NotFound { what: "stop", id })
}
