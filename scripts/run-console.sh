#!/usr/bin/env bash
# Starts a local demo server and the console signed in to it (`make run`):
#
#  1. First start: makes the server's data folder (DEMO/demo-server) and seeds it with
#     `sitrep-server demo`: the demo history and the accounts demo-admin, demo-manager,
#     demo-responder and demo-viewer, whose random passwords the server prints once. They
#     are kept in DEMO/demo-server/demo-accounts.txt (mode 600, in the server's own data
#     folder, nowhere else), so you can sign in as another role from the console.
#  2. Every start: runs `sitrep-server --data DIR --listen 127.0.0.1:PORT` in the
#     background, waits for "listening on", and reads the certificate's SHA-256
#     fingerprint from its log.
#  3. Starts the console on its own profile (DEMO/demo-console) with --server, --user
#     demo-manager and --pin FINGERPRINT, and demo-manager's password in SITREP_PASSWORD.
#     The console signs in by itself, exactly as a person's sign-in would: POST session,
#     GET me, the token into the keychain (or kept in memory when there is none). We chose
#     this over signing in here with curl and passing SITREP_TOKEN because it runs the same
#     code people use, works without a keychain, and keeps the password off every command
#     line (it is only in the console's environment, which the console clears at start).
#  4. Closing the console stops the server (trap), also on Ctrl+C or an error.
#
# The synced profile starts empty and gets its incidents from the server (which holds the
# same demo history): the local demo profile seeded by sitrep-bench would push its own
# copy of that history. That local, server-less demo is still there: SITREP_DEMO=local.
#
# DEMO is ${XDG_DATA_HOME:-~/.local/share}/Sitrep/sitrep (beside the app's default profile).
# SITREP_PROFILE picks another profile folder; SITREP_DEMO_PORT another port (18443);
# SITREP_DEMO_SETUP names a command run once the server listens and before the console
# starts, with SITREP_DEMO_URL, SITREP_DEMO_PIN, SITREP_DEMO_CA (the server's certificate)
# and SITREP_DEMO_ACCOUNTS set (screenshots
# use it to stage a conflict); extra arguments go to sitrep.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
BIN=$BUILD_DIR/bin
DEMO=${XDG_DATA_HOME:-$HOME/.local/share}/Sitrep/sitrep

if [[ "${SITREP_DEMO:-server}" == local ]]; then
    PROFILE=${SITREP_PROFILE:-$DEMO/demo-profile}
    if [[ ! -f "$PROFILE/cache.sqlite" ]]; then
        echo "run-console: seeding demo profile in $PROFILE"
        mkdir -p "$PROFILE"
        "$BIN/sitrep-bench" demo --profile "$PROFILE"
    fi
    exec "$BIN/sitrep" --profile "$PROFILE" "$@"
fi

PROFILE=${SITREP_PROFILE:-$DEMO/demo-console}
SERVER_DATA=$DEMO/demo-server
PORT=${SITREP_DEMO_PORT:-18443}
ACCOUNTS=$SERVER_DATA/demo-accounts.txt
USER_NAME=demo-manager # the account the demo history was written as: it sees all of it
LOG=$SERVER_DATA/server.log

if [[ ! -f "$ACCOUNTS" ]]; then
    if [[ -e "$SERVER_DATA/server.sqlite" ]]; then
        echo "run-console: $SERVER_DATA holds a server without its demo accounts file; remove the folder to start over" >&2
        exit 1
    fi
    echo "run-console: seeding a demo server in $SERVER_DATA (once; this takes a minute)"
    mkdir -p "$SERVER_DATA"
    (
        umask 077
        "$BIN/sitrep-server" --data "$SERVER_DATA" demo >"$ACCOUNTS.new"
    )
    mv "$ACCOUNTS.new" "$ACCOUNTS"
    # A cache synced with an earlier demo server is a replica of that one: start it again.
    rm -f "$PROFILE/cache.sqlite" "$PROFILE/cache.sqlite-wal" "$PROFILE/cache.sqlite-shm"
fi
password=$(awk -v user="$USER_NAME" '$1 == user { print $3 }' "$ACCOUNTS")
if [[ -z "$password" ]]; then
    echo "run-console: no password for $USER_NAME in $ACCOUNTS" >&2
    exit 1
fi

server_pid=""
stop_server() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        echo "run-console: stopping the demo server"
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 100); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    server_pid=""
}
trap stop_server EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

"$BIN/sitrep-server" --data "$SERVER_DATA" --listen "127.0.0.1:$PORT" >"$LOG" 2>&1 &
server_pid=$!
for _ in $(seq 300); do
    grep -q "listening on" "$LOG" && break
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "run-console: the demo server did not start (is port $PORT taken? set SITREP_DEMO_PORT):" >&2
        cat "$LOG" >&2
        exit 1
    fi
    sleep 0.1
done
if ! grep -q "listening on" "$LOG"; then
    echo "run-console: the demo server did not start listening within 30 s; its log:" >&2
    cat "$LOG" >&2
    exit 1
fi
fingerprint=$(sed -n 's/.*certificate SHA-256 fingerprint \([0-9A-Fa-f:]*\).*/\1/p' "$LOG" | head -n 1)
if [[ -z "$fingerprint" ]]; then
    echo "run-console: the server's log has no certificate fingerprint; its log:" >&2
    cat "$LOG" >&2
    exit 1
fi
echo "run-console: demo server on https://127.0.0.1:$PORT (certificate $fingerprint), log in $LOG"
echo "run-console: console profile $PROFILE, signing in as $USER_NAME; other demo accounts: $ACCOUNTS"

if [[ -n "${SITREP_DEMO_SETUP:-}" ]]; then
    SITREP_DEMO_URL="https://127.0.0.1:$PORT" SITREP_DEMO_PIN=$fingerprint SITREP_DEMO_CA=$SERVER_DATA/tls/cert.pem \
        SITREP_DEMO_ACCOUNTS=$ACCOUNTS \
        BUILD_DIR=$BUILD_DIR "$SITREP_DEMO_SETUP"
fi

mkdir -p "$PROFILE"
status=0
SITREP_PASSWORD=$password "$BIN/sitrep" --profile "$PROFILE" --server "https://127.0.0.1:$PORT" \
    --user "$USER_NAME" --pin "$fingerprint" "$@" || status=$?
exit $status
