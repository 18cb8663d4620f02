//! Portability guard: the shipped code builds no Linux-only paths. Offices run
//! Windows, so a literal `/home/…`, `/usr/share/…` or `~/.local/share` in a
//! program would work here and break there. Paths come from `dirs` (through
//! `kense_core::paths`) or from the user's dialogs.
//!
//! Scanned: every `.rs` file under `crates/*/src` and `src-tauri/src`, up to
//! its first column-0 `#[cfg(test)]` (unit tests may use such paths, as they
//! never run on an office laptop), comments left out. Not scanned: build
//! scripts (`build.rs`, `build/`), which run on the build machine and look in
//! each platform's folders on purpose, and test crates.
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly on purpose

use std::fs;
use std::path::{Path, PathBuf};

/// Path pieces that only exist on Linux (or Unix) machines.
const LINUX_ONLY: [&str; 10] = [
    "/home/",
    "/usr/",
    "/etc/",
    "/var/",
    "/tmp/",
    "/opt/",
    "/proc/",
    "~/",
    ".local/share",
    ".config/",
];

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") && !is_test_module(&path) {
            out.push(path);
        }
    }
}

/// A unit-test module in a file of its own (`tests.rs`, `*_tests.rs`,
/// declared `#[cfg(test)] mod tests;`): not shipped.
fn is_test_module(path: &Path) -> bool {
    path.file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|stem| stem == "tests" || stem.ends_with("_tests"))
}

/// The shipped source files: `crates/*/src/**.rs` and `src-tauri/src/**.rs`.
fn shipped_sources(root: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for krate in fs::read_dir(root.join("crates"))
        .expect("crates/")
        .flatten()
    {
        rust_files(&krate.path().join("src"), &mut files);
    }
    rust_files(&root.join("src-tauri/src"), &mut files);
    files.sort();
    files
}

/// The string literals' Linux-only pieces on each line of `source` before its
/// unit tests, as (line number, line).
fn linux_only_paths(source: &str) -> Vec<(usize, String)> {
    let mut hits = Vec::new();
    for (n, line) in source.lines().enumerate() {
        if line.starts_with("#[cfg(test)]") {
            break;
        }
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        // Only what sits inside quotes: `a / b` arithmetic is not a path.
        let quoted: String = code
            .split('"')
            .skip(1)
            .step_by(2)
            .collect::<Vec<_>>()
            .join("\"");
        if LINUX_ONLY.iter().any(|piece| quoted.contains(piece)) {
            hits.push((n + 1, line.trim().to_owned()));
        }
    }
    hits
}

#[test]
fn shipped_code_builds_no_linux_only_paths() {
    let root = repo_root();
    let files = shipped_sources(&root);
    assert!(files.len() > 50, "found only {} source files", files.len());
    let mut problems = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).expect("source is UTF-8");
        for (line, text) in linux_only_paths(&source) {
            let shown = file.strip_prefix(&root).unwrap_or(&file).display();
            problems.push(format!("{shown}:{line}: {text}"));
        }
    }
    assert!(
        problems.is_empty(),
        "Linux-only paths in shipped code (use kense_core::paths / dirs, or a path the user chose):\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_scan_finds_what_it_is_meant_to_find() {
    let source = r#"
fn a() -> PathBuf { PathBuf::from("/home/user/kense.db") }
fn b() { let f = format!("{}/.local/share/Kense", home); }
// A comment naming /usr/share/fonts is fine.
fn c() -> f64 { x / y }
fn d() -> &'static str { "a/b" }
#[cfg(test)]
mod tests { const P: &str = "/tmp/x"; }
"#;
    let hits: Vec<usize> = linux_only_paths(source)
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(hits, [2, 3]);
}
