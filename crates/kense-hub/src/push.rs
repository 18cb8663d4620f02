//! Sending a change set: [`push`] from an office database, [`load_package`]
//! from a `.kpack` file, both through [`apply_changes`] — one hub
//! transaction, all or nothing.
//!
//! Each table's rows are copied (`COPY … FROM STDIN`) into a temporary
//! table and merged with `INSERT … ON CONFLICT (office, key) DO UPDATE`,
//! keeping the hub's row when it came from a later change set (`seq`) and
//! leaving rows that did not change untouched. The office's `last_seq`
//! moves in the same transaction; the office database records what was
//! sent only after the hub committed, so a dropped connection just means
//! the next push sends the same rows again.

use crate::schema::check_schema;
use crate::{HubError, PgContext, Result};
use kense_core::Store;
use kense_core::hub::tables::{ColType, HubTable};
use kense_core::hub::{ChangeSet, HubValue, TableChanges, changes, collect_changes, mark_sent};
use postgres::{Client, Transaction};
use std::io::Write;

/// What a push or load did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Applied {
    /// The change set's number.
    pub seq: i64,
    /// Rows in the change set.
    #[ts(type = "number")]
    pub rows_sent: usize,
    /// Rows the hub inserted or changed.
    #[ts(type = "number")]
    pub rows_changed: u64,
    /// True when the hub already had this change set (nothing was done).
    pub already_there: bool,
    /// True when every row was sent (a first push, or the hub and this
    /// database disagreed about what was sent last).
    pub full: bool,
}

/// Called after each table is merged, inside the hub transaction (the
/// tests cut the connection there).
pub type AfterTable<'a> = &'a mut dyn FnMut(&str) -> Result<()>;

/// The hub's record of an office: its code and last change set.
fn office_on_hub(tx: &mut Transaction<'_>, office_id: &str) -> Result<Option<(String, i64)>> {
    Ok(tx
        .query_opt(
            "SELECT code, last_seq FROM hub.office WHERE id = ($1::text)::uuid FOR UPDATE",
            &[&office_id],
        )
        .pg("reading the office on the hub")?
        .map(|row| (row.get(0), row.get(1))))
}

/// The hub's last change set of `office_id` (0 when unknown).
pub fn hub_last_seq(client: &mut Client, office_id: &str) -> Result<i64> {
    check_schema(client)?;
    Ok(client
        .query_opt(
            "SELECT last_seq FROM hub.office WHERE id = ($1::text)::uuid",
            &[&office_id],
        )
        .pg("reading the office on the hub")?
        .map(|row| row.get(0))
        .unwrap_or(0))
}

/// Sends what changed since the last successful push (everything, when the
/// hub's last change set of this office is not the one this database sent
/// last), then records it as sent.
pub fn push(
    store: &mut Store,
    client: &mut Client,
    after_table: AfterTable<'_>,
) -> Result<Applied> {
    let office = kense_core::office::get_office_identity(store.conn())?;
    let hub_last = hub_last_seq(client, &office.office_id)?;
    let local_last = changes::sent_seq(store.conn())?;
    let mut set = collect_changes(store.conn(), hub_last != local_last || hub_last == 0)?;
    set.seq = set.seq.max(hub_last + 1);
    if set.full {
        set.base_seq = 0;
    }
    let applied = apply_changes(client, &set, after_table)?;
    store.with_tx(|tx| mark_sent(tx, &set))?;
    Ok(applied)
}

/// Writes what changed since the last send (or everything, with `full`) as
/// a package, then records it as sent: the region loads it with
/// [`load_package`].
pub fn export_package(store: &mut Store, path: &std::path::Path, full: bool) -> Result<ChangeSet> {
    let set = collect_changes(store.conn(), full)?;
    let mut bytes = Vec::new();
    kense_core::hub::package::write_package(&set, &mut bytes)?;
    kense_core::files::write_atomic(path, &bytes)?;
    store.with_tx(|tx| mark_sent(tx, &set))?;
    Ok(set)
}

/// Loads a package into the hub through [`apply_changes`].
pub fn load_package(client: &mut Client, path: &std::path::Path) -> Result<Applied> {
    let file = std::fs::File::open(path).map_err(|source| kense_core::Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let set = kense_core::hub::package::read_package(std::io::BufReader::new(file))?;
    apply_changes(client, &set, &mut |_| Ok(()))
}

/// Applies a change set in one hub transaction. A change set the hub
/// already has (its number is not above the office's `last_seq`) changes
/// nothing; one that does not follow the hub's last change set of the
/// office (a package lost on the way) is refused unless it is full.
pub fn apply_changes(
    client: &mut Client,
    set: &ChangeSet,
    after_table: AfterTable<'_>,
) -> Result<Applied> {
    let mut tx = client.transaction().pg("starting the hub transaction")?;
    check_schema(&mut tx)?;
    let office_id = set.office.office_id.as_str();
    let last_seq = match office_on_hub(&mut tx, office_id)? {
        Some((code, last_seq)) => {
            if code != set.office.code {
                return Err(HubError::Refused(format!(
                    "the hub knows this office as {code}, but its office code is {}: set the code the region gave",
                    set.office.code
                )));
            }
            last_seq
        }
        None => {
            register_office(&mut tx, set)?;
            0
        }
    };
    let mut applied = Applied {
        seq: set.seq,
        rows_sent: set.row_count(),
        full: set.full,
        ..Applied::default()
    };
    if set.seq <= last_seq {
        applied.already_there = true;
        return Ok(applied);
    }
    if !set.full && set.base_seq != last_seq {
        return Err(HubError::Refused(format!(
            "change set {} of office {} follows change set {}, but the hub's last one is {}: load the missing packages first, or send a full one (kense hub export --full)",
            set.seq, set.office.code, set.base_seq, last_seq
        )));
    }
    for changes in &set.tables {
        applied.rows_changed += merge_table(&mut tx, set, changes)?;
        after_table(changes.table.name)?;
    }
    refresh_presence(&mut tx, set)?;
    tx.execute(
        "UPDATE hub.office SET last_seq = $2, last_sent_at = now(), name = $3
         WHERE id = ($1::text)::uuid",
        &[&office_id, &set.seq, &set.office_name],
    )
    .pg("recording the change set")?;
    tx.commit().pg("committing the change set")?;
    Ok(applied)
}

/// The UUIDs in `column` of the change set's rows of `table`.
fn uuids_in(set: &ChangeSet, table: &str, column: &str) -> Vec<String> {
    set.tables
        .iter()
        .filter(|t| t.table.name == table)
        .flat_map(|t| {
            let at = t.table.columns.iter().position(|(c, _)| *c == column);
            t.rows
                .iter()
                .filter_map(move |row| match at.map(|i| &row.values[i]) {
                    Some(HubValue::Text(uuid)) if !uuid.is_empty() => Some(uuid.clone()),
                    _ => None,
                })
        })
        .collect()
}

/// Rebuilds the hub's record of who was present (`hub.event_presence`,
/// read by the consolidated report) for the events the change set
/// touches, and the people of each category (`hub.category_people`) when
/// people changed. Events: every event of the office for a full set; otherwise the
/// events whose attendance changed and those attended by people who
/// changed (a person deleted or restored leaves or rejoins their events).
fn refresh_presence(tx: &mut Transaction<'_>, set: &ChangeSet) -> Result<()> {
    let office = set.office.office_id.as_str();
    if set.full
        || set
            .tables
            .iter()
            .any(|t| t.table.name == "person" && !t.rows.is_empty())
    {
        // The people of each category (`hub.category_people`): the
        // office's are rebuilt whenever a person changed (≈0.2 s for
        // 100,000 people).
        tx.execute(
            "SELECT hub.refresh_category_people(($1::text)::uuid)",
            &[&office],
        )
        .pg("recording the people of each category")?;
    }
    if set.full {
        tx.execute(
            "SELECT hub.refresh_presence(($1::text)::uuid, NULL)",
            &[&office],
        )
        .pg("recording who was present")?;
        return Ok(());
    }
    let events = uuids_in(set, "attendance", "event_uuid");
    let people = uuids_in(set, "person", "uuid");
    if events.is_empty() && people.is_empty() {
        return Ok(());
    }
    tx.execute(
        "SELECT hub.refresh_presence(($1::text)::uuid, ARRAY(
             SELECT unnest(($2::text[])::uuid[])
             UNION
             SELECT a.event_uuid FROM hub.attendance a
             WHERE a.office_id = ($1::text)::uuid AND a.person_uuid = ANY (($3::text[])::uuid[])))",
        &[&office, &events, &people],
    )
    .pg("recording who was present")?;
    Ok(())
}

fn register_office(tx: &mut Transaction<'_>, set: &ChangeSet) -> Result<()> {
    tx.batch_execute("SAVEPOINT register")
        .pg("registering the office")?;
    let inserted = tx.execute(
        "INSERT INTO hub.office (id, code, name) VALUES (($1::text)::uuid, $2, $3)",
        &[&set.office.office_id, &set.office.code, &set.office_name],
    );
    match inserted {
        Ok(_) => {
            tx.batch_execute("RELEASE SAVEPOINT register")
                .pg("registering the office")?;
            Ok(())
        }
        Err(e) => Err(HubError::Refused(format!(
            "office {} ({}) is not registered on the hub and this login cannot register it ({}): the region's administrator runs `kense hub add-office {} --office-id {}`",
            set.office.code,
            set.office.office_id,
            e.as_db_error()
                .map(|d| d.message().to_owned())
                .unwrap_or_else(|| e.to_string()),
            set.office.code,
            set.office.office_id
        ))),
    }
}

/// One value in COPY's text format.
fn copy_text(out: &mut Vec<u8>, value: &HubValue) {
    match value {
        HubValue::Null => out.extend_from_slice(b"\\N"),
        HubValue::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        HubValue::Bool(b) => out.push(if *b { b't' } else { b'f' }),
        HubValue::Text(s) => {
            for b in s.bytes() {
                match b {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b => out.push(b),
                }
            }
        }
        HubValue::List(items) => {
            out.push(b'{');
            for (i, s) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                // UUIDs: hex and dashes, nothing to quote.
                out.extend(s.bytes().filter(|b| b.is_ascii_hexdigit() || *b == b'-'));
            }
            out.push(b'}');
        }
    }
}

fn stage_name(table: &HubTable) -> String {
    format!("kense_stage_{}", table.name)
}

/// Copies one table's rows into a temporary table and merges them; returns
/// the rows inserted or changed.
fn merge_table(tx: &mut Transaction<'_>, set: &ChangeSet, changes: &TableChanges) -> Result<u64> {
    let table = changes.table;
    if changes.rows.is_empty() && !set.full {
        return Ok(0);
    }
    let stage = stage_name(table);
    let columns: Vec<&str> = table.columns.iter().map(|(c, _)| *c).collect();
    let defs: Vec<String> = table
        .columns
        .iter()
        .map(|(c, t)| format!("{c} {}", t.pg_type()))
        .collect();
    tx.batch_execute(&format!(
        "CREATE TEMP TABLE {stage} ({}, deleted boolean NOT NULL) ON COMMIT DROP",
        defs.join(", ")
    ))
    .pg("staging rows")?;
    {
        let mut writer = tx
            .copy_in(&format!("COPY {stage} FROM STDIN"))
            .pg("copying rows to the hub")?;
        let mut buf = Vec::with_capacity(1 << 16);
        for row in &changes.rows {
            for (i, v) in row.values.iter().enumerate() {
                if i > 0 {
                    buf.push(b'\t');
                }
                let v = match (v, table.columns[i].1) {
                    // Seeded rows made UUIDs without dashes; PostgreSQL reads both.
                    (HubValue::Text(s), ColType::Uuid) if s.is_empty() => &HubValue::Null,
                    (v, _) => v,
                };
                copy_text(&mut buf, v);
            }
            buf.extend_from_slice(if row.deleted { b"\tt\n" } else { b"\tf\n" });
            if buf.len() > 1 << 20 {
                writer
                    .write_all(&buf)
                    .map_err(|e| HubError::Unreachable(e.to_string()))?;
                buf.clear();
            }
        }
        writer
            .write_all(&buf)
            .map_err(|e| HubError::Unreachable(e.to_string()))?;
        writer.finish().pg("copying rows to the hub")?;
    }
    let keys = table.key.join(", ");
    let data: Vec<&str> = columns
        .iter()
        .copied()
        .filter(|c| !table.key.contains(c))
        .collect();
    let set_list: Vec<String> = data
        .iter()
        .chain(["deleted"].iter())
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    let old: Vec<String> = data.iter().map(|c| format!("h.{c}")).collect();
    let new: Vec<String> = data.iter().map(|c| format!("excluded.{c}")).collect();
    let changed = tx
        .execute(
            &format!(
                "INSERT INTO hub.{t} AS h (office_id, {cols}, deleted, seq)
                 SELECT ($1::text)::uuid, {cols}, deleted, $2 FROM {stage}
                 ON CONFLICT (office_id, {keys}) DO UPDATE
                 SET {set_list}, seq = excluded.seq, received_at = now()
                 WHERE h.seq <= excluded.seq
                   AND ({old}, h.deleted) IS DISTINCT FROM ({new}, excluded.deleted)",
                t = table.name,
                cols = columns.join(", "),
                set_list = set_list.join(", "),
                old = old.join(", "),
                new = new.join(", "),
            ),
            &[&set.office.office_id, &set.seq],
        )
        .pg("merging rows on the hub")?;
    let mut dropped = 0;
    if set.full {
        // A full change set is the office's whole copy: rows the hub has
        // and the office does not are gone.
        let key_match: Vec<String> = table.key.iter().map(|k| format!("s.{k} = h.{k}")).collect();
        dropped = tx
            .execute(
                &format!(
                    "UPDATE hub.{t} AS h SET deleted = true, seq = $2, received_at = now()
                     WHERE h.office_id = ($1::text)::uuid AND NOT h.deleted AND h.seq < $2
                       AND NOT EXISTS (SELECT 1 FROM {stage} s WHERE {m})",
                    t = table.name,
                    m = key_match.join(" AND "),
                ),
                &[&set.office.office_id, &set.seq],
            )
            .pg("marking rows gone on the hub")?;
    }
    Ok(changed + dropped)
}
