// Reading side of the codec step: rows come out of IndexedDB encoded and go to screens
// decoded. Query functions do all their Dexie reads first and decode last, so a liveQuery
// sees every read it depends on; decoding is wrapped in Promise.resolve as Dexie asks for
// non-Dexie async work inside a liveQuery (a WebCrypto codec will be such work).
import { uuidv7Ms } from '../../domain/uuidv7.ts';
import type { RecordType } from '../../domain/records.ts';
import type { RecordRow } from '../db.ts';
import type { Store } from '../store.ts';

/** A live record as screens see it: decoded fields plus what the list and sync need. */
export interface RecordView<F = Record<string, unknown>> {
  id: string;
  type: RecordType;
  caseId?: string;
  fields: F;
  /** When the record was made (from its UUIDv7 id), ms. */
  createdAt: number;
  /** When it last changed, on any device, ms. */
  updatedAt: number;
}

export async function decodeRow<F>(store: Pick<Store, 'codec'>, row: RecordRow): Promise<RecordView<F>> {
  const fields = (await Promise.resolve(store.codec.decode(row.fields))) as F;
  return {
    id: row.id,
    type: row.type,
    ...(row.caseId !== undefined ? { caseId: row.caseId } : {}),
    fields,
    createdAt: uuidv7Ms(row.id),
    updatedAt: row.updatedAt,
  };
}
