#!/usr/bin/env bash
# Installs what is missing and runs every test: formatting, clippy, the Rust
# tests, the Windows portability check (when that Rust target is installed),
# the UI type check and unit tests, the GUI tests through the real app under a
# virtual display, and the release packaging (.deb built, installed, started,
# removed).
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

# The hub tests (crates/kense-hub/tests/hub.rs, and the GUI test
# tests/gui/region.test.mjs) run against a throwaway PostgreSQL cluster on a
# loopback port, stopped after the GUI tests or however the script ends.
trap pg_stop EXIT
pg_start
say "Rust tests"
cargo test --workspace

# Offices run Windows: the Tauri-free crates must at least type-check there.
# (The desktop shell needs the Windows SDK's WebView2 and is checked by
# building the installers on Windows, docs/release.md.)
WINDOWS_TARGET=x86_64-pc-windows-msvc
if rustup target list --installed 2>/dev/null | grep -qx "$WINDOWS_TARGET"; then
    say "cargo check --target $WINDOWS_TARGET (kense-core, kense-pdf, kense-cli)"
    cargo check --target "$WINDOWS_TARGET" -p kense-core -p kense-pdf -p kense-cli
else
    say "SKIPPED: cargo check --target $WINDOWS_TARGET: that Rust target is not installed" \
        "(rustup target add $WINDOWS_TARGET downloads it from static.rust-lang.org, which this" \
        "machine cannot reach); the Linux-only path test (tests/tests/portability.rs) still ran"
fi

say "UI type check"
(cd ui && npm run --silent check)
say "UI unit tests"
(cd ui && npm test --silent)

say "building the app for the GUI tests (with the gui-test hook that answers file dialogs)"
(cd ui && npm run --silent build)
cargo build -p kense-app --features gui-test
say "GUI tests"
KENSE_APP="$CARGO_TARGET_DIR/debug/kense-app" xvfb-run -a bash tests/gui/run.sh
pg_stop

# The installers: the .deb with the ci-release profile (release without LTO
# and with 16 codegen units, see Cargo.toml), then installed, started on an
# empty HOME and removed (tests/release/check-deb.sh). Cost, measured on the
# shared 2-core machine (docs/release.md): a cold release build with thin LTO
# took ~1,420 CPU-seconds, ~520 of them for kense-core, kense-app and the LTO
# link alone, which run one after another; ci-release skips that link work.
say "release packaging (.deb, profile ci-release)"
KENSE_RELEASE_PROFILE=ci-release bash scripts/release.sh
bash tests/release/check-deb.sh
