# A throwaway PostgreSQL cluster for the hub tests: a temporary folder, a
# loopback port, run as an unprivileged user (PostgreSQL refuses root).
# Sourced, not run; lib.sh must be sourced first.
#
#   pg_start            starts it and exports KENSE_HUB_TEST_URL (a superuser URL)
#   pg_stop             stops it and removes the folder (safe to call twice)
#
# Used by scripts/test.sh (in a trap) and by hand during development:
#   source scripts/lib.sh; source scripts/pg.sh; pg_start; ...; pg_stop

PG_DIR=""
PG_PID_USER=""

# The PostgreSQL binaries (initdb, pg_ctl) of the newest installed major version.
pg_bindir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
        echo "PostgreSQL is not installed (apt package postgresql)" >&2
        return 1
    fi
    printf '%s\n' "$dir"
}

# A free TCP port on 127.0.0.1.
pg_free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Runs a command as the cluster's user: root cannot run PostgreSQL.
pg_as_user() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$PG_PID_USER" -- "$@"
    else
        "$@"
    fi
}

pg_start() {
    local bin port password
    bin="$(pg_bindir)"
    if [ "$(id -u)" -eq 0 ]; then PG_PID_USER=nobody; else PG_PID_USER="$(id -un)"; fi
    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/kense-pg.XXXXXX")"
    chmod 755 "$PG_DIR"
    [ "$(id -u)" -eq 0 ] && chown "$PG_PID_USER" "$PG_DIR"
    port="$(pg_free_port)"
    password="kense-test-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" >"$PG_DIR/pwfile"
    [ "$(id -u)" -eq 0 ] && chown "$PG_PID_USER" "$PG_DIR/pwfile"
    # Passwords over TCP (scram), as on a real server; the socket stays in the folder.
    pg_as_user "$bin/initdb" -D "$PG_DIR/data" -U kense --pwfile="$PG_DIR/pwfile" \
        --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 || {
        cat "$PG_DIR/initdb.log" >&2
        return 1
    }
    rm -f "$PG_DIR/pwfile"
    pg_as_user "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$PG_DIR -c fsync=off -c max_connections=40" \
        start >/dev/null || {
        cat "$PG_DIR/server.log" >&2
        return 1
    }
    export KENSE_HUB_TEST_URL="postgres://kense:$password@127.0.0.1:$port/postgres"
    say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_DIR)"
}

pg_stop() {
    if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
        pg_as_user "$(pg_bindir)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    [ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
    PG_DIR=""
}
