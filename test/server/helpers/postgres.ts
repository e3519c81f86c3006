// When DATABASE_URL names a PostgreSQL database (test/server/pg/start-cluster.sh starts a
// throwaway one), the endpoint tests run on it instead of SQLite: each test data folder
// gets its own schema in that database (named from the folder, so a restart on the same
// folder finds its data again), reached through the URL's search_path.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { bigintsAsNumbers } from '../../../src/server/storage/postgres/postgres-storage.ts';

const schemas = new Map<string, string>();
const pools = new Map<string, pg.Pool>();

/** The PostgreSQL database the tests run on, or undefined for SQLite. */
export const testPostgresUrl: string | undefined = /^postgres(ql)?:\/\//i.test(process.env.DATABASE_URL ?? '')
  ? process.env.DATABASE_URL
  : undefined;

export const onPostgres = testPostgresUrl !== undefined;

/** A URL for the schema of one data folder (created when new): what DATABASE_URL would be. */
export function postgresUrlFor(dataDir: string, base = testPostgresUrl): string {
  if (!base) throw new Error('DATABASE_URL names no PostgreSQL database');
  const known = schemas.get(dataDir);
  if (known) return known;
  const schema = `t_${createHash('sha256').update(dataDir).digest('hex').slice(0, 20)}`;
  // Synchronous (psql), so that the helpers that build a process environment stay plain functions.
  execFileSync('psql', [base, '-q', '-v', 'ON_ERROR_STOP=1', '-c', `CREATE SCHEMA IF NOT EXISTS ${schema}`], { stdio: 'pipe' });
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  schemas.set(dataDir, url.toString());
  return url.toString();
}

/** Rows of one query on the database of `url` (`?` placeholders, as in SQLite). */
export async function postgresRows(url: string, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({
      connectionString: url,
      max: 2,
      allowExitOnIdle: true,
      types: bigintsAsNumbers,
    });
    pools.set(url, pool);
  }
  let n = 0;
  const result = await pool.query(sql.replace(/\?/g, () => `$${++n}`), params);
  return result.rows as Record<string, unknown>[];
}

/** Copies a data folder's schema to `file` with pg_dump, as an operator's backup would. */
export function dumpSchema(dataDir: string, file: string): void {
  const url = new URL(postgresUrlFor(dataDir));
  const schema = /search_path=(\S+)/.exec(url.searchParams.get('options') ?? '')?.[1] ?? '';
  url.searchParams.delete('options');
  execFileSync('pg_dump', ['--schema', schema, '--no-owner', '--file', file, url.toString()], { stdio: 'pipe' });
}

/** Puts a dumpSchema copy back in place of the schema (everything after it is lost). */
export function restoreSchema(dataDir: string, file: string): void {
  const url = new URL(postgresUrlFor(dataDir));
  const schema = /search_path=(\S+)/.exec(url.searchParams.get('options') ?? '')?.[1] ?? '';
  url.searchParams.delete('options');
  execFileSync('psql', [url.toString(), '-q', '-v', 'ON_ERROR_STOP=1', '-c', `DROP SCHEMA ${schema} CASCADE`], { stdio: 'pipe' });
  execFileSync('psql', [url.toString(), '-q', '-v', 'ON_ERROR_STOP=1', '-f', file], { stdio: 'pipe' });
}
