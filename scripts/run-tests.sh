#!/usr/bin/env bash
# Runs the test suite headless, the way CI does: offscreen widgets, inside a private
# D-Bus session with an unlocked gnome-keyring so keychain tests use a real secret
# service. Extra arguments go to ctest (e.g. `-R store`, `-L fast`).
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
if [[ ! -f "$BUILD_DIR/CTestTestfile.cmake" ]]; then
    echo "run-tests: $BUILD_DIR is not a configured build directory (run 'make build')" >&2
    exit 2
fi

export QT_QPA_PLATFORM=offscreen
export SITREP_BUILD_DIR="$BUILD_DIR"

# PostgreSQL 15 for the *_pg tests (the server suite run against PostgreSQL; each test
# makes its own database, tests/server/TestDatabase.h): a throwaway cluster on loopback,
# started as the postgres user, stopped and removed on exit, also on failure. Set
# SITREP_TEST_POSTGRES to an admin URL of a server of your own to use that instead. When
# none can be had, the *_pg tests fail (they never skip): CI runs as root on Debian 12.
PG_BIN=/usr/lib/postgresql/15/bin
pg_dir=""
stop_postgres() {
    if [[ -n "$pg_dir" ]]; then
        runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
        rm -rf "$pg_dir"
        pg_dir=""
    fi
}
start_postgres() {
    if [[ $(id -u) -ne 0 ]]; then
        echo "run-tests: not root, so no PostgreSQL can be started as user postgres: the *_pg tests will fail." >&2
        echo "run-tests: run as root, or set SITREP_TEST_POSTGRES=postgresql://USER@HOST:PORT/postgres" >&2
        return 1
    fi
    if [[ ! -x "$PG_BIN/initdb" ]] || ! id postgres >/dev/null 2>&1; then
        echo "run-tests: PostgreSQL 15 is not installed (scripts/install-deps.sh): the *_pg tests will fail." >&2
        return 1
    fi
    pg_dir=$(mktemp -d)
    chown postgres "$pg_dir"
    if ! runuser -u postgres -- "$PG_BIN/initdb" -D "$pg_dir/data" -A trust -U sitrep >"$pg_dir/initdb.log" 2>&1; then
        echo "run-tests: initdb failed: the *_pg tests will fail." >&2
        cat "$pg_dir/initdb.log" >&2
        return 1
    fi
    # 55432 unless taken (another test run on this machine): then the next free one.
    # fsync=off: a throwaway cluster need not survive a power cut, and every test creates
    # a database; what the tests check (ordering, visibility, refusals) does not change.
    local port
    for port in $(seq "${SITREP_TEST_PG_PORT:-55432}" $(( ${SITREP_TEST_PG_PORT:-55432} + 9 ))); do
        if runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$pg_dir/data" -w -t 60 -l "$pg_dir/log" \
            -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null 2>&1; then
            export SITREP_TEST_POSTGRES="postgresql://sitrep@127.0.0.1:$port/postgres"
            echo "run-tests: PostgreSQL 15 on 127.0.0.1:$port for the *_pg tests"
            return 0
        fi
    done
    echo "run-tests: PostgreSQL did not start: the *_pg tests will fail. Its log:" >&2
    cat "$pg_dir/log" >&2 || true
    return 1
}
trap stop_postgres EXIT
if [[ -z "${SITREP_TEST_POSTGRES:-}" ]]; then
    start_postgres || true
fi

# Quote each extra ctest argument for the inner shell.
extra=""
for arg in "$@"; do
    extra="$extra '$(printf '%s' "$arg" | sed "s/'/'\\\\''/g")'"
done

# Inside the session: start an unlocked keyring, wait until it owns the secrets name (a
# test that asks for it earlier would make D-Bus activate a second daemon, which can
# outlive the session and keep CI's output pipe open), run ctest, then stop the keyring.
# The suite's --timeout is a backstop; each test sets its own (120 s by default).
status=0
dbus-run-session -- sh -c '
    export XDG_RUNTIME_DIR=$(mktemp -d) HOME=$(mktemp -d)
    eval "$(printf "pw" | gnome-keyring-daemon --unlock --components=secrets)"
    owner() {
        dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null \
            | awk "{ print \$2 }"
    }
    i=0
    while [ -z "$(owner)" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    if [ -z "$(owner)" ]; then echo "run-tests: gnome-keyring did not start" >&2; fi
    status=0
    ctest --test-dir "$SITREP_BUILD_DIR" --output-on-failure -j2 --timeout 300 '"$extra"' || status=$?
    pid=$(owner)
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi
    rm -rf "$XDG_RUNTIME_DIR" "$HOME"
    exit $status
' || status=$?
exit $status
