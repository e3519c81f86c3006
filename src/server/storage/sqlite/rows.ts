// Row <-> value mapping for the SQLite adapter.
import type { RecordType } from '../../../domain/records.ts';
import type { Device, Role, StoredAuditEntry, StoredRecord, User } from '../adapter.ts';

export interface RecordRow {
  id: string;
  team_id: string;
  type: string;
  case_id: string | null;
  fields: string;
  clocks: string;
  writers?: string;
  deleted: string | null;
  seq: number;
}

export function toRecord(row: RecordRow): StoredRecord {
  return {
    id: row.id,
    teamId: row.team_id,
    type: row.type as RecordType,
    caseId: row.case_id,
    fields: JSON.parse(row.fields) as StoredRecord['fields'],
    clocks: JSON.parse(row.clocks) as StoredRecord['clocks'],
    deleted: row.deleted,
    writers: row.writers === undefined ? {} : (JSON.parse(row.writers) as StoredRecord['writers']),
    seq: row.seq,
  };
}

export interface DeviceRow {
  id: string;
  user_id: string;
  user_name: string;
  team_id: string;
  name: string;
  created_at: number;
  last_seen_at: number | null;
  ended_at: number | null;
  ended_by: 'logout' | 'revoked' | null;
}

export function toDevice(row: DeviceRow): Device {
  return {
    id: row.id,
    userId: row.user_id,
    userName: row.user_name,
    teamId: row.team_id,
    name: row.name,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    endedAt: row.ended_at,
    endedBy: row.ended_by,
  };
}

export interface UserRow {
  id: string;
  team_id: string;
  name: string;
  display_name: string;
  role: Role;
  active: number;
}

export function toUser(row: UserRow): User {
  return { id: row.id, teamId: row.team_id, name: row.name, displayName: row.display_name, role: row.role, active: row.active === 1 };
}

export interface SessionRow {
  device_id: string;
  last_seen_at: number | null;
  user_id: string;
  user_name: string;
  display_name: string;
  role: Role;
  team_id: string;
  team_name: string;
}

export interface AuditRow {
  id: number;
  team_id: string;
  at: number;
  user_id: string | null;
  device_id: string | null;
  action: StoredAuditEntry['action'];
  record_id: string | null;
  type: string | null;
  case_id: string | null;
  member_id: string | null;
}

export function toAuditEntry(row: AuditRow): StoredAuditEntry {
  return {
    id: row.id,
    teamId: row.team_id,
    at: row.at,
    userId: row.user_id,
    deviceId: row.device_id,
    action: row.action,
    recordId: row.record_id,
    type: row.type,
    caseId: row.case_id,
    memberId: row.member_id,
  };
}
