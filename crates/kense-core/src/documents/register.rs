//! The register of issued documents (журнал регистрации, `issued_document`):
//! gapless numbers per series and year, statuses, replacements, search and
//! verification. Rows are never deleted; a trigger refuses it.

use super::verify::{ParsedCode, code_matches, format_number, parse_code, parse_number};
use crate::error::SqlContext;
use crate::fold::fold;
use crate::kinds::{DocKind, DocLang, DocStatus};
use crate::text::required;
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use ts_rs::TS;

/// Longest reason for spoiling, revoking or reissuing, in characters.
pub const MAX_REASON: usize = 1000;

/// A register row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IssuedDocument {
    /// Row id.
    pub id: i64,
    /// The number as printed, «АХ-2026/0042».
    pub number: String,
    /// Series.
    pub series: String,
    /// Year of the number.
    pub year: i32,
    /// Sequence number within series and year.
    #[ts(type = "number")]
    pub seq: i64,
    /// Kind.
    pub kind: DocKind,
    /// Language(s).
    pub lang: DocLang,
    /// The recipient in the registry, if any.
    #[ts(optional = nullable)]
    pub person_id: Option<i64>,
    /// The recipient's name as printed.
    pub recipient: String,
    /// Organisation (and position) as printed.
    pub organisation: String,
    /// The event it was issued for.
    #[ts(optional = nullable)]
    pub event_id: Option<i64>,
    /// The event's title in Kazakh (empty without an event).
    pub event_title_kk: String,
    /// The event's title in Russian.
    pub event_title_ru: String,
    /// The template it was made from.
    #[ts(optional = nullable)]
    pub template_id: Option<i64>,
    /// Date of issue, `YYYY-MM-DD`.
    pub issued_on: String,
    /// Verification code, «26-0042-K3QX».
    pub check_code: String,
    /// Status.
    pub status: DocStatus,
    /// Why it was spoiled, revoked or reissued.
    pub reason: String,
    /// When the status last changed (UTC), if it did.
    #[ts(optional = nullable)]
    pub status_at: Option<String>,
    /// The number of the document this one replaces.
    #[ts(optional = nullable)]
    pub replaces: Option<String>,
    /// The number of the document that replaced this one.
    #[ts(optional = nullable)]
    pub replaced_by: Option<String>,
    /// The batch it was issued in.
    pub batch: String,
    /// When the recipient's personal data was erased (`YYYY-MM-DD`); the
    /// register keeps the name as printed.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub recipient_erased_on: Option<String>,
}

const SELECT: &str = "SELECT d.id, d.series, d.year, d.number, d.kind, d.lang, d.person_id, \
    d.recipient, d.organisation, d.event_id, COALESCE(e.title_kk, ''), COALESCE(e.title_ru, ''), \
    d.template_id, d.issued_on, d.check_code, d.status, d.reason, d.status_at, \
    r.series, r.year, r.number, b.series, b.year, b.number, d.batch, substr(pe.erased_at, 1, 10) \
    FROM issued_document d \
    LEFT JOIN person pe ON pe.id = d.person_id \
    LEFT JOIN event e ON e.id = d.event_id \
    LEFT JOIN issued_document r ON r.id = d.replaces_id \
    LEFT JOIN issued_document b ON b.id = d.replaced_by_id";

fn from_row(row: &Row<'_>) -> rusqlite::Result<IssuedDocument> {
    let series: String = row.get(1)?;
    let year: i32 = row.get(2)?;
    let seq: i64 = row.get(3)?;
    let linked = |i: usize| -> rusqlite::Result<Option<String>> {
        let s: Option<String> = row.get(i)?;
        let y: Option<i32> = row.get(i + 1)?;
        let n: Option<i64> = row.get(i + 2)?;
        Ok(match (s, y, n) {
            (Some(s), Some(y), Some(n)) => Some(format_number(&s, y, n)),
            _ => None,
        })
    };
    Ok(IssuedDocument {
        id: row.get(0)?,
        number: format_number(&series, year, seq),
        series,
        year,
        seq,
        kind: row.get(4)?,
        lang: row.get(5)?,
        person_id: row.get(6)?,
        recipient: row.get(7)?,
        organisation: row.get(8)?,
        event_id: row.get(9)?,
        event_title_kk: row.get(10)?,
        event_title_ru: row.get(11)?,
        template_id: row.get(12)?,
        issued_on: row.get(13)?,
        check_code: row.get(14)?,
        status: row.get(15)?,
        reason: row.get(16)?,
        status_at: row.get(17)?,
        replaces: linked(18)?,
        replaced_by: linked(21)?,
        batch: row.get(24)?,
        recipient_erased_on: row.get(25)?,
    })
}

/// A document about to be entered in the register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDocument {
    /// Series (from the template).
    pub series: String,
    /// Year of the number (the year of issue).
    pub year: i32,
    /// Kind.
    pub kind: DocKind,
    /// Language(s).
    pub lang: DocLang,
    /// The recipient in the registry.
    pub person_id: Option<i64>,
    /// The name as printed.
    pub recipient: String,
    /// Organisation as printed.
    pub organisation: String,
    /// The event.
    pub event_id: Option<i64>,
    /// The template.
    pub template_id: Option<i64>,
    /// Date of issue, `YYYY-MM-DD`.
    pub issued_on: String,
    /// The batch id.
    pub batch: String,
    /// The document this one replaces.
    pub replaces_id: Option<i64>,
}

/// The next free number of `series` in `year`. Call inside the write
/// transaction that inserts the row (see [`crate::Store::with_write_tx`]).
pub fn next_number(conn: &Connection, series: &str, year: i32) -> Result<i64> {
    conn.prepare_cached(
        "SELECT COALESCE(MAX(number), 0) + 1 FROM issued_document WHERE series = ?1 AND year = ?2",
    )
    .and_then(|mut stmt| stmt.query_row(params![series, year], |r| r.get(0)))
    .context("allocating a register number")
}

/// Enters a document in the register with the next number of its series and
/// year and its verification code; `content` is the JSON snapshot of what is
/// printed. Returns the row id, the sequence number, the printed number and
/// the code.
pub fn insert_document(
    conn: &Connection,
    doc: &NewDocument,
    secret: &str,
    content: impl FnOnce(&str, &str) -> Result<String>,
) -> Result<(i64, i64, String, String)> {
    let number = next_number(conn, &doc.series, doc.year)?;
    let full = format_number(&doc.series, doc.year, number);
    let code =
        super::verify::verification_code(secret, &doc.series, doc.year, number, &doc.recipient);
    let content = content(&full, &code)?;
    conn.prepare_cached(
        "INSERT INTO issued_document (uuid, series, year, number, kind, lang, person_id, recipient, \
         organisation, search_text, event_id, template_id, issued_on, check_code, content, batch, \
         replaces_id, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
    )
    .and_then(|mut stmt| {
        stmt.execute(params![
            uuid::Uuid::now_v7().to_string(),
            doc.series,
            doc.year,
            number,
            doc.kind,
            doc.lang,
            doc.person_id,
            doc.recipient,
            doc.organisation,
            fold(&format!("{} {} {full}", doc.recipient, doc.organisation)),
            doc.event_id,
            doc.template_id,
            doc.issued_on,
            code,
            content,
            doc.batch,
            doc.replaces_id,
            now_utc(),
        ])
    })
    .context("entering a document in the register")?;
    Ok((conn.last_insert_rowid(), number, full, code))
}

/// What to list from the register.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RegisterFilter {
    /// Words of the recipient, organisation or number.
    #[serde(default)]
    pub query: String,
    /// Only this kind.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub kind: Option<DocKind>,
    /// Only this status.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub status: Option<DocStatus>,
    /// Only this event's documents.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub event_id: Option<i64>,
    /// Only this year.
    #[ts(optional = nullable)]
    #[serde(default)]
    pub year: Option<i32>,
    /// At most this many rows (newest first); `None` for all, oldest first
    /// (the journal order).
    #[ts(optional = nullable)]
    #[serde(default)]
    pub limit: Option<u32>,
    /// Rows to skip with a limit: the page's first row (default 0).
    #[ts(optional = nullable)]
    #[serde(default)]
    pub offset: Option<u32>,
}

/// The conditions of `filter` (from `WHERE 1 = 1` on) and their values.
fn conditions(filter: &RegisterFilter) -> (String, Vec<rusqlite::types::Value>) {
    let mut sql = String::from(" WHERE 1 = 1");
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    for word in fold(&filter.query).split_whitespace() {
        args.push(format!("%{}%", word.replace(['%', '_'], "")).into());
        sql.push_str(&format!(" AND d.search_text LIKE ?{}", args.len()));
    }
    if let Some(kind) = filter.kind {
        args.push(kind.as_str().to_owned().into());
        sql.push_str(&format!(" AND d.kind = ?{}", args.len()));
    }
    if let Some(status) = filter.status {
        args.push(status.as_str().to_owned().into());
        sql.push_str(&format!(" AND d.status = ?{}", args.len()));
    }
    if let Some(event_id) = filter.event_id {
        args.push(event_id.into());
        sql.push_str(&format!(" AND d.event_id = ?{}", args.len()));
    }
    if let Some(year) = filter.year {
        args.push(i64::from(year).into());
        sql.push_str(&format!(" AND d.year = ?{}", args.len()));
    }
    (sql, args)
}

/// Register rows matching `filter`: newest first when limited (from its
/// offset), else all in the order they were entered.
pub fn list_documents(conn: &Connection, filter: &RegisterFilter) -> Result<Vec<IssuedDocument>> {
    let (conditions, args) = conditions(filter);
    let mut sql = format!("{SELECT}{conditions}");
    match filter.limit {
        Some(limit) => sql.push_str(&format!(
            " ORDER BY d.id DESC LIMIT {limit} OFFSET {}",
            filter.offset.unwrap_or(0)
        )),
        None => sql.push_str(" ORDER BY d.id"),
    }
    let mut stmt = conn.prepare(&sql).context("listing the register")?;
    let rows = stmt
        .query_map(rusqlite::params_from_iter(args), from_row)
        .context("listing the register")?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("listing the register")?;
    Ok(rows)
}

/// How many register rows match `filter`, all pages together.
pub fn count_documents(conn: &Connection, filter: &RegisterFilter) -> Result<u64> {
    let (conditions, args) = conditions(filter);
    let count: i64 = conn
        .prepare(&format!(
            "SELECT count(*) FROM issued_document d{conditions}"
        ))
        .and_then(|mut stmt| stmt.query_row(rusqlite::params_from_iter(args), |row| row.get(0)))
        .context("counting the register")?;
    Ok(u64::try_from(count).unwrap_or(0))
}

/// One register row.
pub fn get_document(conn: &Connection, id: i64) -> Result<IssuedDocument> {
    conn.query_row(&format!("{SELECT} WHERE d.id = ?1"), [id], from_row)
        .optional()
        .context("reading the register")?
        .ok_or(Error::NotFound {
            what: "document",
            id,
        })
}

/// The register row with the printed number «АХ-2026/0042».
pub fn find_document(conn: &Connection, number: &str) -> Result<IssuedDocument> {
    let (series, year, seq) = parse_number(number).ok_or_else(|| {
        Error::validation(
            FieldName::Number,
            Invalid::NotADocumentNumber,
            format!("{number:?} is not a register number such as АХ-2026/0042"),
        )
    })?;
    conn.query_row(
        &format!("{SELECT} WHERE d.series = ?1 AND d.year = ?2 AND d.number = ?3"),
        params![series, year, seq],
        from_row,
    )
    .optional()
    .context("reading the register")?
    .ok_or(Error::NotFound {
        what: "document",
        id: seq,
    })
}

/// The snapshot of what was printed on a document (JSON).
pub fn get_document_content(conn: &Connection, id: i64) -> Result<String> {
    conn.query_row(
        "SELECT content FROM issued_document WHERE id = ?1",
        [id],
        |r| r.get(0),
    )
    .optional()
    .context("reading the register")?
    .ok_or(Error::NotFound {
        what: "document",
        id,
    })
}

/// Marks an issued document spoiled or revoked, with the reason. Only an
/// issued document can change; the number is never reused.
pub fn void_document(
    conn: &Connection,
    id: i64,
    status: DocStatus,
    reason: &str,
) -> Result<IssuedDocument> {
    if !matches!(status, DocStatus::Spoiled | DocStatus::Revoked) {
        return Err(Error::validation(
            FieldName::Status,
            Invalid::UnknownValue,
            "a document can be marked spoiled or revoked",
        ));
    }
    let reason = required(FieldName::Reason, reason, MAX_REASON)?;
    set_status(conn, id, status, &reason, None)?;
    get_document(conn, id)
}

/// Moves an issued document to `status`, failing if it is no longer issued.
pub(crate) fn set_status(
    conn: &Connection,
    id: i64,
    status: DocStatus,
    reason: &str,
    replaced_by: Option<i64>,
) -> Result<()> {
    let current = get_document(conn, id)?;
    if current.status != DocStatus::Issued {
        return Err(Error::validation(
            FieldName::Status,
            Invalid::NotIssued,
            format!("{} is already {}", current.number, current.status),
        ));
    }
    conn.execute(
        "UPDATE issued_document SET status = ?2, reason = ?3, status_at = ?4, replaced_by_id = ?5 \
         WHERE id = ?1",
        params![id, status, reason, now_utc(), replaced_by],
    )
    .context("changing a document's status")?;
    crate::changelog::log_change(
        conn,
        "issued_document",
        id,
        crate::changelog::Action::Update,
        &format!("{}: {} — {reason}", current.number, status),
    )?;
    Ok(())
}

/// The register's documents issued to a person, newest first (any status):
/// what deleting the person would leave pointing at a deleted record.
pub fn list_person_documents(conn: &Connection, person_id: i64) -> Result<Vec<IssuedDocument>> {
    conn.prepare_cached(&format!(
        "{SELECT} WHERE d.person_id = ?1 ORDER BY d.issued_on DESC, d.id DESC"
    ))
    .and_then(|mut stmt| {
        stmt.query_map([person_id], from_row)?
            .collect::<std::result::Result<Vec<_>, _>>()
    })
    .context("reading a person's documents")
}

/// How many of the register's documents were issued to the people of an
/// organisation (deleted people included).
pub fn count_organisation_documents(conn: &Connection, organisation_id: i64) -> Result<i64> {
    conn.prepare_cached(
        "SELECT count(*) FROM issued_document d JOIN person p ON p.id = d.person_id
         WHERE p.organisation_id = ?1",
    )
    .and_then(|mut stmt| stmt.query_row([organisation_id], |row| row.get(0)))
    .context("counting an organisation's documents")
}

/// Documents of `kind` issued to people of the registry on or after `since`
/// (`YYYY-MM-DD`) and not spoiled or revoked, by person, newest first: the
/// earlier awards a batch warns about, read in one query.
pub fn recent_documents_by_person(
    conn: &Connection,
    kind: DocKind,
    since: &str,
) -> Result<HashMap<i64, Vec<IssuedDocument>>> {
    let mut stmt = conn
        .prepare_cached(&format!(
            "{SELECT} WHERE d.kind = ?1 AND d.issued_on >= ?2 AND d.person_id IS NOT NULL \
             AND d.status IN ('issued', 'reissued') ORDER BY d.issued_on DESC, d.id DESC"
        ))
        .context("reading earlier awards")?;
    let mut by_person: HashMap<i64, Vec<IssuedDocument>> = HashMap::new();
    for doc in stmt
        .query_map(params![kind, since], from_row)
        .context("reading earlier awards")?
    {
        let doc = doc.context("reading earlier awards")?;
        if let Some(person) = doc.person_id {
            by_person.entry(person).or_default().push(doc);
        }
    }
    Ok(by_person)
}

/// The result of checking a verification code against the register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VerifyResult {
    /// True when the code belongs to a document in this register.
    pub genuine: bool,
    /// True when that document is genuine and still issued (not spoiled,
    /// revoked or replaced).
    pub valid: bool,
    /// The document, when genuine.
    #[ts(optional = nullable)]
    pub document: Option<IssuedDocument>,
}

/// Checks a verification code (typed, or the scanned QR text) against the
/// register. A malformed code is a validation error; a well-formed code that
/// matches nothing is `genuine: false`.
pub fn verify_code(conn: &Connection, code: &str) -> Result<VerifyResult> {
    let parsed: ParsedCode = parse_code(code).ok_or_else(|| {
        Error::validation(
            FieldName::Code,
            Invalid::NotAVerificationCode,
            format!("{code:?} is not a verification code such as 26-0042-K3QX"),
        )
    })?;
    let secret = document_secret(conn)?;
    let mut stmt = conn
        .prepare_cached(&format!(
            "{SELECT} WHERE d.number = ?1 AND d.year % 100 = ?2 ORDER BY d.id"
        ))
        .context("verifying a code")?;
    let candidates = stmt
        .query_map(params![parsed.number, parsed.year2], from_row)
        .context("verifying a code")?
        .collect::<rusqlite::Result<Vec<_>>>()
        .context("verifying a code")?;
    let found = candidates
        .into_iter()
        .find(|d| code_matches(&secret, &parsed, &d.series, d.year, d.seq, &d.recipient));
    Ok(VerifyResult {
        genuine: found.is_some(),
        valid: found
            .as_ref()
            .is_some_and(|d| d.status == DocStatus::Issued),
        document: found,
    })
}

/// The database's secret behind verification codes.
pub(crate) fn document_secret(conn: &Connection) -> Result<String> {
    crate::settings::get_setting(conn, "documents.secret")?.ok_or(Error::NotFound {
        what: "setting documents.secret",
        id: 0,
    })
}
