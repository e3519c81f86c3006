import { describe, expect, it } from 'vitest';
import { formatHlc, type Hlc } from '../../../src/domain/hlc.ts';
import { mutationSchema } from '../../../src/domain/protocol.ts';
import type { SyncRecord } from '../../../src/domain/records.ts';
import { createCase, updateCase } from '../../../src/store/repo/cases.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { acknowledge, listRejected, outboxSummary, pendingFieldsByRecord, pendingMutations, recordRejected, syncCursor } from '../../../src/store/sync-state.ts';
import type { Store } from '../../../src/store/store.ts';
import { freshStore, ok, START_MS } from './helpers.ts';

const OTHER_NODE = '00000000000000bb';
const CASE_A = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f';
const CASE_B = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e90';
const NOTE_A1 = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e91';
const NOTE_B1 = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e92';

/** A clock of the other device, `minutes` after the test start. */
function remoteClock(minutes: number, counter = 0): Hlc {
  return formatHlc({ wallMs: START_MS + minutes * 60_000, counter, node: OTHER_NODE });
}

function remoteRecord(
  id: string,
  type: SyncRecord['type'],
  caseId: string | undefined,
  fields: Record<string, unknown>,
  clock: Hlc,
  seq: string,
): SyncRecord {
  return {
    id,
    type,
    ...(caseId ? { caseId } : {}),
    fields,
    clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, clock])),
    deleted: null,
    seq,
  };
}

async function fieldsOf(store: Store, id: string): Promise<unknown> {
  const row = await store.db.records.get(id);
  return row ? store.codec.decode(row.fields) : undefined;
}

describe('outbox for the sync engine', () => {
  it('hands out queued mutations in order, decoded and valid on the wire', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo: Ana Primer' }));
    ok(await addNote(store, kase.id, { body: 'Demo note', kind: 'phone_call' }));
    ok(await updateCase(store, kase.id, { status: 'closed' }));

    const all = ok(await pendingMutations(store));
    expect(all.map((m) => m.n)).toEqual([1, 2, 3]);
    for (const mutation of all) expect(mutationSchema.safeParse(mutation).success).toBe(true);
    expect(all[1]).toMatchObject({ type: 'note', caseId: kase.id, set: { body: 'Demo note', kind: 'phone_call' } });
    expect(ok(await pendingMutations(store, 2)).map((m) => m.n)).toEqual([1, 2]);
    expect(ok(await outboxSummary(store))).toEqual({ count: 3, oldestCreatedAt: START_MS });
  });

  it('acknowledges up to lastMutation and keeps rejected ones for people to see', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo' }));
    ok(await addNote(store, kase.id, { body: 'Demo one' }));
    ok(await addNote(store, kase.id, { body: 'Demo two' }));
    ok(await addNote(store, kase.id, { body: 'Demo three' }));

    ok(await acknowledge(store, 3, [{ n: 2, code: 'forbidden', message: 'Not your case.' }]));

    expect(ok(await pendingMutations(store)).map((m) => m.n)).toEqual([4]);
    const rejected = ok(await listRejected(store));
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ n: 2, code: 'forbidden', message: 'Not your case.', set: { body: 'Demo one' } });
  });

  it('moves rejected mutations on their own too', async () => {
    const store = await freshStore();
    ok(await createCase(store, { displayName: 'Demo' }));
    ok(await recordRejected(store, [{ n: 1, code: 'clock_ahead', message: 'Fix the date.' }]));
    expect(await store.db.outbox.count()).toBe(0);
    expect(ok(await listRejected(store)).map((r) => r.code)).toEqual(['clock_ahead']);
  });

  it('lists the fields with pending writes per record', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo' }));
    ok(await updateCase(store, kase.id, { phone: '+386 1 000 00 00' }));
    const pending = ok(await pendingFieldsByRecord(store));
    expect(pending.get(kase.id)).toEqual(new Set(['displayName', 'phone']));
  });
});

describe('applyPulled', () => {
  it('stores new records with their clocks, seq, index props and the cursor', async () => {
    const store = await freshStore();
    const clock = remoteClock(1);
    ok(
      await applyPulled(store, {
        records: [
          remoteRecord(CASE_A, 'case', CASE_A, { displayName: 'Demo: Omar Example', legalStatus: 'dublin', assignees: ['u_1'] }, clock, '10'),
          remoteRecord(NOTE_A1, 'note', CASE_A, { body: 'Demo visit', followUpDate: '2026-12-02' }, clock, '11'),
        ],
        removed: [],
        cursor: 'c-11',
      }),
    );
    expect(await fieldsOf(store, CASE_A)).toEqual({ displayName: 'Demo: Omar Example', legalStatus: 'dublin', assignees: ['u_1'] });
    expect(await store.db.records.get(CASE_A)).toMatchObject({ seq: '10', caseId: CASE_A, clocks: { displayName: clock } });
    expect(await store.db.caseIndex.get(CASE_A)).toEqual({
      id: CASE_A,
      status: 'open',
      legalKey: 'legalStatus:dublin',
      tagKeys: [],
      assignees: ['u_1'],
      dues: ['2026-12-02'],
      activityAt: START_MS + 60_000,
    });
    expect(ok(await syncCursor(store))).toBe('c-11');
  });

  it('keeps the local value of a field with a pending write, takes the rest', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo: mine', phone: '+386 1 111 11 11' }));
    ok(await acknowledge(store, 1));
    store.env.advance(1000);
    ok(await updateCase(store, kase.id, { displayName: 'Demo: mine, edited' })); // pending

    const theirs = remoteClock(2);
    ok(
      await applyPulled(store, {
        records: [
          remoteRecord(kase.id, 'case', kase.id, { displayName: 'Demo: theirs', phone: '+386 2 222 22 22' }, theirs, '20'),
        ],
        removed: [],
        cursor: 'c-20',
      }),
    );
    expect(await fieldsOf(store, kase.id)).toEqual({ displayName: 'Demo: mine, edited', phone: '+386 2 222 22 22' });

    // Once the endpoint acknowledged the write, its state is the truth again.
    ok(await acknowledge(store, 2));
    ok(
      await applyPulled(store, {
        records: [remoteRecord(kase.id, 'case', kase.id, { displayName: 'Demo: merged', phone: '+386 2 222 22 22' }, remoteClock(3), '21')],
        removed: [],
        cursor: 'c-21',
      }),
    );
    expect(await fieldsOf(store, kase.id)).toEqual({ displayName: 'Demo: merged', phone: '+386 2 222 22 22' });
  });

  it('makes later local writes sort after every pulled clock, even one ahead of the phone', async () => {
    const store = await freshStore();
    const ahead = remoteClock(5); // the other phone is 5 minutes ahead
    ok(await applyPulled(store, { records: [remoteRecord(CASE_A, 'case', CASE_A, { displayName: 'Demo' }, ahead, '1')], removed: [], cursor: 'c1' }));
    const local = ok(await updateCase(store, CASE_A, { displayName: 'Demo: edited here' }));
    expect(local.clock! > ahead).toBe(true);
    const mutation = ok(await pendingMutations(store))[0];
    expect(mutation?.base).toEqual({ displayName: ahead });
  });

  it('erases removed cases before applying the records of the same pull', async () => {
    const store = await freshStore();
    const clock = remoteClock(1);
    ok(
      await applyPulled(store, {
        records: [
          remoteRecord(CASE_A, 'case', CASE_A, { displayName: 'Demo A' }, clock, '1'),
          remoteRecord(NOTE_A1, 'note', CASE_A, { body: 'Demo A note' }, clock, '2'),
          remoteRecord(CASE_B, 'case', CASE_B, { displayName: 'Demo B' }, clock, '3'),
          remoteRecord(NOTE_B1, 'note', CASE_B, { body: 'Demo B note' }, clock, '4'),
        ],
        removed: [],
        cursor: 'c4',
      }),
    );
    const localNote = ok(await addNote(store, CASE_A, { body: 'Demo typed here' }));
    await store.db.drafts.put({ key: `note:${CASE_A}`, caseId: CASE_A, body: await store.codec.encode({ body: 'x' }), savedAt: 1 });

    // Case A left the scope; case B left and came back in the same pull, so its records come along.
    ok(
      await applyPulled(store, {
        records: [remoteRecord(CASE_B, 'case', CASE_B, { displayName: 'Demo B again' }, remoteClock(2), '9')],
        removed: [CASE_A, CASE_B],
        cursor: 'c9',
      }),
    );
    for (const id of [CASE_A, NOTE_A1, localNote.id, NOTE_B1]) expect(await store.db.records.get(id)).toBeUndefined();
    expect((await store.db.caseIndex.toArray()).map((row) => row.id)).toEqual([CASE_B]);
    expect(await fieldsOf(store, CASE_B)).toEqual({ displayName: 'Demo B again' });
    expect(await store.db.drafts.count()).toBe(0);
    const purges = await store.db.meta.get('purges');
    expect(purges?.key === 'purges' ? purges.entries.map((entry) => entry.caseIds) : null).toEqual([[CASE_A, CASE_B]]);
  });

  it('deletes the records of a case deleted elsewhere, and its drafts', async () => {
    const store = await freshStore();
    ok(await applyPulled(store, { records: [remoteRecord(CASE_A, 'case', CASE_A, { displayName: 'Demo' }, remoteClock(1), '1')], removed: [], cursor: 'c1' }));
    const mine = ok(await addNote(store, CASE_A, { body: 'Demo typed here' }));
    await store.db.drafts.put({ key: `note:${CASE_A}`, caseId: CASE_A, body: await store.codec.encode({ body: 'x' }), savedAt: 1 });
    const deleted = remoteClock(3);
    ok(
      await applyPulled(store, {
        records: [{ id: CASE_A, type: 'case', caseId: CASE_A, fields: {}, clocks: {}, deleted, seq: '5' }],
        removed: [],
        cursor: 'c5',
      }),
    );
    expect(await store.db.records.get(CASE_A)).toMatchObject({ isDeleted: 1, deleted });
    expect(await store.db.records.get(mine.id)).toMatchObject({ isDeleted: 1, deleted, clocks: {} });
    expect(await store.db.caseIndex.count()).toBe(0);
    expect(await fieldsOf(store, mine.id)).toEqual({});
    expect(await store.db.drafts.count()).toBe(0);
  });

  it('records only the server bookkeeping when its own write comes back', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo' }));
    ok(await acknowledge(store, 1));
    const before = await store.db.records.get(kase.id);
    ok(
      await applyPulled(store, {
        records: [{ id: kase.id, type: 'case', caseId: kase.id, fields: { displayName: 'Demo' }, clocks: before!.clocks, deleted: null, seq: '7', teamId: 't_1' }],
        removed: [],
      }),
    );
    const after = await store.db.records.get(kase.id);
    expect(after).toMatchObject({ seq: '7', teamId: 't_1', changeNo: before!.changeNo });
    expect(ok(await syncCursor(store))).toBeNull(); // a push response moves no cursor
  });

  it('stores neither records nor cursor when the transaction fails', async () => {
    const store = await freshStore();
    ok(await applyPulled(store, { records: [remoteRecord(CASE_A, 'case', CASE_A, { displayName: 'Demo' }, remoteClock(1), '1')], removed: [], cursor: 'c1' }));
    const recordsBefore = await store.db.records.toArray();
    const metaBefore = await store.db.meta.toArray();
    // The disk fills up just as the cursor is written, after the records were put.
    store.db.close();
    store.db.use({
      stack: 'dbcore',
      name: 'fail-cursor',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'meta') return table;
          return {
            ...table,
            mutate: (req) =>
              req.type === 'put' && req.values.some((value: { key?: string }) => value.key === 'sync')
                ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
                : table.mutate(req),
          };
        },
      }),
    });
    await store.db.open();

    const result = await applyPulled(store, {
      records: [
        remoteRecord(CASE_A, 'case', CASE_A, { displayName: 'Demo changed' }, remoteClock(2), '2'),
        remoteRecord(CASE_B, 'case', CASE_B, { displayName: 'Demo B' }, remoteClock(2), '3'),
      ],
      removed: [],
      cursor: 'c3',
    });
    expect(result.ok ? null : result.error.code).toBe('quota_exceeded');
    expect(await store.db.records.toArray()).toEqual(recordsBefore);
    expect(await store.db.meta.toArray()).toEqual(metaBefore);
  });

  it('merges a pull that races a local edit of the same record without losing either', async () => {
    const store = await freshStore();
    ok(await applyPulled(store, { records: [remoteRecord(CASE_A, 'case', CASE_A, { displayName: 'Demo' }, remoteClock(1), '1')], removed: [], cursor: 'c1' }));
    const [local, pulled] = await Promise.all([
      updateCase(store, CASE_A, { summary: 'Demo summary typed here' }),
      applyPulled(store, {
        records: [
          {
            id: CASE_A,
            type: 'case',
            caseId: CASE_A,
            fields: { displayName: 'Demo renamed elsewhere' },
            clocks: { displayName: remoteClock(2) },
            deleted: null,
            seq: '2',
          },
        ],
        removed: [],
        cursor: 'c2',
      }),
    ]);
    expect(local.ok && pulled.ok).toBe(true);
    expect(await fieldsOf(store, CASE_A)).toEqual({ displayName: 'Demo renamed elsewhere', summary: 'Demo summary typed here' });
  });
});
