#!/usr/bin/env bash
# Takes the console's screenshots for docs/screenshots under Xvfb: the main window (incident
# list, the commander's header, the timeline, the role board, the bridge roster, tracks) in
# light and dark, English and German (and on a laptop's screen in French and German), from
# a local demo profile seeded once
# (`sitrep-bench demo`), the tracks and RACI matrix in front of the role board and bridge,
# plus the search (Ctrl+K), the shortcut sheet (F1) and the metrics
# dashboard (Ctrl+Shift+M: response times, density by service, trend, teams compared);
# then, against a real demo server (scripts/run-console.sh, its own data folder here), the
# sign-in dialog of a profile that has no token yet, the console signed in and online, and
# a conflict on the incident in view (staged by scripts/demo-conflict.sh).
#
#   scripts/screenshots.sh [OUT_DIR]     (default docs/screenshots; BUILD_DIR as for make)
#
# The demo history ends when the pictures are taken: the clocks and times in them differ from
# run to run, the rest only changes when the console does.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
BIN=$BUILD_DIR/bin
OUT=${1:-docs/screenshots}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mkdir -p "$OUT"
"$BIN/sitrep-bench" demo --profile "$WORK/demo" >/dev/null

shoot() { # NAME THEME LANG [extra sitrep arguments…]; SCREEN=WxH for another screen than 1600x1000
    local name=$1 theme=$2 lang=$3
    shift 3
    local profile="$WORK/$name"
    rm -rf "$profile"
    cp -r "$WORK/demo" "$profile"
    printf '[ui]\ntheme=%s\n' "$theme" >"$profile/settings.ini"
    LANG=$lang LC_ALL=$lang LANGUAGE=${lang%%_*} XDG_RUNTIME_DIR=$WORK \
        xvfb-run -a -s "-screen 0 ${SCREEN:-1600x1000}x24" \
        "$BIN/sitrep" --profile "$profile" --screenshot "$OUT/$name.png" "$@"
    echo "screenshots: $OUT/$name.png"
}

shoot console-light light en_GB.UTF-8
shoot console-dark dark en_GB.UTF-8
shoot console-light-de light de_DE.UTF-8
shoot console-dark-de dark de_DE.UTF-8
# A laptop's screen, in the languages with the longest words: the list keeps its titles,
# the header and the timeline's columns give way.
SCREEN=1280x720 shoot console-laptop-fr light fr_FR.UTF-8
SCREEN=1280x720 shoot console-laptop-de dark de_DE.UTF-8
shoot console-panels light en_GB.UTF-8 --screenshot-view panels
shoot console-panels-de dark de_DE.UTF-8 --screenshot-view panels
shoot console-search light en_GB.UTF-8 --screenshot-view search
shoot console-shortcuts dark en_GB.UTF-8 --screenshot-view shortcuts
shoot console-shortcuts-de light de_DE.UTF-8 --screenshot-view shortcuts
shoot console-search-de dark de_DE.UTF-8 --screenshot-view search
shoot metrics-light light en_GB.UTF-8 --screenshot-view metrics
shoot metrics-dark dark en_GB.UTF-8 --screenshot-view metrics
shoot metrics-density-de dark de_DE.UTF-8 --screenshot-view metrics-density
shoot metrics-density light en_GB.UTF-8 --screenshot-view metrics-density
shoot metrics-trend light en_GB.UTF-8 --screenshot-view metrics-trend
shoot metrics-teams-de dark de_DE.UTF-8 --screenshot-view metrics-teams

# The sign-in dialog: a profile with a server and a user but no saved token asks by itself
# (nothing listens on that port: it is never sent).
shoot console-sign-in light en_GB.UTF-8 --server https://127.0.0.1:18999 --user demo-manager --screenshot-view dialogs

# Signed in to a real demo server and synced (the first sync takes a few seconds; seeding
# the server takes about a minute).
XDG_DATA_HOME=$WORK/xdg XDG_RUNTIME_DIR=$WORK SITREP_SCREENSHOT_DELAY_MS=10000 SITREP_DEMO_PORT=18998 \
    LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 LANGUAGE=en \
    xvfb-run -a -s "-screen 0 1600x1000x24" scripts/run-console.sh --screenshot "$OUT/console-online.png"
echo "screenshots: $OUT/console-online.png"

# A conflict on the incident in view: the same server and console profile, after
# scripts/demo-conflict.sh has two other accounts change its severity from the same value.
XDG_DATA_HOME=$WORK/xdg XDG_RUNTIME_DIR=$WORK SITREP_SCREENSHOT_DELAY_MS=10000 SITREP_DEMO_PORT=18998 \
    SITREP_DEMO_SETUP=scripts/demo-conflict.sh LANG=en_GB.UTF-8 LC_ALL=en_GB.UTF-8 LANGUAGE=en \
    xvfb-run -a -s "-screen 0 1600x1000x24" scripts/run-console.sh --screenshot "$OUT/console-conflicts.png"
echo "screenshots: $OUT/console-conflicts.png"
