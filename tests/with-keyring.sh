#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs a command with a private D-Bus session and an unlocked gnome-keyring (Secret Service),
# so keychain tests exercise the real thing and leave the user's keyring alone.
set -euo pipefail
if [[ -z "${VIGIE_IN_KEYRING_SESSION:-}" ]]; then
    export VIGIE_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
export HOME
HOME=$(mktemp -d)
trap 'rm -rf "$HOME"' EXIT
eval "$(printf 'vigie-test' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
