# SPDX-License-Identifier: Apache-2.0
# Sourced by the scripts that need a virtual X display. start_virtual_display GEOMETRY FILE
# starts Xvfb on a display it picks itself (-displayfd: xvfb-run -a races when several start at
# once), waits until it accepts clients and exports DISPLAY. Xvfb compiles its keymap before it
# answers, which takes seconds on a loaded CI machine, so the wait is long; it returns non-zero
# with a message when Xvfb died or never answered. The caller owns the Xvfb process:
# $virtual_display_pid. -noreset: when its last client leaves (the accessibility bus launcher
# only sets a root window property), Xvfb would otherwise reset, and a client connecting during
# the reset is refused.
start_virtual_display() {
    local geometry=$1 display_file=$2
    : >"$display_file"
    Xvfb -displayfd 3 -screen 0 "$geometry" -nolisten tcp -noreset 3>"$display_file" 2>/dev/null &
    virtual_display_pid=$!
    local deadline=$((SECONDS + 60))
    # -displayfd writes "N\n" once the server is ready; the newline marks the end of the write.
    until grep -q '^[0-9][0-9]*$' "$display_file" 2>/dev/null; do
        if ! kill -0 "$virtual_display_pid" 2>/dev/null; then
            echo "Xvfb exited before it was ready" >&2
            return 1
        fi
        if ((SECONDS >= deadline)); then
            echo "Xvfb was not ready after 60 s" >&2
            return 1
        fi
        sleep 0.05
    done
    export DISPLAY=":$(head -n 1 "$display_file")"
}
