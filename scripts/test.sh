#!/usr/bin/env bash
# Installs what is missing and runs every test: formatting, clippy, the Rust
# tests, the UI type check and unit tests, and the GUI tests through the real
# app under a virtual display.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$(dirname "${BASH_SOURCE[0]}")/pg.sh"

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

# The hub tests (crates/kense-hub/tests/hub.rs) run against a throwaway
# PostgreSQL cluster on a loopback port, stopped however the script ends.
trap pg_stop EXIT
pg_start
say "Rust tests"
cargo test --workspace
pg_stop

say "UI type check"
(cd ui && npm run --silent check)
say "UI unit tests"
(cd ui && npm test --silent)

say "building the app for the GUI tests"
cargo build -p kense-app
say "GUI tests"
KENSE_APP="$CARGO_TARGET_DIR/debug/kense-app" xvfb-run -a bash tests/gui/run.sh
