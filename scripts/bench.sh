#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds Vigie optimised and prints each performance figure against its target (docs/performance.md),
# then the fault soak's figures (lost, duplicated, resurrected, still running: each target 0), then the
# site registry's (docs/registry.md), against a PostgreSQL 15 server the bench starts itself, then CXone at
# a distance over HTTP/1.1, TLS and HTTP/2 (docs/deployment.md; nginx, installed below, is the HTTP/2 server).
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
# CXone at a distance, plain, over TLS and over HTTP/2 (nginx before the simulator; skipped, with the
# reason, when nginx cannot start): figures printed against the ideal for the link.
./build/tests/vigie_distance_bench "$@" || status=1
exit $status
