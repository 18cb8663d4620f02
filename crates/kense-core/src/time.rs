//! Timestamps as stored: UTC, RFC 3339, second precision.

/// The current UTC time as `2026-11-21T20:05:00Z`.
pub(crate) fn now_utc() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The computer's local time to the minute, as events store their start:
/// `2026-12-02T18:05`.
pub(crate) fn now_local_minute() -> String {
    chrono::Local::now().format("%Y-%m-%dT%H:%M").to_string()
}
