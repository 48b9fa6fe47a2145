#!/usr/bin/env bash
# Fails when a C++ source is not formatted by the project's .clang-format, so style never
# needs a review comment. Fix with: clang-format -i FILE
# usage: check-formatting.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format=$1
cd "$2"
find app ui tests \( -name '*.cpp' -o -name '*.h' \) -print0 | xargs -0 "$clang_format" --dry-run --Werror
echo "every C++ source is formatted"
