//! The commands through Tauri's IPC on the mock runtime, with the app's real
//! configuration and capabilities: names, argument names, JSON shapes of
//! results and errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use kense_app::{AppState, bindings, with_commands};
use kense_core::Store;
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

/// The URL the app's own pages have (the webview's local origin).
const APP_URL: &str = if cfg!(windows) {
    "http://tauri.localhost"
} else {
    "tauri://localhost"
};

fn app() -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let store = Store::open_in_memory().unwrap();
    let app = with_commands(mock_builder())
        .manage(AppState::from_store(store))
        .build(tauri::generate_context!())
        .unwrap();
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    (app, window)
}

fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
    tauri::test::get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: APP_URL.parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().unwrap())
}

#[test]
fn every_command_in_the_bindings_is_registered() {
    let (_app, window) = app();
    for name in bindings::command_names() {
        if let Err(err) = invoke(&window, name, json!({})) {
            let text = err.to_string();
            assert!(
                !text.contains("not found") || text.contains("not_found"),
                "{name}: {text}"
            );
        }
    }
    let err = invoke(&window, "no_such_command", json!({})).unwrap_err();
    assert!(err.to_string().contains("not found"), "{err}");
}

#[test]
fn every_registered_command_is_in_the_bindings() {
    let source = include_str!("../src/lib.rs");
    let start = source.find("generate_handler![").unwrap();
    let end = start + source[start..].find("])").unwrap();
    let registered: Vec<&str> = source[start..end]
        .split("commands::")
        .skip(1)
        .map(|s| s.split(',').next().unwrap().trim())
        .map(|path| path.rsplit("::").next().unwrap())
        .collect();
    let mut listed = bindings::command_names();
    let mut registered_sorted = registered.clone();
    listed.sort_unstable();
    registered_sorted.sort_unstable();
    assert_eq!(registered_sorted, listed);
}

#[test]
fn office_profile_round_trips_through_ipc() {
    let (_app, window) = app();
    let mut profile = invoke(&window, "get_office_profile", json!({})).unwrap();
    assert_eq!(profile["timeZone"], "Asia/Almaty");
    profile["nameKk"] = json!("Абай облысы прокуратурасының жобалық кеңсесі");
    profile["nameRu"] = json!("Проектный офис прокуратуры области Абай");
    let input: serde_json::Map<String, Value> = profile
        .as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| !matches!(k.as_str(), "hasLogo" | "updatedAt"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let saved = invoke(
        &window,
        "update_office_profile",
        json!({ "profile": input }),
    )
    .unwrap();
    assert_eq!(
        saved["nameKk"],
        "Абай облысы прокуратурасының жобалық кеңсесі"
    );
    let info = invoke(&window, "app_info", json!({})).unwrap();
    assert_eq!(info["language"], "kk");
    assert_eq!(info["openError"], Value::Null);
    invoke(&window, "set_language", json!({ "language": "ru" })).unwrap();
    let info = invoke(&window, "app_info", json!({})).unwrap();
    assert_eq!(info["language"], "ru");
}

#[test]
fn validation_errors_arrive_as_code_message_field() {
    let (_app, window) = app();
    let err = invoke(
        &window,
        "save_signatory",
        json!({ "signatory": {
            "fullNameKk": "", "fullNameRu": "Иванов И. И.",
            "positionKk": "Басшы", "positionRu": "Руководитель", "isDefault": false
        }}),
    )
    .unwrap_err();
    assert_eq!(err["code"], "validation");
    assert_eq!(err["field"], "full_name_kk");
    assert_eq!(err["reason"], "required");
    assert!(err["message"].as_str().unwrap().contains("required"));
}

#[test]
fn a_refused_database_is_reported_by_app_info() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("random.db");
    std::fs::write(&path, vec![7u8; 4096]).unwrap();
    let app = with_commands(mock_builder())
        .manage(AppState::open(path.clone(), false))
        .build(tauri::generate_context!())
        .unwrap();
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    let info = invoke(&window, "app_info", json!({})).unwrap();
    assert_eq!(info["openError"]["code"], "db_not_kense");
    let err = invoke(&window, "get_office_profile", json!({})).unwrap_err();
    assert_eq!(err["code"], "db_not_kense");
    assert_eq!(std::fs::read(&path).unwrap(), vec![7u8; 4096]);
}

#[test]
fn lists_carry_iins_masked_reveal_gives_the_digits_and_erase_is_audited() {
    let (_app, window) = app();
    let person = invoke(
        &window,
        "create_person",
        json!({ "person": {
            "surname": "Сейітова", "name": "Ақмарал", "patronymic": "", "gender": null,
            "organisationId": null, "position": "", "phone": "", "email": "",
            "categoryIds": [], "iin": "850315300128", "consent": false,
            "consentDate": null, "notes": ""
        }}),
    )
    .unwrap();
    assert_eq!(person["iinMasked"], "•••••••••128");
    assert!(person.get("iin").is_none(), "{person}");
    let id = person["id"].clone();
    let list = invoke(&window, "list_people", json!({ "filter": { "query": "850315300128" } })).unwrap();
    assert_eq!(list[0]["iinMasked"], "•••••••••128");
    assert!(!list.to_string().contains("850315300128"));
    assert_eq!(
        invoke(&window, "reveal_person_iin", json!({ "id": id })).unwrap(),
        "850315300128"
    );
    let report = invoke(&window, "erase_person", json!({ "id": id })).unwrap();
    assert_eq!(report["personId"], id);
    let err = invoke(&window, "get_person", json!({ "id": id })).unwrap_err();
    assert_eq!(err["code"], "not_found");
    let audit = invoke(&window, "list_audit", json!({ "limit": 10 })).unwrap();
    assert_eq!(audit[0]["kind"], "erase");
}
