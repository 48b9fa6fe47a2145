#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# One command on a fresh Debian bookworm machine: installs what is missing, builds, and runs
# Vigie against its built-in CXone simulator (demo tenant, no credentials needed).
# Extra arguments go to vigie, e.g. `scripts/demo.sh --language fr --demo-agents 20000`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    echo "vigie: starting the demo (close the window to end it)"
    exec ./build/app/vigie --demo "$@"
fi
# No display (a server or a container): prove the demo works headless, then show it on a
# virtual screen and keep a screenshot of it.
bash scripts/install-deps.sh --with-tests
echo "vigie: no display found; running the headless self-test against the simulator"
./build/app/vigie --demo --self-test
shot="$(pwd)/build/demo-screenshot.png"
echo "vigie: starting the demo on a virtual display for 8 seconds; screenshot: $shot"
xvfb-run -a -s "-screen 0 1280x800x24 -noreset" bash -c \
    "./build/app/vigie --demo $* & pid=\$!; sleep 8; import -window root '$shot'; kill \$pid; wait \$pid 2>/dev/null || true"
echo "vigie: demo done; on a desktop, run ./build/app/vigie --demo to use it"
