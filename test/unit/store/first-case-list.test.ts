// The Cases screen's first read without Dexie (src/store/first-case-list.ts) against data
// the real store wrote: the same page as the store's own case list, no database made
// where none is, and never in the way of the store opening or upgrading.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { plainJsonCodec, type Codec } from '../../../src/store/codec.ts';
import { schemaV1 } from '../../../src/store/db.ts';
import { firstCaseList } from '../../../src/store/first-case-list.ts';
import { caseList, type CaseListQuery } from '../../../src/store/queries/case-list.ts';
import { createCase, deleteCase, setCaseStatus } from '../../../src/store/repo/cases.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import { closeStore, openStore } from '../../../src/store/store.ts';
import { freshName, freshStore, ok, testEnv } from './helpers.ts';

const TODAY = '2026-11-21';

/** A codec that is not plain JSON, so a read that skipped it would show. */
const wrappedCodec: Codec = {
  encode: (value) => Promise.resolve(`wrapped:${JSON.stringify(value)}`),
  decode: (encoded) => Promise.resolve(JSON.parse(encoded.slice('wrapped:'.length)) as unknown),
  indexToken: (value) => Promise.resolve(`token:${value}`),
};

async function someCases(codec: Codec) {
  const store = await freshStore({ codec });
  const ana = ok(await createCase(store, { displayName: 'Demo: Ana Primer', legalStatus: 'ip_applicant', tags: ['Stanovanje'], assignees: ['u_me'] }));
  store.env.advance(1000);
  const omar = ok(await createCase(store, { displayName: 'Demo: Omar Example', legalStatus: 'dublin', tags: ['health'] }));
  store.env.advance(1000);
  const lea = ok(await createCase(store, { displayName: 'Demo: Lea Vzorec', legalStatus: 'ip_applicant', assignees: ['u_me'] }));
  store.env.advance(1000);
  ok(await createCase(store, { displayName: 'Demo: Closed Case', status: 'closed', tags: ['stanovanje'] }));
  const gone = ok(await createCase(store, { displayName: 'Demo: Deleted Case' }));
  ok(await deleteCase(store, gone.id));
  ok(await addNote(store, omar.id, { body: 'Demo', followUpDate: '2026-11-25' }));
  ok(await addNote(store, ana.id, { body: 'Demo', followUpDate: '2026-12-10' }));
  return { store, ana: ana.id, omar: omar.id, lea: lea.id };
}

describe('firstCaseList', () => {
  it('gives the same page as the store for every sort, filter and page, decoded with the store codec', async () => {
    for (const codec of [plainJsonCodec, wrappedCodec]) {
      const { store, lea } = await someCases(codec);
      const queries: CaseListQuery[] = [
        { sort: 'activity', today: TODAY },
        { sort: 'deadline', today: TODAY },
        { sort: 'deadline', today: TODAY, overdueSince: new Map([[lea, '2026-11-01']]) },
        { sort: 'activity', today: TODAY, status: 'closed' },
        { sort: 'activity', today: TODAY, status: 'all', tag: 'STANOVANJE' },
        { sort: 'activity', today: TODAY, legalStatus: 'ip_applicant', assignedTo: 'u_me' },
        { sort: 'activity', today: TODAY, offset: 1, limit: 1 },
      ];
      for (const query of queries) {
        const first = await firstCaseList(query, { codec, name: store.name });
        expect(first?.page).toEqual(await caseList(store, query));
        expect(first?.anyCase).toBe(true);
      }
      const open = await firstCaseList(queries[0]!, { codec, name: store.name });
      expect(open?.page.items.map((item) => item.fields.displayName).toSorted()).toEqual(['Demo: Ana Primer', 'Demo: Lea Vzorec', 'Demo: Omar Example']);
      closeStore(store);
    }
  });

  it('tells "no open case" from "no case at all"', async () => {
    const store = await freshStore();
    const only = ok(await createCase(store, { displayName: 'Demo: Ana Primer' }));
    ok(await setCaseStatus(store, only.id, 'closed'));
    const first = await firstCaseList({ sort: 'activity', today: TODAY }, { codec: plainJsonCodec, name: store.name });
    expect(first).toEqual({ page: { total: 0, items: [] }, anyCase: true });
    ok(await deleteCase(store, only.id));
    expect((await firstCaseList({ sort: 'activity', today: TODAY }, { codec: plainJsonCodec, name: store.name }))?.anyCase).toBe(false);
    closeStore(store);
  });

  it('on a device without the database answers "no cases" and makes none; the store then opens as new', async () => {
    const name = freshName('first-read');
    const first = await firstCaseList({ sort: 'activity', today: TODAY }, { codec: plainJsonCodec, name });
    expect(first).toEqual({ page: { total: 0, items: [] }, anyCase: false });
    const listed = (await indexedDB.databases()).find((database) => database.name === name);
    expect(listed?.version ?? 0).toBe(0);
    const opened = await openStore({ name, env: testEnv() });
    if (!opened.ok) throw new Error(opened.error.code);
    ok(await createCase(opened.value, { displayName: 'Demo: Ana Primer' }));
    expect((await caseList(opened.value, { sort: 'activity', today: TODAY })).total).toBe(1);
    closeStore(opened.value);
  });

  it('leaves a database from before the case index to the store (null), which then upgrades it', async () => {
    const name = freshName('first-read-v1');
    const v1 = new Dexie(name);
    v1.version(1).stores(schemaV1);
    await v1.open();
    v1.close();
    expect(await firstCaseList({ sort: 'activity', today: TODAY }, { codec: plainJsonCodec, name })).toBeNull();
    const opened = await openStore({ name, env: testEnv() });
    expect(opened.ok).toBe(true);
    if (opened.ok) closeStore(opened.value);
  });

  it('answers null where there is no IndexedDB (the store reports the problem)', async () => {
    const broken = { open: () => { throw new DOMException('blocked', 'SecurityError'); } } as unknown as IDBFactory;
    expect(await firstCaseList({ sort: 'activity', today: TODAY }, { codec: plainJsonCodec, indexedDB: broken })).toBeNull();
  });
});
