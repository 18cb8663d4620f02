# Shared by run.sh and test.sh: install what is missing, nothing more.
# Sourced, not run. Works on a fresh Debian 12 / Ubuntu 22.04+ machine.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kense-target}"
TOOLS_DIR="$HOME/.cache/kense-tools"
export PATH="$TOOLS_DIR/bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# apt_ensure PKG...: installs the packages dpkg does not report as installed
# (a package removed but not purged counts as missing).
apt_ensure() {
    local missing=()
    for pkg in "$@"; do
        if [ "$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null)" != "install ok installed" ]; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        say "apt: installing ${missing[*]}"
        local log
        log="$(mktemp)"
        if ! { as_root apt-get update -qq &&
            as_root env DEBIAN_FRONTEND=noninteractive \
                apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
            cat "$log" >&2
            echo "apt could not install: ${missing[*]}" >&2
            exit 1
        fi
        rm -f "$log"
    fi
}

# Build packages for Tauri 2 (WebKitGTK 4.1), fonts embedded into PDFs.
APP_PACKAGES=(build-essential pkg-config curl file libwebkit2gtk-4.1-dev libssl-dev
    libayatana-appindicator3-dev librsvg2-dev libxdo-dev fonts-paratype)
# Extra packages for the tests: a virtual display, the WebKit WebDriver, PDF tools,
# PostgreSQL for the hub tests (a throwaway cluster, scripts/pg.sh); xdotool finds
# the installed release app's window in the packaging check; python3-docx reads DOCX back.
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver dbus-x11 at-spi2-core poppler-utils python3-icalendar
    postgresql xdotool python3-docx sqlite3 time)

ensure_rust() {
    if ! command -v cargo >/dev/null 2>&1; then
        echo "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2
        exit 1
    fi
    rustup component add rustfmt clippy >/dev/null 2>&1 || true
}

ensure_node() {
    if ! command -v npm >/dev/null 2>&1; then
        apt_ensure nodejs npm
    fi
    local major
    major="$(node -p 'process.versions.node.split(".")[0]')"
    if [ "$major" -lt 20 ]; then
        echo "Node.js $major is too old: the UI build needs Node.js 20 or newer." >&2
        exit 1
    fi
}

# npm packages of the UI, installed from the lock file when it changed.
ensure_ui_packages() {
    local stamp="$ROOT/ui/node_modules/.kense-lock"
    if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/ui/package-lock.json" "$stamp"; then
        say "npm: installing the UI packages"
        (cd "$ROOT/ui" && npm ci --no-audit --no-fund --loglevel=error)
        cp "$ROOT/ui/package-lock.json" "$stamp"
    fi
}

build_ui() {
    say "building the UI"
    (cd "$ROOT/ui" && npm run --silent build)
}
