// `npm run admin -- <command>`, with the same DATA_DIR / DATABASE_URL as the server:
//   create-team     prints a new single-use setup code as one JSON line {"setupToken":"…"}
//   backup FILE     a consistent copy of the SQLite database, taken while the endpoint serves
//   restore FILE    puts a backup in place (refused while an endpoint runs on DATA_DIR)
// (create-team works on PostgreSQL too; backups there are the operator's pg_dump.)
import { readConfig } from './config.ts';
import { runningEndpoint } from './data-dir-lock.ts';
import { createTeamSetupCode } from './operator.ts';
import { openStorage, StorageConfigError } from './storage/open-storage.ts';
import { BackupError, backupDatabase, restoreDatabase } from './storage/sqlite/backup.ts';

const USAGE = 'usage: npm run admin -- create-team | backup FILE | restore FILE';

async function main(args: string[]): Promise<number> {
  const [command, file, ...rest] = args;
  const config = readConfig();
  if (command === 'create-team' && file === undefined) {
    const storage = await openStorage(config);
    try {
      const setupToken = await createTeamSetupCode(storage, Date.now());
      process.stdout.write(`${JSON.stringify({ setupToken })}\n`);
      return 0;
    } finally {
      await storage.close();
    }
  }
  if ((command === 'backup' || command === 'restore') && file && rest.length === 0) {
    if (config.databaseUrl) {
      throw new BackupError(
        'backup and restore are for the SQLite database in DATA_DIR. On PostgreSQL use its own tools: pg_dump --format=custom "$DATABASE_URL" (and pg_restore); see the README, Larger deployments.',
      );
    }
    if (command === 'backup') {
      const bytes = await backupDatabase(config.dataDir, file);
      process.stdout.write(`${JSON.stringify({ backup: file, bytes })}\n`);
      return 0;
    }
    const pid = runningEndpoint(config.dataDir);
    if (pid !== null) {
      throw new BackupError(`An endpoint (process ${pid}) is running on ${config.dataDir}: stop it, then restore.`);
    }
    const { previous } = restoreDatabase(config.dataDir, file, Date.now());
    process.stdout.write(`${JSON.stringify({ restored: file, previous })}\n`);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof StorageConfigError || error instanceof BackupError ? error.message : error);
  process.exitCode = 1;
}
