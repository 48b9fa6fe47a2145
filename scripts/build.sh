#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Configures and builds Vigie in ./build (incremental: a second run only rebuilds what changed).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "vigie: configuring in $(pwd)/build"
launcher=()
# A compiler cache, where one is installed, makes rebuilds after a branch switch cheap.
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${VIGIE_BUILD_TYPE:-RelWithDebInfo}" \
    -DVIGIE_WERROR="${VIGIE_WERROR:-OFF}" "${launcher[@]}" >/dev/null
echo "vigie: building"
cmake --build build --parallel
