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
  /**
   * Behind reverse proxies: how many proxy hops to trust (0: none). The client address
   * (for login limits per address) is then the X-Forwarded-For entry that many hops
   * back, so a client cannot choose it by sending its own X-Forwarded-For.
   */
  trustProxy: number;
  /**
   * On SIGTERM, how long requests in flight may take before their connections are cut and
   * the database is closed (a slow phone upload must not outlast the process manager's
   * patience, e.g. Docker's 10 s, which ends in SIGKILL).
   */
  shutdownGraceMs: number;
  /**
   * How long a request may take to arrive in full (headers and body); then it is answered
   * 408 request_timeout and its connection closed, so a client trickling bytes cannot
   * hold a connection for ever.
   */
  requestTimeoutMs: number;
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
    trustProxy: wholeNumber(env, 'TRUST_PROXY', 0, 'a whole number of proxy hops'),
    shutdownGraceMs: wholeNumber(env, 'SHUTDOWN_GRACE_MS', 8000),
    requestTimeoutMs: wholeNumber(env, 'REQUEST_TIMEOUT_MS', 30_000),
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, what = 'a whole number of milliseconds'): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value)) throw new Error(`${name} must be ${what}, got "${raw}"`);
  return value;
}
