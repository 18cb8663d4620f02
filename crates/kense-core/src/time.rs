//! Timestamps as stored (UTC, RFC 3339, second precision), and the one
//! place that reads the computer's local clock.
//!
//! `clippy.toml` bans `chrono::Local::now` everywhere else: kense-core's
//! functions take `today` (or `now`) as an argument. The shells (the CLI, the
//! app) read the clock here and pass it on; inside kense-core only these
//! defaults use it: whether an event has begun ([`crate::events::has_begun`]),
//! the issue date of a batch whose request names none, and the date of a
//! template's sample document.

use chrono::{DateTime, Local, NaiveDate};

/// The current UTC time as `2026-11-21T20:05:00Z`.
pub(crate) fn now_utc() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The computer's local time now.
#[allow(
    clippy::disallowed_methods,
    reason = "the one place that reads the local clock (see the module)"
)]
pub fn local_now() -> DateTime<Local> {
    Local::now()
}

/// The computer's local date today.
pub fn local_today() -> NaiveDate {
    local_now().date_naive()
}

/// The computer's local time to the minute, as events store their start:
/// `2026-12-02T18:05`.
pub(crate) fn now_local_minute() -> String {
    local_now().format("%Y-%m-%dT%H:%M").to_string()
}
