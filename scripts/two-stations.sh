#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Two Vigie stations of one demo site on this machine, sharing a site registry: a PostgreSQL
# server of their own in a temporary folder (unix socket only), its schema made by
# vigie --registry-migrate, station QA1 running the demo CXone and station QA2 joining it.
# Start a recording on one window and watch the other (docs/registry.md). Ctrl+C ends it all.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh --with-tests # postgresql is among the test packages
bash scripts/build.sh
vigie=./build/app/vigie
pgbin=/usr/lib/postgresql/15/bin
site=$(mktemp -d /tmp/vigie-site-XXXXXX)
as_server=()
if [[ $(id -u) -eq 0 ]]; then
    # PostgreSQL refuses to run as root.
    chown postgres: "$site"
    as_server=(runuser -u postgres --)
fi
"${as_server[@]}" "$pgbin/initdb" -D "$site/data" -U postgres --auth=trust >/dev/null
"${as_server[@]}" "$pgbin/pg_ctl" -D "$site/data" -l "$site/server.log" -w \
    -o "-k $site -c listen_addresses='' -p 5432" start >/dev/null
pids=()
finish() {
    kill "${pids[@]}" 2>/dev/null || true
    wait 2>/dev/null || true
    "${as_server[@]}" "$pgbin/pg_ctl" -D "$site/data" -m fast -w stop >/dev/null || true
    rm -rf "$site"
}
trap finish EXIT
sql() { psql -q -h "$site" -U "$1" -d "$2" -c "$3"; }
sql postgres postgres "CREATE ROLE vigie_owner LOGIN; CREATE ROLE vigie_station NOLOGIN;
    CREATE ROLE station_qa1 LOGIN IN ROLE vigie_station; CREATE ROLE station_qa2 LOGIN IN ROLE vigie_station;"
sql postgres postgres "CREATE DATABASE vigie OWNER vigie_owner"
registry() { printf '[Registry]\nHost=%s\nPort=5432\nDatabase=vigie\nUser=%s\nStation=%s\n' "$site" "$1" "$2"; }
registry vigie_owner owner >"$site/owner.ini"
"$vigie" --config "$site/owner.ini" --registry-migrate
sql vigie_owner vigie "INSERT INTO vigie.stations VALUES ('QA1', 'station_qa1'), ('QA2', 'station_qa2')"
registry station_qa1 QA1 >"$site/qa1.ini"
registry station_qa2 QA2 >"$site/qa2.ini"
port=$((20000 + RANDOM % 20000))
station() {
    local name=$1
    shift
    mkdir -p "$site/$name"
    "$vigie" --demo --config "$site/$name.ini" --ledger "$site/$name/ledger.json" \
        --audit-log "$site/$name/audit.jsonl" "$@" &
    pids+=($!)
}
station qa1 --demo-port "$port"
sleep 3 # QA1's simulator listens before QA2 joins it
station qa2 --demo-join "$port" --demo-as-quality-supervisor # a second person: who pressed what is told apart
echo "vigie: two stations (QA1: demo-supervisor, QA2: demo-quality) share the registry in $site; close both windows or press Ctrl+C to end"
wait
