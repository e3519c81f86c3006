// Resolving a conflict (SYNC-PROTOCOL.md, Merge rule): write the chosen value to the record
// if it is not the current one, then delete the conflict record. Both go through the
// store's write path, so they sync to every device like any other change. If the second
// step fails, the conflict stays open and trying again only deletes it (the value is
// current by then).
import { jsonEqual } from '../../domain/json-equal.ts';
import type { ConflictFields } from '../../domain/records.ts';
import { failure } from '../errors.ts';
import type { Store } from '../store.ts';
import { deleteRecord, updateRecord, type WriteResult } from '../write.ts';

export type ConflictChoice =
  /** Keep the record as it is now. */
  | { keep: 'current' }
  /** Write this value (the kept-aside one, or a merged text) to the record's field. */
  | { write: unknown };

export async function resolveConflict(store: Store, conflictId: string, choice: ConflictChoice): Promise<WriteResult> {
  const row = await store.db.records.get(conflictId);
  if (!row || row.type !== 'conflict') return failure('not_found');
  if (row.isDeleted) return failure('gone');
  if ('write' in choice) {
    const conflict = (await store.codec.decode(row.fields)) as ConflictFields;
    const recordId = conflict.recordId;
    const field = conflict.field;
    if (typeof recordId !== 'string' || typeof field !== 'string') return failure('invalid');
    const target = await store.db.records.get(recordId);
    // A record deleted meanwhile takes no writes: the conflict is only closed.
    if (target && !target.isDeleted) {
      const current = ((await store.codec.decode(target.fields)) as Record<string, unknown>)[field] ?? null;
      if (!jsonEqual(current, choice.write ?? null)) {
        const written = await updateRecord(store, recordId, { [field]: choice.write ?? null });
        if (!written.ok) return written;
      }
    }
  }
  return deleteRecord(store, conflictId, { type: 'conflict' });
}
