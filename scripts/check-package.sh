#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package, checks it (lintian, desktop-file-validate, appstreamcli), installs it
# on this machine, runs the installed binary, then removes it and checks nothing is left behind.
# Needs root (it installs a package); scripts/test.sh runs it in CI.
set -euo pipefail
cd "$(dirname "$0")/../build"
echo "vigie: building the Debian package"
rm -f vigie_*.deb
cpack -G DEB >/dev/null
deb=$(ls vigie_*_*.deb)
echo "vigie: checking $deb"
# --display-info: lintian ranks the hardening tags as information, but one returning means the
# binary lost a protection (fortify, relro, bindnow, PIE), and that fails the check.
lintian_output=$(lintian --display-info --fail-on error "$deb" 2>&1 | grep -v 'running with root privileges' || true)
[[ -n "$lintian_output" ]] && echo "$lintian_output"
lintian --fail-on error "$deb" >/dev/null 2>&1
if grep -q 'hardening-' <<<"$lintian_output"; then
    echo "vigie: lintian finds /usr/bin/vigie built without a hardening flag (see installer/Hardening.cmake)"
    exit 1
fi
# hardening-check also sees the stack protector, which this lintian has no tag for (control-flow
# protection is not asked for: see installer/Hardening.cmake).
unpacked=$(mktemp -d)
dpkg-deb -x "$deb" "$unpacked"
hardening-check --nocfprotection "$unpacked/usr/bin/vigie"
rm -rf "$unpacked"
desktop-file-validate ../resources/io.github.vigie_cxone.Vigie.desktop ../resources/io.github.vigie_cxone.Vigie-kiosk.desktop
appstreamcli validate --no-net installer/io.github.vigie_cxone.Vigie.metainfo.xml

files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print substr($6, 2)}')
echo "vigie: installing $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
expected_version=$(grep -m1 '^CMAKE_PROJECT_VERSION:' CMakeCache.txt | cut -d= -f2)
installed_version=$(/usr/bin/vigie --version | awk '{print $2}')
[[ "$installed_version" == "$expected_version" ]] || { echo "installed vigie reports $installed_version, expected $expected_version"; exit 1; }
man -w vigie >/dev/null
home=$(mktemp -d)
HOME="$home" XDG_RUNTIME_DIR="$home" /usr/bin/vigie --demo --self-test
rm -rf "$home"

echo "vigie: removing the package"
dpkg -r vigie >/dev/null
if dpkg-query -W -f='${Status}' vigie 2>/dev/null | grep -q "install ok installed"; then
    echo "vigie is still installed after dpkg -r"; exit 1
fi
left=0
for file in $files; do
    if [[ -e "$file" ]]; then echo "left behind: $file"; left=1; fi
done
[[ $left -eq 0 ]] || exit 1
echo "vigie: package built, installed, run, and removed cleanly"
