// Picks the storage adapter from the configuration: a postgres:// DATABASE_URL selects
// PostgreSQL (connected and migrated before this resolves), anything else the embedded
// SQLite file under DATA_DIR.
import type { Storage } from './adapter.ts';
import { PostgresStorage } from './postgres/postgres-storage.ts';
import { SqliteStorage } from './sqlite/sqlite-storage.ts';

export interface StorageConfig {
  dataDir: string;
  databaseUrl: string | undefined;
}

export class StorageConfigError extends Error {}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//i.test(url);
}

export async function openStorage(config: StorageConfig): Promise<Storage> {
  if (isPostgresUrl(config.databaseUrl)) {
    try {
      return await PostgresStorage.open(config.databaseUrl);
    } catch (error) {
      // The URL may hold a password: the message names only what went wrong.
      const reason = error instanceof Error ? error.message : String(error);
      throw new StorageConfigError(`Could not open the PostgreSQL database in DATABASE_URL: ${reason}`);
    }
  }
  if (config.databaseUrl) {
    throw new StorageConfigError('DATABASE_URL must be a postgres:// URL; unset it to use SQLite in DATA_DIR.');
  }
  return new SqliteStorage(config.dataDir);
}
