#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# One command on a fresh Debian bookworm machine: installs what is missing, builds with
# warnings as errors, runs the whole test suite (core, GUI, translations, man page), then
# builds the Debian package, installs it, runs it and removes it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-tests
VIGIE_BUILD_TYPE=RelWithDebInfo VIGIE_WERROR=ON bash scripts/build.sh
echo "vigie: running the test suite"
(cd build && ctest --output-on-failure --parallel 2 --timeout 600)
echo "vigie: fuzzing every parser of server input for a few seconds each (ASan, UBSan)"
bash scripts/fuzz.sh 5
if [[ $(id -u) -eq 0 ]]; then
    bash scripts/check-package.sh
else
    echo "vigie: package check needs root (it installs the .deb); run: sudo bash scripts/check-package.sh"
fi
