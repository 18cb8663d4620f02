//! Categories of people (table `category`): deputies, activists, youth
//! leaders… A user-editable list, seeded by the schema.

use crate::FieldName;
use crate::error::SqlContext;
use crate::text::required;
use crate::time::now_utc;
use crate::{Error, Lang, Result};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Category {
    /// Row id.
    pub id: i64,
    /// Stable code of a built-in category (`deputy`, `journalist`…).
    #[ts(optional = nullable)]
    pub code: Option<String>,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
}

impl Category {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.name_kk,
            Lang::Ru => &self.name_ru,
        }
    }
}

/// A new or renamed category.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CategoryInput {
    /// The row to rename; `None` adds a category.
    #[ts(optional = nullable)]
    pub id: Option<i64>,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
}

/// Categories in their display order.
pub fn list_categories(conn: &Connection) -> Result<Vec<Category>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT id, code, name_kk, name_ru FROM category WHERE deleted_at IS NULL
             ORDER BY sort_order, id",
        )
        .context("listing categories")?;
    let rows = stmt
        .query_map([], |row| {
            Ok(Category {
                id: row.get(0)?,
                code: row.get(1)?,
                name_kk: row.get(2)?,
                name_ru: row.get(3)?,
            })
        })
        .context("listing categories")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("reading categories")?;
    Ok(rows)
}

/// Adds or renames a category; returns its id.
pub fn save_category(conn: &Connection, input: &CategoryInput) -> Result<i64> {
    let name_kk = required(FieldName::NameKk, &input.name_kk, 200)?;
    let name_ru = required(FieldName::NameRu, &input.name_ru, 200)?;
    let now = now_utc();
    match input.id {
        Some(id) => {
            let changed = conn
                .execute(
                    "UPDATE category SET name_kk = ?1, name_ru = ?2, updated_at = ?3
                     WHERE id = ?4 AND deleted_at IS NULL",
                    params![name_kk, name_ru, now, id],
                )
                .context("renaming a category")?;
            if changed == 0 {
                return Err(Error::NotFound {
                    what: "category",
                    id,
                });
            }
            Ok(id)
        }
        None => {
            conn.execute(
                "INSERT INTO category (uuid, name_kk, name_ru, sort_order, created_at, updated_at)
                 VALUES (?1, ?2, ?3, (SELECT coalesce(max(sort_order), 0) + 10 FROM category), ?4, ?4)",
                params![uuid::Uuid::now_v7().to_string(), name_kk, name_ru, now],
            )
            .context("adding a category")?;
            Ok(conn.last_insert_rowid())
        }
    }
}

/// Finds a category by its name in either language (folded), for imports.
pub fn find_category_by_name(conn: &Connection, name: &str) -> Result<Option<i64>> {
    let wanted = crate::fold::fold(name);
    if wanted.is_empty() {
        return Ok(None);
    }
    Ok(list_categories(conn)?
        .into_iter()
        .find(|c| {
            crate::fold::fold(&c.name_kk) == wanted
                || crate::fold::fold(&c.name_ru) == wanted
                || c.code.as_deref() == Some(wanted.as_str())
        })
        .map(|c| c.id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    #[test]
    fn seeded_categories_are_listed_and_found_by_either_name() {
        let store = Store::open_in_memory().unwrap();
        let list = list_categories(store.conn()).unwrap();
        assert_eq!(list.len(), 11);
        assert_eq!(list[0].code.as_deref(), Some("deputy"));
        let blogger = find_category_by_name(store.conn(), "БЛОГЕР").unwrap();
        assert!(blogger.is_some());
        let kk = find_category_by_name(store.conn(), "мәслихат депутаты").unwrap();
        assert_eq!(kk, Some(list[0].id));
    }

    #[test]
    fn add_and_rename() {
        let store = Store::open_in_memory().unwrap();
        let id = save_category(
            store.conn(),
            &CategoryInput {
                id: None,
                name_kk: "Ардагер".into(),
                name_ru: "Ветеран".into(),
            },
        )
        .unwrap();
        save_category(
            store.conn(),
            &CategoryInput {
                id: Some(id),
                name_kk: "Ардагерлер".into(),
                name_ru: "Ветераны".into(),
            },
        )
        .unwrap();
        let list = list_categories(store.conn()).unwrap();
        assert_eq!(list.last().unwrap().name(Lang::Kk), "Ардагерлер");
    }
}
