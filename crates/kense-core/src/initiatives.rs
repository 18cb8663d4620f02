//! Initiatives presented at events (table `initiative`): a campaign of the
//! office («Киберпол») or a project named as written, in both languages.

use crate::changelog::{self, Action};
use crate::error::SqlContext;
use crate::soft_delete::{EventRecord, Table};
use crate::text::clean;
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Lang, Result};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Deleted and restored with a line in the event's history.
const RECORD: EventRecord = EventRecord {
    table: Table::Initiative,
    column: "coalesce(nullif(name_ru, ''), (SELECT c.name_ru FROM campaign c WHERE c.id = campaign_id), '')",
    label: "Бастама / Инициатива",
};

/// An initiative presented.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Initiative {
    /// Row id.
    pub id: i64,
    /// The event.
    pub event_id: i64,
    /// The campaign, if it is one of the office's.
    #[ts(optional = nullable)]
    pub campaign_id: Option<i64>,
    /// The name in Kazakh (the campaign's, or as written).
    pub name_kk: String,
    /// The name in Russian (the campaign's, or as written).
    pub name_ru: String,
}

impl Initiative {
    /// The name in `lang` (the other language's when one is empty).
    pub fn name(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Kk => (&self.name_kk, &self.name_ru),
            Lang::Ru => (&self.name_ru, &self.name_kk),
        };
        if first.is_empty() { second } else { first }
    }
}

/// A new initiative: a campaign, or a name in either or both languages.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct InitiativeInput {
    /// A campaign of the office.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub campaign_id: Option<i64>,
    /// A project's name in Kazakh.
    #[serde(default)]
    pub name_kk: String,
    /// A project's name in Russian.
    #[serde(default)]
    pub name_ru: String,
}

/// The names, checked: a campaign of the office or at least one name.
fn validate(conn: &Connection, input: &InitiativeInput) -> Result<(String, String)> {
    let name_kk = clean(FieldName::NameKk, &input.name_kk, 300)?;
    let name_ru = clean(FieldName::NameRu, &input.name_ru, 300)?;
    match input.campaign_id {
        Some(campaign) => {
            let live: Option<i64> = conn
                .query_row("SELECT id FROM campaign WHERE id = ?1", [campaign], |row| {
                    row.get(0)
                })
                .optional()
                .context("checking a campaign")?;
            if live.is_none() {
                return Err(Error::validation(
                    FieldName::CampaignId,
                    Invalid::UnknownReference,
                    format!("there is no campaign {campaign}"),
                ));
            }
        }
        None if name_kk.is_empty() && name_ru.is_empty() => {
            return Err(Error::validation(
                FieldName::NameKk,
                Invalid::Required,
                "an initiative needs a campaign or a name",
            ));
        }
        None => {}
    }
    Ok((name_kk, name_ru))
}

/// Adds an initiative to an event; returns its id.
pub fn insert_initiative(conn: &Connection, event_id: i64, input: &InitiativeInput) -> Result<i64> {
    let (name_kk, name_ru) = validate(conn, input)?;
    conn.execute(
        "INSERT INTO initiative (uuid, event_id, campaign_id, name_kk, name_ru, created_at, updated_at)
         SELECT ?1, id, ?3, ?4, ?5, ?6, ?6 FROM event WHERE id = ?2 AND deleted_at IS NULL",
        params![
            uuid::Uuid::now_v7().to_string(),
            event_id,
            input.campaign_id,
            name_kk,
            name_ru,
            now_utc()
        ],
    )
    .context("adding an initiative")?;
    if conn.changes() == 0 {
        return Err(Error::NotFound {
            what: "event",
            id: event_id,
        });
    }
    let id = conn.last_insert_rowid();
    changelog::log_change(conn, "initiative", id, Action::Create, &name_ru)?;
    Ok(id)
}

/// Saves an initiative's campaign and names.
pub fn update_initiative(conn: &Connection, id: i64, input: &InitiativeInput) -> Result<()> {
    let (name_kk, name_ru) = validate(conn, input)?;
    let changed = conn
        .execute(
            "UPDATE initiative SET campaign_id = ?1, name_kk = ?2, name_ru = ?3, updated_at = ?4
             WHERE id = ?5 AND deleted_at IS NULL",
            params![input.campaign_id, name_kk, name_ru, now_utc(), id],
        )
        .context("saving an initiative")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "initiative",
            id,
        });
    }
    changelog::log_change(conn, "initiative", id, Action::Update, &name_ru)
}

/// Soft-deletes an initiative (a line in its event's history says so).
pub fn delete_initiative(conn: &Connection, id: i64) -> Result<()> {
    RECORD.delete(conn, id)
}

/// Brings back a deleted initiative (the undo of a delete).
pub fn restore_initiative(conn: &Connection, id: i64) -> Result<()> {
    RECORD.restore(conn, id)
}

/// The initiatives presented at an event, in the order recorded.
pub fn list_initiatives(conn: &Connection, event_id: i64) -> Result<Vec<Initiative>> {
    conn.prepare_cached(
        "SELECT i.id, i.event_id, i.campaign_id,
                CASE WHEN i.name_kk <> '' THEN i.name_kk ELSE coalesce(c.name_kk, '') END,
                CASE WHEN i.name_ru <> '' THEN i.name_ru ELSE coalesce(c.name_ru, '') END
         FROM initiative i LEFT JOIN campaign c ON c.id = i.campaign_id
         WHERE i.event_id = ?1 AND i.deleted_at IS NULL ORDER BY i.id",
    )
    .and_then(|mut stmt| {
        stmt.query_map([event_id], |row| {
            Ok(Initiative {
                id: row.get(0)?,
                event_id: row.get(1)?,
                campaign_id: row.get(2)?,
                name_kk: row.get(3)?,
                name_ru: row.get(4)?,
            })
        })?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing initiatives")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::campaigns::{self, CampaignInput};
    use crate::records_test_support::{event_and_person, store};

    #[test]
    fn a_campaign_lends_its_names_and_a_free_name_stands_alone() {
        let store = store();
        let (event, _) = event_and_person(store.conn());
        let campaign = campaigns::insert_campaign(
            store.conn(),
            &CampaignInput {
                id: None,
                name_kk: "Киберпол".into(),
                name_ru: "Киберпол".into(),
                description: String::new(),
            },
        )
        .unwrap();
        insert_initiative(
            store.conn(),
            event,
            &InitiativeInput {
                campaign_id: Some(campaign),
                ..InitiativeInput::default()
            },
        )
        .unwrap();
        let free = insert_initiative(
            store.conn(),
            event,
            &InitiativeInput {
                name_ru: "Школьная ярмарка правовых проектов".into(),
                ..InitiativeInput::default()
            },
        )
        .unwrap();
        let list = list_initiatives(store.conn(), event).unwrap();
        assert_eq!(list[0].name(Lang::Kk), "Киберпол");
        assert_eq!(list[1].name(Lang::Kk), "Школьная ярмарка правовых проектов");
        update_initiative(
            store.conn(),
            free,
            &InitiativeInput {
                name_kk: "Құқықтық жобалар жәрмеңкесі".into(),
                name_ru: "Ярмарка правовых проектов".into(),
                ..InitiativeInput::default()
            },
        )
        .unwrap();
        let list = list_initiatives(store.conn(), event).unwrap();
        assert_eq!(list[1].name(Lang::Kk), "Құқықтық жобалар жәрмеңкесі");
        assert_eq!(
            update_initiative(store.conn(), free, &InitiativeInput::default())
                .unwrap_err()
                .field(),
            Some(FieldName::NameKk)
        );
        delete_initiative(store.conn(), free).unwrap();
        assert_eq!(list_initiatives(store.conn(), event).unwrap().len(), 1);
        let err = insert_initiative(store.conn(), event, &InitiativeInput::default()).unwrap_err();
        assert_eq!(err.field(), Some(FieldName::NameKk));
    }
}
