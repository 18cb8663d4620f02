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
//! built-in table (`ZONES`, from tzdata), not from a tz database: the offices'
//! laptops may have an old one, and Kazakhstan moved Almaty and Qostanay from
//! UTC+6 to UTC+5 on 1 March 2024.

use crate::office::TIME_ZONES;
use crate::{Error, Invalid, Result};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeDelta, Utc};

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
    /// The office's zone, one of [`TIME_ZONES`]; all event times are in it.
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
            "uid",
            Invalid::Required,
            "an event in a calendar file needs a UID",
        ));
    }
    check_year("starts_at", event.starts_at)?;
    let has_end = event.ends_at > event.starts_at;
    if has_end {
        check_year("ends_at", event.ends_at)?;
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
fn check_year(field: &str, time: NaiveDateTime) -> Result<()> {
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

/// The built-in zone called `name`, or the `time_zone` validation error.
fn zone(name: &str) -> Result<&'static Zone> {
    ZONES
        .iter()
        .find(|z| z.name == name && TIME_ZONES.contains(&name))
        .ok_or_else(|| {
            Error::validation(
                "time_zone",
                Invalid::NotAKazakhstanTimeZone,
                format!(
                    "{name:?} is not a time zone of Kazakhstan ({})",
                    TIME_ZONES.join(", ")
                ),
            )
        })
}

/// A zone's history of UTC offsets since 1970.
struct Zone {
    /// IANA name, as in [`TIME_ZONES`].
    name: &'static str,
    /// Hours east of UTC on 1970-01-01 (standard time everywhere then).
    offset_1970: i32,
    /// The changes since, in order.
    transitions: &'static [Transition],
}

/// A change of offset: from the UTC instant `at` on, local time is `offset`
/// seconds east of UTC.
struct Transition {
    /// The instant, UTC.
    at: NaiveDateTime,
    /// The new offset in seconds.
    offset: i32,
    /// Whether the new time is daylight saving time.
    dst: bool,
}

/// One `STANDARD` or `DAYLIGHT` observance of a `VTIMEZONE`.
struct Observance {
    /// `DAYLIGHT` rather than `STANDARD`.
    dst: bool,
    /// Offset before each onset, seconds.
    from: i32,
    /// Offset from each onset on, seconds.
    to: i32,
    /// Local times (in the `from` offset) of the onsets, in order.
    onsets: Vec<NaiveDateTime>,
}

const HOUR: i32 = 3600;

/// 1970-01-01 00:00, where the `VTIMEZONE` starts.
const EPOCH: NaiveDateTime = datetime(1970, 1, 1, 0);

impl Zone {
    /// The offset at 1970-01-01, seconds.
    fn initial_offset(&self) -> i32 {
        self.offset_1970 * HOUR
    }

    /// The offset at a local time, reading repeated and skipped local times
    /// as RFC 5545 §3.3.5 does (see [`utc_offset`]).
    fn offset_at_local(&self, local: NaiveDateTime) -> i32 {
        let mut before = self.initial_offset();
        for transition in self.transitions {
            // Local times below the later of the two wall clocks at the
            // change are either before it, repeated (first occurrence
            // wins) or skipped (read with the offset before the jump).
            let edge = transition.at + TimeDelta::seconds(before.max(transition.offset).into());
            if local < edge {
                return before;
            }
            before = transition.offset;
        }
        before
    }

    /// The observances of the zone's `VTIMEZONE`, ordered by first onset.
    fn observances(&self) -> Vec<Observance> {
        let mut list = vec![Observance {
            dst: false,
            from: self.initial_offset(),
            to: self.initial_offset(),
            onsets: vec![EPOCH],
        }];
        let mut before = self.initial_offset();
        for (n, transition) in self.transitions.iter().enumerate() {
            let onset = transition.at + TimeDelta::seconds(before.into());
            let last = n + 1 == self.transitions.len();
            let same = |o: &&mut Observance| {
                !last && o.dst == transition.dst && o.from == before && o.to == transition.offset
            };
            match list.iter_mut().find(same) {
                Some(observance) => observance.onsets.push(onset),
                None => list.push(Observance {
                    dst: transition.dst,
                    from: before,
                    to: transition.offset,
                    onsets: vec![onset],
                }),
            }
            before = transition.offset;
        }
        list
    }
}

/// A date and hour as a const (the table below is checked at compile time).
const fn datetime(year: i32, month: u32, day: u32, hour: u32) -> NaiveDateTime {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => match date.and_hms_opt(hour, 0, 0) {
            Some(time) => time,
            None => panic!("bad hour in the time zone table"),
        },
        None => panic!("bad date in the time zone table"),
    }
}

const DST: bool = true;
const STD: bool = false;

/// A row of the table: at `hour`:00 UTC on the date, the offset became
/// `offset_hours` east of UTC, daylight saving time or standard.
const fn at(
    year: i32,
    month: u32,
    day: u32,
    hour: u32,
    offset_hours: i32,
    dst: bool,
) -> Transition {
    Transition {
        at: datetime(year, month, day, hour),
        offset: offset_hours * HOUR,
        dst,
    }
}

/// Kazakhstan's zones since 1970, from the IANA tz database (tzdata 2025b,
/// file `asia`; the same transitions `zdump -v -c 1970,2100 Asia/Almaty`
/// prints, one row per UT instant after a change). In short: Soviet and then
/// Kazakh daylight saving time from 1981 to 2004 (last change 31 October
/// 2004); Qyzylorda from UTC+6 to UTC+5 on 21 December 2018; Almaty and
/// Qostanay from UTC+6 to UTC+5 on 1 March 2024 (the clocks went from 00:00
/// back to 23:00 on 29 February). No daylight saving time since 2004. A
/// future change needs a row here and a test.
static ZONES: [Zone; 7] = [ALMATY, QOSTANAY, QYZYLORDA, AQTOBE, AQTAU, ATYRAU, ORAL];

/// `Asia/Almaty`.
const ALMATY: Zone = Zone {
    name: "Asia/Almaty",
    offset_1970: 6,
    transitions: &[
        at(1981, 3, 31, 18, 7, DST),
        at(1981, 9, 30, 17, 6, STD),
        at(1982, 3, 31, 18, 7, DST),
        at(1982, 9, 30, 17, 6, STD),
        at(1983, 3, 31, 18, 7, DST),
        at(1983, 9, 30, 17, 6, STD),
        at(1984, 3, 31, 18, 7, DST),
        at(1984, 9, 29, 20, 6, STD),
        at(1985, 3, 30, 20, 7, DST),
        at(1985, 9, 28, 20, 6, STD),
        at(1986, 3, 29, 20, 7, DST),
        at(1986, 9, 27, 20, 6, STD),
        at(1987, 3, 28, 20, 7, DST),
        at(1987, 9, 26, 20, 6, STD),
        at(1988, 3, 26, 20, 7, DST),
        at(1988, 9, 24, 20, 6, STD),
        at(1989, 3, 25, 20, 7, DST),
        at(1989, 9, 23, 20, 6, STD),
        at(1990, 3, 24, 20, 7, DST),
        at(1990, 9, 29, 20, 6, STD),
        at(1991, 3, 30, 20, 6, DST),
        at(1991, 9, 28, 21, 5, STD),
        at(1992, 1, 18, 21, 6, STD),
        at(1992, 3, 28, 20, 7, DST),
        at(1992, 9, 26, 20, 6, STD),
        at(1993, 3, 27, 20, 7, DST),
        at(1993, 9, 25, 20, 6, STD),
        at(1994, 3, 26, 20, 7, DST),
        at(1994, 9, 24, 20, 6, STD),
        at(1995, 3, 25, 20, 7, DST),
        at(1995, 9, 23, 20, 6, STD),
        at(1996, 3, 30, 20, 7, DST),
        at(1996, 10, 26, 20, 6, STD),
        at(1997, 3, 29, 20, 7, DST),
        at(1997, 10, 25, 20, 6, STD),
        at(1998, 3, 28, 20, 7, DST),
        at(1998, 10, 24, 20, 6, STD),
        at(1999, 3, 27, 20, 7, DST),
        at(1999, 10, 30, 20, 6, STD),
        at(2000, 3, 25, 20, 7, DST),
        at(2000, 10, 28, 20, 6, STD),
        at(2001, 3, 24, 20, 7, DST),
        at(2001, 10, 27, 20, 6, STD),
        at(2002, 3, 30, 20, 7, DST),
        at(2002, 10, 26, 20, 6, STD),
        at(2003, 3, 29, 20, 7, DST),
        at(2003, 10, 25, 20, 6, STD),
        at(2004, 3, 27, 20, 7, DST),
        at(2004, 10, 30, 20, 6, STD),
        at(2024, 2, 29, 18, 5, STD),
    ],
};

/// `Asia/Qostanay`.
const QOSTANAY: Zone = Zone {
    name: "Asia/Qostanay",
    offset_1970: 5,
    transitions: &[
        at(1981, 3, 31, 19, 6, DST),
        at(1981, 9, 30, 18, 6, STD),
        at(1982, 3, 31, 18, 6, DST),
        at(1982, 9, 30, 18, 5, STD),
        at(1983, 3, 31, 19, 6, DST),
        at(1983, 9, 30, 18, 5, STD),
        at(1984, 3, 31, 19, 6, DST),
        at(1984, 9, 29, 21, 5, STD),
        at(1985, 3, 30, 21, 6, DST),
        at(1985, 9, 28, 21, 5, STD),
        at(1986, 3, 29, 21, 6, DST),
        at(1986, 9, 27, 21, 5, STD),
        at(1987, 3, 28, 21, 6, DST),
        at(1987, 9, 26, 21, 5, STD),
        at(1988, 3, 26, 21, 6, DST),
        at(1988, 9, 24, 21, 5, STD),
        at(1989, 3, 25, 21, 6, DST),
        at(1989, 9, 23, 21, 5, STD),
        at(1990, 3, 24, 21, 6, DST),
        at(1990, 9, 29, 21, 5, STD),
        at(1991, 3, 30, 21, 5, DST),
        at(1991, 9, 28, 22, 4, STD),
        at(1992, 1, 18, 22, 5, STD),
        at(1992, 3, 28, 21, 6, DST),
        at(1992, 9, 26, 21, 5, STD),
        at(1993, 3, 27, 21, 6, DST),
        at(1993, 9, 25, 21, 5, STD),
        at(1994, 3, 26, 21, 6, DST),
        at(1994, 9, 24, 21, 5, STD),
        at(1995, 3, 25, 21, 6, DST),
        at(1995, 9, 23, 21, 5, STD),
        at(1996, 3, 30, 21, 6, DST),
        at(1996, 10, 26, 21, 5, STD),
        at(1997, 3, 29, 21, 6, DST),
        at(1997, 10, 25, 21, 5, STD),
        at(1998, 3, 28, 21, 6, DST),
        at(1998, 10, 24, 21, 5, STD),
        at(1999, 3, 27, 21, 6, DST),
        at(1999, 10, 30, 21, 5, STD),
        at(2000, 3, 25, 21, 6, DST),
        at(2000, 10, 28, 21, 5, STD),
        at(2001, 3, 24, 21, 6, DST),
        at(2001, 10, 27, 21, 5, STD),
        at(2002, 3, 30, 21, 6, DST),
        at(2002, 10, 26, 21, 5, STD),
        at(2003, 3, 29, 21, 6, DST),
        at(2003, 10, 25, 21, 5, STD),
        at(2004, 3, 27, 21, 6, DST),
        at(2004, 10, 30, 21, 6, STD),
        at(2024, 2, 29, 18, 5, STD),
    ],
};

/// `Asia/Qyzylorda`.
const QYZYLORDA: Zone = Zone {
    name: "Asia/Qyzylorda",
    offset_1970: 5,
    transitions: &[
        at(1981, 3, 31, 19, 6, DST),
        at(1981, 9, 30, 18, 6, STD),
        at(1982, 3, 31, 18, 6, DST),
        at(1982, 9, 30, 18, 5, STD),
        at(1983, 3, 31, 19, 6, DST),
        at(1983, 9, 30, 18, 5, STD),
        at(1984, 3, 31, 19, 6, DST),
        at(1984, 9, 29, 21, 5, STD),
        at(1985, 3, 30, 21, 6, DST),
        at(1985, 9, 28, 21, 5, STD),
        at(1986, 3, 29, 21, 6, DST),
        at(1986, 9, 27, 21, 5, STD),
        at(1987, 3, 28, 21, 6, DST),
        at(1987, 9, 26, 21, 5, STD),
        at(1988, 3, 26, 21, 6, DST),
        at(1988, 9, 24, 21, 5, STD),
        at(1989, 3, 25, 21, 6, DST),
        at(1989, 9, 23, 21, 5, STD),
        at(1990, 3, 24, 21, 6, DST),
        at(1990, 9, 29, 21, 5, STD),
        at(1991, 3, 30, 21, 5, DST),
        at(1991, 9, 28, 22, 5, STD),
        at(1992, 1, 18, 21, 6, STD),
        at(1992, 3, 28, 20, 6, DST),
        at(1992, 9, 26, 21, 5, STD),
        at(1993, 3, 27, 21, 6, DST),
        at(1993, 9, 25, 21, 5, STD),
        at(1994, 3, 26, 21, 6, DST),
        at(1994, 9, 24, 21, 5, STD),
        at(1995, 3, 25, 21, 6, DST),
        at(1995, 9, 23, 21, 5, STD),
        at(1996, 3, 30, 21, 6, DST),
        at(1996, 10, 26, 21, 5, STD),
        at(1997, 3, 29, 21, 6, DST),
        at(1997, 10, 25, 21, 5, STD),
        at(1998, 3, 28, 21, 6, DST),
        at(1998, 10, 24, 21, 5, STD),
        at(1999, 3, 27, 21, 6, DST),
        at(1999, 10, 30, 21, 5, STD),
        at(2000, 3, 25, 21, 6, DST),
        at(2000, 10, 28, 21, 5, STD),
        at(2001, 3, 24, 21, 6, DST),
        at(2001, 10, 27, 21, 5, STD),
        at(2002, 3, 30, 21, 6, DST),
        at(2002, 10, 26, 21, 5, STD),
        at(2003, 3, 29, 21, 6, DST),
        at(2003, 10, 25, 21, 5, STD),
        at(2004, 3, 27, 21, 6, DST),
        at(2004, 10, 30, 21, 6, STD),
        at(2018, 12, 20, 18, 5, STD),
    ],
};

/// `Asia/Aqtobe`.
const AQTOBE: Zone = Zone {
    name: "Asia/Aqtobe",
    offset_1970: 5,
    transitions: &[
        at(1981, 3, 31, 19, 6, DST),
        at(1981, 9, 30, 18, 6, STD),
        at(1982, 3, 31, 18, 6, DST),
        at(1982, 9, 30, 18, 5, STD),
        at(1983, 3, 31, 19, 6, DST),
        at(1983, 9, 30, 18, 5, STD),
        at(1984, 3, 31, 19, 6, DST),
        at(1984, 9, 29, 21, 5, STD),
        at(1985, 3, 30, 21, 6, DST),
        at(1985, 9, 28, 21, 5, STD),
        at(1986, 3, 29, 21, 6, DST),
        at(1986, 9, 27, 21, 5, STD),
        at(1987, 3, 28, 21, 6, DST),
        at(1987, 9, 26, 21, 5, STD),
        at(1988, 3, 26, 21, 6, DST),
        at(1988, 9, 24, 21, 5, STD),
        at(1989, 3, 25, 21, 6, DST),
        at(1989, 9, 23, 21, 5, STD),
        at(1990, 3, 24, 21, 6, DST),
        at(1990, 9, 29, 21, 5, STD),
        at(1991, 3, 30, 21, 5, DST),
        at(1991, 9, 28, 22, 4, STD),
        at(1992, 1, 18, 22, 5, STD),
        at(1992, 3, 28, 21, 6, DST),
        at(1992, 9, 26, 21, 5, STD),
        at(1993, 3, 27, 21, 6, DST),
        at(1993, 9, 25, 21, 5, STD),
        at(1994, 3, 26, 21, 6, DST),
        at(1994, 9, 24, 21, 5, STD),
        at(1995, 3, 25, 21, 6, DST),
        at(1995, 9, 23, 21, 5, STD),
        at(1996, 3, 30, 21, 6, DST),
        at(1996, 10, 26, 21, 5, STD),
        at(1997, 3, 29, 21, 6, DST),
        at(1997, 10, 25, 21, 5, STD),
        at(1998, 3, 28, 21, 6, DST),
        at(1998, 10, 24, 21, 5, STD),
        at(1999, 3, 27, 21, 6, DST),
        at(1999, 10, 30, 21, 5, STD),
        at(2000, 3, 25, 21, 6, DST),
        at(2000, 10, 28, 21, 5, STD),
        at(2001, 3, 24, 21, 6, DST),
        at(2001, 10, 27, 21, 5, STD),
        at(2002, 3, 30, 21, 6, DST),
        at(2002, 10, 26, 21, 5, STD),
        at(2003, 3, 29, 21, 6, DST),
        at(2003, 10, 25, 21, 5, STD),
        at(2004, 3, 27, 21, 6, DST),
        at(2004, 10, 30, 21, 5, STD),
    ],
};

/// `Asia/Aqtau`.
const AQTAU: Zone = Zone {
    name: "Asia/Aqtau",
    offset_1970: 5,
    transitions: &[
        at(1981, 9, 30, 19, 6, STD),
        at(1982, 3, 31, 18, 6, DST),
        at(1982, 9, 30, 18, 5, STD),
        at(1983, 3, 31, 19, 6, DST),
        at(1983, 9, 30, 18, 5, STD),
        at(1984, 3, 31, 19, 6, DST),
        at(1984, 9, 29, 21, 5, STD),
        at(1985, 3, 30, 21, 6, DST),
        at(1985, 9, 28, 21, 5, STD),
        at(1986, 3, 29, 21, 6, DST),
        at(1986, 9, 27, 21, 5, STD),
        at(1987, 3, 28, 21, 6, DST),
        at(1987, 9, 26, 21, 5, STD),
        at(1988, 3, 26, 21, 6, DST),
        at(1988, 9, 24, 21, 5, STD),
        at(1989, 3, 25, 21, 6, DST),
        at(1989, 9, 23, 21, 5, STD),
        at(1990, 3, 24, 21, 6, DST),
        at(1990, 9, 29, 21, 5, STD),
        at(1991, 3, 30, 21, 5, DST),
        at(1991, 9, 28, 22, 4, STD),
        at(1992, 1, 18, 22, 5, STD),
        at(1992, 3, 28, 21, 6, DST),
        at(1992, 9, 26, 21, 5, STD),
        at(1993, 3, 27, 21, 6, DST),
        at(1993, 9, 25, 21, 5, STD),
        at(1994, 3, 26, 21, 6, DST),
        at(1994, 9, 24, 21, 4, STD),
        at(1995, 3, 25, 22, 5, DST),
        at(1995, 9, 23, 22, 4, STD),
        at(1996, 3, 30, 22, 5, DST),
        at(1996, 10, 26, 22, 4, STD),
        at(1997, 3, 29, 22, 5, DST),
        at(1997, 10, 25, 22, 4, STD),
        at(1998, 3, 28, 22, 5, DST),
        at(1998, 10, 24, 22, 4, STD),
        at(1999, 3, 27, 22, 5, DST),
        at(1999, 10, 30, 22, 4, STD),
        at(2000, 3, 25, 22, 5, DST),
        at(2000, 10, 28, 22, 4, STD),
        at(2001, 3, 24, 22, 5, DST),
        at(2001, 10, 27, 22, 4, STD),
        at(2002, 3, 30, 22, 5, DST),
        at(2002, 10, 26, 22, 4, STD),
        at(2003, 3, 29, 22, 5, DST),
        at(2003, 10, 25, 22, 4, STD),
        at(2004, 3, 27, 22, 5, DST),
        at(2004, 10, 30, 22, 5, STD),
    ],
};

/// `Asia/Atyrau`.
const ATYRAU: Zone = Zone {
    name: "Asia/Atyrau",
    offset_1970: 5,
    transitions: &[
        at(1981, 9, 30, 19, 6, STD),
        at(1982, 3, 31, 18, 6, DST),
        at(1982, 9, 30, 18, 5, STD),
        at(1983, 3, 31, 19, 6, DST),
        at(1983, 9, 30, 18, 5, STD),
        at(1984, 3, 31, 19, 6, DST),
        at(1984, 9, 29, 21, 5, STD),
        at(1985, 3, 30, 21, 6, DST),
        at(1985, 9, 28, 21, 5, STD),
        at(1986, 3, 29, 21, 6, DST),
        at(1986, 9, 27, 21, 5, STD),
        at(1987, 3, 28, 21, 6, DST),
        at(1987, 9, 26, 21, 5, STD),
        at(1988, 3, 26, 21, 6, DST),
        at(1988, 9, 24, 21, 5, STD),
        at(1989, 3, 25, 21, 6, DST),
        at(1989, 9, 23, 21, 5, STD),
        at(1990, 3, 24, 21, 6, DST),
        at(1990, 9, 29, 21, 5, STD),
        at(1991, 3, 30, 21, 5, DST),
        at(1991, 9, 28, 22, 4, STD),
        at(1992, 1, 18, 22, 5, STD),
        at(1992, 3, 28, 21, 6, DST),
        at(1992, 9, 26, 21, 5, STD),
        at(1993, 3, 27, 21, 6, DST),
        at(1993, 9, 25, 21, 5, STD),
        at(1994, 3, 26, 21, 6, DST),
        at(1994, 9, 24, 21, 5, STD),
        at(1995, 3, 25, 21, 6, DST),
        at(1995, 9, 23, 21, 5, STD),
        at(1996, 3, 30, 21, 6, DST),
        at(1996, 10, 26, 21, 5, STD),
        at(1997, 3, 29, 21, 6, DST),
        at(1997, 10, 25, 21, 5, STD),
        at(1998, 3, 28, 21, 6, DST),
        at(1998, 10, 24, 21, 5, STD),
        at(1999, 3, 27, 21, 5, DST),
        at(1999, 10, 30, 22, 4, STD),
        at(2000, 3, 25, 22, 5, DST),
        at(2000, 10, 28, 22, 4, STD),
        at(2001, 3, 24, 22, 5, DST),
        at(2001, 10, 27, 22, 4, STD),
        at(2002, 3, 30, 22, 5, DST),
        at(2002, 10, 26, 22, 4, STD),
        at(2003, 3, 29, 22, 5, DST),
        at(2003, 10, 25, 22, 4, STD),
        at(2004, 3, 27, 22, 5, DST),
        at(2004, 10, 30, 22, 5, STD),
    ],
};

/// `Asia/Oral`.
const ORAL: Zone = Zone {
    name: "Asia/Oral",
    offset_1970: 5,
    transitions: &[
        at(1981, 3, 31, 19, 6, DST),
        at(1981, 9, 30, 18, 6, STD),
        at(1982, 3, 31, 18, 6, DST),
        at(1982, 9, 30, 18, 5, STD),
        at(1983, 3, 31, 19, 6, DST),
        at(1983, 9, 30, 18, 5, STD),
        at(1984, 3, 31, 19, 6, DST),
        at(1984, 9, 29, 21, 5, STD),
        at(1985, 3, 30, 21, 6, DST),
        at(1985, 9, 28, 21, 5, STD),
        at(1986, 3, 29, 21, 6, DST),
        at(1986, 9, 27, 21, 5, STD),
        at(1987, 3, 28, 21, 6, DST),
        at(1987, 9, 26, 21, 5, STD),
        at(1988, 3, 26, 21, 6, DST),
        at(1988, 9, 24, 21, 5, STD),
        at(1989, 3, 25, 21, 5, DST),
        at(1989, 9, 23, 22, 4, STD),
        at(1990, 3, 24, 22, 5, DST),
        at(1990, 9, 29, 22, 4, STD),
        at(1991, 3, 30, 22, 5, DST),
        at(1991, 9, 28, 22, 4, STD),
        at(1992, 1, 18, 22, 5, STD),
        at(1992, 3, 28, 21, 5, DST),
        at(1992, 9, 26, 22, 4, STD),
        at(1993, 3, 27, 22, 5, DST),
        at(1993, 9, 25, 22, 4, STD),
        at(1994, 3, 26, 22, 5, DST),
        at(1994, 9, 24, 22, 4, STD),
        at(1995, 3, 25, 22, 5, DST),
        at(1995, 9, 23, 22, 4, STD),
        at(1996, 3, 30, 22, 5, DST),
        at(1996, 10, 26, 22, 4, STD),
        at(1997, 3, 29, 22, 5, DST),
        at(1997, 10, 25, 22, 4, STD),
        at(1998, 3, 28, 22, 5, DST),
        at(1998, 10, 24, 22, 4, STD),
        at(1999, 3, 27, 22, 5, DST),
        at(1999, 10, 30, 22, 4, STD),
        at(2000, 3, 25, 22, 5, DST),
        at(2000, 10, 28, 22, 4, STD),
        at(2001, 3, 24, 22, 5, DST),
        at(2001, 10, 27, 22, 4, STD),
        at(2002, 3, 30, 22, 5, DST),
        at(2002, 10, 26, 22, 4, STD),
        at(2003, 3, 29, 22, 5, DST),
        at(2003, 10, 25, 22, 4, STD),
        at(2004, 3, 27, 22, 5, DST),
        at(2004, 10, 30, 22, 5, STD),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorCode;
    use std::process::Command;

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    fn event(uid: &str, summary: &str, starts_at: NaiveDateTime, minutes: i64) -> IcsEvent {
        IcsEvent {
            uid: uid.to_owned(),
            summary: summary.to_owned(),
            description: String::new(),
            location: String::new(),
            starts_at,
            ends_at: starts_at + TimeDelta::minutes(minutes),
            status: IcsStatus::Confirmed,
            categories: Vec::new(),
            last_modified: None,
        }
    }

    fn calendar(events: Vec<IcsEvent>) -> IcsCalendar {
        IcsCalendar {
            name: "Алматы қаласының прокуратурасы".to_owned(),
            time_zone: "Asia/Almaty".to_owned(),
            events,
            stamp: local(2026, 11, 20, 9, 15).and_utc(),
        }
    }

    /// The content lines, unfolded (RFC 5545 §3.1), without their CRLFs.
    fn unfolded(ics: &str) -> Vec<String> {
        ics.replace("\r\n ", "")
            .split("\r\n")
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn commas_semicolons_backslashes_and_line_breaks_are_escaped() {
        let mut e = event(
            "a@kense",
            "Кеңес, 2-отырыс; C:\\Құжаттар",
            local(2026, 3, 2, 10, 0),
            60,
        );
        e.description = "Бірінші жол\r\nекінші жол\rүшінші\nтөртінші\u{7}".to_owned();
        e.location = "Абай даңғылы, 12".to_owned();
        e.categories = vec!["Кеңес, отырыс".to_owned(), String::new(), "a;b".to_owned()];
        let lines = unfolded(&write_calendar(&calendar(vec![e])).unwrap());
        let has = |l: &str| lines.iter().any(|x| x == l);
        assert!(
            has("SUMMARY:Кеңес\\, 2-отырыс\\; C:\\\\Құжаттар"),
            "{lines:#?}"
        );
        assert!(
            has("DESCRIPTION:Бірінші жол\\nекінші жол\\nүшінші\\nтөртінші"),
            "{lines:#?}"
        );
        assert!(has("LOCATION:Абай даңғылы\\, 12"), "{lines:#?}");
        assert!(has("CATEGORIES:Кеңес\\, отырыс,a\\;b"), "{lines:#?}");
        assert!(
            has("X-WR-CALNAME:Алматы қаласының прокуратурасы"),
            "{lines:#?}"
        );
    }

    #[test]
    fn long_kazakh_lines_fold_at_75_octets_between_characters() {
        let summary = "Ашық есік күні: Әлібек Серікұлы, Ұлттық қауіпсіздік комитеті; \
                       Қостанай облысы прокуратурасының Өңірлік үйлестіру кеңесі — \
                       Ғылыми-практикалық конференция «Құқық және қоғам» (Һ, І, Ң, Ү)";
        let escaped = "Ашық есік күні: Әлібек Серікұлы\\, Ұлттық қауіпсіздік комитеті\\; \
                       Қостанай облысы прокуратурасының Өңірлік үйлестіру кеңесі — \
                       Ғылыми-практикалық конференция «Құқық және қоғам» (Һ\\, І\\, Ң\\, Ү)";
        let ics = write_calendar(&calendar(vec![event(
            "k@kense",
            summary,
            local(2026, 5, 4, 10, 0),
            90,
        )]))
        .unwrap();
        let bytes = ics.as_bytes();
        assert!(bytes.ends_with(b"END:VCALENDAR\r\n"));
        let mut physical: Vec<&[u8]> = bytes.split(|&b| b == b'\n').collect();
        assert_eq!(
            physical.pop(),
            Some(&b""[..]),
            "the last line ends with CRLF"
        );
        let mut continuations = 0;
        for raw in &physical {
            let raw = raw.strip_suffix(b"\r").expect("every line ends with CRLF");
            assert!(!raw.contains(&b'\r'), "a bare CR in {raw:?}");
            assert!(
                raw.len() <= 75,
                "{} octets: {:?}",
                raw.len(),
                String::from_utf8_lossy(raw)
            );
            let text = std::str::from_utf8(raw).expect("a fold split a character");
            if text.starts_with(' ') {
                continuations += 1;
            }
        }
        let start = ics.find("SUMMARY:").unwrap();
        let first_line = ics[start..].split("\r\n").next().unwrap();
        // 75 octets, or 74 when the next letter takes two.
        assert!(first_line.len() >= 74, "{first_line:?} is not full");
        assert!(continuations >= 4, "the Kazakh summary takes several lines");
        assert!(unfolded(&ics).contains(&format!("SUMMARY:{escaped}")));
    }

    #[test]
    fn offsets_follow_kazakhstans_changes() {
        let hours = |zone: &str, t: NaiveDateTime| utc_offset(zone, t).unwrap() / 3600;
        assert_eq!(hours("Asia/Almaty", local(2024, 2, 15, 10, 0)), 6);
        assert_eq!(hours("Asia/Almaty", local(2026, 11, 25, 10, 0)), 5);
        assert_eq!(hours("Asia/Qostanay", local(2026, 11, 25, 10, 0)), 5);
        assert_eq!(hours("Asia/Qyzylorda", local(2018, 12, 20, 12, 0)), 6);
        assert_eq!(hours("Asia/Qyzylorda", local(2019, 1, 10, 12, 0)), 5);
        for zone in ["Asia/Oral", "Asia/Aqtobe", "Asia/Aqtau", "Asia/Atyrau"] {
            assert_eq!(hours(zone, local(2026, 11, 25, 10, 0)), 5, "{zone}");
            assert_eq!(hours(zone, local(2010, 1, 1, 10, 0)), 5, "{zone}");
        }
        // Summer time until 2004: +7 in Almaty, +5 in Oral (+4 in winter).
        assert_eq!(hours("Asia/Almaty", local(2004, 7, 1, 12, 0)), 7);
        assert_eq!(hours("Asia/Oral", local(2004, 7, 1, 12, 0)), 5);
        assert_eq!(hours("Asia/Oral", local(2004, 1, 15, 12, 0)), 4);
        // 2024-02-29 23:30 happened twice in Almaty: the first (+6) counts.
        assert_eq!(hours("Asia/Almaty", local(2024, 2, 29, 23, 30)), 6);
        assert_eq!(hours("Asia/Almaty", local(2024, 3, 1, 0, 0)), 5);
        // 2004-03-28 02:30 never happened: read with the offset before (+6).
        assert_eq!(hours("Asia/Almaty", local(2004, 3, 28, 2, 30)), 6);
        assert_eq!(hours("Asia/Almaty", local(2004, 3, 28, 3, 0)), 7);

        for zone in TIME_ZONES {
            assert!(utc_offset(zone, local(2026, 1, 1, 0, 0)).is_ok(), "{zone}");
        }
        for unknown in ["Asia/Tashkent", "Europe/Moscow", "asia/almaty", ""] {
            let err = utc_offset(unknown, local(2026, 1, 1, 0, 0)).unwrap_err();
            assert_eq!(err.code(), ErrorCode::Validation);
            assert_eq!(err.field(), Some("time_zone"));
            assert_eq!(err.invalid(), Some((Invalid::NotAKazakhstanTimeZone, None)));
        }
        let mut other = calendar(vec![]);
        other.time_zone = "Asia/Bishkek".to_owned();
        assert_eq!(
            write_calendar(&other).unwrap_err().field(),
            Some("time_zone")
        );
    }

    #[test]
    fn an_event_ending_when_it_starts_has_no_dtend() {
        let start = local(2026, 11, 25, 10, 0);
        let ics = write_calendar(&calendar(vec![
            event("moment@kense", "Сәт", start, 0),
            event("backwards@kense", "Кері", start, -30),
            event("hour@kense", "Сағат", start, 60),
        ]))
        .unwrap();
        let lines = unfolded(&ics);
        let dtends: Vec<&String> = lines.iter().filter(|l| l.starts_with("DTEND")).collect();
        assert_eq!(dtends, ["DTEND;TZID=Asia/Almaty:20261125T110000"]);
        assert_eq!(
            lines.iter().filter(|l| l.starts_with("DTSTART;")).count(),
            3
        );
    }

    #[test]
    fn the_file_has_the_calendar_and_event_properties() {
        let mut e = event("x@kense", "Семинар", local(2026, 11, 25, 14, 30), 45);
        e.status = IcsStatus::Cancelled;
        e.last_modified = Some(local(2026, 11, 1, 8, 5).and_utc());
        let mut t = event("y@kense", "Кездесу", local(2026, 11, 26, 9, 0), 30);
        t.status = IcsStatus::Tentative;
        let cal = calendar(vec![e, t]);
        let ics = write_calendar(&cal).unwrap();
        assert_eq!(ics, write_calendar(&cal).unwrap(), "same input, same bytes");
        let lines = unfolded(&ics);
        assert_eq!(
            lines[..7],
            [
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Kense//Kense//KK",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:Алматы қаласының прокуратурасы",
                "X-WR-TIMEZONE:Asia/Almaty",
            ]
        );
        let count = |l: &str| lines.iter().filter(|x| *x == l).count();
        assert_eq!(count("BEGIN:VTIMEZONE"), 1);
        assert_eq!(count("TZID:Asia/Almaty"), 1);
        assert_eq!(count("BEGIN:VEVENT"), 2);
        assert_eq!(count("DTSTAMP:20261120T091500Z"), 2);
        assert_eq!(count("DTSTART;TZID=Asia/Almaty:20261125T143000"), 1);
        assert_eq!(count("DTEND;TZID=Asia/Almaty:20261125T151500"), 1);
        assert_eq!(count("STATUS:CANCELLED"), 1);
        assert_eq!(count("STATUS:TENTATIVE"), 1);
        assert_eq!(count("LAST-MODIFIED:20261101T080500Z"), 1);
        assert!(
            !lines
                .iter()
                .any(|l| l.starts_with("LOCATION") || l.starts_with("DESCRIPTION"))
        );
        assert!(!lines.iter().any(|l| l.starts_with("CATEGORIES")));
        assert_eq!(lines.last().map(String::as_str), Some(""), "ends with CRLF");
        // The newest change (UTC+6 to UTC+5 on 2024-03-01) stands alone at the
        // end of the VTIMEZONE, for readers that only look at the latest one.
        assert!(ics.contains(
            "BEGIN:STANDARD\r\nDTSTART:20240301T000000\r\nTZOFFSETFROM:+0600\r\n\
             TZOFFSETTO:+0500\r\nTZNAME:+05\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
        ));

        let mut no_uid = cal.clone();
        no_uid.events[0].uid = " ".to_owned();
        assert_eq!(write_calendar(&no_uid).unwrap_err().field(), Some("uid"));
        let mut too_early = cal;
        too_early.events[1].starts_at = local(1969, 12, 31, 23, 0);
        let err = write_calendar(&too_early).unwrap_err();
        assert_eq!(err.invalid(), Some((Invalid::NotADate, None)));
    }

    /// Reads a `VTIMEZONE` as a calendar does: every onset (`DTSTART` and
    /// `RDATE`, local in `TZOFFSETFROM`) with its `TZOFFSETTO`.
    fn onsets_in(ics: &str) -> Vec<(NaiveDateTime, i32)> {
        let parse_offset = |s: &str| {
            let sign = if s.starts_with('-') { -1 } else { 1 };
            sign * (s[1..3].parse::<i32>().unwrap() * 3600 + s[3..5].parse::<i32>().unwrap() * 60)
        };
        let parse_time = |s: &str| NaiveDateTime::parse_from_str(s, "%Y%m%dT%H%M%S").unwrap();
        let mut onsets = Vec::new();
        let (mut times, mut from, mut to) = (Vec::new(), 0, 0);
        for l in unfolded(ics) {
            if let Some(v) = l.strip_prefix("DTSTART:") {
                times.push(parse_time(v));
            } else if let Some(v) = l.strip_prefix("RDATE:") {
                times.extend(v.split(',').map(parse_time));
            } else if let Some(v) = l.strip_prefix("TZOFFSETFROM:") {
                from = parse_offset(v);
            } else if let Some(v) = l.strip_prefix("TZOFFSETTO:") {
                to = parse_offset(v);
            } else if l == "END:STANDARD" || l == "END:DAYLIGHT" {
                for t in times.drain(..) {
                    onsets.push((t - TimeDelta::seconds(from.into()), to));
                }
            }
        }
        onsets.sort();
        onsets
    }

    #[test]
    fn every_vtimezone_gives_the_tables_offset_at_every_instant_since_1970() {
        for name in TIME_ZONES {
            let mut cal = calendar(vec![]);
            cal.time_zone = (*name).to_owned();
            let onsets = onsets_in(&write_calendar(&cal).unwrap());
            let zone = zone(name).unwrap();
            assert_eq!(onsets.len(), zone.transitions.len() + 1, "{name}");
            // Hour by hour (every change is on the hour), with cursors into
            // both lists since they are sorted.
            let (mut in_file, mut in_table) = (0, 0);
            let mut utc = EPOCH;
            while utc < datetime(2031, 1, 1, 0) {
                while onsets.get(in_file + 1).is_some_and(|o| o.0 <= utc) {
                    in_file += 1;
                }
                while zone.transitions.get(in_table).is_some_and(|t| t.at <= utc) {
                    in_table += 1;
                }
                let from_table = match in_table {
                    0 => zone.initial_offset(),
                    n => zone.transitions[n - 1].offset,
                };
                assert_eq!(onsets[in_file].1, from_table, "{name} at {utc} UTC");
                utc += TimeDelta::hours(1);
            }
        }
    }

    #[test]
    fn local_times_read_back_as_their_first_instant() {
        for name in TIME_ZONES {
            let zone = zone(name).unwrap();
            let at_utc = |u: NaiveDateTime| {
                zone.transitions
                    .iter()
                    .rev()
                    .find(|t| t.at <= u)
                    .map_or(zone.initial_offset(), |t| t.offset)
            };
            // Every fifth day, and each hour around every change.
            let mut instants: Vec<NaiveDateTime> = (0..61 * 73)
                .map(|n| EPOCH + TimeDelta::days(n * 5) + TimeDelta::hours(n % 24))
                .collect();
            for t in zone.transitions {
                instants.extend((-3..=3).map(|h| t.at + TimeDelta::hours(h)));
            }
            for utc in instants {
                let wall = utc + TimeDelta::seconds(at_utc(utc).into());
                // The instants whose local time is `wall`: one, or two when
                // the clocks were turned back; RFC 5545 takes the first.
                let first = (3..=8)
                    .map(|h| wall - TimeDelta::hours(h))
                    .filter(|&u| TimeDelta::seconds(at_utc(u).into()) == wall - u)
                    .min();
                let read = wall - TimeDelta::seconds(zone.offset_at_local(wall).into());
                assert_eq!(Some(read), first, "{name}: {wall} local ({utc} UTC)");
            }
        }
    }

    /// `python3` that has Debian's python3-icalendar: the one on PATH may be
    /// another interpreter (pyenv, a venv) than the package installed into.
    // Kense itself never shells out (hence the workspace-wide ban on
    // `Command::new`); this test deliberately runs an independent parser.
    #[allow(clippy::disallowed_methods)]
    fn python_with_icalendar() -> &'static str {
        for python in ["python3", "/usr/bin/python3"] {
            let found = Command::new(python)
                .args(["-c", "import icalendar, pytz"])
                .output()
                .is_ok_and(|out| out.status.success());
            if found {
                return python;
            }
        }
        panic!("python3-icalendar is missing: apt-get install python3-icalendar");
    }

    /// Reads the file with python-icalendar and prints what it understood as
    /// JSON.
    const READ_WITH_ICALENDAR: &str = r#"
import json, sys, datetime
import icalendar, pytz

with open(sys.argv[1], "rb") as f:
    cal = icalendar.Calendar.from_ical(f.read())
zones = cal.walk("VTIMEZONE")
# icalendar 4.0.3 resolves DTSTART's TZID by name with pytz (which on Debian
# reads the system tzdata) and uses the file's VTIMEZONE only for names pytz
# does not know. So the VTIMEZONE is also turned into a tzinfo here, and both
# conversions to UTC are reported.
from_file = zones[0].to_tz() if len(zones) == 1 else None

def utc(dt):
    return dt.astimezone(pytz.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

def offset(local):
    return int(from_file.localize(local).utcoffset().total_seconds())

events = []
for ev in cal.walk("VEVENT"):
    start = ev["DTSTART"]
    wall = start.dt.replace(tzinfo=None)
    events.append({
        "tzid": start.params.get("TZID"),
        "local": wall.strftime("%Y-%m-%d %H:%M"),
        "utc_by_name": utc(start.dt),
        "utc_by_vtimezone": utc(from_file.localize(wall)),
        "summary": str(ev["SUMMARY"]),
        "description": str(ev.get("DESCRIPTION", "")),
        "end_local": ev["DTEND"].dt.strftime("%Y-%m-%d %H:%M") if "DTEND" in ev else None,
    })
print(json.dumps({
    "icalendar": icalendar.__version__,
    "calname": str(cal["X-WR-CALNAME"]),
    "vtimezones": len(zones),
    "tzid": str(zones[0]["TZID"]),
    "events": events,
    "vtimezone_offsets": {
        "2004-07-01 12:00": offset(datetime.datetime(2004, 7, 1, 12)),
        "2024-02-15 10:00": offset(datetime.datetime(2024, 2, 15, 10)),
        "2024-03-01 10:00": offset(datetime.datetime(2024, 3, 1, 10)),
    },
}, ensure_ascii=False))
"#;

    #[test]
    #[allow(clippy::disallowed_methods)] // runs python-icalendar, see above
    fn python_icalendar_reads_the_file_back() {
        let python = python_with_icalendar();
        let summary = "Ашық есік күні: Әлібек Серікұлы, Ұлттық қауіпсіздік комитеті — \
                       Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі Әә; «кеңес»";
        let mut first = event(
            "1b4e28ba-2fa1-11d2-883f-0016d3cca427@kense",
            summary,
            local(2026, 11, 25, 10, 0),
            90,
        );
        first.description = "Күн тәртібі:\n1. Ашылу, сәлемдесу\n2. Баяндама; сұрақтар".to_owned();
        let second = event(
            "6fa459ea-ee8a-3ca4-894e-db77e160355e@kense",
            "Семинар",
            local(2026, 11, 25, 14, 30),
            0,
        );
        let ics = write_calendar(&calendar(vec![first, second])).unwrap();
        let mut file = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut file, ics.as_bytes()).unwrap();

        let out = Command::new(python)
            .args(["-c", READ_WITH_ICALENDAR])
            .arg(file.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "python-icalendar could not read the file: {stderr}"
        );
        let read: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

        assert_eq!(read["calname"], "Алматы қаласының прокуратурасы");
        assert_eq!(read["vtimezones"], 1);
        assert_eq!(read["tzid"], "Asia/Almaty");
        let events = read["events"].as_array().unwrap();
        assert_eq!(events.len(), 2, "{read:#}");
        for e in events {
            assert_eq!(e["tzid"], "Asia/Almaty", "{e:#}");
        }
        assert_eq!(events[0]["local"], "2026-11-25 10:00");
        assert_eq!(events[0]["end_local"], "2026-11-25 11:30");
        assert_eq!(events[0]["summary"], summary);
        assert_eq!(
            events[0]["description"],
            "Күн тәртібі:\n1. Ашылу, сәлемдесу\n2. Баяндама; сұрақтар"
        );
        assert_eq!(events[1]["local"], "2026-11-25 14:30");
        assert_eq!(events[1]["end_local"], serde_json::Value::Null);
        // Almaty is UTC+5 since 2024-03-01: 10:00 there is 05:00Z, both by
        // our VTIMEZONE and by the name (pytz with the system tzdata, which
        // must be 2024a or later).
        assert_eq!(events[0]["utc_by_vtimezone"], "2026-11-25T05:00:00Z");
        assert_eq!(events[1]["utc_by_vtimezone"], "2026-11-25T09:30:00Z");
        assert_eq!(
            events[0]["utc_by_name"], "2026-11-25T05:00:00Z",
            "pytz's Asia/Almaty is still UTC+6: the system tzdata predates 2024a"
        );
        // The VTIMEZONE also carries the history: summer time, and +6 before
        // March 2024.
        let offsets = &read["vtimezone_offsets"];
        assert_eq!(offsets["2004-07-01 12:00"], 7 * 3600, "{read:#}");
        assert_eq!(offsets["2024-02-15 10:00"], 6 * 3600, "{read:#}");
        assert_eq!(offsets["2024-03-01 10:00"], 5 * 3600, "{read:#}");
    }
}
