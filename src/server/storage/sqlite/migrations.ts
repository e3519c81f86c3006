// Schema migrations for the SQLite adapter, applied in order at start (each in its own
// transaction, recorded in `migrations`). Never edit a released migration: add one.
// Times are Unix milliseconds; JSON columns hold field values, clocks and writers.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'teams, accounts, records, scope, audit',
    sql: `
      CREATE TABLE teams (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        -- the last change sequence number given out; each push locks and bumps it
        version INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
      );

      CREATE TABLE setup_codes (
        code_hash TEXT PRIMARY KEY,
        origin TEXT NOT NULL CHECK (origin IN ('startup', 'admin')),
        created_at INTEGER NOT NULL,
        used_at INTEGER,
        team_id TEXT REFERENCES teams (id)
      );

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        -- normalized login name, unique across the whole endpoint
        username_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('coordinator', 'counselor', 'volunteer')),
        password_hash TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );
      CREATE INDEX users_team ON users (team_id);

      CREATE TABLE devices (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users (id),
        team_id TEXT NOT NULL REFERENCES teams (id),
        name TEXT NOT NULL,
        -- SHA-256 of the bearer token; NULL once the device logged out or was revoked
        token_hash TEXT UNIQUE,
        last_mutation INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        last_seen_at INTEGER,
        ended_at INTEGER,
        ended_by TEXT CHECK (ended_by IN ('logout', 'revoked'))
      );
      CREATE INDEX devices_team ON devices (team_id, user_id);

      CREATE TABLE invites (
        code_hash TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        role TEXT NOT NULL CHECK (role IN ('coordinator', 'counselor', 'volunteer')),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER,
        used_by TEXT REFERENCES users (id)
      );

      CREATE TABLE records (
        id TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        type TEXT NOT NULL,
        case_id TEXT,
        fields TEXT NOT NULL,
        clocks TEXT NOT NULL,
        writers TEXT NOT NULL,
        deleted TEXT,
        seq INTEGER NOT NULL
      );
      CREATE UNIQUE INDEX records_team_seq ON records (team_id, seq);
      CREATE INDEX records_team_case ON records (team_id, case_id);

      -- who a case is assigned to now (its assignees field), for volunteer scope
      CREATE TABLE case_members (
        team_id TEXT NOT NULL,
        case_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        PRIMARY KEY (case_id, user_id)
      );
      CREATE INDEX case_members_user ON case_members (team_id, user_id);

      -- when a user entered or left a case, at the team sequence number of that change
      CREATE TABLE scope_events (
        team_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        case_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('enter', 'leave')),
        PRIMARY KEY (team_id, user_id, seq, case_id)
      );

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        team_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        user_id TEXT,
        device_id TEXT,
        action TEXT NOT NULL,
        record_id TEXT,
        type TEXT,
        case_id TEXT
      );
      CREATE INDEX audit_log_team ON audit_log (team_id, id);

      -- failed logins by hashed username or address, for rate limiting
      CREATE TABLE login_failures (
        key TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX login_failures_key ON login_failures (key, at);
    `,
  },
  {
    version: 2,
    name: 'members: display names, deactivation, password reset codes',
    sql: `
      -- what teammates call a member; existing members keep their login name until they change it
      ALTER TABLE users ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
      UPDATE users SET display_name = name;
      -- 0: deactivated by a coordinator, every device revoked and sign-in refused
      ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

      CREATE TABLE reset_codes (
        code_hash TEXT PRIMARY KEY,
        team_id TEXT NOT NULL REFERENCES teams (id),
        user_id TEXT NOT NULL REFERENCES users (id),
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER
      );
      CREATE INDEX reset_codes_user ON reset_codes (user_id);

      -- the member an account action was about (role change, deactivation, reset code)
      ALTER TABLE audit_log ADD COLUMN member_id TEXT;
    `,
  },
];
