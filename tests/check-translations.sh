#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fails when a .ts file is out of date with the sources or holds an unfinished message, so no
# untranslated string lands. Runs lupdate into a temporary copy; the committed files stay as they are.
# Source locations (kept for translators' context) are left out of the comparison: moving a line
# must not fail the build, a new or changed message must.
# usage: check-translations.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source_dir"/translations/vigie_*.ts "$work"/
"$lupdate" -silent -no-obsolete -locations relative "$source_dir/app" "$source_dir/ui" \
    -ts "$work/vigie_fr.ts" "$work/vigie_en.ts"
status=0
for ts in vigie_fr.ts vigie_en.ts; do
    if ! diff -q <(grep -v '<location ' "$source_dir/translations/$ts") <(grep -v '<location ' "$work/$ts") >/dev/null; then
        echo "translations/$ts is out of date with the sources: run 'cmake --build build --target update_translations' and translate"
        diff -u <(grep -v '<location ' "$source_dir/translations/$ts") <(grep -v '<location ' "$work/$ts") | head -40
        status=1
    fi
    unfinished=$(grep -c 'type="unfinished"' "$work/$ts" || true)
    if [[ "$unfinished" -ne 0 ]]; then
        echo "translations/$ts has $unfinished unfinished message(s):"
        grep -B3 'type="unfinished"' "$work/$ts" | grep '<source>' | head -20
        status=1
    fi
    total=$(grep -c '<message' "$work/$ts")
    echo "translations/$ts: $total messages, $unfinished unfinished"
done
exit $status
