#!/usr/bin/env bash
# Starts the app given as $1 on the current display and waits (30 s at most)
# for a window titled exactly "Kense"; stops the app by its PID either way.
# Call under a display: xvfb-run -a bash window.sh /usr/bin/kense-app
set -euo pipefail
bin="$1"
log="$(mktemp)"
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ] && command -v dbus-launch >/dev/null 2>&1; then
    eval "$(dbus-launch --sh-syntax)"
fi
"$bin" >"$log" 2>&1 &
app=$!
cleanup() {
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
    if [ -n "${DBUS_SESSION_BUS_PID:-}" ]; then kill "$DBUS_SESSION_BUS_PID" 2>/dev/null || true; fi
    rm -f "$log"
}
trap cleanup EXIT
for _ in $(seq 1 60); do
    if xdotool search --onlyvisible --name '^Kense$' >/dev/null 2>&1; then
        echo "window 'Kense' is open (pid $app)"
        exit 0
    fi
    if ! kill -0 "$app" 2>/dev/null; then
        echo "$bin exited before opening a window:" >&2
        cat "$log" >&2
        exit 1
    fi
    sleep 0.5
done
echo "no window titled Kense after 30 s; the app said:" >&2
cat "$log" >&2
exit 1
