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

# Quote each extra ctest argument for the inner shell.
extra=""
for arg in "$@"; do
    extra="$extra '$(printf '%s' "$arg" | sed "s/'/'\\\\''/g")'"
done

# Inside the session: start an unlocked keyring, wait until it owns the secrets name (a
# test that asks for it earlier would make D-Bus activate a second daemon, which can
# outlive the session and keep CI's output pipe open), run ctest, then stop the keyring.
# The suite's --timeout is a backstop; each test sets its own (120 s by default).
exec dbus-run-session -- sh -c '
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
'
