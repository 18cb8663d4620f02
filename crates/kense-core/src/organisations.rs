//! Organisations (table `organisation`): state bodies, NGOs, schools, media…

use crate::changelog::{self, Action};
use crate::collation::sort_key;
use crate::error::{Problems, SqlContext};
use crate::fold::{fold, fts_prefix_query};
use crate::kinds::OrgKind;
use crate::search_index::{self, Indexed};
use crate::soft_delete::{self, Table};
use crate::text::{clean, email, phone};
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Lang, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest name, in characters.
pub const MAX_NAME: usize = 500;

/// An organisation as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Organisation {
    /// Row id.
    pub id: i64,
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Kind.
    pub kind: OrgKind,
    /// District (аудан / район).
    pub district: String,
    /// Address.
    pub address: String,
    /// Phone, normalised (`+77011234567`).
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// Contact person.
    pub contact: String,
    /// Notes.
    pub notes: String,
    /// How many (not deleted) people work there.
    #[ts(type = "number")]
    pub people_count: i64,
}

impl Organisation {
    /// The name in `lang`.
    pub fn name(&self, lang: Lang) -> &str {
        match lang {
            Lang::Kk => &self.name_kk,
            Lang::Ru => &self.name_ru,
        }
    }
}

/// A new or edited organisation. One name is enough: it is used for both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationInput {
    /// Name in Kazakh.
    pub name_kk: String,
    /// Name in Russian.
    pub name_ru: String,
    /// Kind (`other` when unknown).
    pub kind: Option<OrgKind>,
    /// District.
    pub district: String,
    /// Address.
    pub address: String,
    /// Phone as typed.
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// Contact person.
    pub contact: String,
    /// Notes.
    pub notes: String,
}

/// Filters of the organisations list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationFilter {
    /// Search text (either language, any case, prefixes of words).
    pub query: String,
    /// Only this kind.
    #[ts(optional = nullable)]
    pub kind: Option<OrgKind>,
    /// Only this district (exact).
    #[ts(optional = nullable)]
    pub district: Option<String>,
    /// At most this many rows (default 200).
    #[ts(optional = nullable)]
    pub limit: Option<u32>,
    /// Rows to skip: the page's first row (default 0).
    #[serde(default)]
    #[ts(optional = nullable)]
    pub offset: Option<u32>,
}

struct Clean {
    name_kk: String,
    name_ru: String,
    kind: OrgKind,
    district: String,
    address: String,
    phone: String,
    email: String,
    contact: String,
    notes: String,
}

/// Checks every field of an organisation and refuses them all at once.
fn validate(input: &OrganisationInput) -> Result<Clean> {
    let mut problems = Problems::default();
    let mut name_kk = problems.check(clean(FieldName::NameKk, &input.name_kk, MAX_NAME))?;
    let mut name_ru = problems.check(clean(FieldName::NameRu, &input.name_ru, MAX_NAME))?;
    if name_kk.is_empty() && name_ru.is_empty() {
        if !problems.has(FieldName::NameKk) && !problems.has(FieldName::NameRu) {
            problems.refuse(FieldName::NameRu, Invalid::Required, "is required");
        }
    } else if name_kk.is_empty() {
        name_kk = name_ru.clone();
    } else if name_ru.is_empty() {
        name_ru = name_kk.clone();
    }
    let district = problems.check(clean(FieldName::District, &input.district, 200))?;
    let address = problems.check(clean(FieldName::Address, &input.address, 500))?;
    let phone = problems.check(phone(FieldName::Phone, &input.phone))?;
    let email = problems.check(email(FieldName::Email, &input.email))?;
    let contact = problems.check(clean(FieldName::Contact, &input.contact, 300))?;
    let notes = problems.check(clean(FieldName::Notes, &input.notes, 5000))?;
    problems.finish()?;
    Ok(Clean {
        name_kk,
        name_ru,
        kind: input.kind.unwrap_or(OrgKind::Other),
        district,
        address,
        phone,
        email,
        contact,
        notes,
    })
}

impl Clean {
    fn search_text(&self) -> String {
        fold(&format!(
            "{} {} {} {} {} {}",
            self.name_kk,
            self.name_ru,
            self.district,
            self.address,
            self.contact,
            crate::people::phone_search_forms(&self.phone)
        ))
    }

    fn name_key(&self) -> String {
        fold(&self.name_ru)
    }

    fn name_key_kk(&self) -> String {
        fold(&self.name_kk)
    }
}

const COLUMNS: &str = "o.id, o.name_kk, o.name_ru, o.kind, o.district, o.address, o.phone, o.email,
    o.contact, o.notes,
    (SELECT count(*) FROM person p WHERE p.organisation_id = o.id AND p.deleted_at IS NULL)";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Organisation> {
    Ok(Organisation {
        id: row.get(0)?,
        name_kk: row.get(1)?,
        name_ru: row.get(2)?,
        kind: row.get(3)?,
        district: row.get(4)?,
        address: row.get(5)?,
        phone: row.get(6)?,
        email: row.get(7)?,
        contact: row.get(8)?,
        notes: row.get(9)?,
        people_count: row.get(10)?,
    })
}

/// Organisations matching `filter`, in Kazakh alphabet order of the Russian name.
pub fn list_organisations(
    conn: &Connection,
    filter: &OrganisationFilter,
) -> Result<Vec<Organisation>> {
    let limit = filter.limit.unwrap_or(200);
    let offset = filter.offset.unwrap_or(0);
    let kind = filter.kind.map(OrgKind::as_str).unwrap_or("");
    let district = filter.district.as_deref().unwrap_or("");
    let rows = match fts_prefix_query(&filter.query) {
        Some(query) => {
            let mut stmt = conn
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM organisation_fts f JOIN organisation o ON o.id = f.rowid
                     WHERE organisation_fts MATCH ?1 AND o.deleted_at IS NULL
                       AND (?2 = '' OR o.kind = ?2) AND (?3 = '' OR o.district = ?3)
                     ORDER BY o.sort_key LIMIT ?4 OFFSET ?5"
                ))
                .context("searching organisations")?;
            stmt.query_map(params![query, kind, district, limit, offset], from_row)
                .context("searching organisations")?
                .collect::<std::result::Result<Vec<_>, _>>()
        }
        None => {
            let mut stmt = conn
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM organisation o
                     WHERE o.deleted_at IS NULL
                       AND (?1 = '' OR o.kind = ?1) AND (?2 = '' OR o.district = ?2)
                     ORDER BY o.sort_key LIMIT ?3 OFFSET ?4"
                ))
                .context("listing organisations")?;
            stmt.query_map(params![kind, district, limit, offset], from_row)
                .context("listing organisations")?
                .collect::<std::result::Result<Vec<_>, _>>()
        }
    };
    rows.context("reading organisations")
}

/// How many organisations match `filter`, all pages together (its limit and
/// offset aside).
pub fn count_organisations(conn: &Connection, filter: &OrganisationFilter) -> Result<u64> {
    let kind = filter.kind.map(OrgKind::as_str).unwrap_or("");
    let district = filter.district.as_deref().unwrap_or("");
    let count: i64 = match fts_prefix_query(&filter.query) {
        Some(query) => conn
            .prepare_cached(
                "SELECT count(*) FROM organisation_fts f JOIN organisation o ON o.id = f.rowid
                 WHERE organisation_fts MATCH ?1 AND o.deleted_at IS NULL
                   AND (?2 = '' OR o.kind = ?2) AND (?3 = '' OR o.district = ?3)",
            )
            .and_then(|mut stmt| stmt.query_row(params![query, kind, district], |row| row.get(0))),
        None => conn
            .prepare_cached(
                "SELECT count(*) FROM organisation o WHERE o.deleted_at IS NULL
                   AND (?1 = '' OR o.kind = ?1) AND (?2 = '' OR o.district = ?2)",
            )
            .and_then(|mut stmt| stmt.query_row(params![kind, district], |row| row.get(0))),
    }
    .context("counting organisations")?;
    Ok(u64::try_from(count).unwrap_or(0))
}

/// Living organisations whose folded name (either language) is `folded`:
/// the exact matches the global search puts first, in alphabet order.
pub(crate) fn exact_name_matches(
    conn: &Connection,
    folded: &str,
    limit: u32,
) -> Result<Vec<Organisation>> {
    if folded.is_empty() || limit == 0 {
        return Ok(Vec::new());
    }
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM organisation o
         WHERE o.deleted_at IS NULL AND (o.name_key = ?1 OR o.name_key_kk = ?1)
         ORDER BY o.sort_key LIMIT ?2"
    ))
    .and_then(|mut stmt| {
        stmt.query_map(params![folded, limit], from_row)?
            .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("finding organisations by their whole name")
}

/// One organisation (not deleted).
pub fn get_organisation(conn: &Connection, id: i64) -> Result<Organisation> {
    conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM organisation o WHERE o.id = ?1 AND o.deleted_at IS NULL"
    ))
    .and_then(|mut stmt| stmt.query_row([id], from_row).optional())
    .context("reading an organisation")?
    .ok_or(Error::NotFound {
        what: "organisation",
        id,
    })
}

/// Adds an organisation; returns its id.
pub fn insert_organisation(conn: &Connection, input: &OrganisationInput) -> Result<i64> {
    insert_with_action(conn, input, Action::Create)
}

pub(crate) fn insert_with_action(
    conn: &Connection,
    input: &OrganisationInput,
    action: Action,
) -> Result<i64> {
    let v = validate(input)?;
    let now = now_utc();
    conn.prepare_cached(
        "INSERT INTO organisation (uuid, name_kk, name_ru, kind, district, address, phone, email,
                                   contact, notes, search_text, name_key, name_key_kk, sort_key,
                                   created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            uuid::Uuid::now_v7().to_string(),
            v.name_kk,
            v.name_ru,
            v.kind,
            v.district,
            v.address,
            v.phone,
            v.email,
            v.contact,
            v.notes,
            v.search_text(),
            v.name_key(),
            v.name_key_kk(),
            sort_key(&v.name_ru),
            now
        ])
    })
    .context("adding an organisation")?;
    let id = conn.last_insert_rowid();
    search_index::index_new(conn, Indexed::Organisation, id, &v.search_text())?;
    // Bulk writes (imports, the demo) log their new rows in one statement.
    if action != Action::Import {
        changelog::log_change(conn, "organisation", id, action, &v.name_ru)?;
    }
    Ok(id)
}

/// Saves changes to an organisation.
pub fn update_organisation(conn: &Connection, id: i64, input: &OrganisationInput) -> Result<()> {
    let v = validate(input)?;
    let old_text = search_index::indexed_text(conn, Indexed::Organisation, id)?.unwrap_or_default();
    let changed = conn
        .execute(
            "UPDATE organisation SET name_kk = ?1, name_ru = ?2, kind = ?3, district = ?4, address = ?5,
                    phone = ?6, email = ?7, contact = ?8, notes = ?9, search_text = ?10, name_key = ?11,
                    name_key_kk = ?12, sort_key = ?13, updated_at = ?14
             WHERE id = ?15 AND deleted_at IS NULL",
            params![
                v.name_kk,
                v.name_ru,
                v.kind,
                v.district,
                v.address,
                v.phone,
                v.email,
                v.contact,
                v.notes,
                v.search_text(),
                v.name_key(),
                v.name_key_kk(),
                sort_key(&v.name_ru),
                now_utc(),
                id
            ],
        )
        .context("saving an organisation")?;
    if changed == 0 {
        return Err(Error::NotFound {
            what: "organisation",
            id,
        });
    }
    search_index::reindex(conn, Indexed::Organisation, id, &old_text, &v.search_text())?;
    changelog::log_change(conn, "organisation", id, Action::Update, &v.name_ru)?;
    crate::people::refresh_search_text_for_organisation(conn, id)?;
    Ok(())
}

/// The organisation whose name (either language, folded) equals `name`.
pub fn find_organisation_by_name(conn: &Connection, name: &str) -> Result<Option<i64>> {
    let key = fold(name);
    if key.is_empty() {
        return Ok(None);
    }
    conn.prepare_cached(
        "SELECT id FROM organisation
         WHERE deleted_at IS NULL AND (name_key = ?1 OR name_key_kk = ?1)
         ORDER BY id LIMIT 1",
    )
    .and_then(|mut stmt| stmt.query_row([key], |row| row.get::<_, i64>(0)).optional())
    .context("finding an organisation")
}

/// Soft-deletes an organisation (people keep the link; undo with restore).
pub fn delete_organisation(conn: &Connection, id: i64) -> Result<()> {
    soft_delete::delete(conn, Table::Organisation, id)
}

/// Brings back a deleted organisation.
pub fn restore_organisation(conn: &Connection, id: i64) -> Result<()> {
    soft_delete::restore(conn, Table::Organisation, id)
}

/// A district in use: the key that filters and groups (an event's
/// `district_key`, an organisation's district) and its names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct District {
    /// What filters are given (`EventFilter::district`, …).
    pub key: String,
    /// Its Kazakh name as the events give it (else the key).
    pub name_kk: String,
    /// Its Russian name as the events give it (else empty: shown by the key).
    pub name_ru: String,
}

/// The districts in use, in Kazakh alphabet order of their keys (for
/// filters), each with the names in both languages that events give it.
pub fn list_districts(conn: &Connection) -> Result<Vec<District>> {
    let mut stmt = conn
        .prepare_cached(
            "SELECT district_key, district_kk, district_ru FROM event
             WHERE deleted_at IS NULL AND district_key <> ''
             UNION SELECT district, district, '' FROM organisation
             WHERE deleted_at IS NULL AND district <> ''",
        )
        .context("listing districts")?;
    let rows = stmt
        .query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
            ))
        })
        .context("listing districts")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("reading districts")?;
    let mut districts: Vec<District> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (key, kk, ru) in rows {
        let i = *at.entry(key.clone()).or_insert_with(|| {
            districts.push(District {
                key,
                name_kk: String::new(),
                name_ru: String::new(),
            });
            districts.len() - 1
        });
        let district = &mut districts[i];
        if district.name_kk.is_empty() && !kk.is_empty() {
            district.name_kk = kk;
        }
        if district.name_ru.is_empty() && !ru.is_empty() {
            district.name_ru = ru;
        }
    }
    for district in &mut districts {
        if district.name_kk.is_empty() {
            district.name_kk = district.key.clone();
        }
    }
    districts.sort_by(|a, b| crate::collation::kazakh_cmp(&a.key, &b.key));
    Ok(districts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorCode, Store};

    fn input(kk: &str, ru: &str) -> OrganisationInput {
        OrganisationInput {
            name_kk: kk.into(),
            name_ru: ru.into(),
            kind: Some(OrgKind::StateBody),
            district: "Қонаев қ.".into(),
            phone: "8 (7272) 12-34-56".into(),
            ..Default::default()
        }
    }

    #[test]
    fn insert_search_and_sort_in_kazakh_order() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        insert_organisation(c, &input("Яссауи колледжі", "Колледж Ясауи")).unwrap();
        insert_organisation(c, &input("Әділет департаменті", "Әділет департаменті")).unwrap();
        insert_organisation(c, &input("Абай мектебі", "Абай мектебі")).unwrap();
        let all = list_organisations(c, &OrganisationFilter::default()).unwrap();
        let names: Vec<_> = all.iter().map(|o| o.name_ru.as_str()).collect();
        assert_eq!(
            names,
            ["Абай мектебі", "Әділет департаменті", "Колледж Ясауи"]
        );
        assert_eq!(all[0].phone, "+77272123456");
        let found = list_organisations(
            c,
            &OrganisationFilter {
                query: "ӘДІЛЕТ".into(),
                ..Default::default()
            },
        )
        .unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].name_kk, "Әділет департаменті");

        // Pages of two, in the same order, and the count of all of them.
        let page = |offset| {
            list_organisations(
                c,
                &OrganisationFilter {
                    limit: Some(2),
                    offset: Some(offset),
                    ..Default::default()
                },
            )
            .unwrap()
            .into_iter()
            .map(|o| o.name_ru)
            .collect::<Vec<_>>()
        };
        assert_eq!(page(0), ["Абай мектебі", "Әділет департаменті"]);
        assert_eq!(page(2), ["Колледж Ясауи"]);
        let count = |query: &str| {
            count_organisations(
                c,
                &OrganisationFilter {
                    query: query.into(),
                    limit: Some(1),
                    ..Default::default()
                },
            )
            .unwrap()
        };
        assert_eq!((count(""), count("әділет"), count("жоқ")), (3, 1, 0));
    }

    #[test]
    fn one_name_serves_both_languages_and_none_is_refused() {
        let store = Store::open_in_memory().unwrap();
        let id = insert_organisation(store.conn(), &input("", "ТОО «Береке»")).unwrap();
        let o = get_organisation(store.conn(), id).unwrap();
        assert_eq!(o.name_kk, "ТОО «Береке»");
        let err = insert_organisation(store.conn(), &input(" ", "")).unwrap_err();
        assert_eq!(
            (err.code(), err.field()),
            (ErrorCode::Validation, Some(FieldName::NameRu))
        );
    }

    #[test]
    fn delete_then_restore() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let id = insert_organisation(c, &input("Ақ жол", "Ак жол")).unwrap();
        delete_organisation(c, id).unwrap();
        assert!(
            list_organisations(c, &OrganisationFilter::default())
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            get_organisation(c, id).unwrap_err().code(),
            ErrorCode::NotFound
        );
        restore_organisation(c, id).unwrap();
        assert_eq!(get_organisation(c, id).unwrap().name_kk, "Ақ жол");
        let log = changelog::list_changes(c, Some(("organisation", id)), 10).unwrap();
        let actions: Vec<_> = log.iter().map(|ch| ch.action.as_str()).collect();
        assert_eq!(actions, ["restore", "delete", "create"]);
    }

    #[test]
    fn find_by_name_ignores_case_and_language() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let id = insert_organisation(
            c,
            &input("Жастар ресурстық орталығы", "Молодёжный ресурсный центр"),
        )
        .unwrap();
        assert_eq!(
            find_organisation_by_name(c, "МОЛОДЕЖНЫЙ РЕСУРСНЫЙ ЦЕНТР").unwrap(),
            Some(id)
        );
        assert_eq!(
            find_organisation_by_name(c, "жастар ресурстық орталығы").unwrap(),
            Some(id)
        );
        assert_eq!(find_organisation_by_name(c, "Молодёжный").unwrap(), None);
    }
}
