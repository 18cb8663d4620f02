#!/usr/bin/env bash
# Installs what is missing and starts the Kense desktop app on its default
# database (a SQLite file in the user's data folder; a demo office is filled
# in on first run). Arguments go to the app, e.g. --db PATH or --demo.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

apt_ensure "${APP_PACKAGES[@]}"
ensure_rust
ensure_node
ensure_ui_packages
build_ui
say "building the app"
cargo build --manifest-path "$ROOT/Cargo.toml" -p kense-app
say "starting Kense"
exec "$CARGO_TARGET_DIR/debug/kense-app" "$@"
