//! Core flows on temporary databases: what a user does across restarts.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use kense_core::office::{self, OfficeProfileInput};
use kense_core::{Lang, Store, demo, settings, signatories};

#[test]
fn first_run_demo_office_then_edit_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("Kense").join("kense.db");

    let mut store = Store::open(&path).unwrap();
    assert!(store.was_created());
    assert!(demo::seed_demo_office(&mut store).unwrap());
    let demo_profile = office::get_office_profile(store.conn()).unwrap();
    assert!(demo_profile.name_kk.contains("жобалық кеңсесі"));

    let mut input = OfficeProfileInput::from(&demo_profile);
    input.name_kk = "Жамбыл облысы прокуратурасының жобалық кеңсесі".into();
    input.name_ru = "Проектный офис прокуратуры Жамбылской области".into();
    office::update_office_profile(store.conn(), &input).unwrap();
    settings::set_language(store.conn(), Lang::Ru).unwrap();
    drop(store);

    let mut store = Store::open(&path).unwrap();
    assert!(!store.was_created());
    assert!(
        !demo::seed_demo_office(&mut store).unwrap(),
        "an edited office is never overwritten"
    );
    let profile = office::get_office_profile(store.conn()).unwrap();
    assert_eq!(
        profile.name(Lang::Kk),
        "Жамбыл облысы прокуратурасының жобалық кеңсесі"
    );
    assert_eq!(
        profile.name(Lang::Ru),
        "Проектный офис прокуратуры Жамбылской области"
    );
    assert_eq!(settings::get_language(store.conn()).unwrap(), Lang::Ru);
    assert_eq!(
        signatories::list_signatories(store.conn()).unwrap().len(),
        2
    );
    assert!(store.check().unwrap().is_ok());
}
