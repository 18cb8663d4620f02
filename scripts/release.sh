#!/usr/bin/env bash
# Builds the installers handed out to offices, with the Tauri CLI from ui/'s
# dev dependencies, and copies them into dist/:
#   Linux:   dist/kense_<version>_amd64.deb
#   Windows: dist/Kense_<version>_x64-setup.exe (NSIS, per user, no admin)
#            dist/Kense_<version>_x64_ru-RU.msi (for deployment by policy)
# Release profile (thin LTO), no devtools, the UI embedded. This is the only
# way to make a build for someone else: scripts/run.sh makes a developer's
# debug build. See docs/release.md.
#
# KENSE_RELEASE_PROFILE=ci-release builds with the cheaper CI profile
# (Cargo.toml) instead; only scripts/test.sh does that, to check packaging.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

profile="${KENSE_RELEASE_PROFILE:-release}"

case "$(uname -s)" in
Linux)
    apt_ensure "${APP_PACKAGES[@]}"
    bundles=deb
    ;;
MINGW* | MSYS* | CYGWIN*)
    # Git Bash on Windows: Rust (MSVC), Node.js and WebView2 come from their
    # installers; the Tauri CLI fetches NSIS, WiX and the WebView2 offline
    # installer on its first run (see docs/release.md).
    bundles=nsis,msi
    ;;
*)
    echo "release.sh builds on Linux (.deb) and Windows (NSIS, MSI); this is $(uname -s)." >&2
    exit 1
    ;;
esac

ensure_rust
ensure_node
ensure_ui_packages
build_ui

cd "$ROOT"
cargo_args=()
if [ "$profile" != release ]; then
    cargo_args=(-- --profile "$profile")
fi
say "tauri build ($bundles, profile $profile)"
start=$SECONDS
# --ci: no prompts. The bundles land in $CARGO_TARGET_DIR/<profile>/bundle/.
ui/node_modules/.bin/tauri build --ci --bundles "$bundles" "${cargo_args[@]}"
say "tauri build took $((SECONDS - start)) s"

bundle_dir="$CARGO_TARGET_DIR/$profile/bundle"
rm -rf "$ROOT/dist"
mkdir -p "$ROOT/dist"
shopt -s nullglob
made=("$bundle_dir"/deb/*.deb "$bundle_dir"/nsis/*.exe "$bundle_dir"/msi/*.msi)
if [ "${#made[@]}" -eq 0 ]; then
    echo "tauri build wrote no installer into $bundle_dir" >&2
    exit 1
fi
cp "${made[@]}" "$ROOT/dist/"
say "installers in dist/:"
ls -l "$ROOT/dist"
