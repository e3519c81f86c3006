// The storage adapter for larger deployments: several stateless endpoint processes on one
// PostgreSQL database (node-postgres, a pool per process). Everything that must hold
// across processes lives in the database: the team's version row, login attempts,
// setup, invite and reset codes.
//
// How it keeps the adapter promises (adapter.ts):
// - a push is one READ COMMITTED transaction that first locks its team's version row
//   (SELECT … FOR UPDATE): pushes of one team run one after another, each stamps its
//   changes with the team's next sequence numbers, so sequence numbers follow commit order
//   and no pull cursor can pass a change that commits late;
// - a pull reads in one REPEATABLE READ, READ ONLY transaction: one snapshot;
// - codes are spent under a row lock, login attempts under an advisory lock per key, and
//   member changes under the team row lock, so two processes cannot both pass a check;
// - a serialization failure or deadlock rolls back and runs the transaction again.
import pg from 'pg';
import type {
  AuditEntry,
  ChangeSnapshot,
  Device,
  InviteAcceptOutcome,
  MemberChangeOutcome,
  NewAccount,
  PasswordResetOutcome,
  PushTransaction,
  RecordReads,
  RecordWrite,
  ReportedRecord,
  Role,
  Session,
  SetupOutcome,
  Storage,
  StoredAuditEntry,
  StoredRecord,
  Team,
  User,
  MemberChange,
  OwnUserChange,
} from '../adapter.ts';
import type { RecordType } from '../../../domain/records.ts';
import { toAuditEntry, toDevice, toRecord, toUser, type AuditRow, type DeviceRow, type RecordRow, type SessionRow, type UserRow } from '../sqlite/rows.ts';
import { actorOf, LastCoordinator, pickColumns } from '../sqlite/sqlite-storage.ts';
import { runMigrations } from './migrations.ts';

type Client = pg.PoolClient;

const RECORD_COLUMNS = 'id, team_id, type, case_id, fields, clocks, deleted, seq';
const USER_COLUMNS = 'id, team_id, name, display_name, role, active';
const DEVICE_COLUMNS = `d.id, d.user_id, u.display_name AS user_name, d.team_id, d.name, d.created_at,
  d.last_seen_at, d.ended_at, d.ended_by`;

// SQLSTATEs worth running a transaction again for.
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_ATTEMPTS = 8;
const UNIQUE_VIOLATION = '23505';
// Report rows fetched per round trip: a report never holds a large team's records at once.
const REPORT_BATCH = 2000;

// BIGINT (times, sequence numbers, ids) as numbers: every value stays below 2^53.
const BIGINT_OID = 20;
export const bigintsAsNumbers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === BIGINT_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** Connections this process keeps at most (PG_POOL_SIZE, default 10). */
  poolSize?: number;
  /** What to do with a connection error outside any request (default: ignore; /readyz reports it). */
  onIdleError?: (error: Error) => void;
}

export class PostgresStorage implements Storage {
  readonly kind = 'postgres';
  #pool: pg.Pool;

  private constructor(url: string, options: PostgresOptions) {
    this.#pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      // A database that does not answer fails a request (and /readyz) within seconds
      // instead of queueing it forever; the pool connects again once it is back.
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      types: bigintsAsNumbers,
      // How the endpoint's connections show in pg_stat_activity.
      application_name: 'terenski-zvezek',
    });
    // A connection dropped while idle (the database restarted) must not end the process.
    this.#pool.on('error', options.onIdleError ?? (() => undefined));
  }

  /** Connects, applies missing migrations (under an advisory lock) and answers the storage. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStorage> {
    const storage = new PostgresStorage(url, options);
    try {
      const client = await storage.#pool.connect();
      try {
        await runMigrations(client);
      } finally {
        client.release();
      }
    } catch (error) {
      await storage.#pool.end();
      throw error;
    }
    return storage;
  }

  async ping(): Promise<void> {
    await this.#pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  // --- operating ---

  async countTeams(): Promise<number> {
    return Number((await this.#pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM teams')).rows[0]?.n ?? 0);
  }

  addSetupCode(input: { codeHash: string; origin: 'startup' | 'admin'; at: number }): Promise<void> {
    return this.#write(async (c) => {
      await c.query('INSERT INTO setup_codes (code_hash, origin, created_at) VALUES ($1, $2, $3) ON CONFLICT (code_hash) DO NOTHING', [
        input.codeHash,
        input.origin,
        input.at,
      ]);
    });
  }

  replaceStartupCode(input: { codeHash: string; at: number }): Promise<void> {
    return this.#write(async (c) => {
      await c.query("DELETE FROM setup_codes WHERE origin = 'startup' AND used_at IS NULL");
      await c.query("INSERT INTO setup_codes (code_hash, origin, created_at) VALUES ($1, 'startup', $2) ON CONFLICT (code_hash) DO NOTHING", [
        input.codeHash,
        input.at,
      ]);
    });
  }

  // --- accounts ---

  setupTeam(input: { codeHash: string; team: Team; account: NewAccount; at: number }): Promise<SetupOutcome> {
    return this.#write(async (c): Promise<SetupOutcome> => {
      const code = await one<{ used_at: number | null }>(c, 'SELECT used_at FROM setup_codes WHERE code_hash = $1 FOR UPDATE', [input.codeHash]);
      if (!code || code.used_at !== null) return 'code_unusable';
      if (await one(c, 'SELECT id FROM users WHERE username_key = $1', [input.account.usernameKey])) return 'username_taken';
      await c.query('INSERT INTO teams (id, name, version, created_at) VALUES ($1, $2, 0, $3)', [input.team.id, input.team.name, input.at]);
      await insertAccount(c, input.team.id, 'coordinator', input.account, input.at);
      await c.query('UPDATE setup_codes SET used_at = $1, team_id = $2 WHERE code_hash = $3 AND used_at IS NULL', [
        input.at,
        input.team.id,
        input.codeHash,
      ]);
      await audit(c, { teamId: input.team.id, at: input.at, ...actorOf(input.account), action: 'setup', recordId: null, type: null, caseId: null });
      return 'created';
    }).catch((error: unknown) => {
      // Another process took the name between our check and our insert.
      if (isUniqueViolation(error, 'users_username_key_key')) return 'username_taken' as const;
      throw error;
    });
  }

  createInvite(input: {
    codeHash: string;
    teamId: string;
    role: Role;
    by: { userId: string; deviceId: string };
    at: number;
    expiresAt: number;
  }): Promise<void> {
    return this.#write(async (c) => {
      await c.query('INSERT INTO invites (code_hash, team_id, role, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        input.codeHash,
        input.teamId,
        input.role,
        input.by.userId,
        input.at,
        input.expiresAt,
      ]);
      await audit(c, { teamId: input.teamId, at: input.at, ...input.by, action: 'invite', recordId: null, type: null, caseId: null });
    });
  }

  acceptInvite(input: { codeHash: string; account: NewAccount; at: number }): Promise<InviteAcceptOutcome> {
    return this.#write(async (c): Promise<InviteAcceptOutcome> => {
      const invite = await one<{ team_id: string; team_name: string; role: Role; expires_at: number; used_at: number | null }>(
        c,
        `SELECT i.team_id, t.name AS team_name, i.role, i.expires_at, i.used_at
         FROM invites i JOIN teams t ON t.id = i.team_id WHERE i.code_hash = $1 FOR UPDATE OF i`,
        [input.codeHash],
      );
      if (!invite || invite.used_at !== null || invite.expires_at <= input.at) return { status: 'code_unusable' };
      if (await one(c, 'SELECT id FROM users WHERE username_key = $1', [input.account.usernameKey])) return { status: 'username_taken' };
      await insertAccount(c, invite.team_id, invite.role, input.account, input.at);
      await c.query('UPDATE invites SET used_at = $1, used_by = $2 WHERE code_hash = $3 AND used_at IS NULL', [
        input.at,
        input.account.userId,
        input.codeHash,
      ]);
      await audit(c, { teamId: invite.team_id, at: input.at, ...actorOf(input.account), action: 'invite_accept', recordId: null, type: null, caseId: null });
      const user: User = {
        id: input.account.userId,
        teamId: invite.team_id,
        name: input.account.name,
        displayName: input.account.displayName,
        role: invite.role,
        active: true,
      };
      return { status: 'created', user, team: { id: invite.team_id, name: invite.team_name } };
    }).catch((error: unknown) => {
      if (isUniqueViolation(error, 'users_username_key_key')) return { status: 'username_taken' } as const;
      throw error;
    });
  }

  async findLogin(usernameKey: string): Promise<{ user: User; team: Team; passwordHash: string } | null> {
    const row = await one<UserRow & { password_hash: string; team_name: string }>(
      this.#pool,
      `SELECT u.id, u.team_id, u.name, u.display_name, u.role, u.active, u.password_hash, t.name AS team_name
       FROM users u JOIN teams t ON t.id = u.team_id WHERE u.username_key = $1`,
      [usernameKey],
    );
    if (!row) return null;
    return { user: toUser(row), team: { id: row.team_id, name: row.team_name }, passwordHash: row.password_hash };
  }

  addDevice(input: { userId: string; teamId: string; deviceId: string; deviceName: string; tokenHash: string; at: number }): Promise<void> {
    return this.#write(async (c) => {
      await insertDevice(c, input.deviceId, input.userId, input.teamId, input.deviceName, input.tokenHash, input.at);
      await audit(c, { teamId: input.teamId, at: input.at, userId: input.userId, deviceId: input.deviceId, action: 'login', recordId: null, type: null, caseId: null });
    });
  }

  async findSession(tokenHash: string): Promise<Session | null> {
    const row = await one<SessionRow>(
      this.#pool,
      `SELECT d.id AS device_id, d.last_seen_at, u.id AS user_id, u.name AS user_name, u.display_name, u.role,
         t.id AS team_id, t.name AS team_name
       FROM devices d JOIN users u ON u.id = d.user_id JOIN teams t ON t.id = d.team_id
       WHERE d.token_hash = $1 AND u.active = 1`,
      [tokenHash],
    );
    if (!row) return null;
    return {
      deviceId: row.device_id,
      deviceLastSeenAt: row.last_seen_at,
      // Only active members have sessions (the query checks it).
      user: { id: row.user_id, teamId: row.team_id, name: row.user_name, displayName: row.display_name, role: row.role, active: true },
      team: { id: row.team_id, name: row.team_name },
    };
  }

  async touchDevice(deviceId: string, at: number): Promise<void> {
    await this.#pool.query('UPDATE devices SET last_seen_at = $1 WHERE id = $2', [at, deviceId]);
  }

  endSession(input: { deviceId: string; by: 'logout' | 'revoked'; actor: { userId: string; deviceId: string }; at: number }): Promise<void> {
    return this.#write(async (c) => {
      const device = await one<{ team_id: string }>(c, 'SELECT team_id FROM devices WHERE id = $1', [input.deviceId]);
      if (!device) return;
      if (!(await endDevice(c, input.deviceId, input.by, input.at))) return;
      const action = input.by === 'logout' ? 'logout' : 'revoke';
      await audit(c, { teamId: device.team_id, at: input.at, ...input.actor, action, recordId: null, type: null, caseId: null });
    });
  }

  async listUsers(teamId: string): Promise<User[]> {
    return (await this.#pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE team_id = $1 ORDER BY created_at, id`, [teamId])).rows.map(toUser);
  }

  async findCredentials(userId: string): Promise<{ user: User; usernameKey: string; passwordHash: string } | null> {
    const row = await one<UserRow & { username_key: string; password_hash: string }>(
      this.#pool,
      `SELECT ${USER_COLUMNS}, username_key, password_hash FROM users WHERE id = $1`,
      [userId],
    );
    return row ? { user: toUser(row), usernameKey: row.username_key, passwordHash: row.password_hash } : null;
  }

  changeMember(input: MemberChange): Promise<MemberChangeOutcome> {
    return this.#write(async (c): Promise<MemberChangeOutcome> => {
      // The team row lock: two coordinators demoting each other in two processes at once
      // cannot both pass the "one active coordinator remains" check.
      await c.query('SELECT 1 FROM teams WHERE id = $1 FOR UPDATE', [input.teamId]);
      const before = await one<UserRow>(c, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [input.userId]);
      // Another team's member is as unknown as one that never existed.
      if (!before || before.team_id !== input.teamId) return { status: 'not_found' };
      const entry = { teamId: input.teamId, at: input.at, ...input.actor, recordId: null, type: null, caseId: null, memberId: input.userId };
      if (input.role !== undefined && input.role !== before.role) {
        await c.query('UPDATE users SET role = $1 WHERE id = $2', [input.role, input.userId]);
        await audit(c, { ...entry, action: 'role_change' });
      }
      const wasActive = before.active === 1;
      if (input.active !== undefined && input.active !== wasActive) {
        await c.query('UPDATE users SET active = $1 WHERE id = $2', [input.active ? 1 : 0, input.userId]);
        // Every device of theirs stops working in this same transaction.
        if (!input.active) await endLiveDevices(c, input.userId, input.at);
        await audit(c, { ...entry, action: input.active ? 'reactivate' : 'deactivate' });
      }
      const coordinators = await one<{ n: number }>(
        c,
        "SELECT COUNT(*)::int AS n FROM users WHERE team_id = $1 AND role = 'coordinator' AND active = 1",
        [input.teamId],
      );
      // A team always keeps one active coordinator; throwing rolls the whole change back.
      if ((coordinators?.n ?? 0) === 0) throw new LastCoordinator();
      const after = await one<UserRow>(c, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [input.userId]);
      return { status: 'changed', user: toUser(after as UserRow) };
    }).catch((error: unknown) => {
      if (error instanceof LastCoordinator) return { status: 'last_coordinator' } as const;
      throw error;
    });
  }

  changeOwnUser(input: OwnUserChange): Promise<User> {
    return this.#write(async (c) => {
      const before = await one<UserRow>(c, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`, [input.userId]);
      if (!before) throw new Error('a signed-in user that does not exist');
      const entry = { teamId: before.team_id, at: input.at, ...input.actor, recordId: null, type: null, caseId: null, memberId: input.userId };
      if (input.displayName !== undefined && input.displayName !== before.display_name) {
        await c.query('UPDATE users SET display_name = $1 WHERE id = $2', [input.displayName, input.userId]);
        await audit(c, { ...entry, action: 'display_name_change' });
      }
      if (input.passwordHash !== undefined) {
        await c.query('UPDATE users SET password_hash = $1 WHERE id = $2', [input.passwordHash, input.userId]);
        await audit(c, { ...entry, action: 'password_change' });
      }
      return toUser((await one<UserRow>(c, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [input.userId])) as UserRow);
    });
  }

  createResetCode(input: {
    codeHash: string;
    teamId: string;
    userId: string;
    by: { userId: string; deviceId: string };
    at: number;
    expiresAt: number;
  }): Promise<void> {
    return this.#write(async (c) => {
      await c.query('DELETE FROM reset_codes WHERE user_id = $1 AND used_at IS NULL', [input.userId]);
      await c.query('INSERT INTO reset_codes (code_hash, team_id, user_id, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        input.codeHash,
        input.teamId,
        input.userId,
        input.by.userId,
        input.at,
        input.expiresAt,
      ]);
      await audit(c, { teamId: input.teamId, at: input.at, ...input.by, action: 'reset_code', recordId: null, type: null, caseId: null, memberId: input.userId });
    });
  }

  async resetCodeUsable(codeHash: string, at: number): Promise<boolean> {
    const row = await one<{ expires_at: number; used_at: number | null }>(this.#pool, 'SELECT expires_at, used_at FROM reset_codes WHERE code_hash = $1', [codeHash]);
    return row !== null && row.used_at === null && row.expires_at > at;
  }

  resetPassword(input: {
    codeHash: string;
    passwordHash: string;
    device: { deviceId: string; deviceName: string; tokenHash: string };
    at: number;
  }): Promise<PasswordResetOutcome> {
    return this.#write(async (c): Promise<PasswordResetOutcome> => {
      const code = await one<{ user_id: string; expires_at: number; used_at: number | null }>(
        c,
        'SELECT user_id, expires_at, used_at FROM reset_codes WHERE code_hash = $1 FOR UPDATE',
        [input.codeHash],
      );
      if (!code || code.used_at !== null || code.expires_at <= input.at) return { status: 'code_unusable' };
      const row = await one<UserRow>(c, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [code.user_id]);
      if (!row) return { status: 'code_unusable' };
      if (row.active !== 1) return { status: 'inactive' };
      await c.query('UPDATE reset_codes SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL', [input.at, input.codeHash]);
      await c.query('UPDATE users SET password_hash = $1 WHERE id = $2', [input.passwordHash, row.id]);
      // Whoever holds the member's other devices (a lost phone) is cut off too.
      await endLiveDevices(c, row.id, input.at);
      const { deviceId, deviceName, tokenHash } = input.device;
      await insertDevice(c, deviceId, row.id, row.team_id, deviceName, tokenHash, input.at);
      await audit(c, { teamId: row.team_id, at: input.at, userId: row.id, deviceId, action: 'password_reset', recordId: null, type: null, caseId: null, memberId: row.id });
      const team = await one<{ name: string }>(c, 'SELECT name FROM teams WHERE id = $1', [row.team_id]);
      return { status: 'reset', user: toUser(row), team: { id: row.team_id, name: team?.name ?? '' } };
    });
  }

  async listDevices(teamId: string, userId: string | null): Promise<Device[]> {
    const result =
      userId === null
        ? await this.#pool.query<DeviceRow>(
            `SELECT ${DEVICE_COLUMNS} FROM devices d JOIN users u ON u.id = d.user_id WHERE d.team_id = $1 ORDER BY d.created_at, d.id`,
            [teamId],
          )
        : await this.#pool.query<DeviceRow>(
            `SELECT ${DEVICE_COLUMNS} FROM devices d JOIN users u ON u.id = d.user_id
             WHERE d.team_id = $1 AND d.user_id = $2 ORDER BY d.created_at, d.id`,
            [teamId, userId],
          );
    return result.rows.map(toDevice);
  }

  async findDevice(deviceId: string): Promise<Device | null> {
    const row = await one<DeviceRow>(this.#pool, `SELECT ${DEVICE_COLUMNS} FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = $1`, [deviceId]);
    return row ? toDevice(row) : null;
  }

  async setupCodeUsable(codeHash: string): Promise<boolean> {
    return (await one(this.#pool, 'SELECT 1 FROM setup_codes WHERE code_hash = $1 AND used_at IS NULL', [codeHash])) !== null;
  }

  async inviteCodeUsable(codeHash: string, at: number): Promise<boolean> {
    return (await one(this.#pool, 'SELECT 1 FROM invites WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2', [codeHash, at])) !== null;
  }

  // --- failed logins ---

  countAttempt(input: {
    limits: readonly { key: string; max: number }[];
    since: number;
    at: number;
  }): Promise<{ counted: true; ids: number[] } | { counted: false; times: number[][] }> {
    return this.#write(async (c) => {
      // One advisory lock per key (taken in one order, so two attempts never deadlock):
      // attempts on one name through several processes are counted one after another.
      const keys = [...new Set(input.limits.map((limit) => limit.key))].toSorted();
      for (const key of keys) await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      const times: number[][] = [];
      for (const limit of input.limits) {
        const rows = (await c.query<{ at: number }>('SELECT at FROM login_failures WHERE key = $1 AND at >= $2 ORDER BY at', [limit.key, input.since])).rows;
        times.push(rows.map((row) => row.at));
      }
      if (input.limits.some((limit, i) => (times[i]?.length ?? 0) >= limit.max)) return { counted: false as const, times };
      // Nothing older than a day matters to any limit; keep the table small.
      await c.query('DELETE FROM login_failures WHERE at < $1', [input.at - 24 * 60 * 60 * 1000]);
      const ids: number[] = [];
      for (const limit of input.limits) {
        const row = await one<{ id: number }>(c, 'INSERT INTO login_failures (key, at) VALUES ($1, $2) RETURNING id', [limit.key, input.at]);
        ids.push(row?.id ?? 0);
      }
      return { counted: true as const, ids };
    });
  }

  async forgetAttempts(ids: readonly number[]): Promise<void> {
    if (ids.length > 0) await this.#pool.query('DELETE FROM login_failures WHERE id = ANY($1::bigint[])', [ids]);
  }

  async clearLoginFailures(key: string): Promise<void> {
    await this.#pool.query('DELETE FROM login_failures WHERE key = $1', [key]);
  }

  // --- audit ---

  addAudit(entry: AuditEntry): Promise<void> {
    return this.#write((c) => audit(c, entry));
  }

  async listAudit(input: { teamId: string; afterId: number; limit: number }): Promise<StoredAuditEntry[]> {
    const result = await this.#pool.query<AuditRow>(
      `SELECT id, team_id, at, user_id, device_id, action, record_id, type, case_id, member_id
       FROM audit_log WHERE team_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
      [input.teamId, input.afterId, input.limit],
    );
    return result.rows.map(toAuditEntry);
  }

  // --- sync ---

  applyPush<T>(target: { teamId: string; deviceId: string }, work: (tx: PushTransaction) => Promise<T>): Promise<T> {
    const { teamId, deviceId } = target;
    return this.#write(async (c) => {
      // The team's version row, locked until commit: the next push of this team (in any
      // process) waits here, so sequence numbers are handed out in commit order.
      const team = await one<{ version: number }>(c, 'SELECT version FROM teams WHERE id = $1 FOR UPDATE', [teamId]);
      if (!team) throw new Error('push for a team that does not exist');
      const writes = new PushWrites(c, teamId, team.version);
      const now = Date.now();
      const tx: PushTransaction = {
        device: async () => {
          const row = await one<{ last_mutation: number; active: boolean }>(
            c,
            'SELECT last_mutation, token_hash IS NOT NULL AS active FROM devices WHERE id = $1 AND team_id = $2',
            [deviceId, teamId],
          );
          return { lastMutation: row?.last_mutation ?? 0, active: row?.active === true };
        },
        setLastMutation: async (n) => {
          await c.query('UPDATE devices SET last_mutation = $1, last_seen_at = $2 WHERE id = $3', [n, now, deviceId]);
        },
        prefetch: (ids) => writes.prefetch(ids),
        record: (id) => writes.record(id),
        liveCaseRecords: async (caseId) => {
          await writes.saveRecords();
          const result = await c.query<RecordRow>(
            `SELECT ${RECORD_COLUMNS}, writers FROM records WHERE team_id = $1 AND case_id = $2 AND deleted IS NULL ORDER BY seq`,
            [teamId, caseId],
          );
          return result.rows.map(toRecord);
        },
        liveConflictsAbout: async (record) => {
          await writes.saveRecords();
          // Conflicts carry the caseId of the record they are about, so the case index finds them.
          const result = await c.query<RecordRow>(
            `SELECT ${RECORD_COLUMNS}, writers FROM records
             WHERE team_id = $1 AND case_id IS NOT DISTINCT FROM $2 AND type = 'conflict' AND deleted IS NULL
               AND (fields::json ->> 'recordId') = $3 ORDER BY seq`,
            [teamId, record.caseId, record.id],
          );
          return result.rows.map(toRecord);
        },
        putRecord: async (record) => writes.putRecord(record),
        setCaseMembers: (caseId, userIds, seq) => writes.setCaseMembers(caseId, userIds, seq),
        audit: async (entry) => writes.audit({ ...entry, teamId }),
      };
      const result = await work(tx);
      await writes.finish();
      return result;
    });
  }

  readChanges<T>(teamId: string, work: (snapshot: ChangeSnapshot) => Promise<T>): Promise<T> {
    return this.#transaction('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY', async (c) => {
      const snapshot: ChangeSnapshot = {
        head: async () => (await one<{ version: number }>(c, 'SELECT version FROM teams WHERE id = $1', [teamId]))?.version ?? 0,
        changes: async ({ after, upTo, limit, memberId }) => {
          const result =
            memberId === null
              ? await c.query<RecordRow>(
                  `SELECT ${RECORD_COLUMNS} FROM records WHERE team_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq LIMIT $4`,
                  [teamId, after, upTo, limit],
                )
              : await c.query<RecordRow>(
                  `SELECT ${RECORD_COLUMNS} FROM records
                   WHERE team_id = $1 AND seq > $2 AND seq <= $3
                     AND (case_id IS NULL OR case_id IN (SELECT case_id FROM case_members WHERE team_id = $1 AND user_id = $4))
                   ORDER BY seq LIMIT $5`,
                  [teamId, after, upTo, memberId, limit],
                );
          return result.rows.map(toRecord);
        },
        memberCases: async (userId) =>
          new Set(
            (await c.query<{ case_id: string }>('SELECT case_id FROM case_members WHERE team_id = $1 AND user_id = $2', [teamId, userId])).rows.map(
              (row) => row.case_id,
            ),
          ),
        scopeEvents: async ({ userId, after, upTo }) =>
          (
            await c.query<{ case_id: string; kind: 'enter' | 'leave' }>(
              'SELECT case_id, kind FROM scope_events WHERE team_id = $1 AND user_id = $2 AND seq > $3 AND seq <= $4 ORDER BY seq',
              [teamId, userId, after, upTo],
            )
          ).rows.map((row) => ({ caseId: row.case_id, kind: row.kind })),
        caseRecords: async (caseId) =>
          (await c.query<RecordRow>(`SELECT ${RECORD_COLUMNS} FROM records WHERE team_id = $1 AND case_id = $2 ORDER BY seq`, [teamId, caseId])).rows.map(
            toRecord,
          ),
      };
      return work(snapshot);
    });
  }

  eachLiveRecord(teamId: string, reads: RecordReads, visit: (record: ReportedRecord) => void): Promise<void> {
    const types = Object.keys(reads) as RecordType[];
    if (types.length === 0) return Promise.resolve();
    // One column per name any type reads; each row keeps the columns of its own type. The
    // names are parameters, never SQL text.
    const fieldNames = [...new Set(types.flatMap((type) => reads[type]?.fields ?? []))];
    const clockNames = [...new Set(types.flatMap((type) => reads[type]?.clocks ?? []))];
    const params: unknown[] = [teamId, types];
    const column = (source: 'fields' | 'clocks', name: string, alias: string) => {
      params.push(name);
      return `(${source}::json -> $${params.length}::text)::text AS ${alias}`;
    };
    const columns = [
      ...fieldNames.map((name, index) => column('fields', name, `f${index}`)),
      ...clockNames.map((name, index) => column('clocks', name, `c${index}`)),
    ];
    const sql = `SELECT id, type, case_id${columns.length ? `, ${columns.join(', ')}` : ''} FROM records
      WHERE team_id = $1 AND deleted IS NULL AND type = ANY($2::text[])`;
    return this.#transaction('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY', async (c) => {
      // A cursor: rows come a batch at a time, on one snapshot.
      await c.query(`DECLARE report_rows NO SCROLL CURSOR FOR ${sql}`, params);
      for (;;) {
        const batch = await c.query<Record<string, string | null>>(`FETCH ${REPORT_BATCH} FROM report_rows`);
        for (const row of batch.rows) {
          const type = row.type as RecordType;
          const read = reads[type];
          visit({
            id: row.id as string,
            type,
            caseId: row.case_id ?? null,
            fields: pickColumns(row, 'f', fieldNames, read?.fields ?? []),
            clocks: pickColumns(row, 'c', clockNames, read?.clocks ?? []) as ReportedRecord['clocks'],
          });
        }
        if (batch.rows.length < REPORT_BATCH) return;
      }
    });
  }

  // --- transactions ---

  /** A read-write transaction (READ COMMITTED), run again after a serialization failure or deadlock. */
  #write<T>(work: (client: Client) => Promise<T>): Promise<T> {
    return this.#transaction('BEGIN', work);
  }

  async #transaction<T>(begin: string, work: (client: Client) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const client = await this.#pool.connect();
      let broken = false;
      try {
        await client.query(begin);
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
        } catch {
          // The connection itself failed: do not hand it out again.
          broken = true;
        }
        if (attempt < MAX_ATTEMPTS && RETRYABLE.has(sqlState(error))) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
          continue;
        }
        throw error;
      } finally {
        client.release(broken);
      }
    }
  }
}

/**
 * What one push reads and writes, kept in memory within its transaction and written in a
 * few statements (arrays through unnest) at commit, or before a query that must see it:
 * a push of 500 changes takes about ten round trips to the database, not thousands.
 */
class PushWrites {
  readonly #c: Client;
  readonly #teamId: string;
  readonly #startVersion: number;
  #version: number;
  // Every record read or written in this push, as it is now (null: no such record).
  readonly #current = new Map<string, StoredRecord | null>();
  // Written and not yet stored, in write order.
  readonly #unsaved = new Map<string, StoredRecord>();
  // Who each case touched here was assigned to before the push, and is assigned to now.
  readonly #membersBefore = new Map<string, ReadonlySet<string>>();
  readonly #members = new Map<string, Set<string>>();
  readonly #scopeEvents: { userId: string; seq: number; caseId: string; kind: 'enter' | 'leave' }[] = [];
  readonly #audits: AuditEntry[] = [];

  constructor(c: Client, teamId: string, version: number) {
    this.#c = c;
    this.#teamId = teamId;
    this.#startVersion = version;
    this.#version = version;
  }

  async prefetch(ids: readonly string[]): Promise<void> {
    const wanted = ids.filter((id) => !this.#current.has(id));
    if (wanted.length === 0) return;
    const rows = await this.#c.query<RecordRow>(`SELECT ${RECORD_COLUMNS}, writers FROM records WHERE id = ANY($1::text[])`, [wanted]);
    for (const id of wanted) this.#current.set(id, null);
    for (const row of rows.rows) this.#current.set(row.id, toRecord(row));
    await this.#loadMembers(wanted.filter((id) => !this.#members.has(id)));
  }

  async record(id: string): Promise<StoredRecord | null> {
    if (!this.#current.has(id)) {
      const row = await one<RecordRow>(this.#c, `SELECT ${RECORD_COLUMNS}, writers FROM records WHERE id = $1`, [id]);
      this.#current.set(id, row ? toRecord(row) : null);
    }
    return this.#current.get(id) ?? null;
  }

  putRecord(record: RecordWrite): StoredRecord {
    if (record.teamId !== this.#teamId) throw new Error('a push writes only its own team');
    this.#version += 1;
    const saved = { ...record, seq: this.#version };
    this.#current.set(record.id, saved);
    this.#unsaved.delete(record.id);
    this.#unsaved.set(record.id, saved);
    return saved;
  }

  async setCaseMembers(caseId: string, userIds: readonly string[], seq: number): Promise<void> {
    if (!this.#members.has(caseId)) await this.#loadMembers([caseId]);
    const current = this.#members.get(caseId) ?? new Set<string>();
    const next = new Set(userIds);
    for (const userId of next) if (!current.has(userId)) this.#scopeEvents.push({ userId, seq, caseId, kind: 'enter' });
    for (const userId of current) if (!next.has(userId)) this.#scopeEvents.push({ userId, seq, caseId, kind: 'leave' });
    this.#members.set(caseId, next);
  }

  audit(entry: AuditEntry): void {
    this.#audits.push(entry);
  }

  async saveRecords(): Promise<void> {
    if (this.#unsaved.size === 0) return;
    const rows = [...this.#unsaved.values()];
    this.#unsaved.clear();
    await this.#c.query(
      `INSERT INTO records (id, team_id, type, case_id, fields, clocks, writers, deleted, seq)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[])
       ON CONFLICT (id) DO UPDATE SET fields = excluded.fields, clocks = excluded.clocks,
         writers = excluded.writers, deleted = excluded.deleted, seq = excluded.seq`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.teamId),
        rows.map((r) => r.type),
        rows.map((r) => r.caseId),
        rows.map((r) => JSON.stringify(r.fields)),
        rows.map((r) => JSON.stringify(r.clocks)),
        rows.map((r) => JSON.stringify(r.writers)),
        rows.map((r) => r.deleted),
        rows.map((r) => r.seq),
      ],
    );
  }

  /** Stores everything left, and the team's new version, before commit. */
  async finish(): Promise<void> {
    await this.saveRecords();
    const gone: [string, string][] = [];
    const added: [string, string][] = [];
    for (const [caseId, now] of this.#members) {
      const before = this.#membersBefore.get(caseId) ?? new Set<string>();
      for (const userId of before) if (!now.has(userId)) gone.push([caseId, userId]);
      for (const userId of now) if (!before.has(userId)) added.push([caseId, userId]);
    }
    if (gone.length > 0) {
      await this.#c.query('DELETE FROM case_members WHERE (case_id, user_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))', [
        gone.map(([caseId]) => caseId),
        gone.map(([, userId]) => userId),
      ]);
    }
    if (added.length > 0) {
      await this.#c.query('INSERT INTO case_members (team_id, case_id, user_id) SELECT $1, * FROM unnest($2::text[], $3::text[])', [
        this.#teamId,
        added.map(([caseId]) => caseId),
        added.map(([, userId]) => userId),
      ]);
    }
    if (this.#scopeEvents.length > 0) {
      const events = this.#scopeEvents;
      await this.#c.query(
        'INSERT INTO scope_events (team_id, user_id, seq, case_id, kind) SELECT $1, * FROM unnest($2::text[], $3::bigint[], $4::text[], $5::text[])',
        [this.#teamId, events.map((e) => e.userId), events.map((e) => e.seq), events.map((e) => e.caseId), events.map((e) => e.kind)],
      );
    }
    if (this.#audits.length > 0) await insertAudits(this.#c, this.#audits);
    if (this.#version !== this.#startVersion) {
      await this.#c.query('UPDATE teams SET version = $1 WHERE id = $2', [this.#version, this.#teamId]);
    }
  }

  async #loadMembers(caseIds: readonly string[]): Promise<void> {
    if (caseIds.length === 0) return;
    const rows = await this.#c.query<{ case_id: string; user_id: string }>(
      'SELECT case_id, user_id FROM case_members WHERE case_id = ANY($1::text[])',
      [caseIds],
    );
    const found = new Map<string, Set<string>>(caseIds.map((id) => [id, new Set<string>()]));
    for (const row of rows.rows) found.get(row.case_id)?.add(row.user_id);
    for (const [caseId, users] of found) {
      this.#membersBefore.set(caseId, new Set(users));
      this.#members.set(caseId, users);
    }
  }
}

/** Audit lines in one statement, ids in the order given. */
async function insertAudits(c: Client, entries: readonly AuditEntry[]): Promise<void> {
  await c.query(
    `INSERT INTO audit_log (team_id, at, user_id, device_id, action, record_id, type, case_id, member_id)
     SELECT team_id, at, user_id, device_id, action, record_id, type, case_id, member_id
     FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
       WITH ORDINALITY AS e (team_id, at, user_id, device_id, action, record_id, type, case_id, member_id, position)
     ORDER BY position`,
    [
      entries.map((e) => e.teamId),
      entries.map((e) => e.at),
      entries.map((e) => e.userId),
      entries.map((e) => e.deviceId),
      entries.map((e) => e.action),
      entries.map((e) => e.recordId),
      entries.map((e) => e.type),
      entries.map((e) => e.caseId),
      entries.map((e) => e.memberId ?? null),
    ],
  );
}

async function one<R extends object = Record<string, unknown>>(db: pg.Pool | Client, sql: string, params: unknown[]): Promise<R | null> {
  const result = await db.query<R>(sql, params);
  return result.rows[0] ?? null;
}

async function insertAccount(c: Client, teamId: string, role: Role, account: NewAccount, at: number): Promise<void> {
  await c.query(
    'INSERT INTO users (id, team_id, username_key, name, display_name, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [account.userId, teamId, account.usernameKey, account.name, account.displayName, role, account.passwordHash, at],
  );
  await insertDevice(c, account.deviceId, account.userId, teamId, account.deviceName, account.tokenHash, at);
}

async function insertDevice(c: Client, id: string, userId: string, teamId: string, name: string, tokenHash: string, at: number): Promise<void> {
  await c.query(
    'INSERT INTO devices (id, user_id, team_id, name, token_hash, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6, $6)',
    [id, userId, teamId, name, tokenHash, at],
  );
}

/** Ends one device (its token stops working); false when it had ended already. */
async function endDevice(c: Client, deviceId: string, by: 'logout' | 'revoked', at: number): Promise<boolean> {
  const result = await c.query('UPDATE devices SET token_hash = NULL, ended_at = $1, ended_by = $2 WHERE id = $3 AND ended_at IS NULL', [
    at,
    by,
    deviceId,
  ]);
  return (result.rowCount ?? 0) > 0;
}

async function endLiveDevices(c: Client, userId: string, at: number): Promise<void> {
  await c.query("UPDATE devices SET token_hash = NULL, ended_at = $1, ended_by = 'revoked' WHERE user_id = $2 AND ended_at IS NULL", [at, userId]);
}

function audit(c: Client, entry: AuditEntry): Promise<void> {
  return insertAudits(c, [entry]);
}

function sqlState(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  return sqlState(error) === UNIQUE_VIOLATION && (error as { constraint?: string }).constraint === constraint;
}
