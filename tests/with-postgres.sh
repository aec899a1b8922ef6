#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL: initdb in a temporary directory, start
# on a free loopback port, export DF_TEST_POSTGRES, run, stop and remove everything.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  echo "with-postgres.sh: PostgreSQL is not installed (apt-get install postgresql-15)" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/doanfield-pg.XXXXXX)
as=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root.
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi
stop() {
  "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >/dev/null
for attempt in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 20000))
  if "${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 60 start \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 ${DF_PG_OPTIONS--c fsync=off}" >/dev/null; then
    export DF_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/postgres"
    "$@"
    exit $?
  fi
done
echo "with-postgres.sh: PostgreSQL did not start:" >&2
cat "$dir/log" >&2
exit 1
