#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when a C++ source is not formatted by the project's .clang-format, so style never
# needs a review comment (fix with: clang-format -i FILE), or when a source file does not start
# with its license: '// SPDX-License-Identifier: Apache-2.0' in C++, the same after '#'
# elsewhere, below the '#!' line where there is one.
# usage: check-formatting.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=$1
cd "$2"
spdx='SPDX-License-Identifier: Apache-2.0'
unlicensed=0
while IFS= read -r -d '' file; do
    first=$(head -n 1 "$file")
    [[ $first == '#!'* ]] && first=$(sed -n 2p "$file")
    case $file in
        *.cpp | *.h) expected="// $spdx" ;;
        *) expected="# $spdx" ;;
    esac
    if [[ $first != "$expected" ]]; then
        echo "$file: the first line (after any #! line) must be: $expected"
        unlicensed=1
    fi
done < <(find CMakeLists.txt app ui tests scripts installer resources -type f \( -name '*.cpp' -o -name '*.h' \
    -o -name '*.py' -o -name '*.sh' -o -name '*.cmake' -o -name CMakeLists.txt \) -print0)
find app ui tests \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 "$clang_format" --dry-run --Werror
[[ $unlicensed -eq 0 ]] || exit 1
echo "every C++ source is formatted and every source file names its license"
