#!/usr/bin/env bash
# Runs an AT-SPI end-to-end scenario against the real Vigie binary on a virtual display, with a
# private D-Bus session and accessibility bus, exactly as an outside automation tool sees it.
# usage: run-e2e.sh VIGIE ARTIFACT_DIR SCENARIO LANGUAGE
set -euo pipefail
if [[ -z "${VIGIE_E2E_INSIDE:-}" ]]; then
    export VIGIE_E2E_INSIDE=1
    # Xvfb picks a free display itself (-displayfd): xvfb-run -a races when several start at once.
    display_file=$(mktemp)
    Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
    xvfb=$!
    for _ in $(seq 100); do [[ -s "$display_file" ]] && break; sleep 0.05; done
    export DISPLAY=":$(cat "$display_file")"
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
sleep 0.5
# The "screenshots" scenario refreshes docs/screenshot-<language>.png instead of testing.
script=vigie_e2e.py
[[ "$scenario" == "screenshots" ]] && script=take_screenshots.py
/usr/bin/python3 "$(dirname "$0")/$script" --vigie "$vigie" --artifacts "$artifacts" \
    --scenario "$scenario" --language "$language" --work "$work"
