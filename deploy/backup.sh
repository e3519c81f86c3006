#!/bin/sh
# Nightly backup of the endpoint's database (run by systemd/terenski-zvezek-backup.timer,
# or by cron next to compose.yaml): a consistent copy taken while the endpoint serves,
# encrypted with `age` for the recipients in BACKUP_AGE_RECIPIENTS (a file of public
# keys; the private key is kept OFF this server), and copies older than BACKUP_KEEP_DAYS
# deleted. A backup holds personal data about people in asylum procedures.
#
#   BACKUP_DIR             where backups are kept on this machine (required)
#   BACKUP_KEEP_DAYS       how long, in days (default 14)
#   BACKUP_AGE_RECIPIENTS  age recipients file; unset keeps the copy unencrypted (mode 0600)
#   ZVEZEK_ADMIN           the admin command (default: node on src/server/admin.ts, run
#                          from the folder above this script)
#   ZVEZEK_ADMIN_DIR       BACKUP_DIR as that command sees it (default BACKUP_DIR), e.g.
#                          /backups inside the compose container
set -eu
: "${BACKUP_DIR:?set BACKUP_DIR}"
keep_days=${BACKUP_KEEP_DAYS:-14}
admin_dir=${ZVEZEK_ADMIN_DIR:-$BACKUP_DIR}
name="zvezek-$(date -u +%Y%m%dT%H%M%SZ).sqlite"
umask 077
cd "$(dirname "$0")/.."

${ZVEZEK_ADMIN:-node --experimental-strip-types --no-warnings src/server/admin.ts} backup "$admin_dir/$name"

if [ -n "${BACKUP_AGE_RECIPIENTS:-}" ]; then
  age --encrypt --recipients-file "$BACKUP_AGE_RECIPIENTS" --output "$BACKUP_DIR/$name.age" "$BACKUP_DIR/$name"
  rm -f "$BACKUP_DIR/$name"
fi
find "$BACKUP_DIR" -maxdepth 1 -name 'zvezek-*.sqlite*' -mtime "+$keep_days" -delete
