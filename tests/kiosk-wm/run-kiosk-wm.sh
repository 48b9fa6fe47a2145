#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Kiosk mode under a real window manager: the real vigie binary runs full screen under openbox
# on a virtual display, and what a supervisor can do with the keyboard and the window manager
# (Alt+F4, the WM's close request, Escape, Ctrl+Q, Alt+Tab, Alt+Escape) leaves it running,
# mapped, full screen and on top. Exporting the audit trail writes into the provisioned folder
# without opening a file dialog. Signing out locks the station, and only the typed secret
# unlocks it. A screenshot of the screen lands in ARTIFACT_DIR when a step fails.
# usage: run-kiosk-wm.sh VIGIE ARTIFACT_DIR
set -euo pipefail
vigie=$1 artifacts=$2
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAIL: $1" >&2
    mkdir -p "$artifacts"
    shot="$artifacts/kiosk-wm-$(date +%H%M%S).png"
    import -window root "$shot" 2>/dev/null && echo "screenshot: $shot" >&2
    [[ -f "$work/vigie.log" ]] && sed 's/^/vigie: /' "$work/vigie.log" >&2
    exit 1
}

# shellcheck source=../start-virtual-display.sh
source "$(dirname "$0")/../start-virtual-display.sh"
start_virtual_display 1280x800x24 "$work/display" || fail "Xvfb did not start"
pids+=("$virtual_display_pid")
export HOME=$work/home XDG_RUNTIME_DIR=$work/run XDG_CONFIG_HOME=$work/home/.config
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$work/exports" && chmod 700 "$XDG_RUNTIME_DIR"
# No keychain on this station; a session bus of the machine must not be borrowed.
export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/vigie-no-bus

openbox --sm-disable >"$work/openbox.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do
    xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
    sleep 0.05
done
xprop -root _NET_SUPPORTING_WM_CHECK | grep -q 'window id' || fail "openbox did not start"

# The station as an administrator provisions it (README, "Kiosk stations").
pin_hash=$(printf '482915\n' | "$vigie" --hash-pin 2>/dev/null)
cat >"$work/kiosk.conf" <<CONF
[General]
Language=en

[Kiosk]
Kiosk=true
PinHash="$pin_hash"
IdleLockMinutes=60
KeepKeyInKeychain=false
ExportFolder=$work/exports
CONF

QT_QPA_PLATFORM=xcb "$vigie" --demo --kiosk --config "$work/kiosk.conf" --no-animations >"$work/vigie.log" 2>&1 &
vigie_pid=$!
pids+=("$vigie_pid")

# The full-screen window of that process (Qt sets _NET_WM_PID).
window=""
for _ in $(seq 200); do
    for candidate in $(xdotool search --onlyvisible --pid "$vigie_pid" 2>/dev/null); do
        if xprop -id "$candidate" _NET_WM_STATE 2>/dev/null | grep -q _NET_WM_STATE_FULLSCREEN; then
            window=$candidate
        fi
    done
    [[ -n "$window" ]] && break
    sleep 0.05
done
[[ -n "$window" ]] || fail "no full-screen Vigie window appeared"
# Signed in to the demo tenant: the agent list is loaded.
for _ in $(seq 200); do grep -q "directory loaded" "$work/vigie.log" && break; sleep 0.05; done
grep -q "directory loaded" "$work/vigie.log" || fail "Vigie did not sign in to the demo tenant"

# Vigie is alive, its window mapped, full screen, covering the screen and above every other window.
check_kept() {
    local after=$1
    kill -0 "$vigie_pid" 2>/dev/null || fail "Vigie exited after $after"
    xwininfo -id "$window" | grep -q 'Map State: IsViewable' || fail "the Vigie window was unmapped after $after"
    local state
    state=$(xprop -id "$window" _NET_WM_STATE)
    grep -q _NET_WM_STATE_FULLSCREEN <<<"$state" || fail "Vigie left full screen after $after ($state)"
    grep -q _NET_WM_STATE_HIDDEN <<<"$state" && fail "Vigie was minimised after $after"
    local geometry
    geometry=$(xwininfo -id "$window" | awk '/Width:/ {w=$2} /Height:/ {h=$2} END {print w "x" h}')
    [[ "$geometry" == "1280x800" ]] || fail "the Vigie window is $geometry after $after, not the whole screen"
    local top
    top=$(xprop -root _NET_CLIENT_LIST_STACKING | awk '{print $NF}')
    (( top == window )) || fail "another window is above Vigie after $after"
    echo "ok: Vigie kept after $after"
}

# Keys go to the active window: make it Vigie's, and be sure it is.
focus_vigie() {
    xdotool windowactivate --sync "$window" 2>/dev/null || xdotool windowfocus --sync "$window"
    (( $(xdotool getactivewindow) == window )) || fail "Vigie's window cannot be made active"
}

# An ordinary window, to switch to, and to show that a key or request did reach openbox.
other_count=0
other_window() {
    # xmessage does not set _NET_WM_PID: each one gets a title of its own to be found by.
    local title="ordinary-window-$((++other_count))"
    xmessage -title "$title" -geometry 400x100+40+40 "$1" 2>/dev/null &
    local pid=$!
    pids+=("$pid")
    for _ in $(seq 100); do
        other=$(xdotool search --onlyvisible --name "^$title\$" 2>/dev/null | head -1) && [[ -n "$other" ]] && break
        sleep 0.05
    done
    [[ -n "$other" ]] || fail "xmessage did not show"
    other_pid=$pid
}

# The same action on an ordinary window closes it: the key or the request did reach openbox.
closes_ordinary_window() {
    local action=$1
    other_window "ordinary window"
    xdotool windowactivate --sync "$other" 2>/dev/null || xdotool windowfocus --sync "$other"
    if [[ "$action" == "close request" ]]; then wmctrl -i -c "$other"; else xdotool key "$action"; fi
    for _ in $(seq 100); do
        if ! kill -0 "$other_pid" 2>/dev/null; then
            echo "ok: $action closes an ordinary window"
            return 0
        fi
        sleep 0.05
    done
    fail "$action does not close an ordinary window under this openbox: the test would prove nothing"
}

# Waits for the application to have handled what it was sent: nothing observable changes when
# a close is refused, so the check comes after a pause longer than any handling takes.
settle() { sleep 1; }

check_kept "start"

closes_ordinary_window alt+F4
focus_vigie
xdotool key alt+F4
settle
check_kept "Alt+F4 (openbox closes the active window)"

closes_ordinary_window "close request"
wmctrl -i -c "$window"
settle
check_kept "the window manager's close request (_NET_CLOSE_WINDOW)"

focus_vigie
xdotool key Escape
settle
check_kept "Escape"

focus_vigie
xdotool key ctrl+q
settle
check_kept "Ctrl+Q"

other_window "another application"
focus_vigie
xdotool key alt+Tab
settle
(( $(xdotool getactivewindow) == other )) || fail "Alt+Tab did not reach openbox: the other window is not active"
check_kept "Alt+Tab"

focus_vigie
xdotool key alt+Escape
settle
check_kept "Alt+Escape (openbox lowers the active window)"

# Ctrl+H opens the audit trail; its export writes into the provisioned folder, no file dialog.
focus_vigie
xdotool key ctrl+h
audit=""
for _ in $(seq 100); do
    audit=$(xdotool search --all --onlyvisible --pid "$vigie_pid" --name '^Audit trail$' 2>/dev/null | head -1) && [[ -n "$audit" ]] && break
    sleep 0.05
done
[[ -n "$audit" ]] || fail "Ctrl+H did not open the audit trail"
xdotool windowactivate --sync "$audit" 2>/dev/null || xdotool windowfocus --sync "$audit"
xdotool key alt+e
for _ in $(seq 100); do compgen -G "$work/exports/*.csv" >/dev/null && break; sleep 0.05; done
compgen -G "$work/exports/*.csv" >/dev/null || fail "the export wrote nothing into the provisioned folder"
settle
windows=$(xdotool search --onlyvisible --pid "$vigie_pid" 2>/dev/null | wc -l)
(( windows == 2 )) || fail "exporting opened a window ($windows Vigie windows are visible, not the main one and the audit trail)"
xdotool search --onlyvisible --name 'Export the audit trail' >/dev/null 2>&1 && fail "exporting opened a file dialog"
echo "ok: the export went to $(basename "$(compgen -G "$work/exports/*.csv")") without a dialog"
xdotool windowactivate --sync "$audit" 2>/dev/null || xdotool windowfocus --sync "$audit"
xdotool key Escape
settle
xdotool search --all --onlyvisible --pid "$vigie_pid" --name '^Audit trail$' >/dev/null 2>&1 &&
    fail "Escape did not close the audit trail"
check_kept "closing the audit trail"

# The title of a visible window of Vigie's, once it shows (empty if it does not).
vigie_window_named() {
    local found=""
    for _ in $(seq 100); do
        found=$(xdotool search --all --onlyvisible --pid "$vigie_pid" --name "^$1\$" 2>/dev/null | head -1) &&
            [[ -n "$found" ]] && break
        sleep 0.05
    done
    echo "$found"
}

# Signing out (Session > Sign out, from the keyboard) locks the station: behind the lock the
# menus' shortcuts do nothing, the window manager's keys still leave Vigie where it is, and only
# the access key's secret, typed, opens it again.
focus_vigie
xdotool key alt+s
sleep 0.3
xdotool key o
for _ in $(seq 100); do grep -q "station locked" "$work/vigie.log" && break; sleep 0.05; done
grep -q "station locked" "$work/vigie.log" || fail "signing out did not lock the station"
signin=$(vigie_window_named "Sign in to CXone")
[[ -n "$signin" ]] || fail "no sign-in dialog over the lock screen"
xdotool windowactivate --sync "$signin" 2>/dev/null || xdotool windowfocus --sync "$signin"
xdotool key Escape
settle
focus_vigie
xdotool key ctrl+h
settle
[[ -z "$(xdotool search --all --onlyvisible --pid "$vigie_pid" --name '^Audit trail$' 2>/dev/null)" ]] ||
    fail "Ctrl+H opened the audit trail behind the lock"
xdotool key alt+F4
settle
check_kept "Alt+F4 on the lock screen"

focus_vigie
xdotool key alt+s # the lock screen's "Sign in to unlock"
signin=$(vigie_window_named "Sign in to CXone")
[[ -n "$signin" ]] || fail "Sign in to unlock did not open the sign-in dialog"
xdotool windowactivate --sync "$signin" 2>/dev/null || xdotool windowfocus --sync "$signin"
xdotool key shift+Tab # from the secret, which has the focus, back to the key ID
xdotool type --delay 20 demo-supervisor
xdotool key Tab
xdotool type --delay 20 demo-secret-0000
xdotool key Return
for _ in $(seq 200); do grep -q "station unlocked" "$work/vigie.log" && break; sleep 0.05; done
grep -q "station unlocked" "$work/vigie.log" || fail "typing the secret did not unlock the station"
settle
check_kept "unlocking"
# The same Ctrl+H that did nothing behind the lock opens the audit trail again.
focus_vigie
xdotool key ctrl+h
audit=$(vigie_window_named "Audit trail")
[[ -n "$audit" ]] || fail "Ctrl+H did not open the audit trail once unlocked"
xdotool windowactivate --sync "$audit" 2>/dev/null || xdotool windowfocus --sync "$audit"
xdotool key Escape
settle
check_kept "closing the audit trail again"
echo "ok: signing out locked the station, and the typed secret unlocked it"
echo "vigie: kiosk mode held under openbox"
