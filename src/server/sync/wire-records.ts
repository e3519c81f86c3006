// A stored record as it travels to devices (SYNC-PROTOCOL.md, Records). Tombstones keep
// only id, type, caseId, deleted and seq. Who wrote each field stays on the endpoint.
import type { SyncRecordInput } from '../../domain/records.ts';
import type { StoredRecord } from '../storage/adapter.ts';

export function toWireRecord(record: StoredRecord): SyncRecordInput {
  const caseId = record.caseId === null ? {} : { caseId: record.caseId };
  if (record.deleted !== null) {
    return { id: record.id, type: record.type, ...caseId, deleted: record.deleted, seq: String(record.seq) };
  }
  return {
    id: record.id,
    type: record.type,
    teamId: record.teamId,
    ...caseId,
    fields: record.fields,
    clocks: record.clocks,
    deleted: null,
    seq: String(record.seq),
  };
}

export function bySeq(a: StoredRecord, b: StoredRecord): number {
  return a.seq - b.seq;
}
