//! Helpers shared by the CLI test files: run `kense`, insist it succeeded,
//! read a PDF's text.
// Each test file uses a part of these.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// Runs `kense --db DB ARGS…` with no language or database from the environment.
pub fn kense(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kense"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("KENSE_DB")
        .env_remove("KENSE_LANG")
        .output()
        .expect("run kense")
}

/// The standard output of a run that must have succeeded.
pub fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "stdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The text of a PDF (poppler's pdftotext, layout mode), runs of spaces collapsed.
pub fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is missing: apt-get install poppler-utils");
    assert!(out.status.success());
    // Layout mode keeps words of a line together; collapse runs of spaces.
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
