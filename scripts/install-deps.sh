#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# (qt6-websockets-dev is listed because Debian's qt6-httpserver-dev needs it for CMake but does not depend on it;
# libqt6opengl6-dev likewise for qt6-charts-dev.)
# Installs every Debian bookworm package Vigie needs to build, run and test.
# Idempotent: packages already present are skipped, so a second run costs one dpkg query.
set -euo pipefail

BUILD_PACKAGES=(
    cmake ninja-build g++ pkg-config dpkg-dev file
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libqt6svg6 qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libgl-dev libargon2-dev
    libqt6sql6-psql # the site registry's driver (QPSQL)
)
# A display, a session bus and a Secret Service keyring for the GUI and keychain tests; a window
# manager and tools to drive it from outside for the kiosk test; a syslog collector (rsyslog) and
# PDF tools (poppler-utils) for the audit trail's tests; libfaketime to move a process's wall clock; a
# PostgreSQL server (postgresql) that the site registry's tests start in a folder of their own.
TEST_PACKAGES=(
    xvfb xauth dbus dbus-x11 gnome-keyring at-spi2-core imagemagick
    openbox xdotool wmctrl x11-utils python3
    python3-pyatspi python3-dogtail
    lintian devscripts desktop-file-utils appstream man-db curl clang-format faketime clang libfuzzer-14-dev
    openssl # a private CA and certificates made at test time, and a TLS 1.1 server (tst_securetransport)
    rsyslog poppler-utils postgresql
    notification-daemon trayer # a desktop to notify and a tray to show in (e2e_atspi_desk)
)

wanted=("${BUILD_PACKAGES[@]}")
if [[ "${1:-}" == "--with-tests" ]]; then
    wanted+=("${TEST_PACKAGES[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "vigie: all ${#wanted[@]} required packages are already installed"
    exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then
    SUDO="sudo"
fi
echo "vigie: installing ${#missing[@]} missing packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
