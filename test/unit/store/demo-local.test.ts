// Demo data stays on the device: its records never enter the outbox, nor do records a
// person adds to a demo case; joining a team keeps them (and, if the person chooses, all
// earlier records) here, and what goes to the team is numbered without gaps.
import { describe, expect, it } from 'vitest';
import { hasDemoData, loadDemoData, removeDemoData } from '../../../src/store/demo.ts';
import { casesToShare, keepOnThisDevice } from '../../../src/store/keep-local.ts';
import { createCase, updateCase } from '../../../src/store/repo/cases.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import { deviceMeta } from '../../../src/store/device-row.ts';
import { pendingMutations } from '../../../src/store/sync-state.ts';
import { freshStore, ok } from './helpers.ts';

const TODAY = '2026-11-21';

describe('demo data', () => {
  it('never enters the outbox, nor do edits, notes and deletes in demo cases', async () => {
    const store = await freshStore();
    expect(ok(await loadDemoData(store, { today: TODAY })).created).toBeGreaterThan(5);
    expect(await store.db.outbox.count()).toBe(0);
    const demoCase = (await store.db.caseIndex.toArray())[0];
    if (!demoCase) throw new Error('no demo case');
    expect(demoCase.localOnly).toBe(1);
    expect(ok(await updateCase(store, demoCase.id, { summary: 'Tried the edit form.' })).n).toBeNull();
    expect(ok(await addNote(store, demoCase.id, { body: 'Demo: my own test note.' })).n).toBeNull();
    expect(await store.db.outbox.count()).toBe(0);
    ok(await removeDemoData(store));
    expect(await store.db.outbox.count()).toBe(0);

    // The person's own cases still queue, numbered from where the device counts.
    const own = ok(await createCase(store, { displayName: 'M. K.' }));
    expect(own.n).toBe(1);
    expect(await hasDemoData(store)).toBe(true); // the demo case with the person's note is kept
  });
});

async function deviceWithDemoAndOwnCases() {
  const store = await freshStore();
  const first = ok(await createCase(store, { displayName: 'M. K.' }));
  ok(await loadDemoData(store, { today: TODAY }));
  const second = ok(await createCase(store, { displayName: 'A. B.' }));
  ok(await addNote(store, second.id, { body: 'First meeting.' }));
  return { store, first, second };
}

describe('joining a team with records on the device', () => {
  it('counts the cases that would go to the team, demo cases left out', async () => {
    const { store } = await deviceWithDemoAndOwnCases();
    expect(ok(await casesToShare(store))).toBe(2);
  });

  it('shares the person\'s own records, with consecutive fresh numbers, and keeps demo data here', async () => {
    const { store, first, second } = await deviceWithDemoAndOwnCases();
    await keepOnThisDevice(store, { everything: false });
    const queued = ok(await pendingMutations(store));
    expect(queued.map((mutation) => mutation.record)).toEqual([first.id, second.id, expect.any(String)]);
    expect(queued.map((mutation) => mutation.n)).toEqual([1, 2, 3]);
    expect(ok(await casesToShare(store))).toBe(2);
  });

  it('takes queued demo records of an older version out of the outbox and numbers the rest afresh', async () => {
    const store = await freshStore();
    const olderDemo = ok(await createCase(store, { displayName: 'Demo: Ana Primer' }));
    const own = ok(await createCase(store, { displayName: 'M. K.' }));
    const note = ok(await addNote(store, own.id, { body: 'First meeting.' }));
    await store.db.meta.put({ key: 'demo', ids: [olderDemo.id] });
    await keepOnThisDevice(store, { everything: false });
    const queued = ok(await pendingMutations(store));
    expect(queued.map((mutation) => [mutation.n, mutation.record])).toEqual([
      [4, own.id],
      [5, note.id],
    ]);
    expect((await deviceMeta(store)).nextMutation).toBe(6);
    expect((await store.db.records.get(olderDemo.id))?.localOnly).toBe(1);
  });

  it('keeps everything here when the person chooses so: nothing queued, later edits stay here too', async () => {
    const { store, first } = await deviceWithDemoAndOwnCases();
    await keepOnThisDevice(store, { everything: true });
    expect(await store.db.outbox.count()).toBe(0);
    expect(ok(await casesToShare(store))).toBe(0);
    expect(ok(await updateCase(store, first.id, { summary: 'Only on this phone.' })).n).toBeNull();
    // A case made after joining goes to the team.
    expect(ok(await createCase(store, { displayName: 'N. N.' })).n).not.toBeNull();
  });
});
