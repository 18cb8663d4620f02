#!/usr/bin/env bash
# A DEVELOPER's run: installs what is missing and starts the Kense desktop
# app on its default database (a SQLite file in the user's data folder; a
# demo office is offered on first run). Arguments go to the app, e.g.
# --db PATH or --demo.
#
# It builds a debug binary (fast to rebuild, with the WebView's devtools
# open to right-click > Inspect): never hand it out. Builds for offices come
# from `bash scripts/release.sh` (release profile, no devtools, installers in
# dist/); see docs/release.md.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

apt_ensure "${APP_PACKAGES[@]}"
ensure_rust
ensure_node
ensure_ui_packages
build_ui
say "building the app (debug, with devtools: for development only)"
cargo build --manifest-path "$ROOT/Cargo.toml" -p kense-app
say "starting Kense"
exec "$CARGO_TARGET_DIR/debug/kense-app" "$@"
