//! The hub's schema: created and migrated by `kense hub init`, checked by
//! every push, load and report. Migrations are `kense_core::hub::MIGRATIONS`
//! (version N is the N-th), each applied in one transaction under an
//! advisory lock; a hub with a newer schema is refused untouched.

use crate::{HubError, PgContext, Result};
use kense_core::hub::{MIGRATIONS, latest_hub_schema_version};
use postgres::{Client, GenericClient};

/// The advisory lock key migrations hold ("KENS").
const MIGRATION_LOCK: i64 = 0x4B45_4E53;

/// What `kense hub init` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitOutcome {
    /// The version before (0: no schema).
    pub from: i64,
    /// The version now.
    pub to: i64,
}

/// The hub's schema version, 0 when there is no Kense schema.
pub fn hub_schema_version(client: &mut impl GenericClient) -> Result<i64> {
    let exists: bool = client
        .query_one("SELECT to_regclass('hub.schema_version') IS NOT NULL", &[])
        .pg("looking for the hub schema")?
        .get(0);
    if !exists {
        return Ok(0);
    }
    let version: Option<i32> = client
        .query_one("SELECT max(version) FROM hub.schema_version", &[])
        .pg("reading the hub schema version")?
        .get(0);
    Ok(i64::from(version.unwrap_or(0)))
}

/// Refuses a hub whose schema is missing, older or newer than this build's.
pub fn check_schema(client: &mut impl GenericClient) -> Result<()> {
    let found = hub_schema_version(client)?;
    let supported = latest_hub_schema_version();
    match found {
        0 => Err(HubError::NotInitialised),
        f if f > supported => Err(HubError::NewerHubSchema { found, supported }),
        f if f < supported => Err(HubError::OlderHubSchema { found, supported }),
        _ => Ok(()),
    }
}

/// Creates or migrates the hub schema to this build's version.
pub fn init(client: &mut Client) -> Result<InitOutcome> {
    let mut tx = client.transaction().pg("starting the migration")?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .pg("locking the hub for migration")?;
    let from = hub_schema_version(&mut tx)?;
    let supported = latest_hub_schema_version();
    if from > supported {
        return Err(HubError::NewerHubSchema {
            found: from,
            supported,
        });
    }
    tx.batch_execute(
        "CREATE SCHEMA IF NOT EXISTS hub;
         CREATE TABLE IF NOT EXISTS hub.schema_version (
             version    integer PRIMARY KEY,
             applied_at timestamptz NOT NULL DEFAULT now(),
             kense      text NOT NULL
         );",
    )
    .pg("creating the hub schema")?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
        let version = i as i32 + 1;
        tx.batch_execute(sql).pg("migrating the hub schema")?;
        tx.execute(
            "INSERT INTO hub.schema_version (version, kense) VALUES ($1, $2)",
            &[&version, &env!("CARGO_PKG_VERSION")],
        )
        .pg("recording the hub schema version")?;
    }
    tx.commit().pg("committing the migration")?;
    Ok(InitOutcome {
        from,
        to: supported,
    })
}
