// The Cases screen's first page, read from IndexedDB directly, without Dexie: the case
// list is the screen a phone opens on, and Dexie (about 30 KB gzip) would be half of the
// JavaScript that first visit runs. Read-only and one-off: the screen shows this page,
// then the live query (case-list.ts through Dexie, loaded after the first screen) takes
// over and keeps it current. Filtering, sorting and decoding are case-list.ts's own
// (caseListFrom), so both reads give the same page.
//
// It never creates, upgrades or holds the database: a device without one has no cases
// yet; a database from before `caseIndex` (schema version 1) answers null, and the
// screen waits for the store, which upgrades it; the connection closes as soon as the
// rows are read, or at once when another connection asks for a new version.
import { appCodec, type Codec } from './codec.ts';
import type { CaseIndexRow, RecordRow } from './db.ts';
import { DB_NAME } from './db-name.ts';
import { caseCountFrom, caseListFrom, type CaseListPage, type CaseListQuery, type CaseListSource } from './queries/case-list.ts';

/** The page of the query, and whether the device holds any case at all ("no cases yet"). */
export interface FirstCaseList {
  page: CaseListPage;
  anyCase: boolean;
}

export interface FirstCaseListOptions {
  /** The codec the store opens with; default the app's (codec.ts appCodec). */
  codec?: Codec;
  name?: string;
  indexedDB?: IDBFactory;
}

// Dexie's object stores are named after its tables (db.ts).
const CASE_INDEX = 'caseIndex';
const RECORDS = 'records';

/** Null when this read cannot answer (no IndexedDB, an old or busy database): wait for the store. */
export async function firstCaseList(query: CaseListQuery, options: FirstCaseListOptions = {}): Promise<FirstCaseList | null> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (!factory) return null;
  let db: IDBDatabase | null;
  try {
    db = await openExisting(factory, options.name ?? DB_NAME);
  } catch {
    return null; // the store reports what is wrong with storage
  }
  if (!db) return { page: { total: 0, items: [] }, anyCase: false };
  try {
    if (!db.objectStoreNames.contains(CASE_INDEX) || !db.objectStoreNames.contains(RECORDS)) return null;
    const rows = await request<CaseIndexRow[]>(db.transaction(CASE_INDEX, 'readonly').objectStore(CASE_INDEX).getAll());
    const openDb = db;
    const source: CaseListSource = {
      codec: options.codec ?? appCodec,
      caseIndexRows: () => Promise.resolve(rows),
      records: (ids) => {
        const records = openDb.transaction(RECORDS, 'readonly').objectStore(RECORDS);
        return Promise.all(ids.map((id) => request<RecordRow | undefined>(records.get(id))));
      },
    };
    const page = await caseListFrom(source, query);
    const anyCase = page.total > 0 || (await caseCountFrom(source, { status: 'all' })) > 0;
    return { page, anyCase };
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/** Opens the database at its current version, or resolves null when there is none (none is made). */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(name);
    let fresh = false;
    // Only a database that does not exist yet needs an upgrade to open without a version:
    // leave making it to the store (Dexie, with its schema).
    opening.addEventListener('upgradeneeded', () => {
      fresh = true;
      opening.transaction?.abort();
    });
    opening.addEventListener('success', () => {
      const db = opening.result;
      db.addEventListener('versionchange', () => db.close()); // never stand in the way of the store's upgrade
      resolve(db);
    });
    opening.addEventListener('error', (event) => {
      if (!fresh) return reject(opening.error ?? new Error('IndexedDB open failed'));
      event.preventDefault();
      resolve(null);
    });
  });
}

function request<T>(read: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    read.addEventListener('success', () => resolve(read.result as T));
    read.addEventListener('error', () => reject(read.error ?? new Error('IndexedDB read failed')));
  });
}
