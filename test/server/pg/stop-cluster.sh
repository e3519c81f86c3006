#!/usr/bin/env bash
# Stops a cluster start-cluster.sh started and deletes its folder (fast shutdown: the
# data is throwaway).
set -uo pipefail
dir=${1:?usage: stop-cluster.sh PG_CLUSTER_DIR}
case "$dir" in /tmp/zvezek-pg.*) ;; *) echo "not a throwaway cluster folder: $dir" >&2; exit 1 ;; esac
bin=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/pg_ctl" ] && bin="$candidate"
done
if [ -d "$dir/data" ] && [ -n "$bin" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
  else
    "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1
  fi
fi
rm -rf "$dir"
