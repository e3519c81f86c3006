// The embedded default storage: one SQLite file under DATA_DIR (better-sqlite3).
// better-sqlite3 is synchronous, so each connection gets a SerialQueue: a push's
// transaction (which spans awaits of the sync rules) never interleaves with other writes,
// and a pull's snapshot never interleaves with other reads.
import type Database from 'better-sqlite3';
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
import { SerialQueue } from '../serial-queue.ts';
import { openConnections } from './connection.ts';
import { toAuditEntry, toDevice, toRecord, toUser } from './rows.ts';
import { pickedRecordsStatement, readerStatements, writerStatements } from './statements.ts';

const WAL_CLEAR_ATTEMPTS = 10;
// Records of a push kept unsaved until commit (or until more than this many are waiting).
const UNSAVED_RECORDS = 8;
const WAL_CLEAR_RETRY_MS = 300;

export class SqliteStorage implements Storage {
  readonly kind = 'sqlite';
  readonly file: string;
  #writer: Database.Database;
  #reader: Database.Database;
  #w: ReturnType<typeof writerStatements>;
  #r: ReturnType<typeof readerStatements>;
  #picked = new Map<string, ReturnType<typeof pickedRecordsStatement>>();
  #writes = new SerialQueue();
  #reads = new SerialQueue();

  constructor(dataDir: string) {
    const { file, writer, reader } = openConnections(dataDir);
    this.file = file;
    this.#writer = writer;
    this.#reader = reader;
    this.#w = writerStatements(writer);
    this.#r = readerStatements(reader);
  }

  ping(): Promise<void> {
    return this.#reads.run(() => {
      this.#r.ping.get();
    });
  }

  async close(): Promise<void> {
    await Promise.all([this.#writes.idle(), this.#reads.idle()]);
    // Reader first: the last connection to close checkpoints and removes the WAL file.
    if (this.#reader.open) this.#reader.close();
    if (this.#writer.open) {
      this.#writer.pragma('optimize');
      this.#writer.close();
    }
  }

  // --- operating ---

  countTeams(): Promise<number> {
    return this.#reads.run(() => this.#r.countTeams.get() ?? 0);
  }

  addSetupCode(input: { codeHash: string; origin: 'startup' | 'admin'; at: number }): Promise<void> {
    return this.#write(() => {
      this.#w.insertSetupCode.run(input.codeHash, input.origin, input.at);
    });
  }

  replaceStartupCode(input: { codeHash: string; at: number }): Promise<void> {
    return this.#write(() => {
      this.#w.deleteUnusedStartupCodes.run();
      this.#w.insertSetupCode.run(input.codeHash, 'startup', input.at);
    });
  }

  // --- accounts ---

  setupTeam(input: { codeHash: string; team: Team; account: NewAccount; at: number }): Promise<SetupOutcome> {
    return this.#write(() => {
      const code = this.#w.setupCode.get(input.codeHash);
      if (!code || code.used_at !== null) return 'code_unusable';
      if (this.#w.userIdByKey.get(input.account.usernameKey)) return 'username_taken';
      this.#w.insertTeam.run(input.team.id, input.team.name, input.at);
      this.#insertAccount(input.team.id, 'coordinator', input.account, input.at);
      this.#w.useSetupCode.run(input.at, input.team.id, input.codeHash);
      this.#audit({ teamId: input.team.id, at: input.at, ...actorOf(input.account), action: 'setup', recordId: null, type: null, caseId: null });
      return 'created';
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
    return this.#write(() => {
      this.#w.insertInvite.run(input.codeHash, input.teamId, input.role, input.by.userId, input.at, input.expiresAt);
      this.#audit({ teamId: input.teamId, at: input.at, ...input.by, action: 'invite', recordId: null, type: null, caseId: null });
    });
  }

  acceptInvite(input: { codeHash: string; account: NewAccount; at: number }): Promise<InviteAcceptOutcome> {
    return this.#write((): InviteAcceptOutcome => {
      const invite = this.#w.invite.get(input.codeHash);
      if (!invite || invite.used_at !== null || invite.expires_at <= input.at) return { status: 'code_unusable' };
      if (this.#w.userIdByKey.get(input.account.usernameKey)) return { status: 'username_taken' };
      this.#insertAccount(invite.team_id, invite.role, input.account, input.at);
      this.#w.useInvite.run(input.at, input.account.userId, input.codeHash);
      this.#audit({ teamId: invite.team_id, at: input.at, ...actorOf(input.account), action: 'invite_accept', recordId: null, type: null, caseId: null });
      const user: User = {
        id: input.account.userId,
        teamId: invite.team_id,
        name: input.account.name,
        displayName: input.account.displayName,
        role: invite.role,
        active: true,
      };
      return { status: 'created', user, team: { id: invite.team_id, name: invite.team_name } };
    });
  }

  findLogin(usernameKey: string): Promise<{ user: User; team: Team; passwordHash: string } | null> {
    return this.#reads.run(() => {
      const row = this.#r.login.get(usernameKey);
      if (!row) return null;
      return { user: toUser(row), team: { id: row.team_id, name: row.team_name }, passwordHash: row.password_hash };
    });
  }

  addDevice(input: { userId: string; teamId: string; deviceId: string; deviceName: string; tokenHash: string; at: number }): Promise<void> {
    return this.#write(() => {
      this.#w.insertDevice.run(input.deviceId, input.userId, input.teamId, input.deviceName, input.tokenHash, input.at, input.at);
      this.#audit({ teamId: input.teamId, at: input.at, userId: input.userId, deviceId: input.deviceId, action: 'login', recordId: null, type: null, caseId: null });
    });
  }

  findSession(tokenHash: string): Promise<Session | null> {
    return this.#reads.run(() => {
      const row = this.#r.session.get(tokenHash);
      if (!row) return null;
      return {
        deviceId: row.device_id,
        deviceLastSeenAt: row.last_seen_at,
        // Only active members have sessions (the query checks it).
        user: { id: row.user_id, teamId: row.team_id, name: row.user_name, displayName: row.display_name, role: row.role, active: true },
        team: { id: row.team_id, name: row.team_name },
      };
    });
  }

  touchDevice(deviceId: string, at: number): Promise<void> {
    return this.#write(() => {
      this.#w.touchDevice.run(at, deviceId);
    });
  }

  endSession(input: { deviceId: string; by: 'logout' | 'revoked'; actor: { userId: string; deviceId: string }; at: number }): Promise<void> {
    return this.#write(() => {
      const teamId = this.#w.deviceTeam.get(input.deviceId);
      if (teamId === undefined) return;
      const changed = this.#w.endDevice.run(input.at, input.by, input.deviceId).changes > 0;
      if (!changed) return;
      const action = input.by === 'logout' ? 'logout' : 'revoke';
      this.#audit({ teamId, at: input.at, ...input.actor, action, recordId: null, type: null, caseId: null });
    });
  }

  listUsers(teamId: string): Promise<User[]> {
    return this.#reads.run(() => this.#r.usersOfTeam.all(teamId).map(toUser));
  }

  findCredentials(userId: string): Promise<{ user: User; usernameKey: string; passwordHash: string } | null> {
    return this.#reads.run(() => {
      const row = this.#r.credentials.get(userId);
      return row ? { user: toUser(row), usernameKey: row.username_key, passwordHash: row.password_hash } : null;
    });
  }

  changeMember(input: MemberChange): Promise<MemberChangeOutcome> {
    return this.#write((): MemberChangeOutcome => {
      const before = this.#w.userById.get(input.userId);
      // Another team's member is as unknown as one that never existed.
      if (!before || before.team_id !== input.teamId) return { status: 'not_found' };
      const entry = { teamId: input.teamId, at: input.at, ...input.actor, recordId: null, type: null, caseId: null, memberId: input.userId };
      if (input.role !== undefined && input.role !== before.role) {
        this.#w.setUserRole.run(input.role, input.userId);
        this.#audit({ ...entry, action: 'role_change' });
      }
      const wasActive = before.active === 1;
      if (input.active !== undefined && input.active !== wasActive) {
        this.#w.setUserActive.run(input.active ? 1 : 0, input.userId);
        if (!input.active) {
          // Every device of theirs stops working in this same transaction.
          for (const deviceId of this.#w.liveDevicesOfUser.all(input.userId)) {
            this.#w.endDevice.run(input.at, 'revoked', deviceId);
          }
        }
        this.#audit({ ...entry, action: input.active ? 'reactivate' : 'deactivate' });
      }
      // A team always keeps one active coordinator; throwing rolls the whole change back.
      if ((this.#w.activeCoordinators.get(input.teamId) ?? 0) === 0) throw new LastCoordinator();
      return { status: 'changed', user: toUser(this.#w.userById.get(input.userId) as NonNullable<typeof before>) };
    }).catch((error: unknown) => {
      if (error instanceof LastCoordinator) return { status: 'last_coordinator' } as const;
      throw error;
    });
  }

  changeOwnUser(input: OwnUserChange): Promise<User> {
    return this.#write(() => {
      const before = this.#w.userById.get(input.userId);
      if (!before) throw new Error('a signed-in user that does not exist');
      const entry = { teamId: before.team_id, at: input.at, ...input.actor, recordId: null, type: null, caseId: null, memberId: input.userId };
      if (input.displayName !== undefined && input.displayName !== before.display_name) {
        this.#w.setDisplayName.run(input.displayName, input.userId);
        this.#audit({ ...entry, action: 'display_name_change' });
      }
      if (input.passwordHash !== undefined) {
        this.#w.setPasswordHash.run(input.passwordHash, input.userId);
        this.#audit({ ...entry, action: 'password_change' });
      }
      return toUser(this.#w.userById.get(input.userId) as NonNullable<typeof before>);
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
    return this.#write(() => {
      this.#w.dropUnusedResetCodes.run(input.userId);
      this.#w.insertResetCode.run(input.codeHash, input.teamId, input.userId, input.by.userId, input.at, input.expiresAt);
      this.#audit({ teamId: input.teamId, at: input.at, ...input.by, action: 'reset_code', recordId: null, type: null, caseId: null, memberId: input.userId });
    });
  }

  resetCodeUsable(codeHash: string, at: number): Promise<boolean> {
    return this.#reads.run(() => {
      const row = this.#r.resetCode.get(codeHash);
      return row !== undefined && row.used_at === null && row.expires_at > at;
    });
  }

  resetPassword(input: {
    codeHash: string;
    passwordHash: string;
    device: { deviceId: string; deviceName: string; tokenHash: string };
    at: number;
  }): Promise<PasswordResetOutcome> {
    return this.#write((): PasswordResetOutcome => {
      const code = this.#w.resetCode.get(input.codeHash);
      if (!code || code.used_at !== null || code.expires_at <= input.at) return { status: 'code_unusable' };
      const row = this.#w.userById.get(code.user_id);
      if (!row) return { status: 'code_unusable' };
      if (row.active !== 1) return { status: 'inactive' };
      this.#w.useResetCode.run(input.at, input.codeHash);
      this.#w.setPasswordHash.run(input.passwordHash, row.id);
      // Whoever holds the member's other devices (a lost phone) is cut off too.
      for (const deviceId of this.#w.liveDevicesOfUser.all(row.id)) this.#w.endDevice.run(input.at, 'revoked', deviceId);
      const { deviceId, deviceName, tokenHash } = input.device;
      this.#w.insertDevice.run(deviceId, row.id, row.team_id, deviceName, tokenHash, input.at, input.at);
      this.#audit({ teamId: row.team_id, at: input.at, userId: row.id, deviceId, action: 'password_reset', recordId: null, type: null, caseId: null, memberId: row.id });
      return { status: 'reset', user: toUser(row), team: { id: row.team_id, name: this.#w.teamName.get(row.team_id) ?? '' } };
    });
  }

  listDevices(teamId: string, userId: string | null): Promise<Device[]> {
    return this.#reads.run(() => {
      const rows = userId === null ? this.#r.devicesOfTeam.all(teamId) : this.#r.devicesOfUser.all(teamId, userId);
      return rows.map(toDevice);
    });
  }

  findDevice(deviceId: string): Promise<Device | null> {
    return this.#reads.run(() => {
      const row = this.#r.device.get(deviceId);
      return row ? toDevice(row) : null;
    });
  }

  setupCodeUsable(codeHash: string): Promise<boolean> {
    return this.#reads.run(() => this.#r.setupCodeUsable.get(codeHash) === 1);
  }

  inviteCodeUsable(codeHash: string, at: number): Promise<boolean> {
    return this.#reads.run(() => this.#r.inviteCodeUsable.get(codeHash, at) === 1);
  }

  // --- failed logins ---

  countAttempt(input: {
    limits: readonly { key: string; max: number }[];
    since: number;
    at: number;
  }): Promise<{ counted: true; ids: number[] } | { counted: false; times: number[][] }> {
    return this.#write(() => {
      const times = input.limits.map((limit) => this.#w.attemptTimes.all(limit.key, input.since));
      if (input.limits.some((limit, i) => (times[i]?.length ?? 0) >= limit.max)) return { counted: false as const, times };
      // Nothing older than a day matters to any limit; keep the table small.
      this.#w.forgetLoginFailures.run(input.at - 24 * 60 * 60 * 1000);
      const ids = input.limits.map((limit) => Number(this.#w.insertLoginFailure.run(limit.key, input.at).lastInsertRowid));
      return { counted: true as const, ids };
    });
  }

  forgetAttempts(ids: readonly number[]): Promise<void> {
    return this.#write(() => {
      for (const id of ids) this.#w.forgetAttempt.run(id);
    });
  }

  clearLoginFailures(key: string): Promise<void> {
    return this.#write(() => {
      this.#w.clearLoginFailures.run(key);
    });
  }

  // --- audit ---

  addAudit(entry: AuditEntry): Promise<void> {
    return this.#write(() => this.#audit(entry));
  }

  listAudit(input: { teamId: string; afterId: number; limit: number }): Promise<StoredAuditEntry[]> {
    return this.#reads.run(() => this.#r.audit.all(input.teamId, input.afterId, input.limit).map(toAuditEntry));
  }

  // --- sync ---

  applyPush<T>(target: { teamId: string; deviceId: string }, work: (tx: PushTransaction) => Promise<T>): Promise<T> {
    const w = this.#w;
    const db = this.#writer;
    const { teamId, deviceId } = target;
    return this.#writes.run(async () => {
      // IMMEDIATE takes SQLite's write lock at once: it is the team version row's lock here.
      db.exec('BEGIN IMMEDIATE');
      try {
        const startVersion = w.teamVersion.get(teamId);
        if (startVersion === undefined) throw new Error('push for a team that does not exist');
        let version = startVersion;
        const now = Date.now();
        // Records written in this push, stored at commit (or before a query that reads
        // them): a push of many small changes to one large record writes it once.
        const unsaved = new Map<string, StoredRecord>();
        let erased = false;
        const saveRecords = () => {
          for (const record of unsaved.values()) {
            w.upsertRecord.run(
              record.id,
              record.teamId,
              record.type,
              record.caseId,
              JSON.stringify(record.fields),
              JSON.stringify(record.clocks),
              JSON.stringify(record.writers),
              record.deleted,
              record.seq,
            );
          }
          unsaved.clear();
        };
        const tx: PushTransaction = {
          device: async () => {
            const row = w.deviceForPush.get(deviceId, teamId);
            return { lastMutation: row?.last_mutation ?? 0, active: row?.active === 1 };
          },
          setLastMutation: async (n) => {
            w.setLastMutation.run(n, now, deviceId);
          },
          record: async (id) => {
            const pending = unsaved.get(id);
            if (pending) return pending;
            const row = w.recordById.get(id);
            return row ? toRecord(row) : null;
          },
          liveCaseRecords: async (caseId) => {
            saveRecords();
            return w.liveCaseRecords.all(teamId, caseId).map(toRecord);
          },
          liveConflictsAbout: async (record) => {
            saveRecords();
            return w.liveConflictsAbout.all(teamId, record.caseId, record.id).map(toRecord);
          },
          putRecord: async (record) => {
            if (record.teamId !== teamId) throw new Error('a push writes only its own team');
            if (record.deleted !== null) erased = true;
            version += 1;
            const saved = { ...record, seq: version };
            unsaved.delete(record.id);
            unsaved.set(record.id, saved);
            // Many different records are written as they come, a few at a time, so that
            // writing them is spread over the push's pauses instead of one long stop at the end.
            if (unsaved.size > UNSAVED_RECORDS) saveRecords();
            return saved;
          },
          setCaseMembers: async (caseId, userIds, seq) => {
            const current = new Set(w.caseMembers.all(caseId));
            const next = new Set(userIds);
            for (const userId of next) {
              if (current.has(userId)) continue;
              w.insertCaseMember.run(teamId, caseId, userId);
              w.insertScopeEvent.run(teamId, userId, seq, caseId, 'enter');
            }
            for (const userId of current) {
              if (next.has(userId)) continue;
              w.deleteCaseMember.run(caseId, userId);
              w.insertScopeEvent.run(teamId, userId, seq, caseId, 'leave');
            }
          },
          audit: async (entry) => {
            this.#audit({ ...entry, teamId });
          },
        };
        const result = await work(tx);
        saveRecords();
        if (version !== startVersion) w.setTeamVersion.run(version, teamId);
        db.exec('COMMIT');
        if (erased) this.#clearWriteAheadLog();
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    });
  }

  readChanges<T>(teamId: string, work: (snapshot: ChangeSnapshot) => Promise<T>): Promise<T> {
    const r = this.#r;
    const db = this.#reader;
    return this.#reads.run(async () => {
      // One read transaction: every query below sees the same committed state (WAL snapshot).
      db.exec('BEGIN');
      try {
        const snapshot: ChangeSnapshot = {
          head: async () => r.head.get(teamId) ?? 0,
          changes: async ({ after, upTo, limit, memberId }) => {
            const rows =
              memberId === null
                ? r.changes.all(teamId, after, upTo, limit)
                : r.memberChanges.all(teamId, after, upTo, teamId, memberId, limit);
            return rows.map(toRecord);
          },
          memberCases: async (userId) => new Set(r.memberCases.all(teamId, userId)),
          scopeEvents: async ({ userId, after, upTo }) =>
            r.scopeEvents.all(teamId, userId, after, upTo).map((row) => ({ caseId: row.case_id, kind: row.kind })),
          caseRecords: async (caseId): Promise<StoredRecord[]> => r.caseRecords.all(teamId, caseId).map(toRecord),
        };
        return await work(snapshot);
      } finally {
        if (db.inTransaction) db.exec('COMMIT');
      }
    });
  }

  eachLiveRecord(teamId: string, reads: RecordReads, visit: (record: ReportedRecord) => void): Promise<void> {
    const db = this.#reader;
    const types = Object.keys(reads) as RecordType[];
    // One column per name any type reads; each row keeps the columns of its own type.
    const fieldNames = [...new Set(types.flatMap((type) => reads[type]?.fields ?? []))];
    const clockNames = [...new Set(types.flatMap((type) => reads[type]?.clocks ?? []))];
    const key = JSON.stringify([types, fieldNames, clockNames]);
    let statement = this.#picked.get(key);
    if (!statement) {
      statement = pickedRecordsStatement(db, types, fieldNames, clockNames);
      this.#picked.set(key, statement);
    }
    const picked = statement;
    return this.#reads.run(() => {
      if (types.length === 0) return;
      db.exec('BEGIN');
      try {
        for (const row of picked.iterate(teamId)) {
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
      } finally {
        if (db.inTransaction) db.exec('COMMIT');
      }
    });
  }

  // Erased values must leave every file within seconds (SYNC-PROTOCOL.md, Deletion and
  // erasure). secure_delete overwrites them in the database file, but the write-ahead log
  // still holds the pages as they were until a checkpoint empties it. The checkpoint runs
  // after the push, between reads (a read transaction would keep old frames needed), and
  // never waits on a lock: if another process reads just then, it tries again shortly.
  #clearWriteAheadLog(attempt = 1): void {
    const tryAgain = () => {
      if (attempt < WAL_CLEAR_ATTEMPTS) setTimeout(() => this.#clearWriteAheadLog(attempt + 1), WAL_CLEAR_RETRY_MS).unref();
    };
    const checkpoint = () => {
      if (!this.#writer.open) return;
      this.#writer.pragma('busy_timeout = 0');
      try {
        const [result] = this.#writer.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
        if (result?.busy) tryAgain();
      } finally {
        this.#writer.pragma('busy_timeout = 5000');
      }
    };
    this.#writes.run(() => this.#reads.run(checkpoint)).catch(tryAgain);
  }

  // --- helpers (run inside #write) ---

  #write<T>(task: () => T): Promise<T> {
    return this.#writes.run(() => this.#writer.transaction(task).immediate());
  }

  #insertAccount(teamId: string, role: Role, account: NewAccount, at: number): void {
    this.#w.insertUser.run(account.userId, teamId, account.usernameKey, account.name, account.displayName, role, account.passwordHash, at);
    this.#w.insertDevice.run(account.deviceId, account.userId, teamId, account.deviceName, account.tokenHash, at, at);
  }

  #audit(entry: AuditEntry): void {
    this.#w.insertAudit.run(
      entry.teamId,
      entry.at,
      entry.userId,
      entry.deviceId,
      entry.action,
      entry.recordId,
      entry.type,
      entry.caseId,
      entry.memberId ?? null,
    );
  }
}

/** The named values of one row (`f0`, `f1`, … as JSON text) that its type reads. */
export function pickColumns(row: Record<string, string | null>, prefix: 'f' | 'c', names: readonly string[], wanted: readonly string[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const name of wanted) {
    const text = row[`${prefix}${names.indexOf(name)}`];
    if (text !== null && text !== undefined) values[name] = JSON.parse(text);
  }
  return values;
}

/** Thrown inside a member change to roll it back: no active coordinator would remain. */
export class LastCoordinator extends Error {}

export function actorOf(account: NewAccount): { userId: string; deviceId: string } {
  return { userId: account.userId, deviceId: account.deviceId };
}
