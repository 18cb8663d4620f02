//! Backups on real files: written and checked, listed, pruned, restored
//! (plain and encrypted), damaged databases moved aside.

#![allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures (foreign, broken and empty files) directly"
)]

use super::*;
use crate::{ErrorCode, Store};
use chrono::{Duration, TimeZone};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 2, 9, 30, 0).unwrap()
}

fn add_person(store: &Store, surname: &str) {
    crate::people::insert_person(
        store.conn(),
        &crate::people::PersonInput {
            surname: surname.into(),
            name: "Әлібек".into(),
            ..Default::default()
        },
    )
    .unwrap();
}

fn people(path: &Path) -> i64 {
    let store = Store::open(path).unwrap();
    store
        .conn()
        .query_row(
            "SELECT count(*) FROM person WHERE deleted_at IS NULL",
            [],
            |r| r.get(0),
        )
        .unwrap()
}

#[test]
fn a_backup_is_checked_named_and_listed_beside_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let store = Store::open(&db).unwrap();
    add_person(&store, "Әлденей");
    let info = take_backup(store.conn(), &db, BackupReason::Manual, now()).unwrap();
    assert!(info.checked);
    assert_eq!(info.contents.unwrap().people, 1);
    let folder = dir.path().join("office-backups");
    assert_eq!(Path::new(&info.path).parent().unwrap(), folder);
    assert!(
        info.path.ends_with("kense-20261202-093000-manual.db"),
        "{}",
        info.path
    );
    // A second one in the same second gets its own name.
    let again = take_backup(store.conn(), &db, BackupReason::Manual, now()).unwrap();
    assert!(again.path.ends_with("-manual-2.db"), "{}", again.path);
    let list = list_backups(&folder).unwrap();
    assert_eq!(list.len(), 2);
    assert!(list.iter().all(|b| b.checked && b.size_bytes > 0));
    assert_eq!(list[0].contents.unwrap().people, 1);
    // Only the backups are in the folder: no temporary file is left.
    assert_eq!(fs::read_dir(&folder).unwrap().count(), 2);
}

#[test]
fn the_folder_setting_moves_the_backups() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let elsewhere = dir.path().join("usb/копии");
    let store = Store::open(&db).unwrap();
    crate::settings::put_setting(store.conn(), FOLDER_KEY, &elsewhere.display().to_string())
        .unwrap();
    take_backup(store.conn(), &db, BackupReason::Daily, now()).unwrap();
    assert_eq!(list_backups(&elsewhere).unwrap().len(), 1);
    assert_eq!(backup_dir_of_file(&db), elsewhere);
}

#[test]
fn a_copy_that_fails_its_check_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("kense-20261202-093000-manual.db");
    fs::write(&fake, vec![7u8; 8192]).unwrap();
    let err = check_copy(&fake).unwrap_err();
    assert_eq!(err.code(), ErrorCode::DbNotKense, "{err}");
    let listed = list_backups(dir.path()).unwrap();
    assert_eq!(listed.len(), 1);
    assert!(!listed[0].checked, "a garbage file is listed as unchecked");
    assert!(latest_good_backup(dir.path()).unwrap().is_none());
}

#[test]
fn pruning_follows_retention_on_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let store = Store::open(&db).unwrap();
    let folder = default_backup_dir(&db);
    for n in (1..=40).rev() {
        take_backup_into(
            store.conn(),
            &folder,
            BackupReason::Daily,
            now() - Duration::days(n),
        )
        .unwrap();
    }
    // 40 days back: 12 dailies, then one per week for the rest.
    let kept = list_backups(&folder).unwrap();
    assert!(kept.len() < 20 && kept.len() >= 12 + 3, "{}", kept.len());
}

#[test]
fn restore_brings_back_the_first_state_and_backs_up_the_second() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let store = Store::open(&db).unwrap();
    add_person(&store, "Бірінші");
    let first = take_backup(store.conn(), &db, BackupReason::Manual, now()).unwrap();
    add_person(&store, "Екінші");
    drop(store);
    assert_eq!(people(&db), 2);
    let outcome = restore_backup(
        &db,
        Path::new(&first.path),
        None,
        now() + Duration::minutes(1),
    )
    .unwrap();
    assert_eq!(outcome.restored.people, 1);
    let previous = outcome.previous_backup.unwrap();
    assert_eq!(previous.reason, BackupReason::BeforeRestore);
    assert_eq!(previous.contents.unwrap().people, 2);
    assert_eq!(people(&db), 1);
    // And back again.
    restore_backup(
        &db,
        Path::new(&previous.path),
        None,
        now() + Duration::minutes(2),
    )
    .unwrap();
    assert_eq!(people(&db), 2);
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_damaged_database_is_moved_aside_untouched_and_the_backup_restored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let store = Store::open(&db).unwrap();
    for i in 0..300 {
        add_person(&store, &format!("Адам{i:04}{}", "ә".repeat(60)));
    }
    let good = take_backup(store.conn(), &db, BackupReason::Daily, now()).unwrap();
    store
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;")
        .unwrap();
    drop(store);
    let mut bytes = fs::read(&db).unwrap();
    let page = 4096;
    let middle = bytes.len() / page / 2 * page;
    bytes[middle..middle + page].fill(0x5A);
    fs::write(&db, &bytes).unwrap();
    assert_eq!(Store::open(&db).unwrap_err().code(), ErrorCode::DbDamaged);
    let latest = latest_good_backup(&backup_dir_of_file(&db))
        .unwrap()
        .unwrap();
    assert_eq!(latest.path, good.path);
    let outcome = restore_backup(&db, Path::new(&latest.path), None, now()).unwrap();
    assert!(outcome.previous_backup.is_none());
    let aside = outcome.damaged_kept_at.unwrap();
    assert_eq!(
        fs::read(&aside).unwrap(),
        bytes,
        "the damaged file is kept as it was"
    );
    assert_eq!(people(&db), 300);
    assert!(Store::open(&db).unwrap().check().unwrap().is_ok());
}

#[test]
fn an_encrypted_copy_needs_its_passphrase_and_restores() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let store = Store::open(&db).unwrap();
    add_person(&store, "Құпия");
    let out = dir.path().join("usb.kense.age");
    let contents = backup_to_file(store.conn(), &out, Some("тау-өзен 2026")).unwrap();
    assert_eq!(contents.people, 1);
    let bytes = fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"age-encryption.org/v1"));
    assert!(
        !bytes.windows(6).any(|w| w == b"SQLite"),
        "nothing in clear"
    );
    add_person(&store, "Кейін");
    drop(store);
    for wrong in [None, Some("wrong")] {
        let err = restore_backup(&db, &out, wrong, now()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::WrongPassphrase, "{err}");
    }
    assert_eq!(people(&db), 2, "a refused restore changes nothing");
    assert_eq!(
        inspect_backup(&out, Some("тау-өзен 2026")).unwrap().people,
        1
    );
    restore_backup(&db, &out, Some("тау-өзен 2026"), now()).unwrap();
    assert_eq!(people(&db), 1);
    let plain = dir.path().join("plain.db");
    let store = Store::open(&db).unwrap();
    backup_to_file(store.conn(), &plain, None).unwrap();
    assert_eq!(check_copy(&plain).unwrap().people, 1);
}

#[test]
fn a_migration_is_preceded_by_a_backup_of_the_old_schema() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("old.db");
    {
        let mut conn = Connection::open(&db).unwrap();
        crate::collation::register_collation(&conn).unwrap();
        crate::store::migrate_to(&mut conn, 1).unwrap();
    }
    let store = Store::open_at(&db, now()).unwrap();
    assert_eq!(store.schema_version().unwrap(), latest_schema_version());
    let list = list_backups(&default_backup_dir(&db)).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].reason, BackupReason::BeforeMigration);
    assert_eq!(list[0].contents.unwrap().schema_version, 1);
    // Opening again migrates nothing and backs up nothing.
    drop(store);
    Store::open_at(&db, now()).unwrap();
    assert_eq!(list_backups(&default_backup_dir(&db)).unwrap().len(), 1);
}

#[test]
fn regular_backups_are_due_daily_and_after_30_minutes_of_changes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("office.db");
    let store = Store::open(&db).unwrap();
    let folder = default_backup_dir(&db);
    assert_eq!(
        regular_backup_due(store.conn(), &folder, now()).unwrap(),
        Some(BackupReason::Daily)
    );
    take_backup(store.conn(), &db, BackupReason::Daily, now()).unwrap();
    assert_eq!(
        regular_backup_due(store.conn(), &folder, now()).unwrap(),
        None
    );
    let later = now() + Duration::minutes(45);
    assert_eq!(
        regular_backup_due(store.conn(), &folder, later).unwrap(),
        None,
        "no changes"
    );
    store
        .conn()
        .execute(
            "INSERT INTO change_log (at, entity, entity_id, action) VALUES (?1, 'person', 1, 'create')",
            [(now() + Duration::minutes(10)).format("%Y-%m-%dT%H:%M:%SZ").to_string()],
        )
        .unwrap();
    assert_eq!(
        regular_backup_due(store.conn(), &folder, later).unwrap(),
        Some(BackupReason::Periodic)
    );
    assert_eq!(
        regular_backup_due(store.conn(), &folder, now() + Duration::days(1)).unwrap(),
        Some(BackupReason::Daily)
    );
}

#[test]
fn the_default_backup_folder_is_on_the_disk_of_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kense.db");
    Store::open(&db).unwrap();
    // The folder does not exist yet: its nearest existing folder counts.
    assert!(same_disk(&db, &default_backup_dir(&db)));
    assert!(same_disk(&db, dir.path()));
    #[cfg(target_os = "linux")]
    assert!(
        !same_disk(&db, Path::new("/proc/self")),
        "procfs is a disk of its own"
    );
}

#[test]
fn restoring_over_a_database_of_a_newer_kense_keeps_that_file_aside_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kense.db");
    let store = Store::open(&db).unwrap();
    add_person(&store, "Бекова");
    let info = take_backup(store.conn(), &db, BackupReason::Manual, now()).unwrap();
    add_person(&store, "Жаңаев");
    store
        .conn()
        .pragma_update(None, "user_version", latest_schema_version() + 1)
        .unwrap();
    store
        .conn()
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .unwrap();
    drop(store);
    let newer = std::fs::read(&db).unwrap();
    let outcome = restore_backup(&db, Path::new(&info.path), None, now()).unwrap();
    let aside = outcome.damaged_kept_at.expect("kept aside");
    assert!(aside.contains("kense.db.newer-"), "{aside}");
    assert_eq!(std::fs::read(&aside).unwrap(), newer);
    assert!(outcome.previous_backup.is_none());
    assert_eq!(people(&db), 1);
}

/// An office of about 32 MB (random blobs in a table of their own), so a
/// copy takes long enough to be watched and cancelled.
fn large_office(dir: &Path) -> (PathBuf, Store) {
    let db = dir.join("office.db");
    let store = Store::open(&db).unwrap();
    add_person(&store, "Әлденей");
    store
        .conn()
        .execute_batch(
            "CREATE TABLE filler(b BLOB);
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8000)
             INSERT INTO filler SELECT randomblob(4000) FROM n;",
        )
        .unwrap();
    (db, store)
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_backup_cancelled_half_way_leaves_no_file_and_the_database_as_it_was() {
    use crate::progress::{CancelFlag, Progress, Step};
    let dir = tempfile::tempdir().unwrap();
    let (db, store) = large_office(dir.path());
    let flag = CancelFlag::new();
    let seen = std::sync::Mutex::new(Vec::<Step>::new());
    let progress = Progress::new(
        |step| {
            seen.lock().unwrap().push(step);
            if step.done > 0 {
                flag.cancel();
            }
        },
        flag.clone(),
    )
    .every(std::time::Duration::ZERO);
    let err = take_backup_with_progress(store.conn(), &db, BackupReason::Manual, now(), &progress)
        .unwrap_err();
    assert_eq!(err.code(), ErrorCode::Cancelled, "{err}");
    drop(progress);
    let seen = seen.into_inner().unwrap();
    let last = *seen.last().unwrap();
    assert!(
        seen[0].done == 0 && last.done > 0 && last.done < last.total,
        "cancelled half way: {seen:?}"
    );
    // In bytes, for a bar that says «12 / 30 MB»: the pages in use, whole.
    assert!(
        last.total > 7000 * 4096 && last.total.is_multiple_of(4096),
        "bytes in use: {last:?}"
    );
    // No backup and no temporary file, in the backup folder or beside the database.
    assert_eq!(
        names_in(&dir.path().join("office-backups")),
        Vec::<String>::new()
    );
    assert!(
        names_in(dir.path())
            .iter()
            .all(|n| n == "office-backups" || n.starts_with("office.db")),
        "{:?}",
        names_in(dir.path())
    );
    // The database is untouched and the next backup is whole.
    let quick: String = store
        .conn()
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(quick, "ok");
    let info = take_backup(store.conn(), &db, BackupReason::Manual, now()).unwrap();
    assert_eq!(info.contents.unwrap().people, 1);
}

#[test]
fn a_copy_is_the_snapshot_of_its_start_while_another_connection_writes() {
    use crate::progress::{CancelFlag, Progress};
    let dir = tempfile::tempdir().unwrap();
    let (db, store) = large_office(dir.path());
    let other = std::sync::Mutex::new(Store::open(&db).unwrap());
    let wrote = std::sync::atomic::AtomicBool::new(false);
    let progress = Progress::new(
        |step| {
            // While the copy runs (pages written), another connection commits.
            if step.done > 0 && !wrote.swap(true, std::sync::atomic::Ordering::SeqCst) {
                add_person(&other.lock().unwrap(), "Кейінгі");
            }
        },
        CancelFlag::new(),
    )
    .every(std::time::Duration::ZERO);
    let out = dir.path().join("copy.db");
    let contents = backup_to_file_with_progress(store.conn(), &out, None, &progress).unwrap();
    assert!(
        wrote.load(std::sync::atomic::Ordering::SeqCst),
        "the write came while copying"
    );
    assert_eq!(contents.people, 1, "the copy holds the state it began with");
    assert_eq!(people(&out), 1);
    assert_eq!(people(&db), 2, "the write was not held up");
}
