#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds Vigie optimised and prints each performance figure against its target (docs/performance.md),
# then the fault soak's figures (lost, duplicated, resurrected, still running: each target 0), then the
# site registry's (docs/registry.md), against a PostgreSQL 15 server the bench starts itself.
# `scripts/bench.sh --quick` is what CI runs; without it, the full run (a minute of idle CPU sampling,
# 1,000 bulk starts, 1,000 soak operations with 5 kills, 50 registry stations for 60 s). Exits non-zero
# when a figure misses its target.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-tests
VIGIE_BUILD_TYPE=RelWithDebInfo bash scripts/build.sh
status=0
./build/tests/vigie_bench "$@" ./build/app/vigie || status=1
./build/tests/vigie_soak "$@" ./build/tests/recording_worker || status=1
./build/tests/vigie_registry_bench "$@" || status=1
exit $status
