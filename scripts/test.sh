#!/usr/bin/env bash
# Installs what is missing and runs every test: formatting, clippy, the Rust
# tests, the UI type check and unit tests, and the GUI tests through the real
# app under a virtual display.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

apt_ensure "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
ensure_rust
ensure_node
ensure_ui_packages

if ! command -v tauri-driver >/dev/null 2>&1; then
    say "cargo: installing tauri-driver 2.x"
    cargo install tauri-driver --version "^2" --locked --root "$TOOLS_DIR"
fi

cd "$ROOT"
say "cargo fmt --check"
cargo fmt --all -- --check

build_ui

say "clippy"
cargo clippy --workspace --all-targets -- -D warnings

say "Rust tests"
cargo test --workspace

say "UI type check"
(cd ui && npm run --silent check)
say "UI unit tests"
(cd ui && npm test --silent)

say "building the app for the GUI tests (the UI with its test hook)"
(cd ui && VITE_KENSE_GUI_TEST=1 npm run --silent build)
cargo build -p kense-app
say "GUI tests"
KENSE_APP="$CARGO_TARGET_DIR/debug/kense-app" xvfb-run -a bash tests/gui/run.sh
# Leave the release UI (no test hook) in ui/dist.
(cd ui && npm run --silent build)
