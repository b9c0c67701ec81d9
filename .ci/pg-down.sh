#!/usr/bin/env bash
# Stop the throwaway cluster in $1 and remove it.
set -u
PGDATA=$1
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
AS=(); [ "$(id -u)" = 0 ] && AS=(runuser -u postgres --)
"${AS[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop
rm -rf "$PGDATA"
