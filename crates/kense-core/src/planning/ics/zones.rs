//! The UTC offsets of Kazakhstan's seven zones since 1970, from tzdata, for
//! the `VTIMEZONE` of the [`writer`](super::writer): a built-in table so an
//! old tz database on a laptop cannot shift a visit by an hour.

use crate::office::TIME_ZONES;
use crate::{Error, FieldName, Invalid, Result};
use chrono::{NaiveDate, NaiveDateTime, TimeDelta};

/// The built-in zone called `name`, or the `time_zone` validation error.
pub(super) fn zone(name: &str) -> Result<&'static Zone> {
    ZONES
        .iter()
        .find(|z| z.name == name && TIME_ZONES.contains(&name))
        .ok_or_else(|| {
            Error::validation(
                FieldName::TimeZone,
                Invalid::NotAKazakhstanTimeZone,
                format!(
                    "{name:?} is not a time zone of Kazakhstan ({})",
                    TIME_ZONES.join(", ")
                ),
            )
        })
}

/// A zone's history of UTC offsets since 1970.
pub(super) struct Zone {
    /// IANA name, as in [`TIME_ZONES`].
    pub(super) name: &'static str,
    /// Hours east of UTC on 1970-01-01 (standard time everywhere then).
    offset_1970: i32,
    /// The changes since, in order.
    pub(super) transitions: &'static [Transition],
}

/// A change of offset: from the UTC instant `at` on, local time is `offset`
/// seconds east of UTC.
pub(super) struct Transition {
    /// The instant, UTC.
    pub(super) at: NaiveDateTime,
    /// The new offset in seconds.
    pub(super) offset: i32,
    /// Whether the new time is daylight saving time.
    dst: bool,
}

/// One `STANDARD` or `DAYLIGHT` observance of a `VTIMEZONE`.
pub(super) struct Observance {
    /// `DAYLIGHT` rather than `STANDARD`.
    pub(super) dst: bool,
    /// Offset before each onset, seconds.
    pub(super) from: i32,
    /// Offset from each onset on, seconds.
    pub(super) to: i32,
    /// Local times (in the `from` offset) of the onsets, in order.
    pub(super) onsets: Vec<NaiveDateTime>,
}

const HOUR: i32 = 3600;

/// 1970-01-01 00:00, where the `VTIMEZONE` starts.
pub(super) const EPOCH: NaiveDateTime = datetime(1970, 1, 1, 0);

impl Zone {
    /// The offset at 1970-01-01, seconds.
    pub(super) fn initial_offset(&self) -> i32 {
        self.offset_1970 * HOUR
    }

    /// The offset at a local time, reading repeated and skipped local times
    /// as RFC 5545 §3.3.5 does (see [`utc_offset`]).
    pub(super) fn offset_at_local(&self, local: NaiveDateTime) -> i32 {
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
    pub(super) fn observances(&self) -> Vec<Observance> {
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
pub(super) const fn datetime(year: i32, month: u32, day: u32, hour: u32) -> NaiveDateTime {
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
pub(super) static ZONES: [Zone; 7] = [ALMATY, QOSTANAY, QYZYLORDA, AQTOBE, AQTAU, ATYRAU, ORAL];

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
