#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fuzzes every parser of what a server, a disk or a collector hands Vigie (tests/fuzz), each for
# SECONDS (default 600: the ten minutes a change to a parser must pass), with ASan and UBSan,
# starting from the simulator's real answers. Findings land in build-fuzz/findings/; exits 1 on any.
#   bash scripts/fuzz.sh [SECONDS [FUZZER...]]   (CI: bash scripts/fuzz.sh 5); FUZZER: e.g. fuzz_ledger
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
only=("${@:2}")
bash scripts/install-deps.sh --with-tests
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
echo "vigie: configuring the fuzz build (clang, ASan, UBSan) in $(pwd)/build-fuzz"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
    -DVIGIE_FUZZ=ON -DVIGIE_WERROR=OFF "${launcher[@]}" >/dev/null
cmake --build build-fuzz --parallel
rm -rf build-fuzz/corpus build-fuzz/findings
mkdir -p build-fuzz/findings
QT_QPA_PLATFORM=offscreen ./build-fuzz/tests/fuzz/fuzz_seeds build-fuzz/corpus >/dev/null
status=0
for fuzzer in build-fuzz/tests/fuzz/fuzz_*; do
    name=$(basename "$fuzzer")
    [[ -f "$fuzzer" && -x "$fuzzer" && "$name" != fuzz_seeds ]] || continue
    [[ ${#only[@]} -eq 0 || " ${only[*]} " == *" $name "* ]] || continue
    mkdir -p "build-fuzz/corpus/$name" "build-fuzz/findings/$name"
    echo "vigie: fuzzing $name for $seconds s"
    if ! "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build-fuzz/findings/$name/" "build-fuzz/corpus/$name" \
        >"build-fuzz/findings/$name.log" 2>&1; then
        echo "vigie: $name found a problem; see build-fuzz/findings/$name.log"
        tail -30 "build-fuzz/findings/$name.log"
        status=1
    else
        grep -E '^stat::number_of_executed_units|^stat::new_units_added' "build-fuzz/findings/$name.log" | tr '\n' ' '
        echo
    fi
done
exit $status
