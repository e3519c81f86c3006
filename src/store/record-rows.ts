// Record rows as stored (db.ts, RecordRow) after a change that every writer makes the
// same way: a deletion (the tombstone) and new index props.
import type { Hlc } from '../domain/hlc.ts';
import type { IndexProps, RecordRow } from './db.ts';
import { indexPropKeys } from './index-props.ts';

/** A record's tombstone: id, type, caseId, deletion clock; fields and index props gone. */
export function tombstone(row: RecordRow, deleted: Hlc, now: number, changeNo: number, noFields: string): RecordRow {
  return withIndexProps({ ...row, fields: noFields, clocks: {}, deleted, isDeleted: 1, updatedAt: now, changeNo }, {});
}

/** The row with exactly these index props (stale ones removed). */
export function withIndexProps(row: RecordRow, props: IndexProps): RecordRow {
  const next = { ...row };
  for (const key of indexPropKeys) delete next[key];
  return Object.assign(next, props);
}
