#!/usr/bin/env bash
# Starts the console on a demo profile, seeding it once with sitrep-bench's demo data.
# SITREP_PROFILE picks another profile folder; extra arguments go to sitrep.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
# Beside the app's default profile (QStandardPaths::AppDataLocation = …/Sitrep/sitrep).
PROFILE=${SITREP_PROFILE:-${XDG_DATA_HOME:-$HOME/.local/share}/Sitrep/sitrep/demo-profile}

if [[ ! -f "$PROFILE/cache.sqlite" ]]; then
    echo "run-console: seeding demo profile in $PROFILE"
    mkdir -p "$PROFILE"
    "$BUILD_DIR/bin/sitrep-bench" demo --profile "$PROFILE"
fi

exec "$BUILD_DIR/bin/sitrep" --profile "$PROFILE" "$@"
