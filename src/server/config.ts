// Endpoint settings from the environment (SYNC-PROTOCOL.md, Operating the endpoint).
import path from 'node:path';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  setupToken: string | undefined;
  staticDir: string;
  /** pino level, or 'silent' */
  logLevel: string;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (login limits per address). */
  trustProxy: boolean;
  /**
   * On SIGTERM, how long requests in flight may take before their connections are cut and
   * the database is closed (a slow phone upload must not outlast the process manager's
   * patience, e.g. Docker's 10 s, which ends in SIGKILL).
   */
  shutdownGraceMs: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a whole number from 0 to 65535, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    setupToken: env.SETUP_TOKEN || undefined,
    staticDir: path.resolve(env.STATIC_DIR ?? './dist'),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
    shutdownGraceMs: wholeNumber(env, 'SHUTDOWN_GRACE_MS', 8000),
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds, got "${raw}"`);
  return value;
}
