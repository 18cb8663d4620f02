//! An import cancelled half way writes nothing: its transaction rolls back.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose
#![allow(
    clippy::disallowed_methods,
    reason = "tests write their fixtures directly"
)]

use kense_core::import::ImportKind;
use kense_core::import::registry::{commit_import_with_progress, read_import_file};
use kense_core::progress::{CancelFlag, Progress, Step};
use kense_core::{ErrorCode, Store};
use std::sync::Mutex;
use std::time::Duration;

fn people(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn an_import_cancelled_half_way_writes_no_person() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("people.csv");
    let mut csv = String::from("Тегі;Аты\n");
    let letters = ["а", "ә", "б", "в", "г", "ғ", "д", "е", "ж", "з"];
    for a in letters {
        for b in letters {
            csv.push_str(&format!("Сейіт{a}{b};Ерлан\n"));
        }
    }
    std::fs::write(&path, csv).unwrap();
    let table = read_import_file(&path).unwrap();
    let mut store = Store::open_in_memory().unwrap();

    let flag = CancelFlag::new();
    let seen = Mutex::new(Vec::<Step>::new());
    let progress = Progress::new(
        |s: Step| {
            seen.lock().unwrap().push(s);
            if s.done >= 50 {
                flag.cancel();
            }
        },
        flag.clone(),
    )
    .every(Duration::ZERO);
    let err = store
        .with_tx(|tx| {
            commit_import_with_progress(
                tx,
                ImportKind::People,
                &table,
                None,
                false,
                None,
                &progress,
            )
        })
        .unwrap_err();
    drop(progress);
    assert_eq!(err.code(), ErrorCode::Cancelled, "{err}");
    let seen = seen.into_inner().unwrap();
    assert_eq!(
        seen.last(),
        Some(&Step {
            done: 50,
            total: 100
        })
    );
    assert_eq!(
        people(&store),
        0,
        "the 50 rows written before the cancel were rolled back"
    );

    // Not cancelled: every row, and the bar ends full.
    let seen = Mutex::new(Vec::<Step>::new());
    let progress = Progress::new(|s: Step| seen.lock().unwrap().push(s), CancelFlag::new());
    let outcome = store
        .with_tx(|tx| {
            commit_import_with_progress(
                tx,
                ImportKind::People,
                &table,
                None,
                false,
                None,
                &progress,
            )
        })
        .unwrap();
    drop(progress);
    assert_eq!(outcome.created, 100);
    assert_eq!(people(&store), 100);
    let last = seen.into_inner().unwrap().last().copied();
    assert_eq!(
        last,
        Some(Step {
            done: 100,
            total: 100
        })
    );
}
