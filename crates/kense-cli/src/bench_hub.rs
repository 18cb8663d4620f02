//! `kense bench --hub URL` (or `KENSE_HUB_TEST_URL`): pushing a large
//! office to a PostgreSQL hub from scratch, and a consolidated year report
//! over many such offices. The URL must be a login that may create
//! databases; the benchmark works in a database of its own and drops it.

use crate::bench::{Figure, figure};
use kense_core::hub::tables::TABLES;
use kense_core::report::ReportQuery;
use kense_core::{Error, Store, office};
use std::time::{Duration, Instant};

fn hub_err(e: kense_hub::HubError) -> Error {
    match e {
        kense_hub::HubError::Core(core) => core,
        other => Error::Io {
            path: "hub".into(),
            source: std::io::Error::other(other.to_string()),
        },
    }
}

fn pg_err(e: postgres::Error) -> Error {
    hub_err(kense_hub::HubError::Postgres {
        context: "benchmark",
        source: e,
    })
}

/// Runs the hub benchmarks on `store` (a generated office with a year of
/// events); `offices` copies of it make the consolidated report's hub.
pub fn run(url: &str, store: &mut Store, offices: usize) -> Result<Vec<Figure>, Error> {
    let db = format!("kense_bench_{}", std::process::id());
    let mut admin = kense_hub::connect(url).map_err(hub_err)?;
    // Two statements: PostgreSQL runs several in one query as a
    // transaction, which DROP and CREATE DATABASE refuse.
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .map_err(pg_err)?;
    admin
        .batch_execute(&format!("CREATE DATABASE {db}"))
        .map_err(pg_err)?;
    let (base, _) = url.rsplit_once('/').unwrap_or((url, ""));
    let bench_url = format!("{base}/{db}");
    let result = run_in(&bench_url, store, offices);
    drop(admin);
    if std::env::var_os("KENSE_BENCH_KEEP_HUB").is_some() {
        // For looking at the report's queries afterwards (psql, EXPLAIN).
        eprintln!("kept the benchmark's hub database {db}");
        return result;
    }
    if let Ok(mut admin) = kense_hub::connect(url) {
        let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"));
    }
    result
}

fn run_in(url: &str, store: &mut Store, offices: usize) -> Result<Vec<Figure>, Error> {
    let mut figures = Vec::new();
    let mut client = kense_hub::connect(url).map_err(hub_err)?;
    kense_hub::schema::init(&mut client).map_err(hub_err)?;
    office::set_office_code(store.conn(), "BENCH-00")?;
    store
        .conn()
        .execute_batch(
            "DELETE FROM hub_sent; UPDATE app_setting SET value = '0' WHERE key = 'hub.sent_seq';",
        )
        .map_err(|source| Error::Sqlite {
            context: "resetting what was sent",
            source,
        })?;
    let people: i64 = store
        .conn()
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .map_err(|source| Error::Sqlite {
            context: "counting people",
            source,
        })?;

    let started = Instant::now();
    let applied = kense_hub::push::push(store, &mut client, &mut |_| Ok(())).map_err(hub_err)?;
    figures.push(figure(
        format!(
            "hub push from scratch: {people} people, {} rows",
            applied.rows_sent
        ),
        started.elapsed(),
        Duration::from_secs(30),
    ));

    // The same office again: nothing to send.
    let started = Instant::now();
    let again = kense_hub::push::push(store, &mut client, &mut |_| Ok(())).map_err(hub_err)?;
    figures.push(figure(
        format!("hub push with nothing changed ({} rows)", again.rows_sent),
        started.elapsed(),
        Duration::from_secs(5),
    ));

    // More offices: copies of the first, made on the server.
    let first = office::get_office_identity(store.conn())?.office_id;
    for n in 1..offices {
        let id = uuid::Uuid::now_v7().to_string();
        let mut tx = client.transaction().map_err(pg_err)?;
        tx.execute(
            "INSERT INTO hub.office (id, code, name) VALUES (($1::text)::uuid, $2, $2)",
            &[&id, &format!("BENCH-{n:02}")],
        )
        .map_err(pg_err)?;
        for t in TABLES {
            let cols: Vec<&str> = t.columns.iter().map(|(c, _)| *c).collect();
            let cols = cols.join(", ");
            tx.execute(
                &format!(
                    "INSERT INTO hub.{} (office_id, {cols}, deleted, seq)
                     SELECT ($1::text)::uuid, {cols}, deleted, seq FROM hub.{} WHERE office_id = ($2::text)::uuid",
                    t.name, t.name
                ),
                &[&id, &first],
            )
            .map_err(pg_err)?;
        }
        // As a push would: who was present at the copied events, and the
        // people of each category.
        tx.execute(
            "SELECT hub.refresh_presence(($1::text)::uuid, NULL),
                    hub.refresh_category_people(($1::text)::uuid)",
            &[&id],
        )
        .map_err(pg_err)?;
        tx.commit().map_err(pg_err)?;
    }
    client.batch_execute("ANALYZE").map_err(pg_err)?;

    let query = ReportQuery::dates("2026-01-01", "2026-12-31")?;
    let mut times = Vec::new();
    let mut local = Duration::ZERO;
    for _ in 0..3 {
        let started = Instant::now();
        let report = kense_hub::report::hub_report(&mut client, &query, None).map_err(hub_err)?;
        times.push(started.elapsed());
        std::hint::black_box(report);
        let started = Instant::now();
        std::hint::black_box(kense_core::report::compute_report(store.conn(), &query)?);
        local += started.elapsed();
    }
    times.sort_unstable();
    let median = times[times.len() / 2];
    let local = local / 3;
    figures.push(figure(
        format!(
            "hub year report over {offices} offices (one office locally: {:.0} ms, ×{:.1})",
            local.as_secs_f64() * 1000.0,
            median.as_secs_f64() / local.as_secs_f64().max(1e-9)
        ),
        median,
        Duration::from_secs(2),
    ));
    Ok(figures)
}
