// Open conflict records for the conflicts screen (SYNC-PROTOCOL.md, Merge rule): the value
// that did not survive a merge, beside the record's current value of that field, so a
// person can compare them and choose. Dexie reads first, decoding last (decode.ts).
import { hlcWallMs, parseHlc, type Hlc } from '../../domain/hlc.ts';
import type { ConflictFields, RecordType } from '../../domain/records.ts';
import type { RecordRow } from '../db.ts';
import type { Store } from '../store.ts';

export interface OpenConflict {
  /** The conflict record's id (resolving deletes it). */
  id: string;
  caseId?: string;
  /** The display name of the case it belongs to, when the case is on this device. */
  caseName: string | null;
  recordId: string;
  recordType: RecordType;
  field: string;
  /** The value kept aside, with who wrote it and when. */
  kept: { value: unknown; clock: Hlc; at: number; authorId: string; deviceId: string };
  /**
   * The record's value of the field now; null when the record is gone from this device.
   * `authorId`: who wrote it, when it is still the value that won (the conflict names it).
   */
  current: { value: unknown; clock: Hlc | null; at: number | null; byThisDevice: boolean; authorId: string | null } | null;
}

function conflictRows(store: Store, caseId: string | undefined) {
  const rows =
    caseId === undefined
      ? store.db.records.where('type').equals('conflict')
      : store.db.records.where('[type+caseId]').equals(['conflict', caseId]);
  return rows.filter((row) => !row.isDeleted);
}

/** Open conflicts, oldest first (ids are UUIDv7: time-ordered); of one case when given. */
export async function openConflicts(store: Store, options: { caseId?: string } = {}): Promise<OpenConflict[]> {
  const { db, codec } = store;
  const rows = await conflictRows(store, options.caseId).toArray();
  const decoded = await Promise.all(rows.map(async (row) => ({ row, fields: (await Promise.resolve(codec.decode(row.fields))) as ConflictFields })));
  const usable = decoded.filter(({ fields }) => typeof fields.recordId === 'string' && typeof fields.field === 'string');
  const targetIds = [...new Set(usable.map(({ fields }) => fields.recordId as string))];
  const caseIds = [...new Set(usable.map(({ row }) => row.caseId).filter((id): id is string => id !== undefined))];
  const [targets, cases, device] = await Promise.all([db.records.bulkGet(targetIds), db.records.bulkGet(caseIds), db.meta.get('device')]);
  const node = device?.key === 'device' ? device.node : null;
  const targetById = new Map(targets.filter((row): row is RecordRow => row !== undefined).map((row) => [row.id, row]));
  const caseById = new Map(cases.filter((row): row is RecordRow => row !== undefined && !row.isDeleted).map((row) => [row.id, row]));

  const result: OpenConflict[] = [];
  for (const { row, fields } of usable) {
    const field = fields.field as string;
    const target = targetById.get(fields.recordId as string);
    let current: OpenConflict['current'] = null;
    if (target && !target.isDeleted) {
      const values = (await Promise.resolve(codec.decode(target.fields))) as Record<string, unknown>;
      const clock = target.clocks[field] ?? null;
      current = {
        value: values[field] ?? null,
        clock,
        at: clock ? hlcWallMs(clock) : null,
        byThisDevice: clock !== null && node !== null && parseHlc(clock).node === node,
        authorId: clock !== null && fields.wonClock === clock ? (fields.wonAuthorId ?? null) : null,
      };
    }
    const caseRow = row.caseId !== undefined ? caseById.get(row.caseId) : undefined;
    const caseFields = caseRow ? ((await Promise.resolve(codec.decode(caseRow.fields))) as { displayName?: unknown }) : null;
    const clock = fields.clock as Hlc;
    result.push({
      id: row.id,
      ...(row.caseId !== undefined ? { caseId: row.caseId } : {}),
      caseName: typeof caseFields?.displayName === 'string' ? caseFields.displayName : null,
      recordId: fields.recordId as string,
      recordType: (fields.recordType ?? 'note') as RecordType,
      field,
      kept: {
        value: fields.value ?? null,
        clock,
        at: hlcWallMs(clock),
        authorId: fields.authorId ?? 'unknown',
        deviceId: fields.deviceId ?? 'unknown',
      },
      current,
    });
  }
  return result;
}

/** How many conflicts wait for a person (the sync screen's badge); of one case when given. */
export function openConflictCount(store: Store, options: { caseId?: string } = {}): Promise<number> {
  return conflictRows(store, options.caseId).count();
}
