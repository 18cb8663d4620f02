//! Conflict checks while planning. Each is a warning, never a refusal: the
//! office may well plan two visits to one site on purpose.
//!
//! Times are local `YYYY-MM-DDTHH:MM` strings, which compare in time order.
//! Two spans overlap when each starts before the other ends; a span with no
//! length (start = end) counts as one minute, so two events both set for
//! 10:00 still meet.

use super::holidays::{Holiday, holidays_between};
use super::stops::{Stop, list_stops};
use crate::error::SqlContext;
use crate::events::{Event, get_event};
use crate::people::full_name;
use crate::{Lang, Result};
use rusqlite::{Connection, params};
use serde::Serialize;
use std::collections::HashMap;
use ts_rs::TS;

/// Another event, as named in a warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OtherEvent {
    /// Its id.
    pub id: i64,
    /// Title in Kazakh.
    pub title_kk: String,
    /// Title in Russian.
    pub title_ru: String,
    /// Local start.
    pub starts_at: String,
    /// Local end.
    pub ends_at: String,
}

impl OtherEvent {
    /// The title in `lang`.
    pub fn title(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.title_kk,
            Lang::Ru => &self.title_ru,
        }
    }
}

/// A stop, as named in a warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StopRef {
    /// Its id.
    pub id: i64,
    /// Its place in the itinerary.
    #[ts(type = "number")]
    pub position: i64,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// `HH:MM–HH:MM`.
    pub time: String,
}

impl StopRef {
    fn of(stop: &Stop) -> Self {
        Self {
            id: stop.id,
            position: stop.position,
            name_kk: stop.name(Lang::Kk),
            name_ru: stop.name(Lang::Ru),
            time: stop.time_span(),
        }
    }

    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.name_kk,
            Lang::Ru => &self.name_ru,
        }
    }
}

/// Something in a plan that deserves a second look.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum PlanWarning {
    /// Two stops of the itinerary overlap in time.
    StopsOverlap {
        /// The earlier stop in the itinerary.
        first: StopRef,
        /// The later one.
        second: StopRef,
    },
    /// A stop lies (partly) outside the event's time.
    StopOutsideEvent {
        /// The stop.
        stop: StopRef,
    },
    /// A person of this event is invited to (or attends) another event at the same time.
    PersonBusy {
        /// The person.
        person_id: i64,
        /// «Surname Name Patronymic».
        full_name: String,
        /// The other event.
        other: OtherEvent,
    },
    /// A stop's site is visited by another event at the same time.
    SiteBusy {
        /// The stop of this event.
        stop: StopRef,
        /// The other event.
        other: OtherEvent,
        /// The other event's time at the site, `HH:MM–HH:MM`.
        other_time: String,
    },
    /// The event falls on a public holiday.
    PublicHoliday {
        /// The holiday.
        holiday: Holiday,
    },
}

impl PlanWarning {
    /// The warning as a sentence in the translator's language.
    pub fn describe(&self, t: &crate::i18n::Translator) -> String {
        let lang = t.lang();
        let stop = |s: &StopRef| format!("№{} «{}» ({})", s.position, s.name(lang), s.time);
        let when = |o: &OtherEvent| {
            format!(
                "{} {}–{}",
                crate::report::short_date(&o.starts_at),
                o.starts_at.get(11..16).unwrap_or(""),
                o.ends_at.get(11..16).unwrap_or("")
            )
        };
        match self {
            Self::StopsOverlap { first, second } => t.tr(
                "plan-warning-stops-overlap",
                &[("first", &stop(first)), ("second", &stop(second))],
            ),
            Self::StopOutsideEvent { stop: s } => {
                t.tr("plan-warning-stop-outside", &[("stop", &stop(s))])
            }
            Self::PersonBusy {
                full_name, other, ..
            } => t.tr(
                "plan-warning-person-busy",
                &[
                    ("name", full_name),
                    ("other", other.title(lang)),
                    ("when", &when(other)),
                ],
            ),
            Self::SiteBusy {
                stop: s,
                other,
                other_time,
            } => t.tr(
                "plan-warning-site-busy",
                &[
                    ("stop", &stop(s)),
                    ("other", other.title(lang)),
                    ("time", other_time),
                ],
            ),
            Self::PublicHoliday { holiday } => t.tr(
                "plan-warning-holiday",
                &[
                    ("day", &crate::report::short_date(&holiday.day)),
                    (
                        "name",
                        match lang {
                            Lang::Kk => &holiday.name_kk,
                            Lang::Ru => &holiday.name_ru,
                        },
                    ),
                ],
            ),
        }
    }
}

fn overlaps(a: (&str, &str), b: (&str, &str)) -> bool {
    // A zero-length span counts as one minute: compare ends inclusively then.
    let before = |start: &str, end: &str, other_start: &str| {
        if end == start {
            start < other_start
        } else {
            end <= other_start
        }
    };
    !(before(a.0, a.1, b.0) || before(b.0, b.1, a.0))
}

/// The warnings of one event's plan.
pub fn plan_warnings(conn: &Connection, event_id: i64) -> Result<Vec<PlanWarning>> {
    let event = get_event(conn, event_id)?;
    let stops = list_stops(conn, event_id)?;
    warnings_for(conn, &event, &stops)
}

pub(crate) fn warnings_for(
    conn: &Connection,
    event: &Event,
    stops: &[Stop],
) -> Result<Vec<PlanWarning>> {
    if event.status == crate::kinds::EventStatus::Cancelled {
        return Ok(Vec::new());
    }
    let mut warnings = stop_warnings(event, stops);
    warnings.extend(people_busy(conn, event)?);
    warnings.extend(sites_busy(conn, event.id, stops)?);
    let (from, to) = days_of(event);
    let holidays = holidays_between(conn, from, to)?;
    warnings.extend(holiday_warnings(event, &holidays));
    Ok(warnings)
}

/// The first and last day of an event, `YYYY-MM-DD`.
fn days_of(event: &Event) -> (&str, &str) {
    let from = event.starts_at.get(..10).unwrap_or("");
    (from, event.ends_at.get(..10).unwrap_or(from))
}

/// Overlapping stops and stops outside the event's time.
fn stop_warnings(event: &Event, stops: &[Stop]) -> Vec<PlanWarning> {
    let mut warnings = Vec::new();
    for (i, a) in stops.iter().enumerate() {
        for b in &stops[i + 1..] {
            if overlaps(
                (&a.arrives_at, &a.departs_at),
                (&b.arrives_at, &b.departs_at),
            ) {
                warnings.push(PlanWarning::StopsOverlap {
                    first: StopRef::of(a),
                    second: StopRef::of(b),
                });
            }
        }
    }
    for s in stops {
        if s.arrives_at < event.starts_at || s.departs_at > event.ends_at {
            warnings.push(PlanWarning::StopOutsideEvent {
                stop: StopRef::of(s),
            });
        }
    }
    warnings
}

/// The holidays among `holidays` that fall on the event's days.
fn holiday_warnings(event: &Event, holidays: &[Holiday]) -> Vec<PlanWarning> {
    let (from, to) = days_of(event);
    holidays
        .iter()
        .filter(|h| h.day.as_str() >= from && h.day.as_str() <= to)
        .map(|h| PlanWarning::PublicHoliday { holiday: h.clone() })
        .collect()
}

/// How many warnings each of `events` has, as [`warnings_for`] would count
/// them, computed for all at once: the calendar shows a month of a large
/// office's events, and one person-and-time query per event took a
/// millisecond each there (see `kense bench`).
pub(crate) fn warning_counts(conn: &Connection, events: &[(&Event, &[Stop])]) -> Result<Vec<i64>> {
    let live: Vec<&(&Event, &[Stop])> = events
        .iter()
        .filter(|(e, _)| e.status != crate::kinds::EventStatus::Cancelled)
        .collect();
    let (Some(first), Some(last)) = (
        live.iter().map(|(e, _)| e.starts_at.as_str()).min(),
        live.iter().map(|(e, _)| e.ends_at.as_str()).max(),
    ) else {
        return Ok(vec![0; events.len()]);
    };
    let holidays = holidays_between(
        conn,
        first.get(..10).unwrap_or(first),
        last.get(..10).unwrap_or(last),
    )?;
    let busy = busy_people_counts(conn, first, last, &live)?;
    let sites = SiteVisits::read(conn, live.iter().flat_map(|(_, stops)| stops.iter()))?;
    let mut counts = Vec::with_capacity(events.len());
    for (event, stops) in events {
        if event.status == crate::kinds::EventStatus::Cancelled {
            counts.push(0);
            continue;
        }
        let n = stop_warnings(event, stops).len()
            + busy.get(&event.id).copied().unwrap_or(0)
            + stops.iter().map(|s| sites.count(s)).sum::<usize>()
            + holiday_warnings(event, &holidays).len();
        counts.push(n as i64);
    }
    Ok(counts)
}

/// The stops of live, not cancelled events around the times of some stops,
/// by site: what [`sites_busy`] would find for each, read once for a whole
/// calendar.
struct SiteVisits(HashMap<String, Vec<(i64, String, String)>>);

impl SiteVisits {
    fn read<'a>(conn: &Connection, stops: impl Iterator<Item = &'a Stop>) -> Result<Self> {
        let mut by_site: HashMap<String, Vec<(i64, String, String)>> = HashMap::new();
        let (mut first, mut last): (Option<&str>, Option<&str>) = (None, None);
        for s in stops {
            first = Some(first.map_or(s.arrives_at.as_str(), |f| f.min(s.arrives_at.as_str())));
            last = Some(last.map_or(s.departs_at.as_str(), |l| l.max(s.departs_at.as_str())));
        }
        let (Some(first), Some(last)) = (first, last) else {
            return Ok(Self(by_site));
        };
        conn.prepare_cached(
            "SELECT s.site_key, s.event_id, s.arrives_at, s.departs_at FROM visit_stop s
             JOIN event e ON e.id = s.event_id AND e.deleted_at IS NULL AND e.status <> 'cancelled'
             WHERE s.arrives_at <= ?2 AND s.departs_at >= ?1",
        )
        .and_then(|mut stmt| {
            let mut rows = stmt.query(params![first, last])?;
            while let Some(row) = rows.next()? {
                by_site.entry(row.get(0)?).or_default().push((
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                ));
            }
            Ok(())
        })
        .context("reading the sites")?;
        Ok(Self(by_site))
    }

    /// Visits of the stop's site by other events at an overlapping time.
    fn count(&self, stop: &Stop) -> usize {
        self.0.get(&stop.site_key).map_or(0, |visits| {
            visits
                .iter()
                .filter(|(event_id, arrives, departs)| {
                    *event_id != stop.event_id
                        && overlaps((&stop.arrives_at, &stop.departs_at), (arrives, departs))
                })
                .count()
        })
    }
}

/// Per event of `events`: the (person, other event) pairs [`people_busy`]
/// would list, counted from one read of the attendance of every event that
/// could overlap them.
fn busy_people_counts(
    conn: &Connection,
    first: &str,
    last: &str,
    events: &[&(&Event, &[Stop])],
) -> Result<HashMap<i64, usize>> {
    // Live, not cancelled events that touch [first, last], with their spans.
    let spans: Vec<(i64, String, String)> = conn
        .prepare_cached(
            "SELECT id, starts_at, ends_at FROM event
             WHERE deleted_at IS NULL AND status <> 'cancelled' AND starts_at <= ?2 AND ends_at >= ?1",
        )
        .and_then(|mut stmt| {
            stmt.query_map(params![first, last], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("reading events that may overlap")?;
    // Their people (not declined, not deleted), sorted per event.
    let mut people: HashMap<i64, Vec<i64>> = HashMap::new();
    conn.prepare_cached(
        "SELECT a.event_id, a.person_id FROM attendance a
         JOIN event e ON e.id = a.event_id
         WHERE e.deleted_at IS NULL AND e.status <> 'cancelled' AND e.starts_at <= ?2 AND e.ends_at >= ?1
           AND (a.invitation IS NULL OR a.invitation <> 'declined')
           AND a.person_id NOT IN (SELECT id FROM person WHERE deleted_at IS NOT NULL)",
    )
    .and_then(|mut stmt| {
        let mut rows = stmt.query(params![first, last])?;
        while let Some(row) = rows.next()? {
            people
                .entry(row.get(0)?)
                .or_default()
                .push(row.get(1)?);
        }
        Ok(())
    })
    .context("reading the people of overlapping events")?;
    for list in people.values_mut() {
        list.sort_unstable();
        list.dedup();
    }
    let empty = Vec::new();
    let mut counts = HashMap::new();
    for (event, _) in events {
        let mine = people.get(&event.id).unwrap_or(&empty);
        if mine.is_empty() {
            continue;
        }
        let mut n = 0;
        for (id, starts_at, ends_at) in &spans {
            if *id == event.id
                || !overlaps((&event.starts_at, &event.ends_at), (starts_at, ends_at))
            {
                continue;
            }
            let theirs = people.get(id).unwrap_or(&empty);
            n += mine
                .iter()
                .filter(|p| theirs.binary_search(p).is_ok())
                .count();
        }
        counts.insert(event.id, n);
    }
    Ok(counts)
}

/// People of `event` (not declined) who are also expected at another live,
/// not cancelled event at an overlapping time.
fn people_busy(conn: &Connection, event: &Event) -> Result<Vec<PlanWarning>> {
    let rows = conn
        .prepare_cached(
            "SELECT DISTINCT p.id, p.surname, p.name, p.patronymic,
                    e.id, e.title_kk, e.title_ru, e.starts_at, e.ends_at
             FROM attendance mine
             JOIN person p ON p.id = mine.person_id AND p.deleted_at IS NULL
             JOIN attendance theirs ON theirs.person_id = mine.person_id
                  AND theirs.event_id <> mine.event_id
                  AND (theirs.invitation IS NULL OR theirs.invitation <> 'declined')
             JOIN event e ON e.id = theirs.event_id AND e.deleted_at IS NULL
                  AND e.status <> 'cancelled'
                  AND e.starts_at <= ?3 AND e.ends_at >= ?2
             WHERE mine.event_id = ?1
               AND (mine.invitation IS NULL OR mine.invitation <> 'declined')
             ORDER BY p.sort_key, e.starts_at, e.id",
        )
        .and_then(|mut stmt| {
            stmt.query_map(params![event.id, event.starts_at, event.ends_at], |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    full_name(
                        &row.get::<_, String>(1)?,
                        &row.get::<_, String>(2)?,
                        &row.get::<_, String>(3)?,
                    ),
                    OtherEvent {
                        id: row.get(4)?,
                        title_kk: row.get(5)?,
                        title_ru: row.get(6)?,
                        starts_at: row.get(7)?,
                        ends_at: row.get(8)?,
                    },
                ))
            })?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("checking the delegation's other events")?;
    Ok(rows
        .into_iter()
        .filter(|(_, _, other)| {
            overlaps(
                (&event.starts_at, &event.ends_at),
                (&other.starts_at, &other.ends_at),
            )
        })
        .map(|(person_id, full_name, other)| PlanWarning::PersonBusy {
            person_id,
            full_name,
            other,
        })
        .collect())
}

/// Stops whose site another live, not cancelled event visits at an
/// overlapping time.
fn sites_busy(conn: &Connection, event_id: i64, stops: &[Stop]) -> Result<Vec<PlanWarning>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT e.id, e.title_kk, e.title_ru, e.starts_at, e.ends_at, o.arrives_at, o.departs_at
             FROM visit_stop mine
             JOIN visit_stop o ON o.site_key = mine.site_key AND o.event_id <> mine.event_id
                  AND o.arrives_at <= mine.departs_at AND o.departs_at >= mine.arrives_at
             JOIN event e ON e.id = o.event_id AND e.deleted_at IS NULL AND e.status <> 'cancelled'
             WHERE mine.id = ?1
             ORDER BY o.arrives_at, e.id",
        )
        .context("checking the sites")?;
    let mut warnings = Vec::new();
    for stop in stops {
        debug_assert_eq!(stop.event_id, event_id);
        let others = stmt
            .query_map([stop.id], |row| {
                Ok((
                    OtherEvent {
                        id: row.get(0)?,
                        title_kk: row.get(1)?,
                        title_ru: row.get(2)?,
                        starts_at: row.get(3)?,
                        ends_at: row.get(4)?,
                    },
                    row.get::<_, String>(5)?,
                    row.get::<_, String>(6)?,
                ))
            })
            .and_then(|rows| rows.collect::<std::result::Result<Vec<_>, _>>())
            .context("checking the sites")?;
        for (other, arrives, departs) in others {
            if overlaps((&stop.arrives_at, &stop.departs_at), (&arrives, &departs)) {
                let time = |s: &str| s.get(11..16).unwrap_or("").to_owned();
                warnings.push(PlanWarning::SiteBusy {
                    stop: StopRef::of(stop),
                    other,
                    other_time: format!("{}–{}", time(&arrives), time(&departs)),
                });
            }
        }
    }
    Ok(warnings)
}

#[cfg(test)]
mod tests {
    use super::overlaps;

    #[test]
    fn spans_overlap_when_each_starts_before_the_other_ends() {
        let a = ("2026-11-25T10:00", "2026-11-25T11:00");
        assert!(overlaps(a, ("2026-11-25T10:30", "2026-11-25T12:00")));
        assert!(
            !overlaps(a, ("2026-11-25T11:00", "2026-11-25T12:00")),
            "back to back"
        );
        assert!(
            overlaps(a, ("2026-11-25T10:00", "2026-11-25T10:00")),
            "a point inside"
        );
        assert!(overlaps(
            ("2026-11-25T10:00", "2026-11-25T10:00"),
            ("2026-11-25T10:00", "2026-11-25T10:00")
        ));
        assert!(
            !overlaps(a, ("2026-11-25T11:00", "2026-11-25T11:00")),
            "a point at the end"
        );
    }
}
