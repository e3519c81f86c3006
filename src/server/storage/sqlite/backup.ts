// Backups of the SQLite database (`npm run admin -- backup FILE` / `restore FILE`).
// A backup is SQLite's online backup copied in ONE step: that step reads one committed
// snapshot while the endpoint keeps serving (WAL lets writers go on), so the copy is
// consistent and holds every change acknowledged before it began; copying page batch by
// page batch would restart on every push of a busy team. A backup holds personal data:
// it is written with mode 0600, and only complete and checked copies get the file name.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from './connection.ts';

export class BackupError extends Error {}

const ALL_PAGES = 0x7fffffff;

/** Copies the database in `dataDir` to `target`; returns the copy's size in bytes. */
export async function backupDatabase(dataDir: string, target: string): Promise<number> {
  const source = path.join(dataDir, DATABASE_FILE);
  if (!fs.existsSync(source)) throw new BackupError(`No database at ${source}: check DATA_DIR.`);
  const destination = path.resolve(target);
  if (!fs.existsSync(path.dirname(destination))) throw new BackupError(`The folder ${path.dirname(destination)} does not exist.`);
  if (fs.existsSync(destination)) throw new BackupError(`${destination} exists already: choose a new file name.`);

  const partial = `${destination}.partial`;
  fs.rmSync(partial, { force: true });
  fs.writeFileSync(partial, '', { mode: 0o600 });
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(partial, { progress: () => ALL_PAGES });
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    db.close();
  }
  // One self-contained file: the copy leaves WAL mode (the endpoint turns it back on).
  const copy = new Database(partial, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const problem = databaseProblem(partial);
  if (problem) {
    fs.rmSync(partial, { force: true });
    throw new BackupError(`The copy failed its check (${problem}); nothing was written.`);
  }
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, destination);
  return fs.statSync(destination).size;
}

/**
 * Puts the backup `source` in place of the database in `dataDir`. The database it
 * replaces is kept beside it as `<name>.before-restore-<time>`, so a restore of the
 * wrong file loses nothing. Call only with no endpoint running on `dataDir`.
 */
export function restoreDatabase(dataDir: string, source: string, nowMs: number): { previous: string | null } {
  const backup = path.resolve(source);
  if (!fs.existsSync(backup)) throw new BackupError(`No file at ${backup}.`);
  const problem = databaseProblem(backup);
  if (problem) throw new BackupError(`${backup} is not a usable backup (${problem}); nothing was changed.`);

  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const live = path.join(dataDir, DATABASE_FILE);
  const incoming = `${live}.restoring`;
  fs.copyFileSync(backup, incoming);
  fs.chmodSync(incoming, 0o600);

  let previous: string | null = null;
  if (fs.existsSync(live)) {
    // Fold the write-ahead log into the file first (a crash may have left committed
    // changes there), so the kept copy is whole and no old log meets the restored file.
    const db = new Database(live, { fileMustExist: true });
    try {
      db.pragma('journal_mode = DELETE');
    } finally {
      db.close();
    }
    previous = `${live}.before-restore-${new Date(nowMs).toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(live, previous);
  }
  for (const leftover of [`${live}-wal`, `${live}-shm`]) fs.rmSync(leftover, { force: true });
  fs.renameSync(incoming, live);
  return { previous };
}

/** Why a file is no database of this endpoint, or null when it passes. */
function databaseProblem(file: string): string | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return `integrity check: ${String(integrity)}`;
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('migrations', 'records')").pluck().all();
    if (tables.length < 2) return 'it holds no Terenski zvezek data';
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    db?.close();
  }
}
