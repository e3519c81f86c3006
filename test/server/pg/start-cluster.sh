#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests and benches: a fresh data folder under
# /tmp, owned by an unprivileged user (PostgreSQL refuses to run as root: `postgres` when
# this runs as root), listening on a free loopback port only, trusting local connections
# (nothing outside this machine can reach it). Prints two lines to eval:
#   PG_CLUSTER_DIR=/tmp/zvezek-pg.XXXX
#   DATABASE_URL=postgres://zvezek@127.0.0.1:PORT/zvezek
# Stop it with test/server/pg/stop-cluster.sh "$PG_CLUSTER_DIR" (it also removes the folder).
# PG_FSYNC=on keeps fsync (benches compare against SQLite's synchronous=FULL); the tests
# leave it off, which only matters after a power cut, not for what they check.
set -euo pipefail

bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && bin="$candidate"
done
if [ -z "$bin" ]; then
  echo "no PostgreSQL found under /usr/lib/postgresql: apt-get install -y postgresql" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/zvezek-pg.XXXXXX)
chmod 755 "$dir"
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')

"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U zvezek --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
  "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=${PG_FSYNC:-off} -c max_connections=200 -c shared_buffers=128MB" \
  >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/createdb" -h "$dir" -p "$port" -U zvezek zvezek

echo "PG_CLUSTER_DIR=$dir"
echo "DATABASE_URL=postgres://zvezek@127.0.0.1:$port/zvezek"
