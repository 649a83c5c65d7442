#!/usr/bin/env bash
# Stages a conflict on the demo server (a SITREP_DEMO_SETUP for scripts/run-console.sh, used
# by scripts/screenshots.sh): two sitrepctl profiles, a manager's and an admin's, read the
# same severity of "Checkout errors in EU"; the manager raises it, then the admin, not having
# pulled since, lowers it from the old value. The server keeps the later value and records
# the manager's as the losing one: the conflict every console then shows on the incident.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${BUILD_DIR:-build}/bin
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Tokens from POST /api/v1/session: sitrepctl keeps its own only in a keychain, and this
# runs without one (SITREP_TOKEN is how automation hands it over).
token() { # USER
    local password
    password=$(awk -v user="$1" '$1 == user { print $3 }' "$SITREP_DEMO_ACCOUNTS")
    printf '{"username":"%s","password":"%s"}' "$1" "$password" |
        curl -sS --fail --cacert "$SITREP_DEMO_CA" -H 'Content-Type: application/json' --data-binary @- \
            "$SITREP_DEMO_URL/api/v1/session" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}
declare -A tokens=([manager]=$(token demo-manager) [admin]=$(token demo-admin))
ctl() { # WHO ARGS…
    local who=$1
    shift
    SITREP_TOKEN=${tokens[$who]} "$BIN/sitrepctl" --profile "$WORK/$who" --server "$SITREP_DEMO_URL" \
        --pin "$SITREP_DEMO_PIN" "$@"
}

for who in manager admin; do
    ctl "$who" sync >/dev/null
done
incident=$(ctl manager incident list --json | python3 -c '
import json, sys
items = json.load(sys.stdin)
items = items.get("items", items) if isinstance(items, dict) else items
print(next(i["id"] for i in items if i["title"] == "Checkout errors in EU"))')
ctl manager incident set "$incident" --severity SEV1 >/dev/null
ctl admin incident set "$incident" --severity SEV3 >/dev/null
echo "demo-conflict: severity of $incident raised by demo-manager, then lowered by demo-admin from the older value"
