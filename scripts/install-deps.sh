#!/usr/bin/env bash
# Installs the Debian 12 packages Sitrep needs to build, test and package.
# Only missing packages are installed; when nothing is missing, apt is not touched,
# so a second run costs a few dpkg-query calls.
set -euo pipefail

PACKAGES=(
    # build
    cmake ninja-build g++ ccache pkg-config dpkg-dev file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n  # Qt's own words (standard buttons: "Schließen") in German and French
    qtkeychain-qt6-dev  # core/auth: sign-in tokens in the OS keychain
    libqt6sql6-sqlite libqt6sql6-psql libqt6opengl6-dev libsqlite3-dev libgl-dev libvulkan-dev
    # tests: headless widgets, a real keychain in a D-Bus session
    xvfb xauth gnome-keyring dbus-x11 fonts-dejavu-core imagemagick
    # server: Boost.Beast/Asio (header-only), TLS, argon2id and random tokens
    libboost-dev libssl-dev libsodium-dev openssl
    # server on PostgreSQL: the QPSQL driver, and a real PostgreSQL 15 for the *_pg tests
    postgresql-15
    # tests: the libFuzzer target over the server's decoders (tests/fuzz)
    clang libclang-rt-14-dev
    redis-server  # bench: the Redis pub/sub floor of `sitrep-bench server` (started by the bench itself)
    # packaging checks
    desktop-file-utils appstream
)

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != "installed" ]]; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#PACKAGES[@]} packages present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "install-deps: not root and sudo is unavailable; install these as root: ${missing[*]}" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
