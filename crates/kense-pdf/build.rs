//! Copies the ParaType PT Serif / PT Sans faces into `OUT_DIR`, so the library can
//! embed them with `include_bytes!`. The program never reads fonts from disk at run
//! time (offices run Windows laptops without these fonts installed).
//!
//! Where it looks (see `build/fonts.rs`): `$KENSE_FONT_DIR` when set, else Debian's
//! `fonts-paratype` folder or the build machine's Windows/macOS font folders. When a
//! face is missing the build fails saying where it looked and where to get them.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "build/fonts.rs"]
mod fonts;

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=build/fonts.rs");
    println!("cargo::rerun-if-env-changed={}", fonts::FONT_DIR_ENV);

    let Some(out_dir) = env::var_os("OUT_DIR").map(PathBuf::from) else {
        println!("cargo::error=OUT_DIR is not set; build.rs must be run by cargo");
        return;
    };

    let candidates = fonts::candidate_dirs(env::consts::OS, |name| env::var(name).ok());
    let found = match fonts::find_faces(&candidates) {
        Ok(found) => found,
        Err(missing) => {
            for line in fonts::missing_message(&candidates, &missing) {
                println!("cargo::error={line}");
            }
            return;
        }
    };

    for (face, src) in &found {
        println!("cargo::rerun-if-changed={}", src.display());
        if let Err(problem) = copy_font(src, &out_dir.join(face.out_name)) {
            println!("cargo::error={problem}");
        }
    }
}

/// Copies one font into `OUT_DIR` after a sanity check of its sfnt header.
fn copy_font(src: &Path, dst: &Path) -> Result<(), String> {
    let bytes = fs::read(src).map_err(|e| format!("{}: {e}", src.display()))?;
    // TrueType outlines: sfnt version 0x00010000 (or Apple's 'true').
    if !(bytes.starts_with(&[0, 1, 0, 0]) || bytes.starts_with(b"true")) {
        return Err(format!(
            "{}: not a TrueType font file (kense-pdf needs the .ttf files)",
            src.display()
        ));
    }
    // Only rewrite when the content changed, so OUT_DIR mtimes stay stable.
    if fs::read(dst).ok().as_deref() != Some(bytes.as_slice()) {
        #[allow(
            clippy::disallowed_methods,
            reason = "a build script writes into OUT_DIR, which cargo rebuilds after a failed build"
        )]
        fs::write(dst, &bytes).map_err(|e| format!("{}: {e}", dst.display()))?;
    }
    Ok(())
}
