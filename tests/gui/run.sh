#!/usr/bin/env bash
# Runs the GUI tests against the built app. Call under a display, e.g.
#   KENSE_APP=target/debug/kense-app xvfb-run -a bash tests/gui/run.sh [FILE.test.mjs …]
# (no files: every test file).
# Starts tauri-driver (which starts WebKitWebDriver), waits for its port,
# runs `node --test`, and stops the driver however the tests end.
set -euo pipefail
cd "$(dirname "$0")"

: "${KENSE_APP:?set KENSE_APP to the kense-app binary}"
# tauri-driver's port and WebKitWebDriver's beside it: the first free pair
# from 4444 (another run on this machine keeps its own), or TAURI_DRIVER_PORT.
port_free() { ! (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
if [ -n "${TAURI_DRIVER_PORT:-}" ]; then
    PORT="$TAURI_DRIVER_PORT"
    if ! port_free "$PORT" || ! port_free $((PORT + 1)); then
        echo "run.sh: port $PORT or $((PORT + 1)) is in use (another GUI test run?); choose another TAURI_DRIVER_PORT" >&2
        exit 1
    fi
else
    PORT=4444
    while ! port_free "$PORT" || ! port_free $((PORT + 1)); do
        PORT=$((PORT + 2))
        if [ "$PORT" -gt 4600 ]; then
            echo "run.sh: no free pair of ports in 4444–4600 for tauri-driver" >&2
            exit 1
        fi
    done
fi
export KENSE_GUI_ARTIFACTS="${KENSE_GUI_ARTIFACTS:-$PWD/artifacts}"
mkdir -p "$KENSE_GUI_ARTIFACTS"
# A fresh config folder per run (the remembered window size and position
# start from tauri.conf.json), and the app's log files beside the artifacts.
export XDG_CONFIG_HOME="$KENSE_GUI_ARTIFACTS/config"
rm -rf "$XDG_CONFIG_HOME"
mkdir -p "$XDG_CONFIG_HOME"
export KENSE_LOG_DIR="${KENSE_LOG_DIR:-$KENSE_GUI_ARTIFACTS/logs}"

if [ ! -d node_modules ] || ! cmp -s package-lock.json node_modules/.kense-lock; then
    npm ci --no-audit --no-fund --loglevel=error
    cp package-lock.json node_modules/.kense-lock
fi

# WebKit needs a session bus for some of its services; give it a private one.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-launch >/dev/null 2>&1; then
    eval "$(dbus-launch --sh-syntax)"
    trap 'kill "$DBUS_SESSION_BUS_PID" 2>/dev/null || true' EXIT
fi

tauri-driver --port "$PORT" --native-port $((PORT + 1)) >"$KENSE_GUI_ARTIFACTS/tauri-driver.log" 2>&1 &
DRIVER_PID=$!
cleanup() {
    kill "$DRIVER_PID" 2>/dev/null || true
    wait "$DRIVER_PID" 2>/dev/null || true
    if [ -n "${DBUS_SESSION_BUS_PID:-}" ]; then kill "$DBUS_SESSION_BUS_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

for _ in $(seq 1 100); do
    if ! port_free "$PORT"; then break; fi
    sleep 0.1
done
if port_free "$PORT"; then
    echo "run.sh: tauri-driver did not start on port $PORT:" >&2
    cat "$KENSE_GUI_ARTIFACTS/tauri-driver.log" >&2
    exit 1
fi

KENSE_APP="$(realpath "$KENSE_APP")" TAURI_DRIVER_URL="http://127.0.0.1:$PORT/" npm test -- "$@"
