//! Read-only connections beside the writer.
//!
//! In WAL mode readers see the last committed state while one writer works,
//! so the UI keeps listing and searching while a batch, an import or a
//! backup writes. Every reader gets the writer's collation and cache
//! settings, and `query_only`, so a write sent to a reader by mistake fails
//! instead of bypassing the single writer.

use super::BUSY_TIMEOUT;
use crate::error::SqlContext;
use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// How many idle readers are kept open; more are opened on demand and
/// closed after use.
pub const IDLE_READERS: usize = 4;

/// A small pool of read-only connections to one database file.
#[derive(Debug)]
pub struct Readers {
    path: PathBuf,
    idle: Mutex<Vec<Connection>>,
}

impl Readers {
    /// Readers of the database at `path`, which a [`super::Store`] has
    /// opened (and so checked and migrated) already. One reader is opened
    /// now so that a file that cannot be read fails here.
    pub fn open(path: &Path) -> Result<Self> {
        let first = open_reader(path)?;
        Ok(Self {
            path: path.to_path_buf(),
            idle: Mutex::new(vec![first]),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on a reader of its own: an idle one, or a new one when all
    /// are busy. It sees the database as last committed.
    pub fn with_reader<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let taken = self.lock_idle().pop();
        let conn = match taken {
            Some(conn) => conn,
            None => open_reader(&self.path)?,
        };
        let value = f(&conn);
        // A reader left inside a transaction by a failed read is dropped,
        // not reused.
        if conn.is_autocommit() {
            let mut idle = self.lock_idle();
            if idle.len() < IDLE_READERS {
                idle.push(conn);
            }
        }
        value
    }

    /// How many readers are idle (tests).
    pub fn idle_count(&self) -> usize {
        self.lock_idle().len()
    }

    fn lock_idle(&self) -> std::sync::MutexGuard<'_, Vec<Connection>> {
        // The list holds whole connections only; a panic elsewhere while it
        // was locked cannot leave it half-updated.
        self.idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Opens one read-only connection configured like the writer.
fn open_reader(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )
    .map_err(|source| Error::Sqlite {
        context: "opening a reader",
        source,
    })?;
    super::configure_reader(&conn)?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .context("setting the busy timeout")?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use crate::error::SqlContext;

    fn count(conn: &Connection) -> i64 {
        conn.query_row("SELECT count(*) FROM app_setting", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_reader_reads_the_committed_state_while_the_writer_holds_a_transaction() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("k.db")).unwrap();
        let readers = store.readers().unwrap();
        let before = readers.with_reader(|c| Ok(count(c))).unwrap();
        store
            .with_write_tx(|tx| {
                tx.execute("INSERT INTO app_setting (key, value) VALUES ('a', 'b')", [])
                    .context("insert")?;
                // The writer holds the write lock and an uncommitted row: the
                // reader neither waits nor sees it.
                let seen = readers.with_reader(|c| Ok(count(c)))?;
                assert_eq!(seen, before);
                Ok(())
            })
            .unwrap();
        assert_eq!(readers.with_reader(|c| Ok(count(c))).unwrap(), before + 1);
    }

    #[test]
    fn a_reader_cannot_write() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("k.db")).unwrap();
        let readers = store.readers().unwrap();
        let err = readers
            .with_reader(|c| {
                c.execute("INSERT INTO app_setting (key, value) VALUES ('a', 'b')", [])
                    .context("insert")
            })
            .unwrap_err();
        assert!(err.to_string().contains("readonly"), "{err}");
        assert_eq!(
            count(store.conn()),
            readers.with_reader(|c| Ok(count(c))).unwrap()
        );
    }

    #[test]
    fn readers_sort_in_kazakh_order_like_the_writer() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("k.db")).unwrap();
        let readers = store.readers().unwrap();
        let sql = format!(
            "SELECT group_concat(w, ' ') FROM (SELECT column1 AS w FROM (VALUES ('Өмір'), ('Бек'), ('Әсем'), ('Абай')) ORDER BY w COLLATE {})",
            crate::collation::COLLATION
        );
        let by_reader: String = readers
            .with_reader(|c| c.query_row(&sql, [], |r| r.get(0)).context("sort"))
            .unwrap();
        assert_eq!(by_reader, "Абай Әсем Бек Өмір");
    }

    #[test]
    fn busy_readers_get_new_connections_and_idle_ones_are_reused() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("k.db")).unwrap();
        let readers = store.readers().unwrap();
        assert_eq!(readers.idle_count(), 1);
        readers
            .with_reader(|_| readers.with_reader(|_| readers.with_reader(|c| Ok(count(c)))))
            .unwrap();
        assert_eq!(readers.idle_count(), 3);
        for _ in 0..10 {
            readers
                .with_reader(|_| readers.with_reader(|_| Ok(())))
                .unwrap();
        }
        assert_eq!(readers.idle_count(), 3);
    }

    #[test]
    fn an_in_memory_store_has_no_readers() {
        let store = Store::open_in_memory().unwrap();
        assert!(store.readers().is_err());
    }
}
