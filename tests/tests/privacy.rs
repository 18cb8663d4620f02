//! Personal data kept in: IINs out of the search index but still found by a
//! whole-IIN search, masked in lists, revealed on request; sheets without
//! phones unless asked; an erased person gone from searches and lists.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use kense_core::people::{self, PersonFilter, PersonInput};
use kense_core::{ErrorCode, Store, audit, privacy};

/// `850315300128` and `920107600459`-style IINs valid under the standard.
const IIN: &str = "850315300128";

fn person(surname: &str, name: &str, iin: &str) -> PersonInput {
    PersonInput {
        surname: surname.into(),
        name: name.into(),
        phone: "8 701 123 45 67".into(),
        iin: iin.into(),
        ..PersonInput::default()
    }
}

fn search(store: &Store, query: &str) -> Vec<people::PersonSummary> {
    people::list_people(
        store.conn(),
        &PersonFilter {
            query: query.into(),
            ..Default::default()
        },
    )
    .unwrap()
}

/// The terms of the people's full-text index.
fn index_terms(store: &Store) -> Vec<String> {
    let conn = store.conn();
    conn.execute_batch(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.person_terms USING fts5vocab(main, person_fts, row);",
    )
    .unwrap();
    conn.prepare("SELECT term FROM temp.person_terms")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn a_whole_iin_finds_the_person_but_the_index_never_holds_it() {
    let store = Store::open_in_memory().unwrap();
    let id = people::insert_person(store.conn(), &person("Әлденей", "Әлібек", IIN)).unwrap();
    people::insert_person(store.conn(), &person("Бекова", "Айгүл", "")).unwrap();

    let found = search(&store, IIN);
    assert_eq!(found.iter().map(|p| p.id).collect::<Vec<_>>(), [id]);
    // Spaces typed between the digit groups are fine.
    assert_eq!(search(&store, "850315 300128").len(), 1);
    // Part of an IIN is not a search for one (the index has no IINs).
    assert!(search(&store, "850315").is_empty());
    assert!(search(&store, "85031530012").is_empty());

    let terms = index_terms(&store);
    assert!(terms.iter().any(|t| t == "әлденей"), "{terms:?}");
    assert!(!terms.iter().any(|t| t.contains("850315")), "{terms:?}");
    let texts: Vec<String> = store
        .conn()
        .prepare("SELECT search_text FROM person")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(texts.iter().all(|t| !t.contains(IIN)), "{texts:?}");
    assert!(store.check().unwrap().is_ok());
}

#[test]
fn lists_carry_the_iin_masked_and_the_page_reveals_it_on_request() {
    let store = Store::open_in_memory().unwrap();
    let mut input = person("Әлденей", "Әлібек", IIN);
    input.consent = true;
    let id = people::insert_person(store.conn(), &input).unwrap();
    let other = people::insert_person(store.conn(), &person("Бекова", "Айгүл", "")).unwrap();

    let list = search(&store, "");
    let row = list.iter().find(|p| p.id == id).unwrap();
    assert_eq!(row.iin_masked, "•••••••••128");
    assert!(row.consent);
    let json = serde_json::to_string(&list).unwrap();
    assert!(!json.contains(IIN), "{json}");
    let without = list.iter().find(|p| p.id == other).unwrap();
    assert_eq!(without.iin_masked, "");
    assert!(!without.consent, "people without consent are marked");

    let page = people::get_person(store.conn(), id).unwrap();
    assert_eq!(page.iin_masked, "•••••••••128");
    assert!(!serde_json::to_string(&page).unwrap().contains(IIN));
    assert_eq!(people::reveal_iin(store.conn(), id).unwrap(), IIN);
    assert_eq!(people::reveal_iin(store.conn(), other).unwrap(), "");
}

#[test]
fn an_erased_person_leaves_searches_lists_and_cannot_be_restored() {
    let mut store = Store::open_in_memory().unwrap();
    let id = people::insert_person(store.conn(), &person("Әлденей", "Әлібек", IIN)).unwrap();
    let report = privacy::erase_person(&mut store, id).unwrap();
    assert_eq!(report.person_id, id);
    assert!(search(&store, "Әлденей").is_empty());
    assert!(search(&store, IIN).is_empty());
    assert!(search(&store, "").is_empty());
    assert!(!index_terms(&store).iter().any(|t| t.contains("әлденей")));
    assert_eq!(
        people::restore_person(store.conn(), id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(
        privacy::erase_person(&mut store, id).unwrap_err().code(),
        ErrorCode::NotFound
    );
    // The IIN is free for a new record of someone else.
    people::insert_person(store.conn(), &person("Жаңа", "Адам", IIN)).unwrap();

    let history =
        kense_core::changelog::list_changes(store.conn(), Some(("person", id)), 10).unwrap();
    assert_eq!(history[0].action, "erase");
    assert!(
        history.iter().all(|c| !c.summary.contains("Әлденей")),
        "{history:?}"
    );
    let trail = audit::list_audit(store.conn(), 10).unwrap();
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0].kind, audit::AuditKind::Erase);
    assert_eq!(trail[0].subject, format!("person {id}"));
    assert!(store.check().unwrap().is_ok());
}
