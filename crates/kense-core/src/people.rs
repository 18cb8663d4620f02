//! People (table `person`, with `person_category`): deputies, activists,
//! journalists… everyone the office works with.

use crate::changelog::{self, Action};
use crate::collation::sort_key;
use crate::error::{Problems, SqlContext};
use crate::fold::{fold, fts_prefix_query};
use crate::kinds::Gender;
use crate::search_index::{self, Indexed};
use crate::soft_delete::{self, Table};
use crate::text::{clean, date, email, phone, required};
use crate::time::now_utc;
use crate::validate::mask_iin;
use crate::{Error, FieldName, Invalid, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Longest surname, name or patronymic, in characters.
pub const MAX_NAME_PART: usize = 200;

/// A person as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// Row id.
    pub id: i64,
    /// Surname (тегі / фамилия).
    pub surname: String,
    /// Given name.
    pub name: String,
    /// Patronymic (әкесінің аты / отчество), may be empty.
    pub patronymic: String,
    /// Gender, when known.
    #[ts(optional = nullable)]
    pub gender: Option<Gender>,
    /// Where the person works or studies.
    #[ts(optional = nullable)]
    pub organisation_id: Option<i64>,
    /// The organisation's name in Kazakh (empty without one).
    pub organisation_kk: String,
    /// The organisation's name in Russian (empty without one).
    pub organisation_ru: String,
    /// Position in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
    pub position_kk: String,
    /// Position in Russian (may be empty).
    pub position_ru: String,
    /// Phone, normalised (`+77011234567`).
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// Category ids.
    pub category_ids: Vec<i64>,
    /// The IIN masked (`•••••••••127`), or empty; [`reveal_iin`] gives
    /// the digits.
    pub iin_masked: String,
    /// Consent to personal-data processing given.
    pub consent: bool,
    /// When consent was given (`YYYY-MM-DD`).
    #[ts(optional = nullable)]
    pub consent_date: Option<String>,
    /// Notes.
    pub notes: String,
}

impl Person {
    /// The position in `lang` (the other language's when it is empty).
    pub fn position(&self, lang: crate::i18n::Lang) -> &str {
        crate::i18n::in_lang(&self.position_kk, &self.position_ru, lang)
    }

    /// «Surname Name Patronymic».
    pub fn full_name(&self) -> String {
        full_name(&self.surname, &self.name, &self.patronymic)
    }
}

/// «Surname Name Patronymic» without double spaces.
pub fn full_name(surname: &str, name: &str, patronymic: &str) -> String {
    [surname, name, patronymic]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A new or edited person.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonInput {
    /// Surname.
    pub surname: String,
    /// Given name.
    pub name: String,
    /// Patronymic.
    pub patronymic: String,
    /// Gender.
    #[ts(optional = nullable)]
    pub gender: Option<Gender>,
    /// Organisation id.
    #[ts(optional = nullable)]
    pub organisation_id: Option<i64>,
    /// Position in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
    pub position_kk: String,
    /// Position in Russian (may be empty).
    pub position_ru: String,
    /// Phone as typed (`8 701 123 45 67`, `+7 (701) 123-45-67`…).
    pub phone: String,
    /// E-mail.
    pub email: String,
    /// Category ids.
    pub category_ids: Vec<i64>,
    /// IIN, or empty.
    pub iin: String,
    /// Consent to personal-data processing.
    pub consent: bool,
    /// Date of consent (`YYYY-MM-DD` or `dd.mm.yyyy`).
    #[ts(optional = nullable)]
    pub consent_date: Option<String>,
    /// Notes.
    pub notes: String,
}

/// A row of the people list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonSummary {
    /// Row id.
    pub id: i64,
    /// «Surname Name Patronymic».
    pub full_name: String,
    /// Organisation in Kazakh.
    pub organisation_kk: String,
    /// Organisation in Russian.
    pub organisation_ru: String,
    /// Position in Kazakh (may be empty; see [`crate::i18n::in_lang`]).
    pub position_kk: String,
    /// Position in Russian (may be empty).
    pub position_ru: String,
    /// Phone, normalised.
    pub phone: String,
    /// The IIN masked (`•••••••••127`), or empty. Lists never carry the
    /// digits.
    pub iin_masked: String,
    /// Consent to personal-data processing given.
    pub consent: bool,
}

/// Filters of the people list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PersonFilter {
    /// Search text: any part of names, organisation, position, phone; or a
    /// whole IIN (12 digits, matched exactly).
    pub query: String,
    /// Only people in this category.
    #[ts(optional = nullable)]
    pub category_id: Option<i64>,
    /// Only people of this organisation.
    #[ts(optional = nullable)]
    pub organisation_id: Option<i64>,
    /// Only people whose organisation is in this district.
    #[ts(optional = nullable)]
    pub district: Option<String>,
    /// At most this many rows (default 200).
    #[ts(optional = nullable)]
    pub limit: Option<u32>,
    /// Skips this many rows first: the page further down a long list.
    #[ts(optional = nullable)]
    pub offset: Option<u32>,
}

/// Why an existing person may be the same as the one being entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PossibleDuplicate {
    /// The existing person.
    pub person: PersonSummary,
    /// Same surname, name and patronymic.
    pub same_name: bool,
    /// Same phone.
    pub same_phone: bool,
    /// Same IIN.
    pub same_iin: bool,
}

pub(crate) struct Clean {
    pub(crate) surname: String,
    pub(crate) name: String,
    pub(crate) patronymic: String,
    pub(crate) gender: Option<Gender>,
    pub(crate) organisation_id: Option<i64>,
    pub(crate) position_kk: String,
    pub(crate) position_ru: String,
    pub(crate) phone: String,
    pub(crate) email: String,
    pub(crate) category_ids: Vec<i64>,
    pub(crate) iin: Option<String>,
    pub(crate) consent: bool,
    pub(crate) consent_date: Option<String>,
    pub(crate) notes: String,
}

impl Clean {
    pub(crate) fn name_key(&self) -> String {
        fold(&full_name(&self.surname, &self.name, &self.patronymic))
    }
}

/// Validates a person without writing anything. Every field is checked:
/// the error names all the refused ones (see [`Problems`]).
pub(crate) fn validate(conn: &Connection, input: &PersonInput) -> Result<Clean> {
    let mut problems = Problems::default();
    let surname = problems.check(required(FieldName::Surname, &input.surname, MAX_NAME_PART))?;
    let name = problems.check(required(FieldName::Name, &input.name, MAX_NAME_PART))?;
    let patronymic = problems.check(clean(
        FieldName::Patronymic,
        &input.patronymic,
        MAX_NAME_PART,
    ))?;
    let phone = problems.check(phone(FieldName::Phone, &input.phone))?;
    let email = problems.check(email(FieldName::Email, &input.email))?;
    if let Some(id) = input.organisation_id {
        let exists: bool = conn
            .prepare_cached(
                "SELECT EXISTS (SELECT 1 FROM organisation WHERE id = ?1 AND deleted_at IS NULL)",
            )
            .and_then(|mut stmt| stmt.query_row([id], |row| row.get(0)))
            .context("checking an organisation")?;
        if !exists {
            problems.refuse(
                FieldName::Organisation,
                Invalid::UnknownReference,
                format!("organisation {id} does not exist"),
            );
        }
    }
    let position_kk = problems.check(clean(FieldName::PositionKk, &input.position_kk, 500))?;
    let position_ru = problems.check(clean(FieldName::PositionRu, &input.position_ru, 500))?;
    let iin = problems.check(clean(FieldName::Iin, &input.iin, 20))?;
    let iin = if iin.is_empty() {
        None
    } else {
        match crate::validate::iin::validate_iin(&iin) {
            Ok(valid) => Some(valid.digits),
            Err(_) => {
                problems.refuse(
                    FieldName::Iin,
                    Invalid::NotAnIin,
                    format!("{iin:?} is not a valid IIN"),
                );
                None
            }
        }
    };
    let consent_date =
        problems.check(date(FieldName::ConsentDate, input.consent_date.as_deref()))?;
    let notes = problems.check(clean(FieldName::Notes, &input.notes, 5000))?;
    problems.finish()?;
    let mut category_ids = input.category_ids.clone();
    category_ids.sort_unstable();
    category_ids.dedup();
    // An empty gender is filled from the IIN, patronymic or surname; the
    // user can change it like any other field.
    let gender = crate::grammar::gender_or_inferred(
        input.gender,
        &surname,
        &patronymic,
        iin.as_deref().unwrap_or(""),
    );
    Ok(Clean {
        name,
        surname,
        patronymic,
        gender,
        organisation_id: input.organisation_id,
        position_kk,
        position_ru,
        phone,
        email,
        category_ids,
        iin,
        consent: input.consent,
        consent_date,
        notes,
    })
}

/// The ways a user may type a stored phone: `77011234567`, `87011234567`,
/// `7011234567`, and the last seven digits.
pub(crate) fn phone_search_forms(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    if digits.len() == 11 && digits.starts_with('7') {
        let local = &digits[1..];
        format!("{digits} 8{local} {local} {}", &digits[4..])
    } else {
        digits
    }
}

fn search_text(conn: &Connection, v: &Clean) -> Result<String> {
    let (org_kk, org_ru) = match v.organisation_id {
        Some(id) => conn
            .prepare_cached("SELECT name_kk, name_ru FROM organisation WHERE id = ?1")
            .and_then(|mut stmt| {
                stmt.query_row([id], |row| {
                    Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
                })
                .optional()
            })
            .context("reading an organisation name")?
            .unwrap_or_default(),
        None => Default::default(),
    };
    // The IIN is not copied here: the index would keep it (and its
    // prefixes) readable; [`list_people`] matches it on the `iin` column.
    Ok(fold(&format!(
        "{} {} {} {} {} {} {} {} {}",
        v.surname,
        v.name,
        v.patronymic,
        v.position_kk,
        v.position_ru,
        org_kk,
        org_ru,
        phone_search_forms(&v.phone),
        v.email,
    )))
}

fn check_iin_free(conn: &Connection, iin: Option<&str>, except: Option<i64>) -> Result<()> {
    let Some(iin) = iin else { return Ok(()) };
    let taken: Option<i64> = conn
        .prepare_cached(
            "SELECT id FROM person WHERE iin = ?1 AND deleted_at IS NULL AND id IS NOT ?2",
        )
        .and_then(|mut stmt| {
            stmt.query_row(params![iin, except], |row| row.get(0))
                .optional()
        })
        .context("checking an IIN")?;
    match taken {
        Some(other) => Err(Error::validation(
            FieldName::Iin,
            Invalid::DuplicateIin,
            format!("person {other} already has this IIN"),
        )),
        None => Ok(()),
    }
}

fn write_categories(conn: &Connection, person_id: i64, category_ids: &[i64]) -> Result<()> {
    conn.prepare_cached("DELETE FROM person_category WHERE person_id = ?1")
        .and_then(|mut stmt| stmt.execute([person_id]))
        .context("saving categories")?;
    let mut stmt = conn
        .prepare_cached("INSERT INTO person_category (person_id, category_id) VALUES (?1, ?2)")
        .context("saving categories")?;
    for category in category_ids {
        stmt.execute(params![person_id, category])
            .map_err(|source| match source.sqlite_error_code() {
                Some(rusqlite::ErrorCode::ConstraintViolation) => Error::validation(
                    FieldName::Categories,
                    Invalid::UnknownReference,
                    format!("category {category} does not exist"),
                ),
                _ => Error::Sqlite {
                    context: "saving categories",
                    source,
                },
            })?;
    }
    Ok(())
}

/// Adds a person; returns the id. Call [`find_duplicates`] first to warn.
pub fn insert_person(conn: &Connection, input: &PersonInput) -> Result<i64> {
    let v = validate(conn, input)?;
    insert_clean(conn, &v, Action::Create)
}

pub(crate) fn insert_clean(conn: &Connection, v: &Clean, action: Action) -> Result<i64> {
    check_iin_free(conn, v.iin.as_deref(), None)?;
    let now = now_utc();
    let full = full_name(&v.surname, &v.name, &v.patronymic);
    let text = search_text(conn, v)?;
    conn.prepare_cached(
        "INSERT INTO person (uuid, surname, name, patronymic, gender, organisation_id, position_kk,
                             position_ru, phone, email, iin, consent, consent_date, notes, search_text,
                             name_key, sort_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            uuid::Uuid::now_v7().to_string(),
            v.surname,
            v.name,
            v.patronymic,
            v.gender,
            v.organisation_id,
            v.position_kk,
            v.position_ru,
            v.phone,
            v.email,
            v.iin,
            v.consent,
            v.consent_date,
            v.notes,
            text,
            v.name_key(),
            sort_key(&full),
            now
        ])
    })
    .context("adding a person")?;
    let id = conn.last_insert_rowid();
    search_index::index_new(conn, Indexed::Person, id, &text)?;
    write_categories(conn, id, &v.category_ids)?;
    // Bulk writes (imports, the demo) log their new rows in one statement.
    if action != Action::Import {
        changelog::log_change(conn, "person", id, action, &full)?;
    }
    Ok(id)
}

/// Saves changes to a person.
pub fn update_person(conn: &Connection, id: i64, input: &PersonInput) -> Result<()> {
    let v = validate(conn, input)?;
    update_clean(conn, id, &v, Action::Update)
}

pub(crate) fn update_clean(conn: &Connection, id: i64, v: &Clean, action: Action) -> Result<()> {
    check_iin_free(conn, v.iin.as_deref(), Some(id))?;
    let full = full_name(&v.surname, &v.name, &v.patronymic);
    let text = search_text(conn, v)?;
    let Some(old_text) = search_index::indexed_text(conn, Indexed::Person, id)? else {
        return Err(Error::NotFound { what: "person", id });
    };
    let changed = conn
        .prepare_cached(
            "UPDATE person SET surname = ?1, name = ?2, patronymic = ?3, gender = ?4, organisation_id = ?5,
                    position_kk = ?6, position_ru = ?7, phone = ?8, email = ?9, iin = ?10, consent = ?11,
                    consent_date = ?12, notes = ?13, search_text = ?14, name_key = ?15, sort_key = ?16,
                    updated_at = ?17
             WHERE id = ?18 AND deleted_at IS NULL",
        )
        .and_then(|mut stmt| {
            stmt.execute(params![
                v.surname,
                v.name,
                v.patronymic,
                v.gender,
                v.organisation_id,
                v.position_kk,
                v.position_ru,
                v.phone,
                v.email,
                v.iin,
                v.consent,
                v.consent_date,
                v.notes,
                text,
                v.name_key(),
                sort_key(&full),
                now_utc(),
                id
            ])
        })
        .context("saving a person")?;
    if changed == 0 {
        return Err(Error::NotFound { what: "person", id });
    }
    search_index::reindex(conn, Indexed::Person, id, &old_text, &text)?;
    write_categories(conn, id, &v.category_ids)?;
    changelog::log_change(conn, "person", id, action, &full)
}

const COLUMNS: &str = "p.id, p.surname, p.name, p.patronymic, p.gender, p.organisation_id,
    coalesce(o.name_kk, ''), coalesce(o.name_ru, ''), p.position_kk, p.phone, p.email,
    coalesce(p.iin, ''), p.consent, p.consent_date, p.notes, p.position_ru";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        surname: row.get(1)?,
        name: row.get(2)?,
        patronymic: row.get(3)?,
        gender: row.get(4)?,
        organisation_id: row.get(5)?,
        organisation_kk: row.get(6)?,
        organisation_ru: row.get(7)?,
        position_kk: row.get(8)?,
        position_ru: row.get(15)?,
        phone: row.get(9)?,
        email: row.get(10)?,
        category_ids: Vec::new(),
        iin_masked: mask_iin(&row.get::<_, String>(11)?),
        consent: row.get(12)?,
        consent_date: row.get(13)?,
        notes: row.get(14)?,
    })
}

/// One person (not deleted), with categories.
pub fn get_person(conn: &Connection, id: i64) -> Result<Person> {
    let mut person = conn
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
             WHERE p.id = ?1 AND p.deleted_at IS NULL"
        ))
        .and_then(|mut stmt| stmt.query_row([id], from_row).optional())
        .context("reading a person")?
        .ok_or(Error::NotFound { what: "person", id })?;
    let mut stmt = conn
        .prepare_cached(
            "SELECT category_id FROM person_category WHERE person_id = ?1 ORDER BY category_id",
        )
        .context("reading categories")?;
    person.category_ids = stmt
        .query_map([id], |row| row.get(0))
        .context("reading categories")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("reading categories")?;
    Ok(person)
}

/// The full name of person `id`, deleted or not; `NotFound` when there is
/// no such person or their data was erased.
pub fn full_name_of(conn: &Connection, id: i64) -> Result<String> {
    conn.prepare_cached(
        "SELECT surname, name, patronymic FROM person WHERE id = ?1 AND erased_at IS NULL",
    )
    .and_then(|mut stmt| {
        stmt.query_row([id], |row| {
            Ok(full_name(
                &row.get::<_, String>(0)?,
                &row.get::<_, String>(1)?,
                &row.get::<_, String>(2)?,
            ))
        })
        .optional()
    })
    .context("reading a person")?
    .ok_or(Error::NotFound { what: "person", id })
}

/// A person's IIN in full (empty without one), for the person's page when
/// the user asks to see it; every other read gives it masked.
pub fn reveal_iin(conn: &Connection, id: i64) -> Result<String> {
    conn.prepare_cached("SELECT coalesce(iin, '') FROM person WHERE id = ?1 AND deleted_at IS NULL")
        .and_then(|mut stmt| stmt.query_row([id], |row| row.get(0)).optional())
        .context("reading an IIN")?
        .ok_or(Error::NotFound { what: "person", id })
}

fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<PersonSummary> {
    let surname: String = row.get(1)?;
    let name: String = row.get(2)?;
    let patronymic: String = row.get(3)?;
    Ok(PersonSummary {
        id: row.get(0)?,
        full_name: full_name(&surname, &name, &patronymic),
        organisation_kk: row.get(4)?,
        organisation_ru: row.get(5)?,
        position_kk: row.get(6)?,
        position_ru: row.get(10)?,
        phone: row.get(7)?,
        iin_masked: mask_iin(&row.get::<_, String>(8)?),
        consent: row.get(9)?,
    })
}

const SUMMARY_COLUMNS: &str = "p.id, p.surname, p.name, p.patronymic,
    coalesce(o.name_kk, ''), coalesce(o.name_ru, ''), p.position_kk, p.phone, coalesce(p.iin, ''),
    p.consent, p.position_ru";

/// Above this many search hits, walking the alphabetical index until the
/// page is full is faster than ordering every hit (measured with
/// `kense bench` on 100,000 people).
const BROAD_SEARCH_HITS: i64 = 5_000;

/// People matching `filter`, in Kazakh alphabet order of the full name.
/// The search is case-insensitive for Kazakh and Russian and treats ё as е.
pub fn list_people(conn: &Connection, filter: &PersonFilter) -> Result<Vec<PersonSummary>> {
    let limit = filter.limit.unwrap_or(200);
    let offset = filter.offset.unwrap_or(0);
    let filtered = filter.category_id.is_some()
        || filter.organisation_id.is_some()
        || filter.district.is_some();
    let conditions = "p.deleted_at IS NULL
        AND (?2 IS NULL OR EXISTS (SELECT 1 FROM person_category pc WHERE pc.person_id = p.id AND pc.category_id = ?2))
        AND (?3 IS NULL OR p.organisation_id = ?3)
        AND (?4 IS NULL OR o.district = ?4)";
    if let Some(iin) = whole_iin(&filter.query) {
        return conn
            .prepare_cached(&format!(
                "SELECT {SUMMARY_COLUMNS} FROM person p
                 LEFT JOIN organisation o ON o.id = p.organisation_id
                 WHERE p.iin = ?1 AND {conditions}
                 ORDER BY p.sort_key LIMIT ?5 OFFSET ?6"
            ))
            .and_then(|mut stmt| {
                stmt.query_map(
                    params![
                        iin,
                        filter.category_id,
                        filter.organisation_id,
                        filter.district,
                        limit,
                        offset
                    ],
                    summary_from_row,
                )?
                .collect::<std::result::Result<Vec<_>, _>>()
            })
            .context("searching people by IIN");
    }
    let query = fts_prefix_query(&filter.query);
    if query.is_none() && !filtered {
        return registry_page(conn, limit, offset);
    }
    let sql = match &query {
        None => format!(
            "SELECT {SUMMARY_COLUMNS} FROM person p
             LEFT JOIN organisation o ON o.id = p.organisation_id
             WHERE ?1 IS NULL AND {conditions}
             ORDER BY p.sort_key LIMIT ?5 OFFSET ?6"
        ),
        Some(query) if !filtered && count_hits(conn, query)? > BROAD_SEARCH_HITS => format!(
            "SELECT {SUMMARY_COLUMNS} FROM person p INDEXED BY person_sort
             LEFT JOIN organisation o ON o.id = p.organisation_id
             WHERE p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?1) AND {conditions}
             ORDER BY p.sort_key LIMIT ?5 OFFSET ?6"
        ),
        Some(_) if !filtered => format!(
            "WITH hits AS (
                 SELECT p.id, p.sort_key FROM person_fts f
                 JOIN person p INDEXED BY person_live_id_sort ON p.id = f.rowid
                 WHERE person_fts MATCH ?1 AND p.deleted_at IS NULL
                 ORDER BY p.sort_key LIMIT ?5 OFFSET ?6)
             SELECT {SUMMARY_COLUMNS} FROM hits JOIN person p ON p.id = hits.id
             LEFT JOIN organisation o ON o.id = p.organisation_id
             WHERE {conditions}
             ORDER BY hits.sort_key"
        ),
        Some(_) => format!(
            "SELECT {SUMMARY_COLUMNS} FROM person_fts f
             JOIN person p ON p.id = f.rowid
             LEFT JOIN organisation o ON o.id = p.organisation_id
             WHERE person_fts MATCH ?1 AND {conditions}
             ORDER BY p.sort_key LIMIT ?5 OFFSET ?6"
        ),
    };
    conn.prepare_cached(&sql)
        .and_then(|mut stmt| {
            stmt.query_map(
                params![
                    query,
                    filter.category_id,
                    filter.organisation_id,
                    filter.district,
                    limit,
                    offset
                ],
                summary_from_row,
            )?
            .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("searching people")
}

/// Living people whose folded full name is `folded`, or begins with it
/// followed by a further word (surname and name typed, the patronymic not):
/// the exact matches the global search puts first. The whole full names
/// come before the beginnings; each part in Kazakh alphabet order. One range
/// of the `person_name_key` index: fold leaves single spaces between letters
/// and digits, so `[folded, folded + "!")` holds `folded` and `folded + " …"`
/// and nothing else.
pub(crate) fn exact_name_matches(
    conn: &Connection,
    folded: &str,
    limit: u32,
) -> Result<Vec<PersonSummary>> {
    if folded.is_empty() || limit == 0 {
        return Ok(Vec::new());
    }
    conn.prepare_cached(&format!(
        "SELECT {SUMMARY_COLUMNS} FROM person p INDEXED BY person_name_key
         LEFT JOIN organisation o ON o.id = p.organisation_id
         WHERE p.deleted_at IS NULL AND p.name_key >= ?1 AND p.name_key < ?2
         ORDER BY p.name_key <> ?1, p.sort_key LIMIT ?3"
    ))
    .and_then(|mut stmt| {
        stmt.query_map(
            params![folded, format!("{folded}!"), limit],
            summary_from_row,
        )?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("finding people by their whole name")
}

/// The IIN a search asks for: twelve digits and nothing else but spaces.
fn whole_iin(query: &str) -> Option<String> {
    let digits: String = query.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == 12 && digits.bytes().all(|b| b.is_ascii_digit())).then_some(digits)
}

/// How many people match an FTS query, counting no further than needed to
/// choose a plan.
/// How many people match `filter` (its limit and offset aside): the
/// «1–200 of 100 000» of a paged list.
pub fn count_people(conn: &Connection, filter: &PersonFilter) -> Result<u64> {
    let filtered = filter.category_id.is_some()
        || filter.organisation_id.is_some()
        || filter.district.is_some();
    if !filtered && fts_prefix_query(&filter.query).is_none() && whole_iin(&filter.query).is_none()
    {
        return count_living(conn);
    }
    // The organisation is joined only for a district: counting a whole
    // registry then reads one index.
    let (join, district) = if filter.district.is_some() {
        (
            "LEFT JOIN organisation o ON o.id = p.organisation_id",
            "o.district = ?4",
        )
    } else {
        ("", "?4 IS NULL")
    };
    let conditions = format!(
        "p.deleted_at IS NULL
        AND (?2 IS NULL OR EXISTS (SELECT 1 FROM person_category pc WHERE pc.person_id = p.id AND pc.category_id = ?2))
        AND (?3 IS NULL OR p.organisation_id = ?3)
        AND {district}"
    );
    let (sql, key) = if let Some(iin) = whole_iin(&filter.query) {
        (
            format!("SELECT count(*) FROM person p {join} WHERE p.iin = ?1 AND {conditions}"),
            Some(iin),
        )
    } else if let Some(query) = fts_prefix_query(&filter.query) {
        (
            format!(
                "SELECT count(*) FROM person_fts f JOIN person p ON p.id = f.rowid {join}
                 WHERE person_fts MATCH ?1 AND {conditions}"
            ),
            Some(query),
        )
    } else {
        (
            format!("SELECT count(*) FROM person p {join} WHERE ?1 IS NULL AND {conditions}"),
            None,
        )
    };
    conn.prepare_cached(&sql)
        .and_then(|mut stmt| {
            stmt.query_row(
                params![
                    key,
                    filter.category_id,
                    filter.organisation_id,
                    filter.district
                ],
                |row| row.get::<_, i64>(0),
            )
        })
        .map(|n| u64::try_from(n).unwrap_or(0))
        .context("counting people")
}

/// Living people in the registry, all of them: the count from the table's
/// smallest index (SQLite counts its pages without reading rows) less the
/// soft-deleted ones (`person_deleted`, a partial index of those alone).
fn count_living(conn: &Connection) -> Result<u64> {
    conn.prepare_cached(
        "SELECT (SELECT count(*) FROM person)
              - (SELECT count(*) FROM person INDEXED BY person_deleted
                 WHERE deleted_at IS NOT NULL)",
    )
    .and_then(|mut stmt| stmt.query_row([], |row| row.get::<_, i64>(0)))
    .map(|n| u64::try_from(n).unwrap_or(0))
    .context("counting people")
}

/// A page of the whole registry in alphabet order: skipped along the
/// alphabetical index alone (reading only the page's rows), from whichever
/// end is nearer, so a page in the middle walks half the index, the last
/// page none of it.
fn registry_page(conn: &Connection, limit: u32, offset: u32) -> Result<Vec<PersonSummary>> {
    let total = count_living(conn)?;
    let (order, take, skip) = if u64::from(offset) * 2 > total {
        // Rows from the offset to the end, read backwards.
        let to_end = total.saturating_sub(u64::from(offset));
        let take = to_end.min(u64::from(limit));
        ("DESC", take, to_end - take)
    } else {
        ("ASC", u64::from(limit), u64::from(offset))
    };
    conn.prepare_cached(&format!(
        "WITH page AS (
             SELECT id, sort_key FROM person INDEXED BY person_sort
             WHERE deleted_at IS NULL
             ORDER BY sort_key {order}, id {order} LIMIT ?1 OFFSET ?2)
         SELECT {SUMMARY_COLUMNS} FROM page JOIN person p ON p.id = page.id
         LEFT JOIN organisation o ON o.id = p.organisation_id
         ORDER BY page.sort_key, page.id"
    ))
    .and_then(|mut stmt| {
        stmt.query_map(
            params![
                i64::try_from(take).unwrap_or(i64::MAX),
                i64::try_from(skip).unwrap_or(i64::MAX)
            ],
            summary_from_row,
        )?
        .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("listing people")
}

fn count_hits(conn: &Connection, query: &str) -> Result<i64> {
    conn.prepare_cached(
        "SELECT count(*) FROM (SELECT rowid FROM person_fts WHERE person_fts MATCH ?1 LIMIT ?2)",
    )
    .and_then(|mut stmt| stmt.query_row(params![query, BROAD_SEARCH_HITS + 1], |row| row.get(0)))
    .context("counting search hits")
}

/// Existing people who may be the one in `input`: same full name, phone or
/// IIN. `except` leaves out the person being edited.
pub fn find_duplicates(
    conn: &Connection,
    input: &PersonInput,
    except: Option<i64>,
) -> Result<Vec<PossibleDuplicate>> {
    let name_key = fold(&full_name(
        input.surname.trim(),
        input.name.trim(),
        input.patronymic.trim(),
    ));
    let phone = crate::validate::phone::normalize_phone(input.phone.trim()).unwrap_or_default();
    let iin: String = input.iin.chars().filter(char::is_ascii_digit).collect();
    let mut stmt = conn
        .prepare_cached(&format!(
            "SELECT {SUMMARY_COLUMNS}, p.name_key = ?1, p.phone = ?2, coalesce(p.iin = ?3, 0)
             FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
             WHERE p.deleted_at IS NULL AND p.id IS NOT ?4
               AND ((?1 <> '' AND p.name_key = ?1) OR (?2 <> '' AND p.phone = ?2)
                    OR (?3 <> '' AND p.iin = ?3))
             ORDER BY p.sort_key LIMIT 20"
        ))
        .context("looking for duplicates")?;
    let rows = stmt
        .query_map(params![name_key, phone, iin, except], |row| {
            Ok(PossibleDuplicate {
                person: summary_from_row(row)?,
                same_name: row.get(11)?,
                same_phone: row.get(12)?,
                same_iin: row.get(13)?,
            })
        })
        .context("looking for duplicates")?
        .collect::<std::result::Result<Vec<_>, _>>()
        .context("looking for duplicates")?;
    Ok(rows)
}

/// Soft-deletes a person (their attendance stays; undo with restore).
pub fn delete_person(conn: &Connection, id: i64) -> Result<()> {
    soft_delete::delete(conn, Table::Person, id)
}

/// Brings back a deleted person (refused if another person took their IIN).
pub fn restore_person(conn: &Connection, id: i64) -> Result<()> {
    let iin: Option<Option<String>> = conn
        .query_row(
            "SELECT iin FROM person WHERE id = ?1 AND deleted_at IS NOT NULL AND erased_at IS NULL",
            [id],
            |row| row.get(0),
        )
        .optional()
        .context("restoring a person")?;
    let Some(iin) = iin else {
        return Err(Error::NotFound { what: "person", id });
    };
    check_iin_free(conn, iin.as_deref(), Some(id))?;
    soft_delete::restore(conn, Table::Person, id)
}

/// Recomputes the search text of an organisation's people after a rename.
pub(crate) fn refresh_search_text_for_organisation(
    conn: &Connection,
    organisation_id: i64,
) -> Result<()> {
    let ids: Vec<i64> = conn
        .prepare_cached("SELECT id FROM person WHERE organisation_id = ?1")
        .and_then(|mut stmt| {
            stmt.query_map([organisation_id], |row| row.get(0))?
                .collect::<std::result::Result<Vec<_>, _>>()
        })
        .context("reading an organisation's people")?;
    for id in ids {
        let p = conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id WHERE p.id = ?1"
            ))
            .and_then(|mut stmt| stmt.query_row([id], from_row))
            .context("reading a person")?;
        let v = Clean {
            surname: p.surname,
            name: p.name,
            patronymic: p.patronymic,
            gender: p.gender,
            organisation_id: p.organisation_id,
            position_kk: p.position_kk,
            position_ru: p.position_ru,
            phone: p.phone,
            email: p.email,
            category_ids: Vec::new(),
            // Not part of the search text.
            iin: None,
            consent: p.consent,
            consent_date: p.consent_date,
            notes: p.notes,
        };
        let old_text = search_index::indexed_text(conn, Indexed::Person, id)?.unwrap_or_default();
        let text = search_text(conn, &v)?;
        conn.execute(
            "UPDATE person SET search_text = ?1 WHERE id = ?2",
            params![text, id],
        )
        .context("updating search text")?;
        search_index::reindex(conn, Indexed::Person, id, &old_text, &text)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorCode, Store};

    fn refused(err: &Error) -> Vec<(FieldName, Invalid)> {
        err.field_problems()
            .into_iter()
            .map(|p| (p.field, p.reason))
            .collect()
    }

    #[test]
    fn every_refused_field_is_named_at_once_in_the_form_order() {
        let store = Store::open_in_memory().unwrap();
        let c = store.conn();
        let input = PersonInput {
            surname: "  ".into(),
            name: "Асқар".into(),
            phone: "12-34".into(),
            email: "askar.mail.kz".into(),
            iin: "123456789012".into(),
            consent: true,
            consent_date: Some("31.02.2026".into()),
            ..Default::default()
        };
        let err = insert_person(c, &input).unwrap_err();
        assert_eq!(err.code(), ErrorCode::Validation);
        assert_eq!(
            err.field(),
            Some(FieldName::Surname),
            "the first field gets the focus"
        );
        assert_eq!(
            refused(&err),
            [
                (FieldName::Surname, Invalid::Required),
                (FieldName::Phone, Invalid::NotAPhone),
                (FieldName::Email, Invalid::NotAnEmail),
                (FieldName::Iin, Invalid::NotAnIin),
                (FieldName::ConsentDate, Invalid::NotADate),
            ]
        );
        assert_eq!(count_people(c, &PersonFilter::default()).unwrap(), 0);
    }

    #[test]
    fn one_refused_field_is_a_plain_validation_error() {
        let store = Store::open_in_memory().unwrap();
        let input = PersonInput {
            surname: "Сейітов".into(),
            name: "Нұрлан".into(),
            email: "nurlan@".into(),
            ..Default::default()
        };
        let err = insert_person(store.conn(), &input).unwrap_err();
        assert!(matches!(err, Error::Validation { .. }), "{err:?}");
        assert_eq!(refused(&err), [(FieldName::Email, Invalid::NotAnEmail)]);
    }
}
