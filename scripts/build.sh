#!/usr/bin/env bash
# Configures and builds Vigie in ./build (incremental: a second run only rebuilds what changed).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "vigie: configuring in $(pwd)/build"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${VIGIE_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
echo "vigie: building"
cmake --build build --parallel
