// Schema migrations for the PostgreSQL adapter, applied in order at start, all under one
// transaction-scoped advisory lock, so that several endpoint processes starting at once
// apply each migration exactly once (the others wait, then find it applied). Never edit a
// released migration: add one. The schema mirrors the SQLite adapter's (storage/sqlite/
// migrations.ts): times are Unix milliseconds (BIGINT), field values, clocks and writers
// are JSON text (TEXT, not JSONB: JSONB refuses the \u0000 a pasted text may hold, and
// reorders keys), `active` is 0/1 so both adapters map rows the same way.
import type { PoolClient } from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Any fixed number: the advisory lock every starting process takes to migrate. */
const MIGRATION_LOCK = 7_316_402_118;

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'teams, accounts, records, scope, audit, members, reset codes',
    sql: `
      CREATE TABLE teams (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        -- the last change sequence number given out; each push locks (FOR UPDATE) and bumps it
        version BIGINT NOT NULL DEFAULT 0,
        created_at BIGINT NOT NULL
      );

      CREATE TABLE setup_codes (
        code_hash TEXT PRIMARY KEY,
        origin TEXT NOT NULL CHECK (origin IN ('startup', 'admin')),
        created_at BIGINT NOT NULL,
        used_at BIGINT,
        team_id TEXT REFERENCES teams (id)
      );

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        username_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('coordinator', 'counselor', 'volunteer')),
        active SMALLINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        password_hash TEXT NOT NULL,
        created_at BIGINT NOT NULL
      );
      CREATE INDEX users_team ON users (team_id);

      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        team_id TEXT NOT NULL REFERENCES teams (id),
        name TEXT NOT NULL,
        token_hash TEXT UNIQUE,
        last_mutation BIGINT NOT NULL DEFAULT 0,
        created_at BIGINT NOT NULL,
        last_seen_at BIGINT,
        ended_at BIGINT,
        ended_by TEXT CHECK (ended_by IN ('logout', 'revoked'))
      );
      CREATE INDEX devices_team ON devices (team_id, user_id);
      CREATE INDEX devices_user ON devices (user_id);

      CREATE TABLE invites (
        code_hash TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        role TEXT NOT NULL CHECK (role IN ('coordinator', 'counselor', 'volunteer')),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        used_at BIGINT,
        used_by TEXT REFERENCES users (id)
      );

      CREATE TABLE reset_codes (
        code_hash TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        user_id TEXT NOT NULL REFERENCES users (id),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at BIGINT NOT NULL,
        expires_at BIGINT NOT NULL,
        used_at BIGINT
      );
      CREATE INDEX reset_codes_user ON reset_codes (user_id);

      CREATE TABLE records (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        type TEXT NOT NULL,
        case_id TEXT,
        fields TEXT NOT NULL,
        clocks TEXT NOT NULL,
        writers TEXT NOT NULL,
        deleted TEXT,
        seq BIGINT NOT NULL
      );
      CREATE UNIQUE INDEX records_team_seq ON records (team_id, seq);
      CREATE INDEX records_team_case ON records (team_id, case_id);

      CREATE TABLE case_members (
        team_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        PRIMARY KEY (case_id, user_id)
      );
      CREATE INDEX case_members_user ON case_members (team_id, user_id);

      CREATE TABLE scope_events (
        team_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        seq BIGINT NOT NULL,
        case_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('enter', 'leave')),
        PRIMARY KEY (team_id, user_id, seq, case_id)
      );

      CREATE TABLE audit_log (
        id BIGSERIAL PRIMARY KEY,
        team_id TEXT NOT NULL,
        at BIGINT NOT NULL,
        user_id TEXT,
        device_id TEXT,
        action TEXT NOT NULL,
        record_id TEXT,
        type TEXT,
        case_id TEXT,
        member_id TEXT
      );
      CREATE INDEX audit_log_team ON audit_log (team_id, id);

      -- attempts by hashed username or address, for rate limiting across every process
      CREATE TABLE login_failures (
        id BIGSERIAL PRIMARY KEY,
        key TEXT NOT NULL,
        at BIGINT NOT NULL
      );
      CREATE INDEX login_failures_key ON login_failures (key, at);
    `,
  },
];

/** Applies what is missing; safe when several processes start at once. */
export async function runMigrations(client: PoolClient): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at BIGINT NOT NULL
    )`);
    const applied = await client.query<{ version: number }>('SELECT version FROM migrations');
    const done = new Set(applied.rows.map((row) => row.version));
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
