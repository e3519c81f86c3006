// Opens the SQLite database file under DATA_DIR (folder 0700, files 0600): one connection
// that writes (WAL, full fsync on commit, foreign keys, busy timeout, secure delete,
// migrations) and one read-only connection, so a pull reads committed data while a
// push's transaction is open.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations.ts';

export const DATABASE_FILE = 'terenski-zvezek.sqlite';

export interface Connections {
  file: string;
  writer: Database.Database;
  reader: Database.Database;
}

export function openConnections(dataDir: string): Connections {
  const file = path.join(dataDir, DATABASE_FILE);
  keepToOwnUser(dataDir, file);

  const writer = new Database(file);
  writer.pragma('journal_mode = WAL');
  // FULL: a push acknowledged to a device is on disk even after a power cut; the device
  // drops its outbox entries on that acknowledgement.
  writer.pragma('synchronous = FULL');
  writer.pragma('foreign_keys = ON');
  writer.pragma('busy_timeout = 5000');
  // Erased field values (deletions, case erasure) are overwritten, not left in free pages.
  writer.pragma('secure_delete = ON');
  runMigrations(writer);

  const reader = new Database(file, { readonly: true });
  reader.pragma('busy_timeout = 5000');
  return { file, writer, reader };
}

// The data is about people in asylum procedures: readable by the endpoint's user only,
// also when DATA_DIR already existed with looser modes. SQLite gives its -wal and -shm
// files the mode of the database file, so the database file is made 0600 before opening.
function keepToOwnUser(dataDir: string, file: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const each of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(each)) fs.chmodSync(each, 0o600);
  }
}

function runMigrations(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  )`);
  const isApplied = db.prepare<[number], number>('SELECT 1 FROM migrations WHERE version = ?').pluck();
  const record = db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    // Checked inside the write transaction: `npm run admin` may start next to the server.
    db.transaction(() => {
      if (isApplied.get(migration.version)) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, Date.now());
    }).immediate();
  }
}
