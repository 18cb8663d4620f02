//! Media coverage of events (table `media_item`): outlet, link, date, views.

use crate::changelog::{self, Action};
use crate::error::{Problems, SqlContext};
use crate::soft_delete::{EventRecord, Table};
use crate::text::{clean, date, required};
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Result};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Deleted and restored with a line in the event's history.
const RECORD: EventRecord = EventRecord {
    table: Table::MediaItem,
    column: "outlet",
    label: "БАҚ / СМИ",
};

/// A publication about an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediaItem {
    /// Row id.
    pub id: i64,
    /// The event.
    pub event_id: i64,
    /// Outlet (newspaper, TV channel, site, Instagram account…).
    pub outlet: String,
    /// Link.
    pub url: String,
    /// Publication date, `YYYY-MM-DD`.
    #[ts(optional = nullable)]
    pub published_on: Option<String>,
    /// Views.
    #[ts(optional = nullable, type = "number | null")]
    pub views: Option<i64>,
}

/// A new or edited publication.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediaInput {
    /// Outlet.
    pub outlet: String,
    /// Link.
    pub url: String,
    /// Publication date.
    #[ts(optional = nullable)]
    pub published_on: Option<String>,
    /// Views.
    #[ts(optional = nullable, type = "number | null")]
    pub views: Option<i64>,
}

struct Clean {
    outlet: String,
    url: String,
    published_on: Option<String>,
}

/// Checks every field of a publication and refuses them all at once.
fn validate(input: &MediaInput) -> Result<Clean> {
    let mut problems = Problems::default();
    let outlet = problems.check(required(FieldName::Outlet, &input.outlet, 300))?;
    let url = problems.check(clean(FieldName::Url, &input.url, 2000))?;
    let published_on =
        problems.check(date(FieldName::PublishedOn, input.published_on.as_deref()))?;
    if input.views.is_some_and(|v| v < 0) {
        problems.refuse(FieldName::Views, Invalid::NotACount, "is negative");
    }
    problems.finish()?;
    Ok(Clean {
        outlet,
        url,
        published_on,
    })
}

/// Adds a publication to an event; returns its id.
pub fn insert_media(conn: &Connection, event_id: i64, input: &MediaInput) -> Result<i64> {
    let v = validate(input)?;
    let now = now_utc();
    conn.execute(
        "INSERT INTO media_item (uuid, event_id, outlet, url, published_on, views, created_at, updated_at)
         SELECT ?1, id, ?3, ?4, ?5, ?6, ?7, ?7 FROM event WHERE id = ?2 AND deleted_at IS NULL",
        params![uuid::Uuid::now_v7().to_string(), event_id, v.outlet, v.url, v.published_on, input.views, now],
    )
    .context("adding a publication")?;
    if conn.changes() == 0 {
        return Err(Error::NotFound {
            what: "event",
            id: event_id,
        });
    }
    let id = conn.last_insert_rowid();
    changelog::log_change(conn, "media_item", id, Action::Create, &v.outlet)?;
    Ok(id)
}

/// Saves changes to a publication.
pub fn update_media(conn: &Connection, id: i64, input: &MediaInput) -> Result<()> {
    let v = validate(input)?;
    let changed = conn
        .execute(
            "UPDATE media_item SET outlet = ?1, url = ?2, published_on = ?3, views = ?4, updated_at = ?5
             WHERE id = ?6 AND deleted_at IS NULL",
            params![v.outlet, v.url, v.published_on, input.views, now_utc(), id],
        )
        .context("saving a publication")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "media item",
            id,
        });
    }
    changelog::log_change(conn, "media_item", id, Action::Update, &v.outlet)
}

/// Soft-deletes a publication.
pub fn delete_media(conn: &Connection, id: i64) -> Result<()> {
    RECORD.delete(conn, id)
}

/// Brings back a deleted publication (the undo of a delete).
pub fn restore_media(conn: &Connection, id: i64) -> Result<()> {
    RECORD.restore(conn, id)
}

/// The publications about an event, by date.
pub fn list_media(conn: &Connection, event_id: i64) -> Result<Vec<MediaItem>> {
    conn.prepare_cached(
        "SELECT id, event_id, outlet, url, published_on, views FROM media_item
         WHERE event_id = ?1 AND deleted_at IS NULL ORDER BY published_on, id",
    )
    .and_then(|mut stmt| {
        stmt.query_map([event_id], |row| {
            Ok(MediaItem {
                id: row.get(0)?,
                event_id: row.get(1)?,
                outlet: row.get(2)?,
                url: row.get(3)?,
                published_on: row.get(4)?,
                views: row.get(5)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing publications")
}
