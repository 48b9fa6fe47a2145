#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs an AT-SPI end-to-end scenario against the real Vigie binary on a virtual display, with a
# private D-Bus session and accessibility bus, exactly as an outside automation tool sees it.
# usage: run-e2e.sh VIGIE ARTIFACT_DIR SCENARIO LANGUAGE
set -euo pipefail
if [[ -z "${VIGIE_E2E_INSIDE:-}" ]]; then
    export VIGIE_E2E_INSIDE=1
    # shellcheck source=../start-virtual-display.sh
    source "$(dirname "$0")/../start-virtual-display.sh"
    display_file=$(mktemp)
    start_virtual_display 1400x900x24 "$display_file" || exit 1
    xvfb=$virtual_display_pid
    rm -f "$display_file"
    status=0
    dbus-run-session -- "$0" "$@" || status=$?
    # Wait for Xvfb to be gone: exiting, it removes its socket, and a display started meanwhile
    # with the same number would lose the socket it had just created.
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    exit $status
fi
vigie=$1 artifacts=$2 scenario=$3 language=$4
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work XDG_RUNTIME_DIR=$work/run QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
# Vigie and pyatspi both ask the launcher for the bus address: wait until it answers.
for _ in $(seq 600); do
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
        >/dev/null 2>&1 && break
    sleep 0.05
done
# The desk scenario checks the tray and the desktop notifications: a notification daemon on this
# session bus, watched, and a tray host on this display, where both are installed.
notifier=/usr/lib/notification-daemon/notification-daemon
if [[ "$scenario" == "desk" && -x "$notifier" ]] && command -v trayer >/dev/null; then
    dbus-monitor --session "interface='org.freedesktop.Notifications',member='Notify'" >"$work/notifications.log" 2>&1 &
    "$notifier" >/dev/null 2>&1 &
    trayer --edge bottom --align right --widthtype request --height 24 >/dev/null 2>&1 &
    export VIGIE_E2E_NOTIFICATIONS=$work/notifications.log
fi
# The "screenshots" scenario refreshes docs/screenshot-<language>.png instead of testing; "two-stations"
# drives two Vigies sharing a site registry.
script=vigie_e2e.py
[[ "$scenario" == "screenshots" ]] && script=take_screenshots.py
[[ "$scenario" == "two-stations" ]] && script=two_stations_e2e.py
/usr/bin/python3 "$(dirname "$0")/$script" --vigie "$vigie" --artifacts "$artifacts" \
    --scenario "$scenario" --language "$language" --work "$work"
