// The storage boundary: everything the routes need from a database, as one async method
// per use case. The SQLite adapter (storage/sqlite) is the embedded default; a PostgreSQL
// adapter implements the same interface, so routes and sync rules never see SQL.
//
// Promises the adapters keep:
// - each method is atomic: it commits everything or nothing;
// - `applyPush` runs its work in ONE transaction that holds the team's version row
//   (SELECT ... FOR UPDATE on PostgreSQL, the write lock on SQLite), so a team's change
//   sequence numbers are handed out in commit order and a pull cursor never skips a
//   change that commits late (SYNC-PROTOCOL.md, Pull);
// - `readChanges` runs its work on one consistent snapshot that sees only committed data.
import type { Hlc } from '../../domain/hlc.ts';
import type { AuditAction, Role } from '../../domain/protocol.ts';
import type { RecordType } from '../../domain/records.ts';

export type { Role };

export interface Team {
  id: string;
  name: string;
}

export interface User {
  id: string;
  teamId: string;
  /** The login name as typed: only ever shown to its owner. */
  name: string;
  /** What teammates see. */
  displayName: string;
  role: Role;
  /** False once a coordinator deactivated them: no device, no sign-in. */
  active: boolean;
}

/** Who is calling: one device of one user of one team (a token names exactly this). */
export interface Session {
  deviceId: string;
  deviceLastSeenAt: number | null;
  user: User;
  team: Team;
}

export interface Device {
  id: string;
  userId: string;
  userName: string;
  teamId: string;
  name: string;
  createdAt: number;
  lastSeenAt: number | null;
  /** When the device logged out or was revoked; its token no longer works. */
  endedAt: number | null;
  endedBy: 'logout' | 'revoked' | null;
}

/** A new user with their first device, as setup and invite acceptance create them. */
export interface NewAccount {
  userId: string;
  usernameKey: string;
  name: string;
  displayName: string;
  passwordHash: string;
  deviceId: string;
  deviceName: string;
  tokenHash: string;
}


/** One audit line: who, which device, when, what, which record. Never a field value. */
export interface AuditEntry {
  teamId: string;
  at: number;
  userId: string | null;
  deviceId: string | null;
  action: AuditAction;
  recordId: string | null;
  type: string | null;
  caseId: string | null;
  /** The member an account action was about; absent for everything else. */
  memberId?: string | null;
}

export interface StoredAuditEntry extends AuditEntry {
  id: number;
}

/** Who last wrote a field: kept on the endpoint only, so a lost value's author is known. */
export interface Writer {
  userId: string;
  deviceId: string;
}

/** A record as the endpoint keeps it. `seq` is the team's sequence number of its latest change. */
export interface StoredRecord {
  id: string;
  teamId: string;
  type: RecordType;
  caseId: string | null;
  fields: Record<string, unknown>;
  clocks: Record<string, Hlc>;
  deleted: Hlc | null;
  writers: Record<string, Writer>;
  seq: number;
}

export type RecordWrite = Omit<StoredRecord, 'seq'>;

/** A live record as a report reads it: only the fields and clocks asked for. */
export type ReportedRecord = Pick<StoredRecord, 'id' | 'type' | 'caseId' | 'fields' | 'clocks'>;

/** Which fields (and field clocks) to read, per record type; other types are not read. */
export type RecordReads = Partial<Record<RecordType, { fields: readonly string[]; clocks?: readonly string[] }>>;

export type MemberChangeOutcome =
  | { status: 'changed'; user: User }
  | { status: 'not_found' }
  /** The change would leave the team without an active coordinator. */
  | { status: 'last_coordinator' };

export type PasswordResetOutcome =
  | { status: 'reset'; user: User; team: Team }
  | { status: 'code_unusable' }
  | { status: 'inactive' };

export type SetupOutcome = 'created' | 'code_unusable' | 'username_taken';
export type InviteAcceptOutcome =
  | { status: 'created'; user: User; team: Team }
  | { status: 'code_unusable' }
  | { status: 'username_taken' };

/** The work of one push, inside its transaction (see applyPush). */
export interface PushTransaction {
  /** The device's last processed mutation number; `active` is false once it was revoked or logged out. */
  device(): Promise<{ lastMutation: number; active: boolean }>;
  setLastMutation(n: number): Promise<void>;
  /** A record by id, whichever team holds it (so a foreign id can be refused). */
  record(id: string): Promise<StoredRecord | null>;
  /**
   * Optional: reads ahead, in one go, the records a push names (and, for cases, who they
   * are assigned to), so that `record` and `setCaseMembers` need no round trip each. For
   * a database across a network; an embedded one reads as fast without it.
   */
  prefetch?(ids: readonly string[]): Promise<void>;
  /** The live (not deleted) records of one case of this team, the case itself included. */
  liveCaseRecords(caseId: string): Promise<StoredRecord[]>;
  /** The live conflict records about one record of this team (they share its caseId). */
  liveConflictsAbout(record: Pick<StoredRecord, 'id' | 'caseId'>): Promise<StoredRecord[]>;
  /** Inserts or replaces a record, stamped with the team's next sequence number. */
  putRecord(record: RecordWrite): Promise<StoredRecord>;
  /** The users a case is assigned to now; changes are logged at `seq` for pulls. */
  setCaseMembers(caseId: string, userIds: readonly string[], seq: number): Promise<void>;
  audit(entry: Omit<AuditEntry, 'teamId'>): Promise<void>;
}

export interface ScopeEvent {
  caseId: string;
  kind: 'enter' | 'leave';
}

/** One consistent, committed view of a team's changes (see readChanges). */
export interface ChangeSnapshot {
  /** The team's latest sequence number. */
  head(): Promise<number>;
  /** Records with after < seq <= upTo in seq order, at most `limit`; only cases `memberId` is assigned to (plus team-wide records) when given. */
  changes(range: { after: number; upTo: number; limit: number; memberId: string | null }): Promise<StoredRecord[]>;
  /** The cases a user is assigned to now. */
  memberCases(userId: string): Promise<Set<string>>;
  /** When a user entered or left cases, for after < seq <= upTo, in seq order. */
  scopeEvents(range: { userId: string; after: number; upTo: number }): Promise<ScopeEvent[]>;
  /** Every record of a case, tombstones included. */
  caseRecords(caseId: string): Promise<StoredRecord[]>;
}

/** A coordinator's change to a member of their team (Storage.changeMember). */
export interface MemberChange {
  teamId: string;
  userId: string;
  role?: Role;
  active?: boolean;
  actor: { userId: string; deviceId: string };
  at: number;
}

/** A member's change to their own name or password (Storage.changeOwnUser). */
export interface OwnUserChange {
  userId: string;
  displayName?: string;
  passwordHash?: string;
  actor: { userId: string; deviceId: string };
  at: number;
}

export interface Storage {
  readonly kind: string;
  /** Resolves when the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;

  // Operating (setup codes come from the operator).
  countTeams(): Promise<number>;
  addSetupCode(input: { codeHash: string; origin: 'startup' | 'admin'; at: number }): Promise<void>;
  /** Replaces the unused start-up code (only its hash is kept, so a restart prints a new one). */
  replaceStartupCode(input: { codeHash: string; at: number }): Promise<void>;

  // Accounts.
  setupTeam(input: { codeHash: string; team: Team; account: NewAccount; at: number }): Promise<SetupOutcome>;
  createInvite(input: {
    codeHash: string;
    teamId: string;
    role: Role;
    by: { userId: string; deviceId: string };
    at: number;
    expiresAt: number;
  }): Promise<void>;
  acceptInvite(input: { codeHash: string; account: NewAccount; at: number }): Promise<InviteAcceptOutcome>;
  findLogin(usernameKey: string): Promise<{ user: User; team: Team; passwordHash: string } | null>;
  addDevice(input: { userId: string; teamId: string; deviceId: string; deviceName: string; tokenHash: string; at: number }): Promise<void>;
  findSession(tokenHash: string): Promise<Session | null>;
  touchDevice(deviceId: string, at: number): Promise<void>;
  endSession(input: { deviceId: string; by: 'logout' | 'revoked'; actor: { userId: string; deviceId: string }; at: number }): Promise<void>;
  /** Every user of one team, deactivated ones included. */
  listUsers(teamId: string): Promise<User[]>;
  /** A user with their login key and password hash (for checking a current password). */
  findCredentials(userId: string): Promise<{ user: User; usernameKey: string; passwordHash: string } | null>;
  /**
   * A coordinator changes a member of their team: role and/or active. Deactivating revokes
   * every device of the member in the same transaction. Refused when no active coordinator
   * would remain. Audited (role_change, deactivate, reactivate).
   */
  changeMember(input: MemberChange): Promise<MemberChangeOutcome>;
  /** A member changes their own display name and/or password hash. Audited. */
  changeOwnUser(input: OwnUserChange): Promise<User>;
  /** A new single-use reset code for one member; earlier unused codes for them stop working. */
  createResetCode(input: {
    codeHash: string;
    teamId: string;
    userId: string;
    by: { userId: string; deviceId: string };
    at: number;
    expiresAt: number;
  }): Promise<void>;
  /** Whether a reset code could be spent now (looked up before any password is hashed). */
  resetCodeUsable(codeHash: string, at: number): Promise<boolean>;
  /**
   * Spends a reset code: new password, every earlier device of the member revoked, and a
   * new device signed in, in one transaction. Audited (password_reset).
   */
  resetPassword(input: {
    codeHash: string;
    passwordHash: string;
    device: { deviceId: string; deviceName: string; tokenHash: string };
    at: number;
  }): Promise<PasswordResetOutcome>;
  listDevices(teamId: string, userId: string | null): Promise<Device[]>;
  findDevice(deviceId: string): Promise<Device | null>;

  /** Whether a setup code is known and unused (looked up before any password is hashed). */
  setupCodeUsable(codeHash: string): Promise<boolean>;
  /** Whether an invite code is known, unused and not expired at `at`. */
  inviteCodeUsable(codeHash: string, at: number): Promise<boolean>;

  // Failed logins, for rate limiting (keys are hashes, never usernames or addresses).
  /**
   * Counts an attempt before it is checked, in one transaction, so that parallel attempts
   * cannot outrun a limit: when every key has fewer than its `max` attempts since
   * `since`, records one attempt per key and answers their ids; otherwise records
   * nothing and answers each key's attempt times, oldest first.
   */
  countAttempt(input: {
    limits: readonly { key: string; max: number }[];
    since: number;
    at: number;
  }): Promise<{ counted: true; ids: number[] } | { counted: false; times: number[][] }>;
  /** Takes back counted attempts that succeeded. */
  forgetAttempts(ids: readonly number[]): Promise<void>;
  clearLoginFailures(key: string): Promise<void>;

  // Audit.
  addAudit(entry: AuditEntry): Promise<void>;
  listAudit(input: { teamId: string; afterId: number; limit: number }): Promise<StoredAuditEntry[]>;

  // Sync.
  applyPush<T>(target: { teamId: string; deviceId: string }, work: (tx: PushTransaction) => Promise<T>): Promise<T>;
  readChanges<T>(teamId: string, work: (snapshot: ChangeSnapshot) => Promise<T>): Promise<T>;

  // Reports.
  /**
   * Hands every live record of the types in `reads` of one team to `visit`, one at a time,
   * on one consistent snapshot, with only the fields and clocks named there: a report over
   * a large team never holds its records at once, nor reads their texts.
   */
  eachLiveRecord(teamId: string, reads: RecordReads, visit: (record: ReportedRecord) => void): Promise<void>;
}
