//! The commands through Tauri's IPC on the mock runtime, with the app's real
//! configuration and capabilities: names, argument names, JSON shapes of
//! results and errors.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose
#![allow(
    clippy::disallowed_methods,
    reason = "tests write their input files directly; what Kense writes goes through write_atomic"
)]

use kense_app::{AppState, bindings, with_commands};
use kense_core::Store;
use serde_json::{Value, json};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{INVOKE_KEY, MockRuntime, mock_builder};
use tauri::webview::InvokeRequest;
use tauri::{App, Manager, WebviewWindow, WebviewWindowBuilder};

/// The URL the app's own pages have (the webview's local origin).
const APP_URL: &str = if cfg!(windows) {
    "http://tauri.localhost"
} else {
    "tauri://localhost"
};

/// The app on the mock runtime over a database file (so reads go to
/// readers of their own, as in the real app).
fn app() -> (
    tempfile::TempDir,
    App<MockRuntime>,
    WebviewWindow<MockRuntime>,
) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("kense.db")).unwrap();
    let state = AppState::from_store(store);
    assert!(state.has_readers());
    let app = with_commands(mock_builder())
        .manage(state)
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

/// A value no argument type accepts (not a string, number, object or
/// flat list), so that the handler stops at it and names its key.
fn poison() -> Value {
    json!([[[[true]]]])
}

/// A value of the TypeScript type `inline` that its Rust type accepts,
/// when one is obvious: null for an option, an empty list, the first
/// member of a string union, a number, a string.
fn sample(inline: &str) -> Option<Value> {
    let inline = inline.trim();
    if inline.ends_with("| null") {
        return Some(Value::Null);
    }
    if inline.starts_with("Array<") {
        return Some(json!([]));
    }
    match inline {
        "number" => return Some(json!(1)),
        "string" => return Some(json!("1")),
        "boolean" => return Some(json!(true)),
        _ => {}
    }
    let members: Vec<&str> = inline.split(" | ").map(str::trim).collect();
    if members
        .iter()
        .all(|m| m.len() >= 2 && m.starts_with('"') && m.ends_with('"'))
    {
        return Some(json!(members[0].trim_matches('"')));
    }
    None
}

/// The answer to a command that has no handler: Tauri's "not found", or,
/// since build.rs declares the commands in an AppManifest, the ACL's
/// refusal of a command no manifest declares.
fn unknown(text: &str, name: &str) -> bool {
    text.contains(&format!("Command {name} not found"))
        || text.contains(&format!("{name} not allowed"))
}

/// How far the argument names of one binding were confirmed.
#[derive(Debug, Default)]
struct Checked {
    /// Arguments whose key the handler was seen to read.
    confirmed: usize,
}

/// Calls `command`'s handler once per argument, in order: the arguments
/// before it with sample values, this one with [`poison`]. A handler that
/// reads the key the binding sends fails on it and names it ("invalid args
/// `key`"); one that expects another name answers "missing required key"
/// (or, for an optional argument, goes on without it). Anything but the
/// poisoned key named is a mismatch. Stops at an argument with no obvious
/// sample value.
fn check_binding(
    window: &WebviewWindow<MockRuntime>,
    command: &bindings::Command,
) -> Result<Checked, String> {
    let name = command.name;
    let mut checked = Checked::default();
    if command.args.is_empty() {
        if let Err(err) = invoke(window, name, json!({})) {
            let text = err.to_string();
            if unknown(&text, name) {
                return Err(format!("{name}: not registered"));
            }
            if text.contains("missing required key") {
                return Err(format!(
                    "{name}: takes arguments the binding does not send: {text}"
                ));
            }
        }
        return Ok(checked);
    }
    let mut payload = serde_json::Map::new();
    for arg in &command.args {
        let key = arg.key();
        let mut call = payload.clone();
        call.insert(key.clone(), poison());
        let text = match invoke(window, name, Value::Object(call)) {
            Ok(value) => format!("succeeded with {value}"),
            Err(err) => err
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| err.to_string()),
        };
        if unknown(&text, name) {
            return Err(format!("{name}: not registered"));
        }
        if !text.contains(&format!("invalid args `{key}` for command `{name}`")) {
            return Err(format!(
                "{name}: the binding sends `{key}` but the handler does not read it: {text}"
            ));
        }
        checked.confirmed += 1;
        match sample(&arg.inline) {
            Some(value) => {
                payload.insert(key, value);
            }
            None => break,
        }
    }
    Ok(checked)
}

#[test]
fn every_command_reads_the_argument_names_its_binding_sends() {
    let (_dir, _app, window) = app();
    let commands = bindings::commands(&bindings::config());
    let mut problems = Vec::new();
    let (mut confirmed, mut total) = (0, 0);
    for command in &commands {
        total += command.args.len();
        match check_binding(&window, command) {
            Ok(checked) => confirmed += checked.confirmed,
            Err(problem) => problems.push(problem),
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Every command's first argument is always checked; the rest as far as
    // sample values reach. Keep the coverage from silently collapsing.
    let with_args = commands.iter().filter(|c| !c.args.is_empty()).count();
    assert!(confirmed >= with_args, "{confirmed} < {with_args}");
    assert!(
        confirmed * 10 >= total * 7,
        "only {confirmed} of {total} argument names were confirmed"
    );
    eprintln!("{confirmed} of {total} argument names confirmed through the handlers");
}

/// A binding that does not match its handler, on one side only.
fn renamed(name: &str, from: &str, to: &'static str) -> bindings::Command {
    let mut command = bindings::commands(&bindings::config())
        .into_iter()
        .find(|c| c.name == name)
        .unwrap();
    let arg = command.args.iter_mut().find(|a| a.name == from).unwrap();
    arg.name = to;
    command
}

#[test]
fn the_binding_check_reports_an_argument_renamed_on_one_side() {
    let (_dir, _app, window) = app();
    // The real bindings pass …
    for (name, _, _) in FIXTURES {
        let real = bindings::commands(&bindings::config())
            .into_iter()
            .find(|c| c.name == name)
            .unwrap();
        check_binding(&window, &real).unwrap();
    }
    // … and each one renamed in the binding only is caught: a required
    // first argument, a later one, an optional one.
    for (name, from, to) in FIXTURES {
        let err = check_binding(&window, &renamed(name, from, to)).unwrap_err();
        let key = kense_app::bindings::camel(to);
        assert!(err.contains(&format!("sends `{key}`")), "{name}: {err}");
    }
    // A binding for a command that has no handler.
    let mut ghost = renamed("get_person", "id", "id");
    ghost.name = "get_persons";
    let err = check_binding(&window, &ghost).unwrap_err();
    assert!(err.contains("not registered"), "{err}");
}

/// (command, argument, the name a careless rename gives it in the binding)
const FIXTURES: [(&str, &str, &str); 4] = [
    ("update_person", "id", "person_id"),
    ("set_attendance_present", "present", "is_present"),
    ("list_changes", "id", "row_id"),
    ("commit_import_file", "event_id", "into_event"),
];

#[test]
fn every_command_is_declared_async_so_none_runs_on_the_main_thread() {
    // Tauri runs a plain `fn` command on the main thread, which draws the
    // window. Commands are declared with `commands!`, which writes only
    // `async fn`s; this keeps anyone from adding a `#[tauri::command]` by
    // hand beside it.
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut offenders = Vec::new();
    let mut seen = 0;
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            offenders.extend(
                sync_commands(&text)
                    .into_iter()
                    .map(|line| format!("{}: {line}", path.display())),
            );
            seen += text.matches("#[tauri::command]").count();
        }
    }
    assert!(seen >= 1, "no #[tauri::command] found at all");
    assert!(
        offenders.is_empty(),
        "commands that would run on the main thread:\n{}",
        offenders.join("\n")
    );
}

/// The `fn` lines following a `#[tauri::command]` that are not `async`.
fn sync_commands(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "#[tauri::command]" {
            continue;
        }
        let decl = lines
            .by_ref()
            .map(str::trim)
            .find(|l| !l.starts_with("#[") && !l.starts_with("//"))
            .unwrap_or_default();
        if !decl.contains("async fn") {
            found.push(decl.to_owned());
        }
    }
    found
}

#[test]
fn the_main_thread_check_catches_a_plain_fn_command() {
    let fixture = "#[tauri::command]\npub fn slow(state: State<'_, AppState>) -> u32 { 1 }\n\n#[tauri::command]\n#[allow(dead_code)]\npub async fn fine() -> u32 { 2 }\n";
    assert_eq!(
        sync_commands(fixture),
        vec!["pub fn slow(state: State<'_, AppState>) -> u32 { 1 }"]
    );
}

#[test]
fn reads_are_answered_while_a_write_holds_the_writer() {
    let (_dir, app, window) = app();
    let state = app.state::<AppState>().inner().clone();
    let (started_tx, started_rx) = std::sync::mpsc::channel();
    let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
    let writer = std::thread::spawn(move || {
        state
            .write(|store| {
                store.with_write_tx(|_tx| {
                    started_tx.send(()).unwrap();
                    release_rx.recv().unwrap();
                    Ok(())
                })
            })
            .unwrap();
    });
    started_rx.recv().unwrap();
    // The writer is busy (and holds SQLite's write lock): the lists still
    // answer, from readers of their own.
    let people = invoke(&window, "list_people", json!({ "filter": { "query": "" } })).unwrap();
    assert!(people.is_array(), "{people}");
    let profile = invoke(&window, "get_office_profile", json!({})).unwrap();
    assert_eq!(profile["timeZone"], "Asia/Almaty");
    release_tx.send(()).unwrap();
    writer.join().unwrap();
}

#[test]
fn office_profile_round_trips_through_ipc() {
    let (_dir, _app, window) = app();
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
    let (_dir, _app, window) = app();
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
    let (_dir, _app, window) = app();
    let person = invoke(
        &window,
        "create_person",
        json!({ "person": {
            "surname": "Сейітова", "name": "Ақмарал", "patronymic": "", "gender": null,
            "organisationId": null, "positionKk": "", "positionRu": "", "phone": "", "email": "",
            "categoryIds": [], "iin": "850315300128", "consent": false,
            "consentDate": null, "notes": ""
        }}),
    )
    .unwrap();
    assert_eq!(person["iinMasked"], "•••••••••128");
    assert!(person.get("iin").is_none(), "{person}");
    let id = person["id"].clone();
    let list = invoke(
        &window,
        "list_people",
        json!({ "filter": { "query": "850315300128" } }),
    )
    .unwrap();
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

fn add_person(window: &WebviewWindow<MockRuntime>, surname: &str) {
    invoke(
        window,
        "create_person",
        json!({ "person": {
            "surname": surname, "name": "Әлия", "patronymic": "", "gender": null,
            "organisationId": null, "positionKk": "", "positionRu": "", "phone": "", "email": "",
            "categoryIds": [], "iin": "", "consent": false,
            "consentDate": null, "notes": ""
        }}),
    )
    .unwrap();
}

fn surnames(window: &WebviewWindow<MockRuntime>) -> Vec<String> {
    let list = invoke(window, "list_people", json!({ "filter": { "query": "" } })).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let full = p["fullName"].as_str().unwrap();
            full.split(' ').next().unwrap().to_owned()
        })
        .collect()
}

#[test]
fn a_backup_restored_through_ipc_replaces_the_data_the_readers_see() {
    let (dir, app, window) = app();
    add_person(&window, "Бірінші");
    let taken = invoke(
        &window,
        "back_up_now",
        json!({ "job": 1, "onProgress": "__CHANNEL__:1" }),
    )
    .unwrap();
    assert_eq!(taken["reason"], "manual");
    assert_eq!(taken["checked"], true);
    assert_eq!(taken["contents"]["people"], 1);
    add_person(&window, "Екінші");

    let overview = invoke(&window, "list_backups", json!({})).unwrap();
    assert_eq!(overview["sameDisk"], true);
    assert_eq!(overview["customFolder"], false);
    assert_eq!(overview["databaseFile"], "present");
    assert_eq!(overview["current"]["people"], 2);
    assert_eq!(overview["backups"][0]["path"], taken["path"]);

    let outcome = invoke(
        &window,
        "restore_backup",
        json!({ "path": taken["path"], "passphrase": null }),
    )
    .unwrap();
    assert_eq!(outcome["restored"]["people"], 1);
    assert_eq!(outcome["previousBackup"]["reason"], "before_restore");
    assert_eq!(outcome["previousBackup"]["contents"]["people"], 2);
    // Reads (the readers pool) and writes (the writer) see the restored file.
    assert!(app.state::<AppState>().has_readers());
    assert_eq!(surnames(&window), vec!["Бірінші"]);
    add_person(&window, "Үшінші");
    assert_eq!(surnames(&window).len(), 2);
    drop(dir);
}

#[test]
fn erasing_a_person_takes_a_backup_first() {
    let (dir, _app, window) = app();
    add_person(&window, "Өшірілетін");
    let list = invoke(&window, "list_people", json!({ "filter": { "query": "" } })).unwrap();
    let id = list[0]["id"].clone();
    invoke(&window, "erase_person", json!({ "id": id })).unwrap();
    let overview = invoke(&window, "list_backups", json!({})).unwrap();
    let before: Vec<&Value> = overview["backups"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|b| b["reason"] == "before_erase")
        .collect();
    assert_eq!(before.len(), 1, "{overview}");
    assert_eq!(before[0]["contents"]["people"], 1);
    drop(dir);
}

#[test]
fn a_damaged_database_is_restored_from_its_latest_backup_and_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kense.db");
    let backup = {
        let store = Store::open(&db).unwrap();
        kense_core::backup::take_backup(
            store.conn(),
            &db,
            kense_core::backup::BackupReason::Manual,
            chrono::Utc::now(),
        )
        .unwrap()
    };
    std::fs::write(&db, vec![7u8; 8192]).unwrap();
    let _ = std::fs::remove_file(dir.path().join("kense.db-wal"));
    let app = with_commands(mock_builder())
        .manage(AppState::open(db.clone(), false))
        .build(tauri::generate_context!())
        .unwrap();
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .unwrap();
    assert_eq!(
        invoke(&window, "app_info", json!({})).unwrap()["openError"]["code"],
        "db_not_kense"
    );
    let overview = invoke(&window, "list_backups", json!({})).unwrap();
    assert_eq!(overview["current"], Value::Null);
    assert_eq!(overview["backups"][0]["path"], backup.path.as_str());
    let outcome = invoke(
        &window,
        "restore_backup",
        json!({ "path": backup.path, "passphrase": null }),
    )
    .unwrap();
    let aside = outcome["damagedKeptAt"].as_str().unwrap();
    assert!(aside.contains("kense.db.damaged-"), "{aside}");
    assert_eq!(std::fs::read(aside).unwrap(), vec![7u8; 8192]);
    let info = invoke(&window, "app_info", json!({})).unwrap();
    assert_eq!(info["openError"], Value::Null);
    assert!(surnames(&window).is_empty());
}
