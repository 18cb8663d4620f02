//! Campaigns and initiatives such as «Азбука правопорядка» (table `campaign`).

use crate::FieldName;
use crate::error::SqlContext;
use crate::text::{clean, required};
use crate::time::now_utc;
use crate::{Lang, Result};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A campaign or initiative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    /// Row id.
    pub id: i64,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Free text.
    pub description: String,
}

impl Campaign {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.name_kk,
            Lang::Ru => &self.name_ru,
        }
    }
}

/// A new or renamed campaign.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CampaignInput {
    /// The campaign to edit; `None` adds one.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub id: Option<i64>,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Free text.
    pub description: String,
}

/// Campaigns that are not deleted, by Russian name.
pub fn list_campaigns(conn: &Connection) -> Result<Vec<Campaign>> {
    let mut stmt = conn
        .prepare(
            "SELECT id, name_kk, name_ru, description FROM campaign
             WHERE deleted_at IS NULL ORDER BY name_ru, id",
        )
        .context("listing campaigns")?;
    let rows = stmt
        .query_map([], |row| {
            Ok(Campaign {
                id: row.get(0)?,
                name_kk: row.get(1)?,
                name_ru: row.get(2)?,
                description: row.get(3)?,
            })
        })
        .context("listing campaigns")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("reading campaigns")?;
    Ok(rows)
}

/// Adds a campaign and returns its id.
pub fn insert_campaign(conn: &Connection, input: &CampaignInput) -> Result<i64> {
    let name_kk = required(FieldName::NameKk, &input.name_kk, 300)?;
    let name_ru = required(FieldName::NameRu, &input.name_ru, 300)?;
    let description = clean(FieldName::Description, &input.description, 5000)?;
    let now = now_utc();
    conn.execute(
        "INSERT INTO campaign (uuid, name_kk, name_ru, description, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![
            uuid::Uuid::now_v7().to_string(),
            name_kk,
            name_ru,
            description,
            now
        ],
    )
    .context("adding a campaign")?;
    Ok(conn.last_insert_rowid())
}

/// Adds or edits a campaign; returns its id.
pub fn save_campaign(conn: &Connection, input: &CampaignInput) -> Result<i64> {
    let Some(id) = input.id else {
        return insert_campaign(conn, input);
    };
    let name_kk = required(FieldName::NameKk, &input.name_kk, 300)?;
    let name_ru = required(FieldName::NameRu, &input.name_ru, 300)?;
    let description = clean(FieldName::Description, &input.description, 5000)?;
    let changed = conn
        .execute(
            "UPDATE campaign SET name_kk = ?1, name_ru = ?2, description = ?3, updated_at = ?4
             WHERE id = ?5 AND deleted_at IS NULL",
            params![name_kk, name_ru, description, now_utc(), id],
        )
        .context("saving a campaign")?;
    if changed == 0 {
        return Err(crate::Error::NotFound {
            what: "campaign",
            id,
        });
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    #[test]
    fn insert_and_list() {
        let store = Store::open_in_memory().unwrap();
        let id = insert_campaign(
            store.conn(),
            &CampaignInput {
                id: None,
                name_kk: "Заң Үйірмесі".into(),
                name_ru: "Заң Үйірмесі".into(),
                description: String::new(),
            },
        )
        .unwrap();
        let list = list_campaigns(store.conn()).unwrap();
        assert_eq!(list.len(), 1);
        assert_eq!((list[0].id, list[0].name(Lang::Kk)), (id, "Заң Үйірмесі"));
        save_campaign(
            store.conn(),
            &CampaignInput {
                id: Some(id),
                name_kk: "«Заң Үйірмесі» бастамасы".into(),
                name_ru: "Инициатива «Заң Үйірмесі»".into(),
                description: String::new(),
            },
        )
        .unwrap();
        assert_eq!(
            list_campaigns(store.conn()).unwrap()[0].name(Lang::Ru),
            "Инициатива «Заң Үйірмесі»"
        );
    }
}
