#!/usr/bin/env bash
# The release acceptance on Linux, run by scripts/test.sh after
# `scripts/release.sh` wrote dist/*.deb (needs root or sudo, Xvfb, xdotool):
#   - the package declares WebKitGTK, installs the binary into /usr/bin, a
#     menu entry named in Kazakh and Russian, and hicolor icons;
#   - the installed app opens a window titled Kense on an empty HOME and
#     creates its database there;
#   - removing the package leaves that database;
#   - the release build has no devtools, and neither the UI bundle nor the
#     binary a test hook.
source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib.sh"

fail() {
    echo "release check FAILED: $*" >&2
    exit 1
}

cd "$ROOT"
shopt -s nullglob
debs=(dist/*.deb)
[ "${#debs[@]}" -eq 1 ] || fail "expected one dist/*.deb, found ${#debs[@]}"
deb="${debs[0]}"
pkg="$(dpkg-deb -f "$deb" Package)"
say "checking $deb (package $pkg)"

depends="$(dpkg-deb -f "$deb" Depends)"
[[ "$depends" == *libwebkit2gtk-4.1-0* ]] || fail "Depends lacks libwebkit2gtk-4.1-0: $depends"

# No devtools: Tauri opens them in release builds only with its `devtools`
# feature (debug builds always have them: that is scripts/run.sh).
if cargo tree -p kense-app --edges normal,build,features -i tauri 2>/dev/null |
    grep -q 'tauri feature "devtools"'; then
    fail "the tauri crate is built with its devtools feature"
fi
# No test hooks: neither in the UI the binary embeds (ui/dist as release.sh
# built it) nor in the binary (the gui-test feature's dialog hook).
if grep -rlE '__kenseSaveAs|gui_test_' ui/dist >/dev/null; then
    fail "the UI bundle holds a GUI-test hook: $(grep -rlE '__kenseSaveAs|gui_test_' ui/dist | tr '\n' ' ')"
fi

as_root dpkg -i "$deb" >/dev/null
files="$(dpkg -L "$pkg")"
bin="$(grep -m1 '^/usr/bin/' <<<"$files")" || fail "no binary in /usr/bin"
if grep -qE 'gui_test_answer_dialog|gui_test_drop_files' "$bin"; then
    fail "$bin holds the GUI tests' hooks (built with --features gui-test)"
fi
desktop="$(grep -m1 '^/usr/share/applications/.*\.desktop$' <<<"$files")" || fail "no .desktop entry"
for key in 'Name\[kk\]=Кеңсе' 'Name\[ru\]=' 'Comment\[kk\]=' 'Comment\[ru\]=' "Exec=$(basename "$bin")"; do
    grep -q "^$key" "$desktop" || fail "$desktop lacks $key"
done
icon="$(sed -n 's/^Icon=//p' "$desktop")"
# Tauri installs each PNG of bundle.icon by its size (128x128@2x into 256x256@2).
for size in 32x32 128x128 512x512; do
    [ -f "/usr/share/icons/hicolor/$size/apps/$icon.png" ] ||
        fail "no $size icon /usr/share/icons/hicolor/$size/apps/$icon.png"
done
say "installed: $bin, $desktop, icons for $icon"

# An empty profile: a fresh HOME with nothing of ours in it.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
say "starting $bin on an empty HOME under Xvfb"
env -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u KENSE_DB HOME="$home" \
    xvfb-run -a bash "$ROOT/tests/release/window.sh" "$bin" ||
    fail "$bin did not open a window titled Kense"
db="$home/.local/share/Kense/kense.db"
[ -s "$db" ] || fail "the app did not create its database at $db"

as_root dpkg -r "$pkg" >/dev/null
[ ! -e "$bin" ] || fail "$bin is still there after dpkg -r"
[ -s "$db" ] || fail "dpkg -r removed the user's database $db"
say "release check passed: installed, opened a Kense window, removed, database kept"
