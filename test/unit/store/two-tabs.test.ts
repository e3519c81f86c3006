import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../src/domain/hlc.ts';
import type { DeviceMeta } from '../../../src/store/db.ts';
import { createCase, deleteCase } from '../../../src/store/repo/cases.ts';
import { addNote, deleteNote, updateNote } from '../../../src/store/repo/notes.ts';
import { openStore } from '../../../src/store/store.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { freshStore, ok, START_MS } from './helpers.ts';

// A write guesses the device row and the case list row from what this tab saw last, and
// checks the guess inside its transaction (seen-rows.ts). These are the cases where the
// guess is wrong: another tab (a second Store on the same database), a pull, a direct write.
describe('writes from two tabs of one database', () => {
  it('numbers, clocks and case list rows stay right when the tabs take turns', async () => {
    const tabA = await freshStore();
    const tabB = ok(await openStore({ name: tabA.name, env: tabA.env }));
    const kase = ok(await createCase(tabA, { displayName: 'Demo: Ana Primer' }));
    const written = [];
    for (const [i, tab] of [tabA, tabA, tabB, tabA, tabB, tabB, tabA].entries()) {
      tabA.env.advance(1000);
      written.push(ok(await addNote(tab, kase.id, { body: `Demo ${i}`, followUpDate: `2026-12-0${i + 1}` })));
    }
    expect(written.map((receipt) => receipt.n)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect((await tabA.db.outbox.toArray()).map((row) => row.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const clocks = written.map((receipt) => receipt.clock as string);
    expect(clocks).toEqual(clocks.toSorted());
    expect(new Set((await tabA.db.records.toArray()).map((row) => row.changeNo)).size).toBe(8);
    expect(await tabA.db.caseIndex.get(kase.id)).toMatchObject({
      dues: ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07'],
      activityAt: START_MS + 7000,
    });
    const device = (await tabA.db.meta.get('device')) as DeviceMeta;
    expect(device).toMatchObject({ nextMutation: 9, nextChange: 9 });
  });

  it('sees an edit, a delete and a deleted case from the other tab', async () => {
    const tabA = await freshStore();
    const tabB = ok(await openStore({ name: tabA.name, env: tabA.env }));
    const kase = ok(await createCase(tabA, { displayName: 'Demo' }));
    const note = ok(await addNote(tabA, kase.id, { body: 'Demo', followUpDate: '2026-12-01' }));
    ok(await updateNote(tabB, note.id, { followUpDate: '2026-12-09' }));
    ok(await addNote(tabA, kase.id, { body: 'Demo 2' }));
    expect((await tabA.db.caseIndex.get(kase.id))?.dues).toEqual(['2026-12-09']);
    ok(await deleteNote(tabB, note.id));
    ok(await addNote(tabA, kase.id, { body: 'Demo 3' }));
    expect((await tabA.db.caseIndex.get(kase.id))?.dues).toEqual([]);
    ok(await deleteCase(tabB, kase.id));
    const late = await addNote(tabA, kase.id, { body: 'Demo 4' });
    expect(late.ok ? null : late.error.code).toBe('gone');
    expect((await tabA.db.outbox.toArray()).map((row) => row.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('ticks past a pulled clock and past counters written by other code', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo' }));
    ok(await addNote(store, kase.id, { body: 'Demo' }));
    const ahead = formatHlc({ wallMs: START_MS + 60_000, counter: 3, node: '00000000000000bb' });
    ok(
      await applyPulled(store, {
        records: [{ id: '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9eaa', type: 'note', caseId: kase.id, fields: { body: 'Demo theirs' }, clocks: { body: ahead }, deleted: null }],
        removed: [],
        cursor: 'c1',
      }),
    );
    const afterPull = ok(await addNote(store, kase.id, { body: 'Demo after the pull' }));
    expect(afterPull.clock! > ahead).toBe(true);
    // Some other code moves the counters on (as the sync engine's repairs do).
    const device = (await store.db.meta.get('device')) as DeviceMeta;
    await store.db.meta.put({ ...device, nextMutation: device.nextMutation + 10, nextChange: device.nextChange + 10 });
    const afterRepair = ok(await addNote(store, kase.id, { body: 'Demo after the repair' }));
    expect(afterRepair.n).toBe(device.nextMutation + 10);
    expect((await store.db.records.get(afterRepair.id))?.changeNo).toBe(device.nextChange + 10);
  });
});
