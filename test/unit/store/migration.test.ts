import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { formatHlc, initialHlcState } from '../../../src/domain/hlc.ts';
import { plainJsonCodec } from '../../../src/store/codec.ts';
import { schemaV1, SCHEMA_VERSION } from '../../../src/store/db.ts';
import { caseList } from '../../../src/store/queries/case-list.ts';
import { caseWithNotes } from '../../../src/store/queries/case-detail.ts';
import { createCase } from '../../../src/store/repo/cases.ts';
import { openSearchIndex } from '../../../src/store/search.ts';
import { pendingMutations } from '../../../src/store/sync-state.ts';
import { openAppStore } from '../../../src/store/app-store.ts';
import { closeStore } from '../../../src/store/store.ts';
import { freshName, ok, START_MS, testEnv } from './helpers.ts';

const NODE = '0000000000000a01';
const clock = (minutes: number) => formatHlc({ wallMs: START_MS + minutes * 60_000, counter: 0, node: NODE });
const CASE_1 = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e01';
const CASE_2 = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e02';
const NOTE_1 = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e03';
const NOTE_2 = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e04';
const NOTE_3 = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e05';

/** Rows exactly as schema version 1 stored them: no deletion flag, change number or summaries. */
const encode = (value: unknown) => plainJsonCodec.encode(value);

async function writeVersion1Database(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(schemaV1);
  await v1.open();
  await v1.table('records').bulkAdd([
    {
      id: CASE_1,
      type: 'case',
      caseId: CASE_1,
      fields: await encode({ displayName: 'Demo: Ana Primer', legalStatus: 'refugee', tags: ['housing'] }),
      clocks: { displayName: clock(1), legalStatus: clock(1), tags: clock(1) },
      deleted: null,
      status: 'open',
      legalKey: 'legalStatus:refugee',
      tagKeys: ['tag:housing'],
      assignees: [],
    },
    {
      id: NOTE_1,
      type: 'note',
      caseId: CASE_1,
      fields: await encode({ body: 'Demo: first visit', followUpDate: '2026-12-01' }),
      clocks: { body: clock(2), followUpDate: clock(2) },
      deleted: null,
      due: ['2026-12-01'],
    },
    {
      id: NOTE_2,
      type: 'note',
      caseId: CASE_1,
      fields: await encode({ body: 'Demo: second visit' }),
      clocks: { body: clock(5) },
      deleted: null,
    },
    { id: NOTE_3, type: 'note', caseId: CASE_1, fields: await encode({}), clocks: {}, deleted: clock(6) },
    {
      id: CASE_2,
      type: 'case',
      caseId: CASE_2,
      fields: await encode({ displayName: 'Demo: Omar Example', status: 'closed' }),
      clocks: { displayName: clock(3), status: clock(4) },
      deleted: null,
      status: 'closed',
    },
  ]);
  await v1.table('outbox').add({
    n: 7,
    record: NOTE_2,
    type: 'note',
    caseId: CASE_1,
    set: await encode({ body: 'Demo: second visit' }),
    clock: clock(5),
    base: { body: null },
    createdAt: START_MS,
  });
  await v1.table('meta').bulkAdd([
    { key: 'device', node: NODE, hlc: { ...initialHlcState(NODE), wallMs: START_MS + 6 * 60_000 }, nextMutation: 8, createdAt: START_MS },
    { key: 'sync', cursor: 'c-41' },
  ]);
  await v1.table('drafts').add({ key: `note:new:${CASE_1}`, caseId: CASE_1, body: await encode({ body: 'half typed' }), savedAt: START_MS });
  v1.close();
}

describe('schema upgrade', () => {
  it(`opens a version 1 database with version ${SCHEMA_VERSION} and finds every record`, async () => {
    const name = freshName('v1');
    await writeVersion1Database(name);

    const store = ok(await openAppStore({ name, env: testEnv(START_MS + 3_600_000) }));
    expect(store.db.verno).toBe(SCHEMA_VERSION);

    const rows = await store.db.records.toArray();
    expect(rows.map((row) => row.id).toSorted()).toEqual([CASE_1, CASE_2, NOTE_1, NOTE_2, NOTE_3].toSorted());
    expect(await store.codec.decode((await store.db.records.get(NOTE_1))!.fields)).toEqual({
      body: 'Demo: first visit',
      followUpDate: '2026-12-01',
    });
    // What version 2 added, derived from what version 1 stored.
    expect(await store.db.records.get(NOTE_3)).toMatchObject({ isDeleted: 1, updatedAt: START_MS + 6 * 60_000 });
    expect(await store.db.records.where('isDeleted').equals(0).count()).toBe(4);
    expect(await store.db.records.where('due').equals('2026-12-01').primaryKeys()).toEqual([NOTE_1]);
    expect(new Set(rows.map((row) => row.changeNo)).size).toBe(5);
    expect(await store.db.caseIndex.toArray()).toEqual([
      {
        id: CASE_1,
        status: 'open',
        legalKey: 'legalStatus:refugee',
        tagKeys: ['tag:housing'],
        assignees: [],
        dues: ['2026-12-01'],
        activityAt: START_MS + 5 * 60_000,
      },
      { id: CASE_2, status: 'closed', tagKeys: [], assignees: [], dues: [], activityAt: START_MS + 4 * 60_000 },
    ]);
    expect(await store.db.records.get(CASE_1)).not.toHaveProperty('legalKey'); // moved to caseIndex

    // Everything else kept: outbox, cursor, drafts; the new rejected list is empty.
    expect(ok(await pendingMutations(store)).map((m) => m.n)).toEqual([7]);
    expect(await store.db.meta.get('sync')).toEqual({ key: 'sync', cursor: 'c-41' });
    expect(await store.db.drafts.count()).toBe(1);
    expect(await store.db.rejected.count()).toBe(0);

    // And the app works on it: queries, search, the next write continues the numbering.
    const list = await caseList(store, { sort: 'deadline', status: 'all', today: '2026-11-21' });
    expect(list.items.map((item) => [item.fields.displayName, item.nextDue])).toEqual([
      ['Demo: Ana Primer', '2026-12-01'],
      ['Demo: Omar Example', null],
    ]);
    expect((await caseWithNotes(store, CASE_1))?.notes.map((note) => note.id)).toEqual([NOTE_2, NOTE_1]);
    const index = openSearchIndex(store);
    await index.ready;
    expect(index.search('second').map((hit) => hit.id)).toEqual([NOTE_2]);
    index.close();
    const next = ok(await createCase(store, { displayName: 'Demo: after the upgrade' }));
    expect(next.n).toBe(8);
    expect((await store.db.records.get(next.id))!.changeNo).toBe(6);
    closeStore(store);
  });
});
