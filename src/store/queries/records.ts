// Generic reads for any record type: one record, or the records of one type in a case.
// Screens of checklists and viewings can use these before they need their own queries.
import type { RecordType } from '../../domain/records.ts';
import type { Store } from '../store.ts';
import { decodeRow, type RecordView } from './decode.ts';

/** One live record, decoded; null when missing or deleted. */
export async function getRecord<F = Record<string, unknown>>(store: Store, id: string): Promise<RecordView<F> | null> {
  const row = await store.db.records.get(id);
  if (!row || row.isDeleted) return null;
  return decodeRow<F>(store, row);
}

/** The live records of one type in a case, newest first (ids are UUIDv7: time-ordered). */
export async function recordsOfCase<F = Record<string, unknown>>(
  store: Store,
  caseId: string,
  type: RecordType,
): Promise<RecordView<F>[]> {
  // Within one [type+caseId] key IndexedDB orders by primary key, i.e. by creation time.
  // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie Collection.reverse(), not Array
  const rows = await store.db.records.where('[type+caseId]').equals([type, caseId]).reverse().toArray();
  const live = rows.filter((row) => !row.isDeleted);
  return Promise.all(live.map((row) => decodeRow<F>(store, row)));
}
