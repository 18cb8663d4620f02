//! Tauri's build step: reads tauri.conf.json and the capabilities, and
//! declares the app's commands (an `AppManifest`) so that each one needs its
//! own `allow-<command>` permission (the name with hyphens: `allow-save-report-pdf`) in a capability: a command no capability
//! grants is refused. The UI must be built first, since the app embeds
//! `ui/dist`.
//!
//! The command list is read from the `commands!` declarations in
//! `src/commands/*.rs` (the one place commands are declared), and written to
//! `$OUT_DIR/manifest_commands.rs`, which a unit test compares with the
//! names the macro produced: a declaration this reader misses fails it.
use std::path::{Path, PathBuf};

/// The GUI-test hook's module: declared only with the `gui-test` feature.
const GUI_TEST_MODULE: &str = "gui_test.rs";

fn main() {
    // Read at run time, not with env!(): a build script compiled for one
    // checkout is reused for another when they share CARGO_TARGET_DIR.
    let manifest_dir =
        std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let index = manifest_dir.join("../ui/dist/index.html");
    println!("cargo:rerun-if-changed={}", index.display());
    if !index.exists() {
        println!(
            "cargo::error=the UI is not built ({} is missing): run `cd ui && npm ci && npm run build`, or `bash scripts/run.sh`",
            index.display()
        );
        return;
    }
    let commands_dir = manifest_dir.join("src/commands");
    println!("cargo:rerun-if-changed={}", commands_dir.display());
    let gui_test = std::env::var_os("CARGO_FEATURE_GUI_TEST").is_some();
    let commands = match declared_commands(&commands_dir, gui_test) {
        Ok(commands) => commands,
        Err(err) => {
            println!(
                "cargo::error=reading the commands in {}: {err}",
                commands_dir.display()
            );
            return;
        }
    };
    if let Err(err) = write_list(&commands) {
        println!("cargo::error=writing the command list: {err}");
        return;
    }
    let commands: &'static [&'static str] = Box::leak(
        commands
            .into_iter()
            .map(|c| &*Box::leak(c.into_boxed_str()))
            .collect::<Vec<&'static str>>()
            .into_boxed_slice(),
    );
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(commands));
    if let Err(err) = tauri_build::try_build(attributes) {
        println!("cargo::error=tauri build step: {err:#}");
    }
}

/// The names of the commands declared with `commands!` in `dir`: the lines
/// `fn name(state…` and `fn name(app…` (the macro's fixed form).
fn declared_commands(dir: &Path, gui_test: bool) -> std::io::Result<Vec<String>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.sort();
    let mut names = Vec::new();
    for file in files {
        if file.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        if !gui_test && file.file_name().is_some_and(|n| n == GUI_TEST_MODULE) {
            continue;
        }
        let text = std::fs::read_to_string(&file)?;
        names.extend(command_names(&text));
    }
    Ok(names)
}

/// `fn NAME(state` / `fn NAME(app` lines inside a `commands!` block.
fn command_names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut inside = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with("crate::commands!") {
            inside = true;
            continue;
        }
        if !inside {
            continue;
        }
        let Some(rest) = line.strip_prefix("fn ") else {
            continue;
        };
        let Some((name, args)) = rest.split_once('(') else {
            continue;
        };
        let ctx = args.split([',', ')']).next().unwrap_or_default().trim();
        let is_ident =
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if is_ident && (ctx == "state" || ctx == "app") {
            names.push(name.to_owned());
        }
    }
    names
}

/// `$OUT_DIR/manifest_commands.rs`: the list, for the unit test.
fn write_list(commands: &[String]) -> std::io::Result<()> {
    let out = std::env::var_os("OUT_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let items: Vec<String> = commands.iter().map(|c| format!("{c:?}")).collect();
    let text = format!(
        "/// The commands build.rs declared in the AppManifest.\npub const MANIFEST_COMMANDS: &[&str] = &[{}];\n",
        items.join(", ")
    );
    std::fs::write(out.join("manifest_commands.rs"), text)
}
