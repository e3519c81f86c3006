import { describe, expect, it } from 'vitest';
import { hlcWallMs, parseHlc } from '../../../src/domain/hlc.ts';
import { closeStore, openStore } from '../../../src/store/store.ts';
import { createCase, deleteCase, updateCase } from '../../../src/store/repo/cases.ts';
import { addNote, deleteNote, updateNote } from '../../../src/store/repo/notes.ts';
import { createRecord, updateRecord } from '../../../src/store/write.ts';
import { freshStore, ok, START_MS, testEnv } from './helpers.ts';

describe('createRecord', () => {
  it('stores the record and its outbox mutation together', async () => {
    const store = await freshStore();
    const { id, n, clock } = ok(await createCase(store, { displayName: 'Demo: Ana Primer', legalStatus: 'ip_applicant' }));

    const row = await store.db.records.get(id);
    expect(row).toMatchObject({ id, type: 'case', caseId: id, deleted: null, isDeleted: 0, updatedAt: START_MS });
    expect(await store.codec.decode(row!.fields)).toEqual({ displayName: 'Demo: Ana Primer', legalStatus: 'ip_applicant' });
    expect(row!.clocks).toEqual({ displayName: clock, legalStatus: clock });

    const outbox = await store.db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ n: 1, record: id, type: 'case', caseId: id, clock, base: { displayName: null, legalStatus: null } });
    expect(await store.codec.decode(outbox[0]!.set!)).toEqual({ displayName: 'Demo: Ana Primer', legalStatus: 'ip_applicant' });
    expect(n).toBe(1);
  });

  it('numbers mutations 1, 2, 3 and ticks the clock on every write', async () => {
    const store = await freshStore();
    const first = ok(await createCase(store, { displayName: 'Demo: One' }));
    const second = ok(await addNote(store, first.id, { body: 'Demo note' }));
    const third = ok(await updateCase(store, first.id, { status: 'closed' }));
    expect([first.n, second.n, third.n]).toEqual([1, 2, 3]);
    // same millisecond: the counter orders them
    expect(first.clock! < second.clock! && second.clock! < third.clock!).toBe(true);
    expect((await store.db.outbox.toArray()).map((m) => m.n)).toEqual([1, 2, 3]);
  });

  it('refuses invalid fields and stores nothing', async () => {
    const store = await freshStore();
    const result = await createRecord(store, 'case', null, { displayName: 'Demo', householdSize: 0, nickname: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid');
    expect(result.error.messageKey).toBe('store:errors.invalid');
    expect(result.error.issues?.map((issue) => issue.field).toSorted()).toEqual(['householdSize', 'nickname']);
    expect(await store.db.records.count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(0);
  });

  it('refuses a conflict record: only the endpoint makes them', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo' }));
    const result = await createRecord(store, 'conflict', kase.id, { field: 'body' });
    expect(result.ok ? null : result.error.code).toBe('forbidden');
  });

  it('refuses a note without a case, or for a case that does not exist', async () => {
    const store = await freshStore();
    const noCase = await createRecord(store, 'note', null, { body: 'x' });
    expect(noCase.ok ? null : noCase.error.code).toBe('invalid');
    const missing = await addNote(store, '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f', { body: 'x' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
    expect(await store.db.records.count()).toBe(0);
  });

  it('leaves everything untouched when the outbox add fails', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo: Kept' }));
    const deviceBefore = await store.db.meta.get('device');
    const recordsBefore = await store.db.records.toArray();
    // Something already sits at the next mutation number: the outbox `add` must fail.
    await store.db.outbox.add({ n: 2, record: 'x', type: 'note', clock: kase.clock!, createdAt: 0 });

    const result = await addNote(store, kase.id, { body: 'Demo note that must not be stored', followUpDate: '2026-12-01' });

    expect(result.ok ? null : result.error.code).toBe('storage_failed');
    expect(await store.db.records.toArray()).toEqual(recordsBefore); // no note, case summaries unchanged
    expect(await store.db.meta.get('device')).toEqual(deviceBefore); // clock and counters unchanged
    expect((await store.db.outbox.toArray()).map((m) => m.record)).toEqual([kase.id, 'x']);
  });
});

describe('updateRecord', () => {
  it('sends only changed fields, with the clocks this device saw as base', async () => {
    const store = await freshStore();
    const created = ok(await createCase(store, { displayName: 'Demo: Ana', phone: '+386 40 000 000' }));
    store.env.advance(60_000);
    const updated = ok(await updateCase(store, created.id, { displayName: 'Demo: Ana P.', phone: '+386 40 000 000' }));

    const mutation = await store.db.outbox.get(updated.n!);
    expect(await store.codec.decode(mutation!.set!)).toEqual({ displayName: 'Demo: Ana P.' });
    expect(mutation!.base).toEqual({ displayName: created.clock });
    const row = await store.db.records.get(created.id);
    expect(row!.clocks).toEqual({ displayName: updated.clock, phone: created.clock });
    expect(await store.codec.decode(row!.fields)).toEqual({ displayName: 'Demo: Ana P.', phone: '+386 40 000 000' });
    expect(row!.updatedAt).toBe(START_MS + 60_000);
  });

  it('writes nothing when no value changes', async () => {
    const store = await freshStore();
    const created = ok(await createCase(store, { displayName: 'Demo', tags: ['housing'] }));
    const same = ok(await updateCase(store, created.id, { displayName: 'Demo', tags: ['housing'], phone: null }));
    expect(same).toEqual({ id: created.id, n: null, clock: null });
    expect(await store.db.outbox.count()).toBe(1);
  });

  it('clears a field with null and drops it from the case list index', async () => {
    const store = await freshStore();
    const created = ok(await createCase(store, { displayName: 'Demo', legalStatus: 'refugee', tags: ['Stanovanje'] }));
    expect(await store.db.caseIndex.get(created.id)).toMatchObject({
      status: 'open',
      legalKey: 'legalStatus:refugee',
      tagKeys: ['tag:stanovanje'],
    });
    ok(await updateCase(store, created.id, { legalStatus: null, tags: null, status: 'closed' }));
    const row = await store.db.caseIndex.get(created.id);
    expect(row).toMatchObject({ status: 'closed', tagKeys: [] });
    expect(row).not.toHaveProperty('legalKey');
  });

  it('applies two concurrent updates of one record, one after the other', async () => {
    const store = await freshStore();
    const created = ok(await createCase(store, { displayName: 'Demo' }));
    const [a, b] = await Promise.all([
      updateCase(store, created.id, { phone: '+386 1 000 00 00' }),
      updateCase(store, created.id, { summary: 'Demo summary' }),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const row = await store.db.records.get(created.id);
    expect(await store.codec.decode(row!.fields)).toEqual({
      displayName: 'Demo',
      phone: '+386 1 000 00 00',
      summary: 'Demo summary',
    });
    expect((await store.db.outbox.toArray()).map((m) => m.n)).toEqual([1, 2, 3]);
  });

  it('refuses a record of another type, a deleted record and an unknown id', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo' }));
    const note = ok(await addNote(store, kase.id, { body: 'Demo' }));
    const wrongType = await updateCase(store, note.id, { displayName: 'x' });
    expect(wrongType.ok ? null : wrongType.error.code).toBe('not_found');
    ok(await deleteNote(store, note.id));
    const gone = await updateNote(store, note.id, { body: 'again' });
    expect(gone.ok ? null : gone.error.code).toBe('gone');
    const unknown = await updateRecord(store, '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f', { body: 'x' });
    expect(unknown.ok ? null : unknown.error.code).toBe('not_found');
  });
});

describe('device identity and clock', () => {
  it('keeps node id, clock and mutation numbers across a reload, even if the phone clock goes back', async () => {
    const env = testEnv();
    const store = await freshStore({ env });
    const first = ok(await createCase(store, { displayName: 'Demo' }));
    const node = parseHlc(first.clock!).node;
    closeStore(store);

    env.advance(-3_600_000); // the phone's clock was set back an hour
    const reopened = ok(await openStore({ name: store.name, env }));
    const second = ok(await createCase(reopened, { displayName: 'Demo 2' }));
    expect(parseHlc(second.clock!).node).toBe(node);
    expect(second.clock! > first.clock!).toBe(true);
    expect(hlcWallMs(second.clock!)).toBe(START_MS);
    expect(second.n).toBe(2);
    closeStore(reopened);
  });

  it('gives two installations different node ids', async () => {
    const a = await freshStore({ env: testEnv(START_MS, 1) });
    const b = await freshStore({ env: testEnv(START_MS, 2) });
    const nodeA = (await a.db.meta.get('device'))!;
    const nodeB = (await b.db.meta.get('device'))!;
    expect(nodeA.key === 'device' && nodeB.key === 'device' && nodeA.node !== nodeB.node).toBe(true);
  });
});

describe('case summaries', () => {
  it('tracks last activity and the due dates of its records', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo' }));
    store.env.advance(1000);
    const early = ok(await addNote(store, kase.id, { body: 'a', followUpDate: '2026-12-01' }));
    store.env.advance(1000);
    ok(await addNote(store, kase.id, { body: 'b', followUpDate: '2026-11-25' }));
    expect(await store.db.caseIndex.get(kase.id)).toMatchObject({
      dues: ['2026-11-25', '2026-12-01'],
      activityAt: START_MS + 2000,
    });
    store.env.advance(1000);
    const late = ok(await addNote(store, kase.id, { body: 'c' }));
    store.env.advance(1000);
    ok(await updateNote(store, late.id, { followUpDate: '2026-11-30' }));
    expect(await store.db.caseIndex.get(kase.id)).toMatchObject({
      dues: ['2026-11-25', '2026-11-30', '2026-12-01'],
      activityAt: START_MS + 4000,
    });
    store.env.advance(1000);
    ok(await deleteNote(store, early.id));
    expect(await store.db.caseIndex.get(kase.id)).toMatchObject({ dues: ['2026-11-25', '2026-11-30'], activityAt: START_MS + 5000 });
  });
});

describe('deleteCase', () => {
  it('tombstones the case and all its records locally, with one delete mutation', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo: Omar Example', tags: ['x'] }));
    const other = ok(await createCase(store, { displayName: 'Demo: Other' }));
    const note1 = ok(await addNote(store, kase.id, { body: 'Demo one' }));
    const note2 = ok(await addNote(store, kase.id, { body: 'Demo two', followUpDate: '2026-12-01' }));
    const viewing = ok(await createRecord(store, 'viewing', kase.id, { date: '2026-12-03', notes: 'Demo flat' }));
    const otherNote = ok(await addNote(store, other.id, { body: 'Demo other' }));
    await store.db.drafts.bulkPut([
      { key: `note:${kase.id}`, caseId: kase.id, body: await store.codec.encode({ body: 'half typed' }), savedAt: 1 },
      { key: `note:${other.id}`, caseId: other.id, body: await store.codec.encode({ body: 'keep' }), savedAt: 1 },
    ]);
    const outboxBefore = await store.db.outbox.count();

    const deleted = ok(await deleteCase(store, kase.id));

    for (const id of [kase.id, note1.id, note2.id, viewing.id]) {
      const row = await store.db.records.get(id);
      expect(row).toMatchObject({ deleted: deleted.clock, isDeleted: 1, clocks: {} });
      expect(await store.codec.decode(row!.fields)).toEqual({});
      expect(row).not.toHaveProperty('due');
    }
    expect(await store.db.caseIndex.get(kase.id)).toBeUndefined();
    expect(await store.db.caseIndex.get(other.id)).toBeDefined();
    for (const id of [other.id, otherNote.id]) expect((await store.db.records.get(id))!.isDeleted).toBe(0);
    const mutations = await store.db.outbox.where('n').above(outboxBefore).toArray();
    expect(mutations).toEqual([
      expect.objectContaining({ record: kase.id, type: 'case', delete: true, clock: deleted.clock }),
    ]);
    expect((await store.db.drafts.toArray()).map((draft) => draft.key)).toEqual([`note:${other.id}`]);

    const late = await addNote(store, kase.id, { body: 'too late' });
    expect(late.ok ? null : late.error.code).toBe('gone');
    const again = await deleteCase(store, kase.id);
    expect(again.ok ? null : again.error.code).toBe('gone');
  });

  it('does not delete a note through deleteCase', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo' }));
    const note = ok(await addNote(store, kase.id, { body: 'Demo' }));
    const result = await deleteCase(store, note.id);
    expect(result.ok ? null : result.error.code).toBe('not_found');
    expect((await store.db.records.get(note.id))!.isDeleted).toBe(0);
  });
});
