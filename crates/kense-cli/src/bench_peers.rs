//! `kense bench`: the peers each figure is measured against in the same run.
//! A loaded laptop moves absolute times by 2×; the ratio to a peer doing
//! the same job on the same machine at the same moment does not.
//!
//! - the import against the `sqlite3` shell's `.import` of the same people
//!   into the same schema and indexes (a database Kense created), with the
//!   full-text index filled in one statement — no validation, no folding,
//!   no duplicate checks, no organisations matched;
//! - the search against a bare FTS5 prefix query on the same index (no
//!   join, no alphabet order).

#![allow(
    clippy::disallowed_methods,
    reason = "the import peer is the sqlite3 shell, run by the benchmark only, never by the app"
)]

use kense_core::{Error, Store};
use rusqlite::Connection;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The people of `source` as the peer's CSV: the stored columns, the sort
/// key as hex text (the `sqlite3` shell cannot read blobs from CSV).
const PEOPLE_COLUMNS: &str = "uuid, surname, name, patronymic, gender, position, phone, email, \
     iin, consent, consent_date, notes, search_text, name_key, hex(sort_key), created_at, updated_at";

/// Times the `sqlite3` shell importing the people of `source` into a fresh
/// Kense database in `dir`; `None` (with the reason printed) when the shell
/// is not installed.
pub fn sqlite3_import(dir: &Path, source: &Path) -> Result<Option<Duration>, Error> {
    if Command::new("sqlite3").arg("-version").output().is_err() {
        eprintln!("import peer skipped: the sqlite3 shell is not installed (apt install sqlite3)");
        return Ok(None);
    }
    let csv = dir.join("peer-people.csv");
    let dump = format!(
        ".mode csv\n.headers off\n.output '{}'\nSELECT {PEOPLE_COLUMNS} FROM person WHERE deleted_at IS NULL;\n",
        csv.display()
    );
    run_sqlite3(source, &dump)?;
    let target = dir.join("peer-import.db");
    drop(Store::open(&target)?);
    let import = format!(
        "PRAGMA synchronous = FULL;\n\
         CREATE TEMP TABLE rows (uuid, surname, name, patronymic, gender, position, phone, email, \
             iin, consent, consent_date, notes, search_text, name_key, sort_hex, created_at, updated_at);\n\
         .mode csv\n\
         BEGIN;\n\
         .import '{}' rows\n\
         INSERT INTO person (uuid, surname, name, patronymic, gender, position, phone, email, iin, \
             consent, consent_date, notes, search_text, name_key, sort_key, created_at, updated_at)\n\
           SELECT uuid, surname, name, patronymic, NULLIF(gender, ''), position, phone, email, \
             NULLIF(iin, ''), CAST(consent AS INTEGER), NULLIF(consent_date, ''), notes, search_text, \
             name_key, CAST(sort_hex AS BLOB), created_at, updated_at FROM rows;\n\
         INSERT INTO person_fts (rowid, search_text) SELECT id, search_text FROM person;\n\
         COMMIT;\n",
        csv.display()
    );
    let started = Instant::now();
    run_sqlite3(&target, &import)?;
    let took = started.elapsed();
    let imported: i64 = Connection::open(&target)
        .and_then(|conn| conn.query_row("SELECT count(*) FROM person", [], |r| r.get(0)))
        .map_err(|e| peer_error(&target, e.to_string()))?;
    if imported == 0 {
        return Err(peer_error(
            &target,
            "the sqlite3 shell imported no rows".to_owned(),
        ));
    }
    Ok(Some(took))
}

/// A peer that failed, as an error naming its file.
fn peer_error(path: &Path, message: String) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source: std::io::Error::other(message),
    }
}

/// Runs the `sqlite3` shell on `db` with `script` on its standard input;
/// any message on its standard error is a failure (the shell exits 0 on
/// many errors).
fn run_sqlite3(db: &Path, script: &str) -> Result<(), Error> {
    let fail = |what: String| peer_error(db, format!("sqlite3: {what}"));
    let mut child = Command::new("sqlite3")
        .arg("-bail")
        .arg(db)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| fail(e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(script.as_bytes())
            .map_err(|e| fail(e.to_string()))?;
    }
    let out = child.wait_with_output().map_err(|e| fail(e.to_string()))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || !stderr.trim().is_empty() {
        return Err(fail(stderr.trim().to_owned()));
    }
    Ok(())
}

/// Times a bare FTS5 prefix query for each of `queries` (folded as Kense
/// folds them), the first 50 hits, on `conn`.
pub fn bare_fts(conn: &Connection, queries: &[&str]) -> Result<Vec<Duration>, Error> {
    let mut stmt = conn
        .prepare("SELECT rowid FROM person_fts WHERE person_fts MATCH ?1 LIMIT 50")
        .map_err(|source| Error::Sqlite {
            context: "preparing the bare FTS5 query",
            source,
        })?;
    let mut times = Vec::with_capacity(queries.len());
    for query in queries {
        let Some(matched) = kense_core::fold::fts_prefix_query(query) else {
            continue;
        };
        let started = Instant::now();
        let ids = stmt
            .query_map([&matched], |r| r.get::<_, i64>(0))
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|source| Error::Sqlite {
                context: "running the bare FTS5 query",
                source,
            })?;
        times.push(started.elapsed());
        std::hint::black_box(ids);
    }
    Ok(times)
}
