//! iCalendar (RFC 5545) files: an office's events for Outlook, Google
//! Calendar, Thunderbird and phones.
//!
//! [`write_calendar`] turns an [`IcsCalendar`] into the text of an `.ics`
//! file. It is a pure writer: the caller maps its events to [`IcsEvent`]s and
//! saves the text where it likes; nothing here reads the clock, the database
//! or files, so the same input always gives the same bytes.
//!
//! Times are the office's local wall-clock times, written as
//! `DTSTART;TZID=Asia/Almaty:20261125T100000` with one `VTIMEZONE` that
//! describes the zone's UTC offsets from 1970 on. The offsets come from a
//! built-in table (`zones.rs`, from tzdata), not from a tz database: the offices'
//! laptops may have an old one, and Kazakhstan moved Almaty and Qostanay from
//! UTC+6 to UTC+5 on 1 March 2024.

use super::zones::{Zone, zone};
use crate::{Error, FieldName, Invalid, Result};
use chrono::{DateTime, NaiveDateTime, Utc};

/// Status of an event in a calendar file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IcsStatus {
    /// Not yet certain (`STATUS:TENTATIVE`).
    Tentative,
    /// Will take place (`STATUS:CONFIRMED`).
    Confirmed,
    /// Called off (`STATUS:CANCELLED`): calendars strike it through or hide it.
    Cancelled,
}

impl IcsStatus {
    /// The value of the `STATUS` property.
    fn as_ical(self) -> &'static str {
        match self {
            Self::Tentative => "TENTATIVE",
            Self::Confirmed => "CONFIRMED",
            Self::Cancelled => "CANCELLED",
        }
    }
}

/// One event for a calendar file. Times are local wall-clock times in the
/// calendar's time zone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsEvent {
    /// Globally unique and the same in every export (e.g. `<uuid>@kense`),
    /// so that a calendar importing the file again updates the event instead
    /// of adding a copy. Must not be empty.
    pub uid: String,
    /// The title.
    pub summary: String,
    /// Longer text, may contain newlines; empty writes no `DESCRIPTION`.
    pub description: String,
    /// Where; empty writes no `LOCATION`.
    pub location: String,
    /// Start, local time of the calendar's zone; from 1970 to 9999.
    pub starts_at: NaiveDateTime,
    /// End, local time; when not after `starts_at` no `DTEND` is written
    /// (the event is then a moment, RFC 5545 §3.6.1).
    pub ends_at: NaiveDateTime,
    /// Tentative, confirmed or cancelled.
    pub status: IcsStatus,
    /// Category names; empty names are left out and an empty list writes no
    /// `CATEGORIES`.
    pub categories: Vec<String>,
    /// When the event last changed, if known (`LAST-MODIFIED`).
    pub last_modified: Option<DateTime<Utc>>,
}

/// A calendar: its name, the office's IANA time zone, the events and the
/// time of export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsCalendar {
    /// Shown by calendars as the calendar's name (`X-WR-CALNAME`).
    pub name: String,
    /// The office's zone, one of [`TIME_ZONES`](crate::office::TIME_ZONES); all event times are in it.
    pub time_zone: String,
    /// The events, written in this order.
    pub events: Vec<IcsEvent>,
    /// When the file was made: every event's `DTSTAMP`.
    pub stamp: DateTime<Utc>,
}

/// The longest line, in octets without the CRLF (RFC 5545 §3.1).
const MAX_LINE_OCTETS: usize = 75;

/// The calendar as iCalendar text (CRLF line ends, folded lines).
///
/// Fails when the time zone is not one of Kazakhstan's (field `time_zone`),
/// an event has no UID (field `uid`) or a time outside 1970–9999 (field
/// `starts_at` or `ends_at`).
pub fn write_calendar(calendar: &IcsCalendar) -> Result<String> {
    let zone = zone(&calendar.time_zone)?;
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Kense//Kense//KK");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(
        &mut out,
        &format!("X-WR-CALNAME:{}", escape_text(&calendar.name)),
    );
    line(&mut out, &format!("X-WR-TIMEZONE:{}", zone.name));
    write_time_zone(&mut out, zone);
    for event in &calendar.events {
        write_event(&mut out, zone, calendar.stamp, event)?;
    }
    line(&mut out, "END:VCALENDAR");
    Ok(out)
}

/// The UTC offset of a Kazakhstan zone at a local time, in seconds (for
/// callers and tests).
///
/// A local time that happened twice (clocks turned back, e.g. 23:30 on
/// 29 February 2024 in Almaty) takes the first, earlier offset; one that
/// never happened (clocks turned forward) takes the offset before the jump.
/// That is how RFC 5545 §3.3.5 reads such times, so the value agrees with what
/// calendars make of the file. Times before 1970 get the 1970 offset.
pub fn utc_offset(time_zone: &str, local: NaiveDateTime) -> Result<i32> {
    Ok(zone(time_zone)?.offset_at_local(local))
}

fn write_event(
    out: &mut String,
    zone: &Zone,
    stamp: DateTime<Utc>,
    event: &IcsEvent,
) -> Result<()> {
    if event.uid.trim().is_empty() {
        return Err(Error::validation(
            FieldName::Uid,
            Invalid::Required,
            "an event in a calendar file needs a UID",
        ));
    }
    check_year(FieldName::StartsAt, event.starts_at)?;
    let has_end = event.ends_at > event.starts_at;
    if has_end {
        check_year(FieldName::EndsAt, event.ends_at)?;
    }
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}", escape_text(&event.uid)));
    line(out, &format!("DTSTAMP:{}", utc_time(stamp)));
    line(
        out,
        &format!("DTSTART;TZID={}:{}", zone.name, local_time(event.starts_at)),
    );
    if has_end {
        line(
            out,
            &format!("DTEND;TZID={}:{}", zone.name, local_time(event.ends_at)),
        );
    }
    line(out, &format!("SUMMARY:{}", escape_text(&event.summary)));
    if !event.description.is_empty() {
        line(
            out,
            &format!("DESCRIPTION:{}", escape_text(&event.description)),
        );
    }
    if !event.location.is_empty() {
        line(out, &format!("LOCATION:{}", escape_text(&event.location)));
    }
    line(out, &format!("STATUS:{}", event.status.as_ical()));
    let categories: Vec<String> = event
        .categories
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| escape_text(c))
        .collect();
    if !categories.is_empty() {
        line(out, &format!("CATEGORIES:{}", categories.join(",")));
    }
    if let Some(modified) = event.last_modified {
        line(out, &format!("LAST-MODIFIED:{}", utc_time(modified)));
    }
    line(out, "END:VEVENT");
    Ok(())
}

/// Refuses times the `VTIMEZONE` does not cover or four digits cannot write.
fn check_year(field: FieldName, time: NaiveDateTime) -> Result<()> {
    use chrono::Datelike;
    if (1970..=9999).contains(&time.year()) {
        Ok(())
    } else {
        Err(Error::validation(
            field,
            Invalid::NotADate,
            format!("{time} is outside the years 1970 to 9999 a calendar file can hold"),
        ))
    }
}

/// `19700101T000000`: a local DATE-TIME (RFC 5545 §3.3.5, form 2 with TZID).
fn local_time(time: NaiveDateTime) -> String {
    time.format("%Y%m%dT%H%M%S").to_string()
}

/// `20261125T050000Z`: a UTC DATE-TIME (RFC 5545 §3.3.5, form 2).
fn utc_time(time: DateTime<Utc>) -> String {
    time.format("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): `\` `;` `,` get a backslash, a
/// line break (CRLF, CR or LF) becomes `\n`. Other control characters, which
/// TEXT cannot hold, are dropped; tabs stay.
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends one content line, folded (RFC 5545 §3.1): no physical line is
/// longer than 75 octets, a continuation starts with one space, and every
/// line ends with CRLF. Folds fall between characters, never inside one
/// (Kazakh letters take two octets in UTF-8), nor inside a `\x` escape, which
/// the standard allows but some readers get wrong.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    let mut rest = content;
    while !rest.is_empty() {
        let mut chars = rest.chars();
        let first = chars.next().map_or(0, char::len_utf8);
        let unit = if rest.starts_with('\\') {
            first + chars.next().map_or(0, char::len_utf8)
        } else {
            first
        };
        if width + unit > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push_str(&rest[..unit]);
        width += unit;
        rest = &rest[unit..];
    }
    out.push_str("\r\n");
}

/// Writes the `VTIMEZONE` of `zone`: one observance per kind of change
/// (standard or daylight time, offset from, offset to), its first onset as
/// `DTSTART` and the later ones as `RDATE`, the first one at 1970-01-01.
///
/// The latest change always gets an observance of its own, last, with no
/// `RDATE`: a reader that ignores `RDATE` or only looks at the newest
/// `STANDARD` (as some desktop clients do) still gets today's offset right.
fn write_time_zone(out: &mut String, zone: &Zone) {
    line(out, "BEGIN:VTIMEZONE");
    line(out, &format!("TZID:{}", zone.name));
    for observance in zone.observances() {
        let kind = if observance.dst {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        line(out, &format!("BEGIN:{kind}"));
        let (first, later) = observance.onsets.split_at(1);
        for onset in first {
            line(out, &format!("DTSTART:{}", local_time(*onset)));
        }
        if !later.is_empty() {
            let dates: Vec<String> = later.iter().map(|t| local_time(*t)).collect();
            line(out, &format!("RDATE:{}", dates.join(",")));
        }
        line(
            out,
            &format!("TZOFFSETFROM:{}", offset_text(observance.from)),
        );
        line(out, &format!("TZOFFSETTO:{}", offset_text(observance.to)));
        line(out, &format!("TZNAME:{}", offset_name(observance.to)));
        line(out, &format!("END:{kind}"));
    }
    line(out, "END:VTIMEZONE");
}

/// `+0600`: a UTC-OFFSET value (RFC 5545 §3.3.14).
fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let abs = seconds.unsigned_abs();
    let mut text = format!("{sign}{:02}{:02}", abs / 3600, abs % 3600 / 60);
    if !abs.is_multiple_of(60) {
        text.push_str(&format!("{:02}", abs % 60));
    }
    text
}

/// `+06`: the abbreviation tzdata uses for Kazakhstan's offsets.
fn offset_name(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let abs = seconds.unsigned_abs();
    if abs.is_multiple_of(3600) {
        format!("{sign}{:02}", abs / 3600)
    } else {
        format!("{sign}{:02}{:02}", abs / 3600, abs % 3600 / 60)
    }
}
