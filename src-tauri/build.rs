//! Tauri's build step: reads tauri.conf.json and the capabilities. The UI
//! must be built first, since the app embeds `ui/dist`.
use std::path::Path;

fn main() {
    let index = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/dist/index.html");
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
