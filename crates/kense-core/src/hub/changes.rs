//! The change set: what the hub does not have yet, read by comparing each
//! sent table with `hub_sent` (what was last sent), and the bookkeeping
//! once the hub committed it.

use super::tables::{ColType, HubTable, TABLES};
use crate::error::SqlContext;
use crate::office::{self, OfficeIdentity};
use crate::settings;
use crate::time::now_utc;
use crate::{Error, FieldName, Invalid, Result};
use rusqlite::{Connection, params};
use std::collections::HashMap;

/// Setting: the number of the last change set sent.
pub const SENT_SEQ_KEY: &str = "hub.sent_seq";
/// Setting: when the last change set was sent (UTC).
pub const SENT_AT_KEY: &str = "hub.sent_at";
/// Setting: `true` when IINs are sent.
pub const SEND_IIN_KEY: &str = "hub.send_iin";

/// A value of a sent column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HubValue {
    /// No value.
    Null,
    /// An integer.
    Int(i64),
    /// A flag.
    Bool(bool),
    /// Text (also UUIDs).
    Text(String),
    /// A sorted list of UUIDs.
    List(Vec<String>),
}

impl HubValue {
    /// The text, for text and UUID columns.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Self::Text(s) => Some(s),
            _ => None,
        }
    }

    fn hash_into(&self, h: &mut Fnv) {
        match self {
            Self::Null => h.write(&[0]),
            Self::Int(i) => {
                h.write(&[1]);
                h.write(&i.to_le_bytes());
            }
            Self::Bool(b) => h.write(&[2, u8::from(*b)]),
            Self::Text(s) => {
                h.write(&[3]);
                h.write(s.as_bytes());
                h.write(&[0xff]);
            }
            Self::List(items) => {
                h.write(&[4]);
                for s in items {
                    h.write(s.as_bytes());
                    h.write(&[0xfe]);
                }
                h.write(&[0xff]);
            }
        }
    }
}

/// FNV-1a, 64 bits: a stable hash (the hashes are stored).
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// One row of a change set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeRow {
    /// The values of the table's columns, in order; a deleted row keeps
    /// only its key (the rest are `Null`).
    pub values: Vec<HubValue>,
    /// A tombstone: the row was deleted (or is gone).
    pub deleted: bool,
    /// The row is gone from the local table (not soft-deleted): nothing
    /// is kept of it once sent.
    pub gone: bool,
}

/// The changed rows of one table.
#[derive(Debug, Clone)]
pub struct TableChanges {
    /// The table.
    pub table: &'static HubTable,
    /// Its rows.
    pub rows: Vec<ChangeRow>,
}

/// What one push or package carries.
#[derive(Debug, Clone)]
pub struct ChangeSet {
    /// The sending office.
    pub office: OfficeIdentity,
    /// The office's name (Kazakh, else Russian), for the hub's office list.
    pub office_name: String,
    /// The change set this one follows (0: none, a full change set).
    pub base_seq: i64,
    /// This change set's number; the hub ignores a set it already has.
    pub seq: i64,
    /// Every row, not only the changed ones (the hub's copy is replaced).
    pub full: bool,
    /// When it was made (UTC).
    pub created_at: String,
    /// The rows, by table, parents first.
    pub tables: Vec<TableChanges>,
}

impl ChangeSet {
    /// Rows in all tables.
    pub fn row_count(&self) -> usize {
        self.tables.iter().map(|t| t.rows.len()).sum()
    }
}

/// The key of a row as stored in `hub_sent`.
fn key_of(table: &HubTable, values: &[HubValue]) -> String {
    let mut key = String::new();
    for (i, k) in table.key.iter().enumerate() {
        if i > 0 {
            key.push('\u{1f}');
        }
        if let Some(HubValue::Text(s)) = table.index(k).and_then(|at| values.get(at)) {
            key.push_str(s);
        }
    }
    key
}

fn row_hash(row: &ChangeRow) -> i64 {
    let mut h = Fnv::new();
    h.write(&[u8::from(row.deleted)]);
    for v in &row.values {
        v.hash_into(&mut h);
    }
    // Stored as SQLite's signed integer.
    h.0 as i64
}

fn read_value(row: &rusqlite::Row<'_>, at: usize, ty: ColType) -> rusqlite::Result<HubValue> {
    use rusqlite::types::ValueRef;
    let value = row.get_ref(at)?;
    Ok(match (value, ty) {
        (ValueRef::Null, _) => HubValue::Null,
        (ValueRef::Integer(i), ColType::Bool) => HubValue::Bool(i != 0),
        (ValueRef::Integer(i), _) => HubValue::Int(i),
        (ValueRef::Text(t), ColType::UuidList) => {
            let mut items: Vec<String> = String::from_utf8_lossy(t)
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            items.sort_unstable();
            HubValue::List(items)
        }
        (ValueRef::Text(t), _) => HubValue::Text(String::from_utf8_lossy(t).into_owned()),
        (ValueRef::Real(r), _) => HubValue::Text(r.to_string()),
        (ValueRef::Blob(_), _) => HubValue::Null,
    })
}

/// True when the office sends IINs.
pub fn sends_iin(conn: &Connection) -> Result<bool> {
    Ok(settings::get_setting(conn, SEND_IIN_KEY)?.as_deref() == Some("true"))
}

/// Opts in or out of sending IINs (the next change set carries every
/// person again, with or without them).
pub fn set_send_iin(conn: &Connection, send: bool) -> Result<()> {
    settings::put_setting(conn, SEND_IIN_KEY, if send { "true" } else { "false" })
}

/// The number of the last change set sent (0 before the first).
pub fn sent_seq(conn: &Connection) -> Result<i64> {
    Ok(settings::get_setting(conn, SENT_SEQ_KEY)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

/// When the last change set was sent (UTC), if ever.
pub fn sent_at(conn: &Connection) -> Result<Option<String>> {
    settings::get_setting(conn, SENT_AT_KEY)
}

/// Reads what changed since the last change set sent — or, with `full`,
/// every row — as change set number `sent_seq + 1`. The office code must
/// be set.
pub fn collect_changes(conn: &Connection, full: bool) -> Result<ChangeSet> {
    let office = office::get_office_identity(conn)?;
    if office.code.is_empty() {
        return Err(Error::validation(
            FieldName::OfficeCode,
            Invalid::Required,
            "set the office code the region gave first (kense hub office --code CODE)",
        ));
    }
    let profile = office::get_office_profile(conn)?;
    let office_name = profile.name(crate::Lang::Kk).to_owned();
    let send_iin = sends_iin(conn)?;
    let base_seq = if full { 0 } else { sent_seq(conn)? };
    let mut sent: HashMap<(String, String), i64> = HashMap::new();
    {
        let mut stmt = conn
            .prepare("SELECT tbl, key, hash FROM hub_sent")
            .context("reading what was sent")?;
        let mut rows = stmt.query([]).context("reading what was sent")?;
        while let Some(row) = rows.next().context("reading what was sent")? {
            sent.insert(
                (
                    row.get(0).context("reading what was sent")?,
                    row.get(1).context("reading what was sent")?,
                ),
                row.get(2).context("reading what was sent")?,
            );
        }
    }
    let mut tables = Vec::new();
    for table in TABLES {
        let iin_at = (!send_iin).then(|| table.index("iin")).flatten();
        let mut rows = Vec::new();
        let mut stmt = conn.prepare(table.select).context("reading rows to send")?;
        let width = table.columns.len();
        let mut query = stmt.query([]).context("reading rows to send")?;
        while let Some(r) = query.next().context("reading rows to send")? {
            let mut values = Vec::with_capacity(width);
            for (at, (_, ty)) in table.columns.iter().enumerate() {
                values.push(read_value(r, at, *ty).context("reading rows to send")?);
            }
            let deleted: bool = r.get(width).context("reading rows to send")?;
            if let Some(at) = iin_at {
                values[at] = HubValue::Null;
            }
            if deleted {
                for (at, (name, _)) in table.columns.iter().enumerate() {
                    if !table.key.contains(name) {
                        values[at] = HubValue::Null;
                    }
                }
            }
            let row = ChangeRow {
                values,
                deleted,
                gone: false,
            };
            let key = key_of(table, &row.values);
            let before = sent.remove(&(table.name.to_owned(), key));
            let changed = match before {
                Some(hash) => hash != row_hash(&row),
                // A row deleted before it was ever sent needs no tombstone.
                None => !deleted,
            };
            if changed || full {
                rows.push(row);
            }
        }
        // Sent rows that are gone (attendance, stops): tombstones.
        let gone: Vec<String> = sent
            .keys()
            .filter(|(t, _)| t == table.name)
            .map(|(_, k)| k.clone())
            .collect();
        for key in gone {
            sent.remove(&(table.name.to_owned(), key.clone()));
            let mut values = vec![HubValue::Null; width];
            for (part, k) in key.split('\u{1f}').zip(table.key) {
                if let Some(at) = table.index(k) {
                    values[at] = HubValue::Text(part.to_owned());
                }
            }
            rows.push(ChangeRow {
                values,
                deleted: true,
                gone: true,
            });
        }
        tables.push(TableChanges { table, rows });
    }
    Ok(ChangeSet {
        office,
        office_name,
        base_seq,
        seq: sent_seq(conn)? + 1,
        full,
        created_at: now_utc(),
        tables,
    })
}

/// Records that the hub has `changes` (it committed them, or they were
/// written to a package): what was sent, and the change set's number.
pub fn mark_sent(conn: &Connection, changes: &ChangeSet) -> Result<()> {
    if changes.full {
        conn.execute("DELETE FROM hub_sent", [])
            .context("recording what was sent")?;
    }
    let mut upsert = conn
        .prepare_cached(
            "INSERT INTO hub_sent (tbl, key, hash) VALUES (?1, ?2, ?3)
             ON CONFLICT (tbl, key) DO UPDATE SET hash = excluded.hash",
        )
        .context("recording what was sent")?;
    let mut forget = conn
        .prepare_cached("DELETE FROM hub_sent WHERE tbl = ?1 AND key = ?2")
        .context("recording what was sent")?;
    for t in &changes.tables {
        for row in &t.rows {
            let key = key_of(t.table, &row.values);
            // The tombstone of a row gone locally needs no record: the hub
            // keeps it, and nothing here can bring the row back.
            if row.gone {
                forget.execute(params![t.table.name, key])
            } else {
                upsert.execute(params![t.table.name, key, row_hash(row)])
            }
            .context("recording what was sent")?;
        }
    }
    settings::put_setting(conn, SENT_SEQ_KEY, &changes.seq.to_string())?;
    settings::put_setting(conn, SENT_AT_KEY, &now_utc())?;
    Ok(())
}
