import { Dexie, type DBCore } from 'dexie';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/store.json';
import sl from '../../../locales/sl/store.json';
import { storeErrorCodes, toStoreError } from '../../../src/store/errors.ts';
import { createCase, updateCase } from '../../../src/store/repo/cases.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import { closeStore, openStore, type Store } from '../../../src/store/store.ts';
import { freshName, freshStore, ok, testEnv } from './helpers.ts';

const domError = (name: string) => new DOMException('simulated', name);

/** Make the next writes to `table` fail the way a full disk does. */
async function failWritesTo(store: Store, table: string): Promise<void> {
  store.db.close();
  store.db.use({
    stack: 'dbcore',
    name: `fail-${table}`,
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const inner = down.table(name);
        return name === table ? { ...inner, mutate: () => Promise.reject(domError('QuotaExceededError')) } : inner;
      },
    }),
  });
  await store.db.open();
}

async function snapshot(store: Store) {
  return { records: await store.db.records.toArray(), outbox: await store.db.outbox.toArray(), meta: await store.db.meta.toArray() };
}

describe('storage errors', () => {
  it('maps IndexedDB and Dexie failures to codes, looking through wrapped errors', () => {
    expect(toStoreError(domError('QuotaExceededError')).code).toBe('quota_exceeded');
    expect(toStoreError(new Dexie.QuotaExceededError()).code).toBe('quota_exceeded');
    expect(toStoreError(new Dexie.AbortError('Transaction aborted', domError('QuotaExceededError'))).code).toBe('quota_exceeded');
    expect(toStoreError(new Dexie.OpenFailedError(new Dexie.DatabaseClosedError(domError('QuotaExceededError')))).code).toBe(
      'quota_exceeded',
    );
    expect(toStoreError(new Dexie.MissingAPIError()).code).toBe('storage_unavailable');
    expect(toStoreError(new Dexie.OpenFailedError(domError('InvalidStateError'))).code).toBe('storage_unavailable');
    expect(toStoreError(domError('SecurityError')).code).toBe('storage_unavailable');
    expect(toStoreError(new Dexie.VersionError()).code).toBe('version_conflict');
    expect(toStoreError(new Dexie.DatabaseClosedError()).code).toBe('database_closed');
    expect(toStoreError(new Dexie.ConstraintError()).code).toBe('storage_failed');
    expect(toStoreError(new TypeError('x'))).toEqual({ code: 'storage_failed', messageKey: 'store:errors.storage_failed' });
    expect(toStoreError({ code: 'gone', messageKey: 'store:errors.gone' })).toEqual({ code: 'gone', messageKey: 'store:errors.gone' });
  });

  it('has an English and a Slovenian message for every code', () => {
    for (const code of storeErrorCodes) {
      expect(en.errors[code], code).toBeTruthy();
      expect(sl.errors[code], code).toBeTruthy();
    }
  });

  it('answers quota_exceeded when the disk is full, and changes nothing stored', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo: Ana Primer' }));
    ok(await addNote(store, kase.id, { body: 'Demo note' }));
    const before = await snapshot(store);

    await failWritesTo(store, 'outbox');
    const note = await addNote(store, kase.id, { body: 'Demo: not stored', followUpDate: '2026-12-01' });
    const edit = await updateCase(store, kase.id, { displayName: 'Demo: not stored' });

    expect(note.ok ? null : note.error).toEqual({ code: 'quota_exceeded', messageKey: 'store:errors.quota_exceeded' });
    expect(edit.ok ? null : edit.error.code).toBe('quota_exceeded');
    expect(await snapshot(store)).toEqual(before);
  });

  it('answers storage_unavailable when IndexedDB refuses to open (private mode)', async () => {
    const refusing = {
      indexedDB: {
        open: () => {
          throw domError('InvalidStateError');
        },
        deleteDatabase: () => {
          throw domError('InvalidStateError');
        },
        cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
        databases: () => Promise.reject(domError('InvalidStateError')),
      } as unknown as IDBFactory,
      IDBKeyRange,
    };
    const opened = await openStore({ name: freshName(), env: testEnv(), indexedDB: refusing });
    expect(opened.ok ? null : opened.error).toEqual({ code: 'storage_unavailable', messageKey: 'store:errors.storage_unavailable' });
  });

  it('answers database_closed for a write after the database was closed', async () => {
    const store = await freshStore();
    closeStore(store);
    const result = await createCase(store, { displayName: 'Demo' });
    expect(result.ok ? null : result.error.code).toBe('database_closed');
  });
});
