// Picks the storage adapter from the configuration: a postgres:// DATABASE_URL selects
// PostgreSQL, anything else the embedded SQLite file under DATA_DIR.
import type { Storage } from './adapter.ts';
import { SqliteStorage } from './sqlite/sqlite-storage.ts';

export interface StorageConfig {
  dataDir: string;
  databaseUrl: string | undefined;
}

export class StorageConfigError extends Error {}

export function openStorage(config: StorageConfig): Storage {
  if (config.databaseUrl && /^postgres(ql)?:\/\//i.test(config.databaseUrl)) {
    throw new StorageConfigError(
      'PostgreSQL adapter not available yet: unset DATABASE_URL to use the embedded SQLite database in DATA_DIR.',
    );
  }
  if (config.databaseUrl) {
    throw new StorageConfigError('DATABASE_URL must be a postgres:// URL; unset it to use SQLite in DATA_DIR.');
  }
  return new SqliteStorage(config.dataDir);
}
