#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The man page must document every command-line option the binary offers.
# usage: check-manpage.sh VIGIE MANPAGE
set -euo pipefail
vigie=$1
manpage=$2
missing=0
for option in $(QT_QPA_PLATFORM=offscreen "$vigie" --help | grep -oE '^ +(-[a-z], )?--[a-z-]+' | grep -oE -- '--[a-z-]+'); do
    escaped=${option//-/\\\\-}
    if ! grep -qE -- "$escaped([^a-z\\\\-]|$)" "$manpage"; then
        echo "vigie.1 does not document $option"
        missing=1
    fi
done
exit $missing
