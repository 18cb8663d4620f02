//! Copies the ParaType PT Serif / PT Sans faces into `OUT_DIR`, so the library can
//! embed them with `include_bytes!`. The program never reads fonts from disk at run
//! time (offices run Windows laptops without these fonts installed).
//!
//! Source directory: `$KENSE_FONT_DIR` when set, else Debian's `fonts-paratype`
//! location. A missing file fails the build with instructions.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

/// Where Debian/Ubuntu's `fonts-paratype` package installs the faces.
const DEBIAN_FONT_DIR: &str = "/usr/share/fonts/truetype/paratype";

/// Override for the font directory (e.g. on Windows or macOS build machines).
const FONT_DIR_ENV: &str = "KENSE_FONT_DIR";

/// The font files the library embeds (ParaType file names).
const FONT_FILES: [&str; 8] = [
    "PTF55F.ttf", // PT Serif Regular
    "PTF56F.ttf", // PT Serif Italic
    "PTF75F.ttf", // PT Serif Bold
    "PTF76F.ttf", // PT Serif Bold Italic
    "PTS55F.ttf", // PT Sans Regular
    "PTS56F.ttf", // PT Sans Italic
    "PTS75F.ttf", // PT Sans Bold
    "PTS76F.ttf", // PT Sans Bold Italic
];

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed={FONT_DIR_ENV}");

    let Some(out_dir) = env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo::error=OUT_DIR is not set; build.rs must be run by cargo");
        return;
    };

    let (font_dir, source) = match env::var_os(FONT_DIR_ENV).filter(|v| !v.is_empty()) {
        Some(dir) => (PathBuf::from(dir), format!("${FONT_DIR_ENV}")),
        None => (
            PathBuf::from(DEBIAN_FONT_DIR),
            "the default location".to_owned(),
        ),
    };
    println!("cargo::rerun-if-changed={}", font_dir.display());

    let mut problems = Vec::new();
    for name in FONT_FILES {
        let src = font_dir.join(name);
        println!("cargo::rerun-if-changed={}", src.display());
        if let Err(problem) = copy_font(&src, &out_dir.join(name)) {
            problems.push(problem);
        }
    }

    if !problems.is_empty() {
        println!(
            "cargo::error=kense-pdf embeds the ParaType PT Serif / PT Sans fonts at build time, \
             but they could not be read from {} ({source}):",
            font_dir.display()
        );
        for problem in &problems {
            println!("cargo::error=  {problem}");
        }
        println!(
            "cargo::error=On Debian/Ubuntu install them with: sudo apt-get install fonts-paratype"
        );
        println!(
            "cargo::error=Elsewhere, put {} in one directory and set {FONT_DIR_ENV} to it.",
            FONT_FILES.join(", ")
        );
    }
}

/// Copies one font into `OUT_DIR` after a sanity check of its sfnt header.
fn copy_font(src: &Path, dst: &Path) -> Result<(), String> {
    let bytes = fs::read(src).map_err(|e| format!("{}: {e}", src.display()))?;
    // TrueType outlines: sfnt version 0x00010000 (or Apple's 'true').
    if !(bytes.starts_with(&[0, 1, 0, 0]) || bytes.starts_with(b"true")) {
        return Err(format!("{}: not a TrueType font file", src.display()));
    }
    // Only rewrite when the content changed, so OUT_DIR mtimes stay stable.
    if fs::read(dst).ok().as_deref() != Some(bytes.as_slice()) {
        fs::write(dst, &bytes).map_err(|e| format!("{}: {e}", dst.display()))?;
    }
    Ok(())
}
