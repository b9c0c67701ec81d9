#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster in $1 on 127.0.0.1 and print DONDOC_TEST_POSTGRES_URL=...
set -euo pipefail
PGDATA=$1; PGPORT=${PGPORT:-54329}
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
AS=(); if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA"; AS=(runuser -u postgres --); fi
"${AS[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null
"$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -qAt -c "create database dondoc_test" >/dev/null
echo "DONDOC_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$PGPORT/dondoc_test"
