// Every SQL statement of the SQLite adapter, prepared once per connection.
// Plain SQL that PostgreSQL also reads, except where a comment says otherwise.
import type Database from 'better-sqlite3';
import type { AuditRow, DeviceRow, RecordRow, SessionRow, UserRow } from './rows.ts';

const RECORD_COLUMNS = 'id, team_id, type, case_id, fields, clocks, deleted, seq';
const USER_COLUMNS = 'id, team_id, name, display_name, role, active';
const DEVICE_COLUMNS = `d.id, d.user_id, u.display_name AS user_name, d.team_id, d.name, d.created_at,
  d.last_seen_at, d.ended_at, d.ended_by`;

export function writerStatements(db: Database.Database) {
  return {
    // teams and setup codes
    insertTeam: db.prepare('INSERT INTO teams (id, name, version, created_at) VALUES (?, ?, 0, ?)'),
    teamVersion: db.prepare<[string], number>('SELECT version FROM teams WHERE id = ?').pluck(),
    setTeamVersion: db.prepare('UPDATE teams SET version = ? WHERE id = ?'),
    insertSetupCode: db.prepare('INSERT INTO setup_codes (code_hash, origin, created_at) VALUES (?, ?, ?) ON CONFLICT (code_hash) DO NOTHING'),
    deleteUnusedStartupCodes: db.prepare("DELETE FROM setup_codes WHERE origin = 'startup' AND used_at IS NULL"),
    setupCode: db.prepare<[string], { used_at: number | null }>('SELECT used_at FROM setup_codes WHERE code_hash = ?'),
    useSetupCode: db.prepare('UPDATE setup_codes SET used_at = ?, team_id = ? WHERE code_hash = ? AND used_at IS NULL'),

    // users, devices, invites
    userIdByKey: db.prepare<[string], string>('SELECT id FROM users WHERE username_key = ?').pluck(),
    insertUser: db.prepare(
      'INSERT INTO users (id, team_id, username_key, name, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    userById: db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`),
    activeCoordinators: db.prepare<[string], number>(
      "SELECT COUNT(*) FROM users WHERE team_id = ? AND role = 'coordinator' AND active = 1",
    ).pluck(),
    setUserRole: db.prepare('UPDATE users SET role = ? WHERE id = ?'),
    setUserActive: db.prepare('UPDATE users SET active = ? WHERE id = ?'),
    setDisplayName: db.prepare('UPDATE users SET display_name = ? WHERE id = ?'),
    setPasswordHash: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
    liveDevicesOfUser: db.prepare<[string], string>('SELECT id FROM devices WHERE user_id = ? AND ended_at IS NULL').pluck(),
    insertResetCode: db.prepare(
      'INSERT INTO reset_codes (code_hash, team_id, user_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    dropUnusedResetCodes: db.prepare('DELETE FROM reset_codes WHERE user_id = ? AND used_at IS NULL'),
    resetCode: db.prepare<[string], { user_id: string; expires_at: number; used_at: number | null }>(
      'SELECT user_id, expires_at, used_at FROM reset_codes WHERE code_hash = ?',
    ),
    useResetCode: db.prepare('UPDATE reset_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL'),
    teamName: db.prepare<[string], string>('SELECT name FROM teams WHERE id = ?').pluck(),
    insertDevice: db.prepare(
      'INSERT INTO devices (id, user_id, team_id, name, token_hash, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    deviceTeam: db.prepare<[string], string>('SELECT team_id FROM devices WHERE id = ?').pluck(),
    touchDevice: db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?'),
    endDevice: db.prepare(
      'UPDATE devices SET token_hash = NULL, ended_at = ?, ended_by = ? WHERE id = ? AND ended_at IS NULL',
    ),
    insertInvite: db.prepare(
      'INSERT INTO invites (code_hash, team_id, role, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    invite: db.prepare<[string], { team_id: string; team_name: string; role: SessionRow['role']; expires_at: number; used_at: number | null }>(
      `SELECT i.team_id, t.name AS team_name, i.role, i.expires_at, i.used_at
       FROM invites i JOIN teams t ON t.id = i.team_id WHERE i.code_hash = ?`,
    ),
    useInvite: db.prepare('UPDATE invites SET used_at = ?, used_by = ? WHERE code_hash = ? AND used_at IS NULL'),

    // login failures
    insertLoginFailure: db.prepare('INSERT INTO login_failures (key, at) VALUES (?, ?)'),
    forgetLoginFailures: db.prepare('DELETE FROM login_failures WHERE at < ?'),
    forgetAttempt: db.prepare('DELETE FROM login_failures WHERE rowid = ?'),
    attemptTimes: db.prepare<[string, number], number>('SELECT at FROM login_failures WHERE key = ? AND at >= ? ORDER BY at').pluck(),
    clearLoginFailures: db.prepare('DELETE FROM login_failures WHERE key = ?'),

    insertAudit: db.prepare(
      'INSERT INTO audit_log (team_id, at, user_id, device_id, action, record_id, type, case_id, member_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),

    // push
    deviceForPush: db.prepare<[string, string], { last_mutation: number; active: number }>(
      'SELECT last_mutation, token_hash IS NOT NULL AS active FROM devices WHERE id = ? AND team_id = ?',
    ),
    setLastMutation: db.prepare('UPDATE devices SET last_mutation = ?, last_seen_at = ? WHERE id = ?'),
    recordById: db.prepare<[string], RecordRow>(`SELECT ${RECORD_COLUMNS}, writers FROM records WHERE id = ?`),
    liveCaseRecords: db.prepare<[string, string], RecordRow>(
      `SELECT ${RECORD_COLUMNS}, writers FROM records WHERE team_id = ? AND case_id = ? AND deleted IS NULL ORDER BY seq`,
    ),
    // Conflicts carry the caseId of the record they are about, so the case index finds them.
    liveConflictsAbout: db.prepare<[string, string | null, string], RecordRow>(
      `SELECT ${RECORD_COLUMNS}, writers FROM records
       WHERE team_id = ? AND case_id IS ? AND type = 'conflict' AND deleted IS NULL
         AND json_extract(fields, '$.recordId') = ? ORDER BY seq`,
    ),
    upsertRecord: db.prepare(
      `INSERT INTO records (id, team_id, type, case_id, fields, clocks, writers, deleted, seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET fields = excluded.fields, clocks = excluded.clocks,
         writers = excluded.writers, deleted = excluded.deleted, seq = excluded.seq`,
    ),
    caseMembers: db.prepare<[string], string>('SELECT user_id FROM case_members WHERE case_id = ?').pluck(),
    insertCaseMember: db.prepare('INSERT INTO case_members (team_id, case_id, user_id) VALUES (?, ?, ?)'),
    deleteCaseMember: db.prepare('DELETE FROM case_members WHERE case_id = ? AND user_id = ?'),
    insertScopeEvent: db.prepare('INSERT INTO scope_events (team_id, user_id, seq, case_id, kind) VALUES (?, ?, ?, ?, ?)'),
  };
}

export function readerStatements(db: Database.Database) {
  return {
    ping: db.prepare<[], number>('SELECT 1').pluck(),
    countTeams: db.prepare<[], number>('SELECT COUNT(*) FROM teams').pluck(),
    login: db.prepare<
      [string],
      UserRow & { password_hash: string; team_name: string }
    >(
      `SELECT u.id, u.team_id, u.name, u.display_name, u.role, u.active, u.password_hash, t.name AS team_name
       FROM users u JOIN teams t ON t.id = u.team_id WHERE u.username_key = ?`,
    ),
    session: db.prepare<[string], SessionRow>(
      `SELECT d.id AS device_id, d.last_seen_at, u.id AS user_id, u.name AS user_name, u.display_name, u.role,
         t.id AS team_id, t.name AS team_name
       FROM devices d JOIN users u ON u.id = d.user_id JOIN teams t ON t.id = d.team_id
       WHERE d.token_hash = ? AND u.active = 1`,
    ),
    usersOfTeam: db.prepare<[string], UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE team_id = ? ORDER BY created_at, id`),
    credentials: db.prepare<[string], UserRow & { username_key: string; password_hash: string }>(
      `SELECT ${USER_COLUMNS}, username_key, password_hash FROM users WHERE id = ?`,
    ),
    resetCode: db.prepare<[string], { expires_at: number; used_at: number | null; active: number }>(
      'SELECT r.expires_at, r.used_at, u.active FROM reset_codes r JOIN users u ON u.id = r.user_id WHERE r.code_hash = ?',
    ),
    devicesOfTeam: db.prepare<[string], DeviceRow>(
      `SELECT ${DEVICE_COLUMNS} FROM devices d JOIN users u ON u.id = d.user_id WHERE d.team_id = ? ORDER BY d.created_at, d.id`,
    ),
    devicesOfUser: db.prepare<[string, string], DeviceRow>(
      `SELECT ${DEVICE_COLUMNS} FROM devices d JOIN users u ON u.id = d.user_id
       WHERE d.team_id = ? AND d.user_id = ? ORDER BY d.created_at, d.id`,
    ),
    device: db.prepare<[string], DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = ?`),
    setupCodeUsable: db.prepare<[string], number>('SELECT 1 FROM setup_codes WHERE code_hash = ? AND used_at IS NULL').pluck(),
    inviteCodeUsable: db.prepare<[string, number], number>(
      'SELECT 1 FROM invites WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?',
    ).pluck(),
    audit: db.prepare<[string, number, number], AuditRow>(
      `SELECT id, team_id, at, user_id, device_id, action, record_id, type, case_id, member_id
       FROM audit_log WHERE team_id = ? AND id > ? ORDER BY id LIMIT ?`,
    ),

    // pull snapshot
    head: db.prepare<[string], number>('SELECT version FROM teams WHERE id = ?').pluck(),
    changes: db.prepare<[string, number, number, number], RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM records WHERE team_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?`,
    ),
    memberChanges: db.prepare<[string, number, number, string, string, number], RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM records
       WHERE team_id = ? AND seq > ? AND seq <= ?
         AND (case_id IS NULL OR case_id IN (SELECT case_id FROM case_members WHERE team_id = ? AND user_id = ?))
       ORDER BY seq LIMIT ?`,
    ),
    memberCases: db.prepare<[string, string], string>('SELECT case_id FROM case_members WHERE team_id = ? AND user_id = ?').pluck(),
    scopeEvents: db.prepare<[string, string, number, number], { case_id: string; kind: 'enter' | 'leave' }>(
      `SELECT case_id, kind FROM scope_events WHERE team_id = ? AND user_id = ? AND seq > ? AND seq <= ? ORDER BY seq`,
    ),
    caseRecords: db.prepare<[string, string], RecordRow>(
      `SELECT ${RECORD_COLUMNS} FROM records WHERE team_id = ? AND case_id = ? ORDER BY seq`,
    ),
  };
}

const FIELD_NAME = /^[A-Za-z0-9_.]+$/;

/**
 * Reports: the live records of some types of a team, with chosen fields and field clocks
 * extracted by SQLite (`->` gives each value as JSON text, NULL when absent), read row by
 * row with .iterate(). Columns: id, type, case_id, then f0.. for `fields`, c0.. for `clocks`.
 */
export function pickedRecordsStatement(db: Database.Database, types: readonly string[], fields: readonly string[], clocks: readonly string[]) {
  const path = (name: string) => {
    if (!FIELD_NAME.test(name)) throw new RangeError('not a field name');
    return `'$."${name}"'`;
  };
  const columns = [
    ...fields.map((name, index) => `fields -> ${path(name)} AS f${index}`),
    ...clocks.map((name, index) => `clocks -> ${path(name)} AS c${index}`),
  ];
  const typeList = types.map((type) => {
    if (!FIELD_NAME.test(type)) throw new RangeError('not a record type');
    return `'${type}'`;
  });
  return db.prepare<[string], Record<string, string | null>>(
    `SELECT id, type, case_id${columns.length ? `, ${columns.join(', ')}` : ''} FROM records
     WHERE team_id = ? AND deleted IS NULL AND type IN (${typeList.join(', ')})`,
  );
}
