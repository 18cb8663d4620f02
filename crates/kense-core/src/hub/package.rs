//! The `.kpack` package: a change set in a file, for an office with no
//! network (a USB stick, an e-mail). Gzip-compressed JSON lines: a header
//! line, then one line per row.
//!
//! ```text
//! {"format":"kense-hub-package","version":4,"officeId":"…","officeCode":"ALM-01",
//!  "officeName":"…","baseSeq":3,"seq":4,"full":false,"createdAt":"…","kense":"0.1.0",
//!  "tables":[{"name":"person","columns":["uuid",…],"rows":120},…]}
//! ["person",false,["0193…","Әлиев",…]]
//! ```
//!
//! A package from a newer Kense (a higher `version`, or a table or column
//! this build does not know) is refused whole.

use super::changes::{ChangeRow, ChangeSet, HubValue, TableChanges};
use super::tables::{ColType, table};
use crate::office::OfficeIdentity;
use crate::{Error, FieldName, Invalid, Result};
use flate2::Compression;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};

/// The `format` of a package header.
pub const FORMAT: &str = "kense-hub-package";
/// Columns renamed since package version 1, each one language's column
/// now: (the version that renamed it, table, old name, new name). Version 2:
/// positions, places and what a stop shows; version 4: an itinerary's
/// meeting point and transport, an event's district, a stop's site and
/// address, a memorandum's parties and subject.
const RENAMED: [(u64, &str, &str, &str); 10] = [
    (2, "person", "position", "position_kk"),
    (2, "event", "place", "place_kk"),
    (2, "visit_stop", "showing", "showing_kk"),
    (4, "event", "meeting_point", "meeting_point_kk"),
    (4, "event", "transport", "transport_kk"),
    (4, "event", "district", "district_kk"),
    (4, "visit_stop", "site", "site_kk"),
    (4, "visit_stop", "address", "address_kk"),
    (4, "memorandum", "parties", "parties_kk"),
    (4, "memorandum", "subject", "subject_kk"),
];

/// A column of `table` in a package of `version` by its name in this
/// version.
fn renamed_since<'a>(version: u64, table: &str, column: &'a str) -> &'a str {
    if let Some((_, _, _, new)) = RENAMED
        .iter()
        .find(|(since, t, old, _)| version < *since && *t == table && *old == column)
    {
        return new;
    }
    column
}

/// The package version this build writes and reads: 4 since an
/// itinerary's meeting point and transport, an event's district, a stop's
/// site and address and a memorandum's parties and subject are sent in
/// both languages (3: a
/// participant's nomination with their attendance; 2: positions, places and
/// stops' «showing» in both languages). A package of an older version
/// still loads: its columns are read by their names in this version (a
/// single-language column as the Kazakh one), a column added since left
/// empty.
pub const VERSION: u32 = 4;

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Header {
    format: String,
    version: u32,
    office_id: String,
    office_code: String,
    office_name: String,
    base_seq: i64,
    seq: i64,
    full: bool,
    created_at: String,
    kense: String,
    tables: Vec<TableHeader>,
}

#[derive(Debug, Serialize, Deserialize)]
struct TableHeader {
    name: String,
    columns: Vec<String>,
    rows: usize,
}

fn bad(message: impl Into<String>) -> Error {
    Error::validation(FieldName::Package, Invalid::UnreadableFile, message)
}

fn to_json(v: &HubValue) -> Value {
    match v {
        HubValue::Null => Value::Null,
        HubValue::Int(i) => Value::from(*i),
        HubValue::Bool(b) => Value::from(*b),
        HubValue::Text(s) => Value::from(s.as_str()),
        HubValue::List(items) => Value::from(items.clone()),
    }
}

fn from_json(v: Value, ty: ColType) -> Result<HubValue> {
    Ok(match (v, ty) {
        (Value::Null, _) => HubValue::Null,
        (Value::Bool(b), ColType::Bool) => HubValue::Bool(b),
        (Value::Number(n), ColType::Int) => {
            HubValue::Int(n.as_i64().ok_or_else(|| bad("a number is out of range"))?)
        }
        (Value::String(s), ColType::Text | ColType::Uuid) => HubValue::Text(s),
        (Value::Array(items), ColType::UuidList) => HubValue::List(
            items
                .into_iter()
                .map(|i| match i {
                    Value::String(s) => Ok(s),
                    _ => Err(bad("a list holds something other than UUIDs")),
                })
                .collect::<Result<_>>()?,
        ),
        (other, ty) => return Err(bad(format!("{other} is not a {}", ty.pg_type()))),
    })
}

/// Writes `changes` as a package (gzip JSON lines) into `out`.
pub fn write_package(changes: &ChangeSet, out: impl Write) -> Result<()> {
    let header = Header {
        format: FORMAT.to_owned(),
        version: VERSION,
        office_id: changes.office.office_id.clone(),
        office_code: changes.office.code.clone(),
        office_name: changes.office_name.clone(),
        base_seq: changes.base_seq,
        seq: changes.seq,
        full: changes.full,
        created_at: changes.created_at.clone(),
        kense: env!("CARGO_PKG_VERSION").to_owned(),
        tables: changes
            .tables
            .iter()
            .map(|t| TableHeader {
                name: t.table.name.to_owned(),
                columns: t
                    .table
                    .columns
                    .iter()
                    .map(|(c, _)| (*c).to_owned())
                    .collect(),
                rows: t.rows.len(),
            })
            .collect(),
    };
    let io = |e: std::io::Error| bad(format!("writing the package: {e}"));
    let mut gz = GzEncoder::new(std::io::BufWriter::new(out), Compression::default());
    serde_json::to_writer(&mut gz, &header).map_err(|e| bad(e.to_string()))?;
    gz.write_all(b"\n").map_err(io)?;
    for t in &changes.tables {
        for row in &t.rows {
            let line = Value::Array(vec![
                Value::from(t.table.name),
                Value::from(row.deleted),
                Value::Array(row.values.iter().map(to_json).collect()),
            ]);
            serde_json::to_writer(&mut gz, &line).map_err(|e| bad(e.to_string()))?;
            gz.write_all(b"\n").map_err(io)?;
        }
    }
    let mut inner = gz.finish().map_err(io)?;
    inner.flush().map_err(io)?;
    Ok(())
}

/// Reads a package written by [`write_package`]; refuses one from a newer
/// Kense or a damaged one.
pub fn read_package(input: impl Read) -> Result<ChangeSet> {
    let mut lines = BufReader::new(GzDecoder::new(input)).lines();
    let first = lines
        .next()
        .ok_or_else(|| bad("the package is empty"))?
        .map_err(|e| bad(format!("not a Kense package ({e})")))?;
    let header: serde_json::Map<String, Value> =
        serde_json::from_str(&first).map_err(|_| bad("not a Kense package"))?;
    if header.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(bad("not a Kense package"));
    }
    let version = header.get("version").and_then(Value::as_u64).unwrap_or(0);
    if version > u64::from(VERSION) {
        return Err(Error::validation(
            FieldName::Package,
            Invalid::UnknownValue,
            format!(
                "the package was written by a newer Kense (package version {version}, this version reads up to {VERSION}); update Kense to load it"
            ),
        ));
    }
    let header: Header = serde_json::from_value(Value::Object(header))
        .map_err(|e| bad(format!("the package header is damaged: {e}")))?;
    let mut tables: Vec<TableChanges> = Vec::new();
    let mut positions: Vec<Vec<usize>> = Vec::new();
    for th in &header.tables {
        let spec = table(&th.name).ok_or_else(|| {
            bad(format!(
                "the package has a table this Kense does not know ({}): written by a newer Kense?",
                th.name
            ))
        })?;
        // Each of the package's columns by its place in this Kense's table:
        // a column renamed since the package's version by its new name, one
        // added since left empty; one this Kense does not know is refused.
        let mut at = Vec::with_capacity(th.columns.len());
        for column in &th.columns {
            let name = renamed_since(version, &th.name, column);
            let i = spec
                .columns
                .iter()
                .position(|(c, _)| *c == name)
                .ok_or_else(|| {
                    bad(format!(
                        "the package's columns of {} differ from this Kense's ({column}): written by a newer Kense?",
                        th.name
                    ))
                })?;
            at.push(i);
        }
        positions.push(at);
        tables.push(TableChanges {
            table: spec,
            rows: Vec::with_capacity(th.rows),
        });
    }
    for (n, line) in lines.enumerate() {
        let line = line.map_err(|e| bad(format!("the package is damaged ({e})")))?;
        if line.is_empty() {
            continue;
        }
        let at_line = || format!("line {}", n + 2);
        let Value::Array(parts) =
            serde_json::from_str(&line).map_err(|_| bad(format!("{}: damaged", at_line())))?
        else {
            return Err(bad(format!("{}: damaged", at_line())));
        };
        let [
            Value::String(name),
            Value::Bool(deleted),
            Value::Array(values),
        ] = &parts[..]
        else {
            return Err(bad(format!("{}: damaged", at_line())));
        };
        let k = tables
            .iter()
            .position(|t| t.table.name == name)
            .ok_or_else(|| bad(format!("{}: a row of an unlisted table", at_line())))?;
        let t = &mut tables[k];
        let at = &positions[k];
        if values.len() != at.len() {
            return Err(bad(format!("{}: wrong number of values", at_line())));
        }
        let mut row = vec![HubValue::Null; t.table.columns.len()];
        for (v, &i) in values.iter().zip(at) {
            row[i] = from_json(v.clone(), t.table.columns[i].1)?;
        }
        let values = row;
        t.rows.push(ChangeRow {
            values,
            deleted: *deleted,
            gone: false,
        });
    }
    for (t, th) in tables.iter().zip(&header.tables) {
        if t.rows.len() != th.rows {
            return Err(bad(format!(
                "the package is cut short: {} has {} of {} rows",
                th.name,
                t.rows.len(),
                th.rows
            )));
        }
    }
    Ok(ChangeSet {
        office: OfficeIdentity {
            office_id: header.office_id,
            code: header.office_code,
        },
        office_name: header.office_name,
        base_seq: header.base_seq,
        seq: header.seq,
        full: header.full,
        created_at: header.created_at,
        tables,
    })
}
