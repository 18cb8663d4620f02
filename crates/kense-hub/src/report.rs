//! The consolidated report: the office report's own code
//! ([`kense_core::report::compute_report`]) run over each office's rows on
//! the hub, and the offices' reports merged into the total
//! ([`kense_core::report::merge_reports`]).
//!
//! The rows the report reads for the period and the one before it (events,
//! media, memoranda, proposals, ID hand-overs, the register) are copied
//! from the hub into an in-memory database with the local schema, one per
//! office (ids unique across offices); `compute_report_with` runs on each,
//! on all cores. Who was present — millions of attendance rows in a
//! region's year — is not copied row by row: every push and load keeps
//! each event's people in `hub.event_presence` and each category's in
//! `hub.category_people`, two binary `COPY`s bring them, and the report's
//! own counting ([`kense_core::report::presence::count_presence`]) runs on
//! them in memory. The total is the merge of the offices' reports: people
//! are never shared between offices, so every count adds up, and the
//! merge gives the report the same code would compute over one database
//! of all the offices' rows (tested against it). So an indicator has one
//! definition, and the per-office table and the total agree with the
//! offices' own reports by construction (tested against them). In the
//! total, campaigns with the same names and categories with the same code
//! (or names) are one column.

#[cfg(feature = "reference-total")]
pub mod reference;

use crate::schema::check_schema;
use crate::{HubError, PgContext, Result};
use kense_core::Store;
use kense_core::report::merge::{Columns, Part};
use kense_core::report::presence::{
    Presence, PresenceSource, count_presence, held_events_in_scope,
};
use kense_core::report::{Report, ReportQuery, Scope, compute_report_with, merge_reports};
use postgres::Client;
use postgres::binary_copy::BinaryCopyOutIter;
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::Type;
use rusqlite::{Connection, OpenFlags, params};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};
use ts_rs::TS;
use uuid::Uuid;

/// One office's report.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OfficeReport {
    /// The office's UUID.
    pub office_id: String,
    /// Its code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// When its last change set arrived (RFC 3339), if ever.
    #[ts(optional = nullable)]
    pub last_sent_at: Option<String>,
    /// Its report.
    pub report: Report,
}

/// The consolidated report: all the chosen offices together, and each.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HubReport {
    /// All offices together.
    pub total: Report,
    /// Each office, by code.
    pub offices: Vec<OfficeReport>,
}

/// Numbers the rows of the offices' report databases: one sequence for
/// every office and table, so that ids are unique across offices (the
/// merge of their reports keeps them, and orders by them).
struct Ids(i64);

impl Ids {
    fn next(&mut self) -> i64 {
        self.0 += 1;
        self.0
    }
}

/// An in-memory database with the local schema, filled from the hub: one
/// per office, and one with the total's campaigns and categories. An
/// office's is an in-memory database in SQLite's shared cache, named so
/// that another connection can `ATTACH` it (the tests' total of one
/// database).
struct Scratch {
    conn: Connection,
    /// The name another connection attaches the database by (an office's).
    #[cfg_attr(not(feature = "reference-total"), allow(dead_code))]
    uri: String,
    /// Ids of the hub's rows, by UUID.
    events: HashMap<Uuid, i64>,
    people: HashMap<Uuid, i64>,
    campaigns: HashMap<Uuid, i64>,
    categories: HashMap<Uuid, i64>,
}

const STAMP: &str = "2000-01-01T00:00:00Z";

/// One number for every consolidated report of this process, so that two
/// reports running at once never share a database name.
static REPORTS: AtomicU64 = AtomicU64::new(0);

fn sql(context: &'static str) -> impl Fn(rusqlite::Error) -> HubError {
    move |source| HubError::Core(kense_core::Error::Sqlite { context, source })
}

/// An empty database with the local schema and no built-in campaigns or
/// categories (the hub's are copied in), the model of every [`Scratch`].
fn template() -> Result<Store> {
    let store = Store::open_in_memory()?;
    store
        .conn()
        .execute_batch("PRAGMA foreign_keys = OFF; DELETE FROM category; DELETE FROM campaign;")
        .map_err(sql("preparing the report database"))?;
    Ok(store)
}

impl Scratch {
    /// A copy of `template` (SQLite's backup API) at `uri`, in a
    /// transaction. Its CHECK constraints are not evaluated: the rows were
    /// checked by the office that wrote them, and evaluating the lists of
    /// kinds builds a temporary table for every row copied.
    fn new(template: &Store, uri: &str) -> Result<Self> {
        let mut conn = Connection::open_with_flags(
            uri,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sql("opening a report database"))?;
        rusqlite::backup::Backup::new(template.conn(), &mut conn)
            .and_then(|copy| copy.run_to_completion(i32::MAX, std::time::Duration::ZERO, None))
            .map_err(sql("copying the report database's schema"))?;
        conn.set_prepared_statement_cache_capacity(32);
        conn.execute_batch(
            "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF;
             PRAGMA temp_store = MEMORY; PRAGMA ignore_check_constraints = ON; BEGIN;",
        )
        .map_err(sql("preparing the report database"))?;
        Ok(Self {
            conn,
            uri: uri.to_owned(),
            events: HashMap::new(),
            people: HashMap::new(),
            campaigns: HashMap::new(),
            categories: HashMap::new(),
        })
    }

    fn conn(&self) -> &Connection {
        &self.conn
    }

    /// The id of a person named by a record (the report reads no people).
    fn person(&mut self, ids: &mut Ids, uuid: Uuid) -> i64 {
        *self.people.entry(uuid).or_insert_with(|| ids.next())
    }

    /// Copies a campaign; returns its id. The row's UUID is its id (the
    /// report reads no UUIDs; the hub's are kept in `campaigns`).
    fn campaign(&mut self, id: i64, uuid: Uuid, row: &CampaignRow) -> Result<()> {
        insert_campaign(self.conn(), id, row)?;
        self.campaigns.insert(uuid, id);
        Ok(())
    }

    fn category(&mut self, id: i64, uuid: Uuid, row: &CategoryRow) -> Result<()> {
        insert_category(self.conn(), id, row)?;
        self.categories.insert(uuid, id);
        Ok(())
    }
}

fn insert_campaign(conn: &Connection, id: i64, row: &CampaignRow) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO campaign (id, uuid, name_kk, name_ru, created_at, updated_at, deleted_at)
         VALUES (?1, ?1, ?2, ?3, ?4, ?4, CASE WHEN ?5 THEN ?4 END)",
    )
    .and_then(|mut s| s.execute(params![id, row.name_kk, row.name_ru, STAMP, row.deleted]))
    .map_err(sql("copying campaigns"))?;
    Ok(())
}

fn insert_category(conn: &Connection, id: i64, row: &CategoryRow) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO category (id, uuid, code, name_kk, name_ru, sort_order, created_at, updated_at)
         VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )
    .and_then(|mut s| {
        s.execute(params![
            id,
            row.code,
            row.name_kk,
            row.name_ru,
            row.sort_order,
            STAMP
        ])
    })
    .map_err(sql("copying categories"))?;
    Ok(())
}

struct CampaignRow {
    name_kk: String,
    name_ru: String,
    deleted: bool,
}

struct CategoryRow {
    code: Option<String>,
    name_kk: String,
    name_ru: String,
    sort_order: i64,
}

/// The total's campaigns and categories: those of the offices merged.
#[derive(Default)]
struct Merged {
    /// Campaigns by names, categories by code or names: the total's id.
    by_key: HashMap<String, i64>,
    /// Each office's campaign id (they are unique across offices) as the
    /// total's.
    campaigns: HashMap<i64, i64>,
    /// The (office, total's id) pairs taken by categories, so that two
    /// categories of one office are never one column (their people would
    /// count twice).
    taken: HashSet<(usize, i64)>,
    /// Each office's category id (they are unique across offices) as the
    /// total's.
    categories: HashMap<i64, i64>,
}

impl Merged {
    /// Adds an office's campaign `id` to the total: campaigns with the same
    /// names are one (the first one's row, deleted or not).
    fn campaign(&mut self, total: &Connection, id: i64, row: &CampaignRow) -> Result<()> {
        let key = format!("{}\u{1f}{}", row.name_kk, row.name_ru);
        let merged = match self.by_key.get(&key) {
            Some(merged) => *merged,
            None => {
                insert_campaign(total, id, row)?;
                self.by_key.insert(key, id);
                id
            }
        };
        self.campaigns.insert(id, merged);
        Ok(())
    }

    /// Adds an office's category `id` to the total: categories with the
    /// same code (or, without one, the same names) are one.
    fn category(
        &mut self,
        total: &Connection,
        office: usize,
        id: i64,
        row: &CategoryRow,
    ) -> Result<()> {
        let key = match &row.code {
            Some(code) => format!("code:{code}"),
            None => format!("name:{}\u{1f}{}", row.name_kk, row.name_ru),
        };
        if let Some(merged) = self.by_key.get(&key).copied()
            && self.taken.insert((office, merged))
        {
            self.categories.insert(id, merged);
            return Ok(());
        }
        insert_category(total, id, row)?;
        self.categories.insert(id, id);
        self.by_key.entry(key).or_insert(id);
        self.taken.insert((office, id));
        Ok(())
    }
}

/// An office of the hub: id, code, name, last send.
type OfficeRow = (String, String, String, Option<String>);

/// The offices of the hub (all, or the one with `code`).
fn offices(client: &mut Client, code: Option<&str>) -> Result<Vec<OfficeRow>> {
    let rows = client
        .query(
            "SELECT id::text, code, name, to_char(last_sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')
             FROM hub.office WHERE $1::text IS NULL OR code = upper($1::text) ORDER BY code",
            &[&code],
        )
        .pg("reading the offices")?;
    let list: Vec<_> = rows
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2), r.get(3)))
        .collect();
    if list.is_empty() {
        return Err(HubError::Refused(match code {
            Some(code) => format!("the hub has no office {code}"),
            None => "the hub has no offices yet".to_owned(),
        }));
    }
    Ok(list)
}

/// One office's people present, held in memory.
#[derive(Default)]
struct OfficePresence {
    /// The people (the hub's numbers of them) present at each held event
    /// (ids of the office's report database, the same in the total's).
    at_event: HashMap<i64, Vec<i64>>,
    /// (person, category) of the office's people.
    categories: Vec<(i64, i64)>,
}

impl OfficePresence {
    /// The presence at `held` (event ids; those of other offices are
    /// skipped).
    fn count(&self, held: &[i64], detail: bool) -> Presence {
        // In id order the pairs come sorted (each event's people are), so
        // counting's sort has nothing to do.
        let mut held: Vec<(i64, &[i64])> = held
            .iter()
            .filter_map(|e| self.at_event.get(e).map(|people| (*e, people.as_slice())))
            .collect();
        held.sort_unstable_by_key(|(e, _)| *e);
        // Sized at once: growing a vector of millions of pairs copies it
        // into fresh pages again and again.
        let mut pairs = Vec::with_capacity(held.iter().map(|(_, p)| p.len()).sum());
        for (event, people) in held {
            pairs.extend(people.iter().map(|person| (event, *person)));
        }
        count_presence(pairs, detail.then_some(self.categories.as_slice()))
    }
}

/// An office's report's people present.
struct OfficeSource<'a> {
    present: &'a OfficePresence,
}

impl PresenceSource for OfficeSource<'_> {
    fn presence(
        &self,
        conn: &Connection,
        scope: &Scope,
        detail: bool,
    ) -> kense_core::Result<Presence> {
        Ok(self
            .present
            .count(&held_events_in_scope(conn, scope)?, detail))
    }
}

/// A literal for a `COPY` query (which takes no parameters).
fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// Reads who was present at the held events from `from` to `to_end` (the
/// events already copied into `scratch`) — the hub keeps each event's
/// people in `hub.event_presence` and each category's in
/// `hub.category_people`, refreshed by every push and load — with two
/// binary `COPY`s. People are the hub's numbers of them (`hub.person.num`).
fn load_presence(
    client: &mut Client,
    offices: &HashMap<Uuid, usize>,
    ids: &[String],
    from: &str,
    to_end: &str,
    scratch: &[Scratch],
) -> Result<Vec<OfficePresence>> {
    let office_list = literal(&format!("{{{}}}", ids.join(",")));
    let mut present: Vec<OfficePresence> =
        (0..ids.len()).map(|_| OfficePresence::default()).collect();

    let reader = client
        .copy_out(&format!(
            "COPY (SELECT p.office_id, p.event_uuid, p.people
                   FROM hub.event_presence p
                   JOIN hub.event e ON e.office_id = p.office_id AND e.uuid = p.event_uuid
                   WHERE p.office_id = ANY({office_list}::uuid[])
                     AND NOT e.deleted AND e.status = 'held'
                     AND e.starts_at >= {} AND e.starts_at <= {})
             TO STDOUT (FORMAT binary)",
            literal(from),
            literal(to_end)
        ))
        .pg("reading attendance")?;
    let mut rows = BinaryCopyOutIter::new(reader, &[Type::UUID, Type::UUID, Type::INT8_ARRAY]);
    while let Some(row) = rows.next().pg("reading attendance")? {
        let office: Uuid = row.try_get(0).pg("reading attendance")?;
        let event: Uuid = row.try_get(1).pg("reading attendance")?;
        let Some(&o) = offices.get(&office) else {
            continue;
        };
        let Some(&event_id) = scratch[o].events.get(&event) else {
            continue;
        };
        let people: Vec<i64> = row.try_get(2).pg("reading attendance")?;
        present[o].at_event.insert(event_id, people);
    }
    drop(rows);

    // The people of each category (each once in it).
    let reader = client
        .copy_out(&format!(
            "COPY (SELECT office_id, category_uuid, people FROM hub.category_people
                   WHERE office_id = ANY({office_list}::uuid[]))
             TO STDOUT (FORMAT binary)"
        ))
        .pg("reading the categories of people")?;
    let mut rows = BinaryCopyOutIter::new(reader, &[Type::UUID, Type::UUID, Type::INT8_ARRAY]);
    while let Some(row) = rows.next().pg("reading the categories of people")? {
        let office: Uuid = row.try_get(0).pg("reading the categories of people")?;
        let category: Uuid = row.try_get(1).pg("reading the categories of people")?;
        let Some(&o) = offices.get(&office) else {
            continue;
        };
        let Some(&category_id) = scratch[o].categories.get(&category) else {
            continue;
        };
        let people: Vec<i64> = row.try_get(2).pg("reading the categories of people")?;
        present[o]
            .categories
            .extend(people.into_iter().map(|person| (person, category_id)));
    }
    drop(rows);
    Ok(present)
}

/// Computes the report of `query` over the hub's rows: every office's
/// (or only `office_code`'s) and their total.
pub fn hub_report(
    client: &mut Client,
    query: &ReportQuery,
    office_code: Option<&str>,
) -> Result<HubReport> {
    let mut filled = fill(client, query, office_code)?;
    let reports = office_reports(&mut filled.scratch, &filled.present, query)
        .into_iter()
        .collect::<kense_core::Result<Vec<_>>>()?;
    let total = merged_total(&filled, query, &reports)?;
    Ok(HubReport {
        total,
        offices: with_offices(filled.list, reports),
    })
}

/// The total: the offices' `reports` merged, their campaigns and
/// categories as the total's.
fn merged_total(filled: &Filled, query: &ReportQuery, reports: &[Report]) -> Result<Report> {
    let columns = Columns {
        campaigns: kense_core::campaigns::list_campaigns(filled.total.conn())?,
        categories: kense_core::categories::list_categories(filled.total.conn())?,
    };
    let parts: Vec<Part<'_>> = reports
        .iter()
        .map(|report| Part {
            report,
            campaigns: &filled.merged.campaigns,
            categories: &filled.merged.categories,
        })
        .collect();
    Ok(merge_reports(query, &columns, &parts)?)
}

/// Each office's report beside its code, name and last send.
fn with_offices(list: Vec<OfficeRow>, reports: Vec<Report>) -> Vec<OfficeReport> {
    list.into_iter()
        .zip(reports)
        .map(
            |((office_id, code, name, last_sent_at), report)| OfficeReport {
                office_id,
                code,
                name,
                last_sent_at,
                report,
            },
        )
        .collect()
}

/// Each office's report of `query` (in the order of `scratch`), computed
/// on as many threads as there are cores, each taking the next office.
fn office_reports(
    scratch: &mut [Scratch],
    present: &[OfficePresence],
    query: &ReportQuery,
) -> Vec<kense_core::Result<Report>> {
    let offices: Vec<Mutex<&mut Scratch>> = scratch.iter_mut().map(Mutex::new).collect();
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(offices.len())
        .max(1);
    let mut reports: Vec<(usize, kense_core::Result<Report>)> = Vec::with_capacity(offices.len());
    std::thread::scope(|threads| {
        let running: Vec<_> = (0..workers)
            .map(|_| {
                threads.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let o = next.fetch_add(1, Ordering::Relaxed);
                        let (Some(office), Some(present)) = (offices.get(o), present.get(o)) else {
                            return done;
                        };
                        // Each office is taken by one thread: never contended.
                        let s = office.lock().unwrap_or_else(PoisonError::into_inner);
                        let source = OfficeSource { present };
                        done.push((o, compute_report_with(s.conn(), query, &source)));
                    }
                })
            })
            .collect();
        for worker in running {
            match worker.join() {
                Ok(done) => reports.extend(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    // Every office was taken once, by one of the threads.
    reports.sort_unstable_by_key(|(o, _)| *o);
    reports.into_iter().map(|(_, report)| report).collect()
}

/// The offices' databases filled from the hub, and what the report reads
/// beside them.
struct Filled {
    /// The offices, by code.
    list: Vec<OfficeRow>,
    /// Each office's database.
    scratch: Vec<Scratch>,
    /// Each office's people present.
    present: Vec<OfficePresence>,
    /// The offices' campaigns and categories as the total's.
    merged: Merged,
    /// A database with the total's campaigns and categories only.
    total: Scratch,
}

/// Copies the rows the report of `query` reads from the hub into one
/// database per office (every office's, or only `office_code`'s), and the
/// people present into memory.
fn fill(client: &mut Client, query: &ReportQuery, office_code: Option<&str>) -> Result<Filled> {
    check_schema(client)?;
    if query.campaign_id.is_some() {
        // A campaign id names a row of one office's database; the hub's
        // offices each have their own.
        return Err(HubError::Refused(
            "the consolidated report cannot be filtered by campaign".to_owned(),
        ));
    }
    let period = query.period()?;
    let previous = period.previous();
    let from = previous.from.format("%Y-%m-%d").to_string();
    let to = period.to.format("%Y-%m-%d").to_string();
    let to_end = format!("{to}T99");
    let list = offices(client, office_code)?;
    let ids: Vec<String> = list.iter().map(|o| o.0.clone()).collect();
    let index: HashMap<Uuid, usize> = ids
        .iter()
        .enumerate()
        .filter_map(|(i, id)| Uuid::parse_str(id).ok().map(|u| (u, i)))
        .collect();
    let report = REPORTS.fetch_add(1, Ordering::Relaxed);
    let template = template()?;
    let mut scratch: Vec<Scratch> = (0..list.len())
        .map(|n| {
            let uri = format!(
                "file:kense-hub-report-{}-{report}-{n}?mode=memory&cache=shared",
                std::process::id()
            );
            Scratch::new(&template, &uri)
        })
        .collect::<Result<_>>()?;
    let total = Scratch::new(&template, ":memory:")?;
    drop(template);
    let of = |id: Uuid| index.get(&id).copied().unwrap_or(0);
    let mut ids_seq = Ids(0);
    let mut merged = Merged::default();

    // Campaigns and categories: small.
    for r in client
        .query(
            "SELECT office_id, uuid, coalesce(name_kk, ''), coalesce(name_ru, ''), deleted
             FROM hub.campaign WHERE office_id = ANY(($1::text[])::uuid[]) ORDER BY office_id, uuid",
            &[&ids],
        )
        .pg("reading campaigns")?
    {
        let o = of(r.get(0));
        let row = CampaignRow {
            name_kk: r.get(2),
            name_ru: r.get(3),
            deleted: r.get(4),
        };
        let id = ids_seq.next();
        scratch[o].campaign(id, r.get(1), &row)?;
        merged.campaign(total.conn(), id, &row)?;
    }
    // Campaigns' and categories' keys are apart.
    merged.by_key.clear();
    for r in client
        .query(
            "SELECT office_id, uuid, code, coalesce(name_kk, ''), coalesce(name_ru, ''),
                    coalesce(sort_order, 0)
             FROM hub.category WHERE NOT deleted AND office_id = ANY(($1::text[])::uuid[])
             ORDER BY office_id, sort_order, uuid",
            &[&ids],
        )
        .pg("reading categories")?
    {
        let o = of(r.get(0));
        let row = CategoryRow {
            code: r.get(2),
            name_kk: r.get(3),
            name_ru: r.get(4),
            sort_order: r.get(5),
        };
        let id = ids_seq.next();
        scratch[o].category(id, r.get(1), &row)?;
        merged.category(total.conn(), o, id, &row)?;
    }

    // Events of the two periods, and those of the period's documents.
    for r in client
        .query(
            "SELECT e.office_id, e.uuid, e.kind, e.campaign_uuid, e.title_kk,
                    e.title_ru, e.starts_at, e.ends_at, coalesce(e.place_kk, ''),
                    coalesce(e.district_kk, ''), e.status, e.headcount,
                    coalesce(e.proposals_count, 0), coalesce(e.place_ru, ''),
                    coalesce(e.district_ru, '')
             FROM hub.event e
             WHERE NOT e.deleted AND e.office_id = ANY(($1::text[])::uuid[])
               AND ((e.starts_at >= $2 AND e.starts_at <= $3)
                    OR EXISTS (SELECT 1 FROM hub.issued_document d
                               WHERE d.office_id = e.office_id AND d.event_uuid = e.uuid
                                 AND d.issued_on >= $2 AND d.issued_on <= $4))",
            &[&ids, &from, &to_end, &to],
        )
        .pg("reading events")?
    {
        let s = &mut scratch[of(r.get(0))];
        let id = ids_seq.next();
        s.events.insert(r.get(1), id);
        let campaign_id = r
            .get::<_, Option<Uuid>>(3)
            .and_then(|c| s.campaigns.get(&c).copied());
        s.conn()
            .prepare_cached(
                "INSERT INTO event (id, uuid, kind, campaign_id, title_kk, title_ru, starts_at,
                                    ends_at, place_kk, district_kk, status, headcount, proposals_count,
                                    created_at, updated_at, place_ru, district_ru)
                 VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15)",
            )
            .and_then(|mut st| {
                st.execute(params![
                    id,
                    r.get::<_, Option<&str>>(2),
                    campaign_id,
                    r.get::<_, Option<&str>>(4),
                    r.get::<_, Option<&str>>(5),
                    r.get::<_, Option<&str>>(6),
                    r.get::<_, Option<&str>>(7),
                    r.get::<_, &str>(8),
                    r.get::<_, &str>(9),
                    r.get::<_, Option<&str>>(10),
                    r.get::<_, Option<i64>>(11),
                    r.get::<_, i64>(12),
                    STAMP,
                    r.get::<_, &str>(13),
                    r.get::<_, &str>(14)
                ])
            })
            .map_err(sql("copying events"))?;
    }

    // Who was present at the held events, and the categories of people.
    let present = load_presence(client, &index, &ids, &from, &to_end, &scratch)?;

    // Media and proposals of the events: each table's select (three values
    // and a count after office, uuid and event) and insert.
    for (sql_text, insert) in [
        (
            "SELECT m.office_id, m.uuid, m.event_uuid, m.outlet, coalesce(m.url, ''),
                    m.published_on, m.views
             FROM hub.media_item m JOIN hub.event e ON e.office_id = m.office_id AND e.uuid = m.event_uuid
             WHERE NOT m.deleted AND NOT e.deleted AND m.office_id = ANY(($1::text[])::uuid[])
               AND e.starts_at >= $2 AND e.starts_at <= $3",
            "INSERT INTO media_item (id, uuid, event_id, outlet, url, published_on, views, created_at, updated_at)
             VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        ),
        (
            "SELECT p.office_id, p.uuid, p.event_uuid, p.text, coalesce(p.addressee, ''),
                    p.status, NULL::bigint
             FROM hub.proposal p JOIN hub.event e ON e.office_id = p.office_id AND e.uuid = p.event_uuid
             WHERE NOT p.deleted AND NOT e.deleted AND p.office_id = ANY(($1::text[])::uuid[])
               AND e.starts_at >= $2 AND e.starts_at <= $3",
            "INSERT INTO proposal (id, uuid, event_id, text, addressee, status, created_at, updated_at)
             VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?7, ?7)",
        ),
    ] {
        for r in client.query(sql_text, &[&ids, &from, &to_end]).pg("reading the events' media and proposals")? {
            let s = &mut scratch[of(r.get(0))];
            let Some(event_id) = s.events.get(&r.get::<_, Uuid>(2)).copied() else {
                continue;
            };
            let id = ids_seq.next();
            s.conn()
                .prepare_cached(insert)
                .and_then(|mut st| {
                    st.execute(params![
                        id,
                        event_id,
                        r.get::<_, Option<&str>>(3),
                        r.get::<_, &str>(4),
                        r.get::<_, Option<&str>>(5),
                        r.get::<_, Option<i64>>(6),
                        STAMP
                    ])
                })
                .map_err(sql("copying media and proposals"))?;
        }
    }

    // Memoranda, their parties and subject in both languages (a Russian
    // report prints the Russian ones, as the office's own does).
    for r in client
        .query(
            "SELECT m.office_id, m.uuid, m.event_uuid, coalesce(m.parties_kk, ''),
                    coalesce(m.parties_ru, ''), coalesce(m.subject_kk, ''),
                    coalesce(m.subject_ru, ''), m.signed_on
             FROM hub.memorandum m JOIN hub.event e ON e.office_id = m.office_id AND e.uuid = m.event_uuid
             WHERE NOT m.deleted AND NOT e.deleted AND m.office_id = ANY(($1::text[])::uuid[])
               AND e.starts_at >= $2 AND e.starts_at <= $3",
            &[&ids, &from, &to_end],
        )
        .pg("reading memoranda")?
    {
        let s = &mut scratch[of(r.get(0))];
        let Some(event_id) = s.events.get(&r.get::<_, Uuid>(2)).copied() else {
            continue;
        };
        let id = ids_seq.next();
        s.conn()
            .prepare_cached(
                "INSERT INTO memorandum (id, uuid, event_id, parties_kk, parties_ru, subject_kk,
                                         subject_ru, signed_on, created_at, updated_at)
                 VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            )
            .and_then(|mut st| {
                st.execute(params![
                    id,
                    event_id,
                    r.get::<_, &str>(3),
                    r.get::<_, &str>(4),
                    r.get::<_, &str>(5),
                    r.get::<_, &str>(6),
                    r.get::<_, Option<&str>>(7),
                    STAMP
                ])
            })
            .map_err(sql("copying memoranda"))?;
    }

    // IDs handed over at the events (their counts are indicators; the
    // report's list needs the person's name, which the hub report does not
    // copy, so the list stays the offices' own).
    for r in client
        .query(
            "SELECT h.office_id, h.uuid, h.event_uuid, h.person_uuid,
                    h.kind, coalesce(h.kind_other, ''), coalesce(h.number, ''),
                    coalesce(h.issuer, ''), h.handed_on
             FROM hub.id_handover h JOIN hub.event e ON e.office_id = h.office_id AND e.uuid = h.event_uuid
             WHERE NOT h.deleted AND NOT e.deleted AND h.office_id = ANY(($1::text[])::uuid[])
               AND e.starts_at >= $2 AND e.starts_at <= $3",
            &[&ids, &from, &to_end],
        )
        .pg("reading ID hand-overs")?
    {
        let s = &mut scratch[of(r.get(0))];
        let Some(event_id) = s.events.get(&r.get::<_, Uuid>(2)).copied() else {
            continue;
        };
        let person_id = s.person(&mut ids_seq, r.get(3));
        let id = ids_seq.next();
        s.conn()
            .prepare_cached(
                "INSERT INTO id_handover (id, uuid, event_id, person_id, kind, kind_other, number,
                                          issuer, handed_on, created_at, updated_at)
                 VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            )
            .and_then(|mut st| {
                st.execute(params![
                    id,
                    event_id,
                    person_id,
                    r.get::<_, Option<&str>>(4),
                    r.get::<_, &str>(5),
                    r.get::<_, &str>(6),
                    r.get::<_, &str>(7),
                    r.get::<_, Option<&str>>(8),
                    STAMP
                ])
            })
            .map_err(sql("copying ID hand-overs"))?;
    }

    // The register of the two periods.
    for r in client
        .query(
            "SELECT d.office_id, d.uuid, d.series, d.year, d.number, d.kind, d.lang,
                    d.recipient, d.event_uuid, d.issued_on, d.status
             FROM hub.issued_document d
             WHERE NOT d.deleted AND d.office_id = ANY(($1::text[])::uuid[])
               AND d.issued_on >= $2 AND d.issued_on <= $3",
            &[&ids, &from, &to],
        )
        .pg("reading the register")?
    {
        let s = &mut scratch[of(r.get(0))];
        let id = ids_seq.next();
        let event_id = r
            .get::<_, Option<Uuid>>(8)
            .and_then(|e| s.events.get(&e).copied());
        s.conn()
            .prepare_cached(
                "INSERT INTO issued_document (id, uuid, series, year, number, kind, lang, recipient,
                                              event_id, issued_on, check_code, content, status, created_at)
                 VALUES (?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, '', '', ?10, ?11)",
            )
            .and_then(|mut st| {
                st.execute(params![
                    id,
                    r.get::<_, Option<&str>>(2),
                    r.get::<_, Option<i64>>(3),
                    r.get::<_, Option<i64>>(4),
                    r.get::<_, Option<&str>>(5),
                    r.get::<_, Option<&str>>(6),
                    r.get::<_, Option<&str>>(7),
                    event_id,
                    r.get::<_, Option<&str>>(9),
                    r.get::<_, Option<&str>>(10),
                    STAMP
                ])
            })
            .map_err(sql("copying the register"))?;
    }

    // With the tables' statistics the planner reads a table of records
    // that is empty (no ID hand-overs, say) first instead of probing it
    // once for each of 80,000 events (measured: the total's report took
    // 1.6 s without, 1.3 s with, for a year of 20 large offices).
    for s in &scratch {
        s.conn()
            .execute_batch("COMMIT; ANALYZE;")
            .map_err(sql("filling the report database"))?;
    }
    Ok(Filled {
        list,
        scratch,
        present,
        merged,
        total,
    })
}
