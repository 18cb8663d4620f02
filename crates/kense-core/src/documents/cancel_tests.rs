//! A batch cancelled half way writes nothing: no register row, no number
//! taken, no file and no private folder left in the output folder.

use super::*;
use crate::kinds::{DocKind, Role};
use crate::progress::{CancelFlag, Progress, Step};
use crate::records_test_support::{event_and_person, store};
use std::sync::Mutex;
use std::time::Duration;

/// An event with `n` people present and the request for their certificates.
fn batch_of(store: &mut Store, n: usize) -> IssueRequest {
    let c = store.conn();
    let (event, first) = event_and_person(c);
    let mut ids = vec![first];
    for i in 1..n {
        let p = crate::people::insert_person(
            c,
            &crate::people::PersonInput {
                surname: format!("Сейітов{}", "а".repeat(i % 7 + 1)),
                name: format!("Ерлан{}", "б".repeat(i / 7 + 1)),
                ..Default::default()
            },
        )
        .unwrap();
        ids.push(p);
    }
    crate::attendance::add_attendance(c, event, &ids, Role::Participant).unwrap();
    let template = templates::list_templates(c)
        .unwrap()
        .into_iter()
        .find(|t| t.kind.doc_kind() == Some(DocKind::Certificate))
        .unwrap();
    IssueRequest {
        event_id: event,
        template_id: template.id,
        lang: crate::kinds::DocLang::Kk,
        role: None,
        person_ids: None,
        issued_on: Some("2026-11-09".into()),
        confirm_future: None,
    }
}

fn entered(store: &Store) -> i64 {
    store
        .conn()
        .query_row("SELECT count(*) FROM issued_document", [], |r| r.get(0))
        .unwrap()
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Issues `req` and cancels once the bar passes `at` documents; returns the
/// result and every step seen.
fn issue_cancelling_at(
    store: &mut Store,
    req: &IssueRequest,
    output: &BatchOutput,
    at: u64,
) -> (Result<IssueOutcome>, Vec<Step>) {
    let flag = CancelFlag::new();
    let seen = Mutex::new(Vec::new());
    let result = {
        let progress = Progress::new(
            |s: Step| {
                seen.lock().unwrap().push(s);
                if s.done >= at {
                    flag.cancel();
                }
            },
            flag.clone(),
        )
        .every(Duration::ZERO);
        issue_to_files_with_progress(store, req, output, DocFormat::Pdf, &progress)
    };
    (result, seen.into_inner().unwrap())
}

#[test]
fn a_batch_cancelled_half_way_leaves_no_row_no_number_and_no_file() {
    let mut store = store();
    let req = batch_of(&mut store, 30);
    let dir = tempfile::tempdir().unwrap();
    let folder = BatchOutput::PerPerson(dir.path().display().to_string());
    let combined = BatchOutput::Combined(dir.path().join("all.pdf").display().to_string());

    for output in [&folder, &combined] {
        // Half way through entering, and half way through rendering.
        for at in [7, 22] {
            let (result, steps) = issue_cancelling_at(&mut store, &req, output, at);
            let err = result.unwrap_err();
            assert_eq!(err.code(), crate::ErrorCode::Cancelled, "{err}");
            assert!(steps.iter().all(|s| s.total == 30), "{steps:?}");
            assert_eq!(steps.last().map(|s| s.done), Some(at), "{steps:?}");
            assert_eq!(entered(&store), 0, "no register row after a cancel");
            assert!(
                names_in(dir.path()).is_empty(),
                "no file and no private folder: {:?}",
                names_in(dir.path())
            );
        }
    }

    // The next batch starts at number 1: the cancelled ones took none.
    let (result, steps) = issue_cancelling_at(&mut store, &req, &folder, u64::MAX);
    let outcome = result.unwrap();
    assert_eq!(outcome.documents.len(), 30);
    assert_eq!(outcome.documents[0].seq, 1);
    assert_eq!(outcome.files.len(), 30);
    assert_eq!(
        steps.last(),
        Some(&Step {
            done: 30,
            total: 30
        })
    );
    assert!(
        steps.windows(2).all(|w| w[0].done <= w[1].done),
        "the bar never moves back: {steps:?}"
    );
}
