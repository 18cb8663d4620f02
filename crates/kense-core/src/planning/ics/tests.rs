//! Tests of the RFC 5545 writer and its zone table.

use super::writer::*;
use super::zones::*;
use crate::ErrorCode;
use crate::FieldName;
use crate::Invalid;
use crate::office::TIME_ZONES;
use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
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
        assert_eq!(err.field(), Some(FieldName::TimeZone));
        assert_eq!(err.invalid(), Some((Invalid::NotAKazakhstanTimeZone, None)));
    }
    let mut other = calendar(vec![]);
    other.time_zone = "Asia/Bishkek".to_owned();
    assert_eq!(
        write_calendar(&other).unwrap_err().field(),
        Some(FieldName::TimeZone)
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
    assert_eq!(
        write_calendar(&no_uid).unwrap_err().field(),
        Some(FieldName::Uid)
    );
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
