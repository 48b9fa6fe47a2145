#!/usr/bin/env bash
# Builds Vigie optimised and prints each performance figure against its target (docs/performance.md).
# `scripts/bench.sh --quick` is what CI runs; without it, the full run (a minute of idle CPU sampling,
# 1,000 bulk starts). Exits non-zero when a figure misses its target.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-tests
VIGIE_BUILD_TYPE=RelWithDebInfo bash scripts/build.sh
exec ./build/tests/vigie_bench "$@" ./build/app/vigie
