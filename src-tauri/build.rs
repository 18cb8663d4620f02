//! Tauri's build step: reads tauri.conf.json and the capabilities. The UI
//! must be built first, since the app embeds `ui/dist`.
use std::path::PathBuf;

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
    tauri_build::build();
}
