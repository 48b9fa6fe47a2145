#!/usr/bin/env bash
# One command on a fresh Debian bookworm machine: installs what is missing, builds with
# warnings as errors, and runs the whole test suite (core, GUI, translations, packaging).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-tests
VIGIE_BUILD_TYPE=Debug bash scripts/build.sh
echo "vigie: running the test suite"
cd build
ctest --output-on-failure --parallel 2 --timeout 600
