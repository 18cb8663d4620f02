//! What Settings → «Send to region» shows: the office's identity, the hub
//! it sends to, the last successful send and whether last month's figures
//! are still to be sent.

use super::changes;
use crate::{Error, FieldName, Invalid, Result, office, settings};
use chrono::{Datelike, Months, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use ts_rs::TS;

/// The setting that holds the hub's address (never a password).
pub const HUB_URL_KEY: &str = "hub.url";

/// The office's sending to the region, as Settings shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SendStatus {
    /// The office's UUID.
    pub office_id: String,
    /// The code the region gave the office ("" until set).
    pub code: String,
    /// The hub's address, `postgres://USER@HOST:PORT/DB` ("" until set).
    pub url: String,
    /// Whether people's IINs are sent.
    pub send_iin: bool,
    /// The number of the last change set sent (0 before the first).
    pub sent_seq: i64,
    /// When it was sent, UTC (`2026-12-02T09:15:00Z`), if ever.
    #[ts(optional = nullable)]
    pub sent_at: Option<String>,
    /// The month (`YYYY-MM`) whose figures the region expects and nothing
    /// has been sent since it ended; null when none is due (or the office
    /// does not send to a hub at all).
    #[ts(optional = nullable)]
    pub due_month: Option<String>,
}

/// Reads the office's sending status on `today`.
pub fn send_status(conn: &Connection, today: NaiveDate) -> Result<SendStatus> {
    let identity = office::get_office_identity(conn)?;
    let url = hub_url(conn)?;
    let sent_seq = changes::sent_seq(conn)?;
    let sent_at = changes::sent_at(conn)?;
    let sends = !url.is_empty() || sent_seq > 0;
    Ok(SendStatus {
        office_id: identity.office_id,
        code: identity.code,
        send_iin: changes::sends_iin(conn)?,
        due_month: if sends {
            due_month(today, sent_at.as_deref())
        } else {
            None
        },
        url,
        sent_seq,
        sent_at,
    })
}

/// The month whose figures are due on `today`: the previous month, when
/// nothing was sent since it ended (since the 1st of this month).
pub fn due_month(today: NaiveDate, sent_at: Option<&str>) -> Option<String> {
    let month_start = today.with_day(1)?;
    let sent_since = sent_at
        .and_then(|at| at.get(..10))
        .and_then(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
        .is_some_and(|day| day >= month_start);
    if sent_since {
        return None;
    }
    let previous = month_start.checked_sub_months(Months::new(1))?;
    Some(format!("{:04}-{:02}", previous.year(), previous.month()))
}

/// The stored hub address ("" when none is set).
pub fn hub_url(conn: &Connection) -> Result<String> {
    Ok(settings::get_setting(conn, HUB_URL_KEY)?.unwrap_or_default())
}

/// Settings → «Send to region» saved: the office code (kept when `code` is
/// blank), the hub address and whether IINs are sent. Run it in one
/// transaction: a refused field changes none of them.
pub fn set_send_settings(conn: &Connection, code: &str, url: &str, send_iin: bool) -> Result<()> {
    if !code.trim().is_empty() {
        office::set_office_code(conn, code)?;
    }
    set_hub_url(conn, url)?;
    changes::set_send_iin(conn, send_iin)
}

/// Stores the hub's address. A password in it is refused: Kense never
/// keeps one (it is typed when sending, or read from libpq's password file).
pub fn set_hub_url(conn: &Connection, url: &str) -> Result<()> {
    let url = url.trim();
    if url.is_empty() {
        return settings::put_setting(conn, HUB_URL_KEY, "");
    }
    let Some(rest) = url
        .strip_prefix("postgres://")
        .or_else(|| url.strip_prefix("postgresql://"))
    else {
        return Err(Error::validation(
            FieldName::HubUrl,
            Invalid::NotAHubUrl,
            "a hub address starts with postgres://",
        ));
    };
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    if authority.is_empty() {
        return Err(Error::validation(
            FieldName::HubUrl,
            Invalid::NotAHubUrl,
            "a hub address names its server: postgres://USER@HOST:PORT/DB",
        ));
    }
    let has_password = authority
        .rsplit_once('@')
        .is_some_and(|(user, _)| user.contains(':'))
        || url.contains("password=");
    if has_password {
        return Err(Error::validation(
            FieldName::HubUrl,
            Invalid::PasswordInUrl,
            "the hub address holds a password; Kense does not store one",
        ));
    }
    settings::put_setting(conn, HUB_URL_KEY, url)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn last_month_is_due_until_something_is_sent_after_it() {
        assert_eq!(
            due_month(day("2026-12-02"), None).as_deref(),
            Some("2026-11")
        );
        assert_eq!(
            due_month(day("2026-12-02"), Some("2026-11-30T18:00:00Z")).as_deref(),
            Some("2026-11")
        );
        assert_eq!(
            due_month(day("2026-12-02"), Some("2026-12-01T08:00:00Z")),
            None
        );
        assert_eq!(
            due_month(day("2027-01-03"), Some("2026-12-01T08:00:00Z")).as_deref(),
            Some("2026-12")
        );
    }

    #[test]
    fn an_office_that_never_sends_is_not_warned() {
        let store = Store::open_in_memory().unwrap();
        let status = send_status(store.conn(), day("2026-12-02")).unwrap();
        assert_eq!(status.due_month, None);
        set_hub_url(
            store.conn(),
            "postgres://alm_01@hub.example.kz:5432/kense_region",
        )
        .unwrap();
        let status = send_status(store.conn(), day("2026-12-02")).unwrap();
        assert_eq!(
            status.url,
            "postgres://alm_01@hub.example.kz:5432/kense_region"
        );
        assert_eq!(status.due_month.as_deref(), Some("2026-11"));
    }

    #[test]
    fn a_hub_address_with_a_password_or_without_a_server_is_refused() {
        let store = Store::open_in_memory().unwrap();
        let reason = |url: &str| match set_hub_url(store.conn(), url) {
            Err(err) => err.invalid().map(|(reason, _)| reason),
            Ok(()) => None,
        };
        assert_eq!(
            reason("postgres://alm_01:secret@hub:5432/kense"),
            Some(Invalid::PasswordInUrl)
        );
        assert_eq!(
            reason("postgres://alm_01@hub/kense?password=secret"),
            Some(Invalid::PasswordInUrl)
        );
        assert_eq!(reason("http://hub/kense"), Some(Invalid::NotAHubUrl));
        assert_eq!(reason("postgres:///kense"), Some(Invalid::NotAHubUrl));
        assert_eq!(
            reason("postgres://alm_01@hub:5432/kense?sslmode=require"),
            None
        );
        // Nothing with a password was kept.
        let kept = settings::get_setting(store.conn(), HUB_URL_KEY).unwrap();
        assert_eq!(
            kept.as_deref(),
            Some("postgres://alm_01@hub:5432/kense?sslmode=require")
        );
    }
}
