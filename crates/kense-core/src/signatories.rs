//! Signatories: the officials who sign documents (table `signatory`).

use crate::FieldName;
use crate::error::SqlContext;
use crate::text::required;
use crate::time::now_utc;
use crate::{Error, Lang, Result};
use rusqlite::{Connection, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest accepted name or position, in characters.
pub const MAX_TEXT: usize = 300;

/// A signatory as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Signatory {
    /// Row id.
    pub id: i64,
    /// Full name as written in Kazakh documents.
    pub full_name_kk: String,
    /// Full name as written in Russian documents.
    pub full_name_ru: String,
    /// Position in Kazakh.
    pub position_kk: String,
    /// Position in Russian.
    pub position_ru: String,
    /// The signatory proposed by default on new documents.
    pub is_default: bool,
}

impl Signatory {
    /// The name in `lang`.
    pub fn full_name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.full_name_kk,
            Lang::Ru => &self.full_name_ru,
        }
    }
}

/// A new or edited signatory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SignatoryInput {
    /// The row to update; `None` creates a new signatory.
    #[ts(optional = nullable)]
    pub id: Option<i64>,
    /// Full name in Kazakh.
    pub full_name_kk: String,
    /// Full name in Russian.
    pub full_name_ru: String,
    /// Position in Kazakh.
    pub position_kk: String,
    /// Position in Russian.
    pub position_ru: String,
    /// Make this the default signatory (clears the flag on the others).
    pub is_default: bool,
}

const COLUMNS: &str = "id, full_name_kk, full_name_ru, position_kk, position_ru, is_default";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Signatory> {
    Ok(Signatory {
        id: row.get(0)?,
        full_name_kk: row.get(1)?,
        full_name_ru: row.get(2)?,
        position_kk: row.get(3)?,
        position_ru: row.get(4)?,
        is_default: row.get(5)?,
    })
}

/// Signatories that are not deleted, the default first, then by name.
pub fn list_signatories(conn: &Connection) -> Result<Vec<Signatory>> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {COLUMNS} FROM signatory WHERE deleted_at IS NULL
             ORDER BY is_default DESC, full_name_ru, id"
        ))
        .context("listing signatories")?;
    let rows = stmt
        .query_map([], from_row)
        .context("listing signatories")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("reading signatories")?;
    Ok(rows)
}

/// One signatory by id.
pub fn get_signatory(conn: &Connection, id: i64) -> Result<Signatory> {
    let mut stmt = conn
        .prepare(&format!(
            "SELECT {COLUMNS} FROM signatory WHERE id = ?1 AND deleted_at IS NULL"
        ))
        .context("reading a signatory")?;
    let mut rows = stmt
        .query_map([id], from_row)
        .context("reading a signatory")?;
    match rows.next() {
        Some(row) => row.context("reading a signatory"),
        None => Err(Error::NotFound {
            what: "signatory",
            id,
        }),
    }
}

/// Creates or updates a signatory; returns it as stored. Call inside a
/// transaction when the default flag moves, so no moment has two defaults.
pub fn save_signatory(conn: &Connection, input: &SignatoryInput) -> Result<Signatory> {
    let full_name_kk = required(FieldName::FullNameKk, &input.full_name_kk, MAX_TEXT)?;
    let full_name_ru = required(FieldName::FullNameRu, &input.full_name_ru, MAX_TEXT)?;
    let position_kk = required(FieldName::PositionKk, &input.position_kk, MAX_TEXT)?;
    let position_ru = required(FieldName::PositionRu, &input.position_ru, MAX_TEXT)?;
    let now = now_utc();
    if input.is_default {
        conn.execute(
            "UPDATE signatory SET is_default = 0, updated_at = ?1
             WHERE is_default = 1 AND id IS NOT ?2",
            params![now, input.id],
        )
        .context("clearing the default signatory")?;
    }
    let id = match input.id {
        Some(id) => {
            let changed = conn
                .execute(
                    "UPDATE signatory SET full_name_kk = ?1, full_name_ru = ?2, position_kk = ?3,
                            position_ru = ?4, is_default = ?5, updated_at = ?6
                     WHERE id = ?7 AND deleted_at IS NULL",
                    params![
                        full_name_kk,
                        full_name_ru,
                        position_kk,
                        position_ru,
                        input.is_default,
                        now,
                        id
                    ],
                )
                .context("updating a signatory")?;
            if changed == 0 {
                return Err(Error::NotFound {
                    what: "signatory",
                    id,
                });
            }
            id
        }
        None => {
            conn.execute(
                "INSERT INTO signatory (uuid, full_name_kk, full_name_ru, position_kk, position_ru,
                                        is_default, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![
                    uuid::Uuid::now_v7().to_string(),
                    full_name_kk,
                    full_name_ru,
                    position_kk,
                    position_ru,
                    input.is_default,
                    now
                ],
            )
            .context("adding a signatory")?;
            conn.last_insert_rowid()
        }
    };
    get_signatory(conn, id)
}

/// Marks a signatory deleted (documents already signed keep their name).
pub fn delete_signatory(conn: &Connection, id: i64) -> Result<()> {
    let changed = conn
        .execute(
            "UPDATE signatory SET deleted_at = ?1, is_default = 0 WHERE id = ?2 AND deleted_at IS NULL",
            params![now_utc(), id],
        )
        .context("deleting a signatory")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "signatory",
            id,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorCode, Store};

    fn input(name: &str, default: bool) -> SignatoryInput {
        SignatoryInput {
            id: None,
            full_name_kk: name.into(),
            full_name_ru: name.into(),
            position_kk: "Жобалық кеңсенің жетекшісі".into(),
            position_ru: "Руководитель проектного офиса".into(),
            is_default: default,
        }
    }

    #[test]
    fn only_one_default_at_a_time() {
        let mut store = Store::open_in_memory().unwrap();
        let a = store
            .with_tx(|tx| save_signatory(tx, &input("Әлібек Сейітқазы", true)))
            .unwrap();
        let b = store
            .with_tx(|tx| save_signatory(tx, &input("Нұрдаулет Килыбай", true)))
            .unwrap();
        let list = list_signatories(store.conn()).unwrap();
        assert_eq!(list.len(), 2);
        assert_eq!(list[0].id, b.id);
        assert!(list[0].is_default && !list[1].is_default);
        assert_eq!(list[1].id, a.id);
    }

    #[test]
    fn edit_and_delete() {
        let store = Store::open_in_memory().unwrap();
        let a = save_signatory(store.conn(), &input("Ғалым Өтепов", false)).unwrap();
        let mut edit = input("Ғалым Өтепұлы", false);
        edit.id = Some(a.id);
        let edited = save_signatory(store.conn(), &edit).unwrap();
        assert_eq!(edited.full_name(Lang::Kk), "Ғалым Өтепұлы");
        delete_signatory(store.conn(), a.id).unwrap();
        assert!(list_signatories(store.conn()).unwrap().is_empty());
        assert_eq!(
            delete_signatory(store.conn(), a.id).unwrap_err().code(),
            ErrorCode::NotFound
        );
        assert_eq!(
            save_signatory(store.conn(), &edit).unwrap_err().code(),
            ErrorCode::NotFound
        );
    }

    #[test]
    fn required_fields_are_named() {
        let store = Store::open_in_memory().unwrap();
        let mut bad = input("", false);
        bad.full_name_ru = "Иванов".into();
        let err = save_signatory(store.conn(), &bad).unwrap_err();
        assert_eq!(err.field(), Some(FieldName::FullNameKk));
    }
}
