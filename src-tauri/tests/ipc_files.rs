//! Files only where the user pointed, and a permission per command, through
//! Tauri's IPC on the mock runtime with the app's real configuration and
//! capabilities: forged handles and paths, other extensions and commands
//! outside a capability are refused with their codes; a picked file works.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose
#![allow(
    clippy::disallowed_methods,
    reason = "tests write their input files directly; what Kense writes goes through write_atomic"
)]

use kense_app::picked::{OpenKind, Purpose, SaveFormat};
use kense_app::{AppState, bindings, with_commands};
use kense_core::Store;
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use tauri::ipc::{CallbackFn, CapabilityBuilder, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

/// The URL the app's own pages have (the webview's local origin).
const APP_URL: &str = if cfg!(windows) {
    "http://tauri.localhost"
} else {
    "tauri://localhost"
};

fn app() -> (
    tempfile::TempDir,
    App<MockRuntime>,
    WebviewWindow<MockRuntime>,
) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("kense.db")).unwrap();
    let app = with_commands(mock_builder())
        .manage(AppState::from_store(store))
        .build(tauri::generate_context!())
        .unwrap();
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    (dir, app, window)
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

/// What the native dialog would have answered: the user picked `path`.
fn pick(app: &App<MockRuntime>, path: &Path, purpose: Purpose) -> u32 {
    let state = app.state::<AppState>();
    state
        .picked()
        .add(path.to_path_buf(), purpose)
        .unwrap()
        .handle
}

fn code(err: &Value) -> &str {
    err["code"].as_str().unwrap_or_default()
}

fn report_query() -> Value {
    json!({ "from": "2026-11-01", "to": "2026-11-30", "campaignId": null, "district": null, "today": null })
}

#[test]
fn a_forged_handle_is_refused_by_every_command_that_reads_or_writes_a_file() {
    let (dir, _app, window) = app();
    let forged = json!(4242);
    let calls = [
        (
            "save_report_pdf",
            json!({ "query": report_query(), "file": forged, "language": "kk", "job": 1, "onProgress": "__CHANNEL__:1" }),
        ),
        (
            "save_report_xlsx",
            json!({ "query": report_query(), "file": forged, "language": "kk", "job": 1, "onProgress": "__CHANNEL__:1" }),
        ),
        (
            "preview_import_file",
            json!({ "file": forged, "kind": "people", "mapping": null }),
        ),
        (
            "export_registry",
            json!({ "kind": "people", "file": forged, "language": "kk", "filter": null, "people": null }),
        ),
        ("set_template_logo", json!({ "id": 1, "file": forged })),
        ("save_document", json!({ "id": 1, "file": forged })),
        (
            "save_ics",
            json!({ "scope": { "kind": "month", "value": "2026-11" }, "language": "kk", "file": forged }),
        ),
        (
            "add_photo",
            json!({ "eventId": 1, "file": forged, "photo": { "caption": "", "credit": "", "chosen": false } }),
        ),
        (
            "save_press_release",
            json!({ "eventId": 1, "text": "Мәтін", "file": forged }),
        ),
    ];
    for (cmd, args) in calls {
        let err = invoke(&window, cmd, args).unwrap_err();
        assert_eq!(code(&err), "file_not_picked", "{cmd}: {err}");
    }
    // A path where a handle goes does not even deserialise.
    let target = dir.path().join("evil.pdf");
    let err = invoke(
        &window,
        "save_report_pdf",
        json!({ "query": report_query(), "file": target.display().to_string(), "language": "kk", "job": 1, "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap_err();
    assert!(err.to_string().contains("invalid args `file`"), "{err}");
    assert!(!target.exists());
}

#[test]
fn a_picked_handle_writes_there_and_only_for_its_purpose() {
    let (dir, app, window) = app();
    let pdf = dir.path().join("Есеп.pdf");
    let handle = pick(&app, &pdf, Purpose::Save(SaveFormat::Pdf));
    // Picked to save a PDF: not an XLSX, not a table to read.
    let err = invoke(
        &window,
        "save_report_xlsx",
        json!({ "query": report_query(), "file": handle, "language": "kk", "job": 1, "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap_err();
    assert_eq!(code(&err), "file_not_picked", "{err}");
    let err = invoke(
        &window,
        "preview_import_file",
        json!({ "file": handle, "kind": "people", "mapping": null }),
    )
    .unwrap_err();
    assert_eq!(code(&err), "file_not_picked", "{err}");
    assert!(!pdf.exists());
    // As picked: written.
    invoke(
        &window,
        "save_report_pdf",
        json!({ "query": report_query(), "file": handle, "language": "kk", "job": 1, "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap();
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));

    // A table picked to import is read; the people export goes to its XLSX.
    let csv = dir.path().join("Адамдар.csv");
    std::fs::write(&csv, "Тегі;Аты\r\nСейітова;Ақмарал\r\n").unwrap();
    let table = pick(&app, &csv, Purpose::Open(OpenKind::Table));
    let preview = invoke(
        &window,
        "preview_import_file",
        json!({ "file": table, "kind": "people", "mapping": null }),
    )
    .unwrap();
    assert_eq!(preview["totalRows"], 1, "{preview}");
    let xlsx = dir.path().join("Экспорт.xlsx");
    let out = pick(&app, &xlsx, Purpose::Save(SaveFormat::Xlsx));
    invoke(
        &window,
        "export_registry",
        json!({ "kind": "people", "file": out, "language": "kk", "filter": null, "people": null }),
    )
    .unwrap();
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));
}

#[test]
fn open_and_reveal_refuse_files_kense_did_not_write_and_other_kinds() {
    let (dir, app, window) = app();
    let exe = dir.path().join("run.exe");
    std::fs::write(&exe, b"MZ").unwrap();
    let lnk = dir.path().join("Құжат.pdf.lnk");
    std::fs::write(&lnk, b"L").unwrap();
    let foreign = dir.path().join("someone-elses.pdf");
    std::fs::write(&foreign, b"%PDF-1.7").unwrap();
    for cmd in ["open_file", "reveal_file"] {
        for path in [&exe, &lnk, &foreign, &PathBuf::from("/etc/passwd")] {
            let err =
                invoke(&window, cmd, json!({ "path": path.display().to_string() })).unwrap_err();
            assert_eq!(
                code(&err),
                "file_not_openable",
                "{cmd} {}: {err}",
                path.display()
            );
        }
    }
    // A file Kense wrote in this run passes the check (it is in the set the
    // opener is allowed to see).
    let pdf = dir.path().join("Есеп.pdf");
    let handle = pick(&app, &pdf, Purpose::Save(SaveFormat::Pdf));
    invoke(
        &window,
        "save_report_pdf",
        json!({ "query": report_query(), "file": handle, "language": "kk", "job": 1, "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap();
    let state = app.state::<AppState>();
    assert_eq!(state.picked().openable(&pdf).unwrap(), pdf);
    // Even a written file of another kind stays closed.
    assert_eq!(
        state.picked().openable(&exe).unwrap_err().code.as_str(),
        "file_not_openable"
    );
}

#[test]
fn a_command_outside_a_windows_capability_is_refused() {
    let (_dir, app, window) = app();
    // The main window's capability grants the UI's commands.
    invoke(&window, "app_info", json!({})).unwrap();
    // Another window has only what a capability gives it: here app_info.
    app.add_capability(
        CapabilityBuilder::new("probe")
            .window("probe")
            .permission("allow-app-info"),
    )
    .unwrap();
    let probe = WebviewWindowBuilder::new(&app, "probe", Default::default())
        .build()
        .unwrap();
    invoke(&probe, "app_info", json!({})).unwrap();
    let err = invoke(&probe, "get_office_profile", json!({})).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("not allowed"), "{text}");
    // The GUI tests' hook is not even declared in this build.
    let err = invoke(
        &window,
        "gui_test_answer_dialog",
        json!({ "path": "/tmp/x.pdf" }),
    )
    .unwrap_err();
    assert!(err.to_string().contains("not allowed"), "{err}");
    // Nor the plugins' own dialog and opener commands: dialogs run in Rust.
    for cmd in [
        "plugin:dialog|save",
        "plugin:dialog|open",
        "plugin:opener|open_path",
    ] {
        let err = invoke(&window, cmd, json!({ "options": {} })).unwrap_err();
        assert!(err.to_string().contains("not allowed"), "{cmd}: {err}");
    }
}

/// The commands `ui/src` calls (`commands.someName(`), outside the generated
/// bindings and the tests.
fn commands_the_ui_calls() -> BTreeSet<String> {
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/src");
    let by_camel: std::collections::HashMap<String, &str> = bindings::command_names()
        .into_iter()
        .map(|n| (bindings::camel(n), n))
        .collect();
    let mut used = BTreeSet::new();
    let mut stack = vec![ui];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                if name != "test" {
                    stack.push(path);
                }
                continue;
            }
            let source = name.ends_with(".ts") || name.ends_with(".svelte");
            if !source || name.ends_with(".test.ts") || name == "generated.ts" {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (camel, snake) in &by_camel {
                let call = format!("commands.{camel}");
                let found = text.match_indices(&call).any(|(i, _)| {
                    text[i + call.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| !c.is_ascii_alphanumeric() && c != '_')
                });
                if found {
                    used.insert((*snake).to_owned());
                }
            }
        }
    }
    used
}

/// Tauri's own permissions the UI needs, each for a reason: events (the
/// `backup-failed` notice, photos dropped on the window, the window's
/// close-requested question) and
/// closing the window once that question is answered (`lib/closeGuard.ts`).
const CORE_PERMISSIONS: [&str; 3] = [
    "core:event:allow-listen",
    "core:event:allow-unlisten",
    "core:window:allow-destroy",
];

#[test]
fn the_capability_grants_exactly_the_commands_the_ui_calls() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("capabilities/default.json");
    let capability: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .filter(|p| !CORE_PERMISSIONS.contains(&p.as_str()))
        .collect();
    let granted_core = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p.as_str().is_some_and(|p| p.starts_with("core:")))
        .count();
    assert_eq!(granted_core, CORE_PERMISSIONS.len(), "{}", path.display());
    let wanted: BTreeSet<String> = commands_the_ui_calls()
        .into_iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert!(wanted.len() > 50, "the UI scan found only {wanted:?}");
    let extra: Vec<_> = granted.difference(&wanted).collect();
    let missing: Vec<_> = wanted.difference(&granted).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "{}: grants commands the UI does not call {extra:?}; lacks {missing:?}",
        path.display()
    );
}

#[test]
fn a_picked_image_becomes_a_photo_and_the_edited_press_release_goes_where_it_was_picked() {
    let (dir, app, window) = app();
    let event = invoke(
        &window,
        "create_event",
        json!({ "event": {
            "kind": "council_meeting", "campaignId": null,
            "titleKk": "Кеңес отырысы", "titleRu": "Заседание совета",
            "startsAt": "2026-11-08T10:00", "endsAt": "2026-11-08T12:00",
            "placeKk": "Қонаев қ.", "placeRu": "г. Конаев", "districtKk": "", "districtRu": "", "status": "held", "confirmFuture": true,
            "headcount": null, "outcomes": "", "proposalsCount": 0
        } }),
    )
    .unwrap()["id"]
        .as_i64()
        .unwrap();
    let image = dir.path().join("кеңес.png");
    std::fs::write(
        &image,
        kense_core::photos::samples::png(64, 48, [40, 90, 160]),
    )
    .unwrap();
    // A table picked to import is not a photo.
    let csv = dir.path().join("люди.csv");
    std::fs::write(&csv, "surname;name\n").unwrap();
    let table = pick(&app, &csv, Purpose::Open(OpenKind::Table));
    let photo = json!({ "caption": "Отырыс", "credit": "Б. Сейітов", "chosen": true });
    let err = invoke(
        &window,
        "add_photo",
        json!({ "eventId": event, "file": table, "photo": photo }),
    )
    .unwrap_err();
    assert_eq!(code(&err), "file_not_picked", "{err}");
    let handle = pick(&app, &image, Purpose::Open(OpenKind::Image));
    invoke(
        &window,
        "add_photo",
        json!({ "eventId": event, "file": handle, "photo": photo }),
    )
    .unwrap();
    let photos = invoke(&window, "list_photos", json!({ "eventId": event })).unwrap();
    assert_eq!(photos[0]["width"], 64);
    assert_eq!(photos[0]["credit"], "Б. Сейітов");

    let draft = invoke(
        &window,
        "draft_press_release",
        json!({ "eventId": event, "lang": "ru" }),
    )
    .unwrap();
    assert!(
        draft.as_str().unwrap().starts_with("Заседание совета"),
        "{draft}"
    );
    let edited = format!("{}Правка автора.\n", draft.as_str().unwrap());
    let pdf = dir.path().join("релиз.pdf");
    let as_pdf = pick(&app, &pdf, Purpose::Save(SaveFormat::Pdf));
    let err = invoke(
        &window,
        "save_press_release",
        json!({ "eventId": event, "text": edited, "file": as_pdf }),
    )
    .unwrap_err();
    assert_eq!(code(&err), "file_not_picked", "{err}");
    assert!(!pdf.exists());
    let txt = dir.path().join("релиз.txt");
    let as_txt = pick(&app, &txt, Purpose::Save(SaveFormat::Txt));
    invoke(
        &window,
        "save_press_release",
        json!({ "eventId": event, "text": edited, "file": as_txt }),
    )
    .unwrap();
    assert_eq!(std::fs::read_to_string(&txt).unwrap(), edited);
}
