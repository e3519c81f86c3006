import { describe, expect, it } from 'vitest';
import type { SyncRecord } from '../../../src/domain/records.ts';
import { caseSummary, type CaseIndexRow } from '../../../src/store/db.ts';
import { caseFilterProps } from '../../../src/store/index-props.ts';
import { addNote, deleteNote, updateNote } from '../../../src/store/repo/notes.ts';
import type { Store } from '../../../src/store/store.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { acknowledge, syncCursor } from '../../../src/store/sync-state.ts';
import { clockAt, freshStore, id, ok, prng, pulled, START_MS, tombstoneOf } from './helpers.ts';


/** The case list's rows as a recount over every stored record gives them (activity: never behind). */
async function expectCaseIndexMatchesRecords(store: Store): Promise<void> {
  const rows = await store.db.records.toArray();
  const indexRows = new Map((await store.db.caseIndex.toArray()).map((row) => [row.id, row]));
  const liveCases = rows.filter((row) => row.type === 'case' && !row.isDeleted);
  expect([...indexRows.keys()].toSorted()).toEqual(liveCases.map((row) => row.id).toSorted());
  for (const caseRow of liveCases) {
    const ofCase = rows.filter((row) => row.caseId === caseRow.id);
    const fields = (await store.codec.decode(caseRow.fields)) as Record<string, unknown>;
    const indexRow = indexRows.get(caseRow.id) as CaseIndexRow;
    const { dues, activityAt: newestLive } = caseSummary(caseRow, ofCase);
    expect({ ...indexRow, activityAt: 0 }).toEqual({ id: caseRow.id, ...(await caseFilterProps(fields, store.codec)), dues, activityAt: 0 });
    // Last activity also counts deletions and earlier versions, so it is never behind a live record.
    expect(indexRow.activityAt).toBeGreaterThanOrEqual(newestLive);
  }
}

describe('applyPulled and the case list rows', () => {
  it.each([
    ['a new database', false],
    ['a database from before the list of cases without a row', true],
  ])('counts a note that arrived before its case once the case arrives (%s)', async (_, older) => {
    const store = await freshStore();
    if (older) await store.db.meta.delete('caseless');
    const [caseId, noteId, otherCase] = [id(1), id(2), id(3)];
    ok(
      await applyPulled(store, {
        records: [
          pulled(noteId, 'note', caseId, { body: 'Demo', followUpDate: '2026-12-03' }, clockAt(5)),
          pulled(otherCase, 'case', otherCase, { displayName: 'Demo: other' }, clockAt(1)),
        ],
        removed: [],
        cursor: 'c1',
      }),
    );
    expect((await store.db.caseIndex.toArray()).map((row) => row.id)).toEqual([otherCase]);
    expect(await store.db.meta.get('caseless')).toEqual(older ? undefined : { key: 'caseless', caseIds: [caseId] });
    ok(await applyPulled(store, { records: [pulled(caseId, 'case', caseId, { displayName: 'Demo: Lea Vzorec', tags: ['Stanovanje'] }, clockAt(1))], removed: [], cursor: 'c2' }));
    expect(await store.db.meta.get('caseless')).toEqual(older ? undefined : { key: 'caseless', caseIds: [] });
    expect(await store.db.caseIndex.get(caseId)).toEqual({
      id: caseId,
      status: 'open',
      tagKeys: ['tag:stanovanje'],
      assignees: [],
      dues: ['2026-12-03'],
      activityAt: START_MS + 5 * 60_000,
    });
  });

  it('drops a due date a pulled edit removes, unless another record still has it', async () => {
    const store = await freshStore();
    const [caseId, a, b] = [id(1), id(2), id(3)];
    ok(
      await applyPulled(store, {
        records: [
          pulled(caseId, 'case', caseId, { displayName: 'Demo' }, clockAt(1)),
          pulled(a, 'note', caseId, { body: 'Demo a', followUpDate: '2026-12-01' }, clockAt(2)),
          pulled(b, 'note', caseId, { body: 'Demo b', followUpDate: '2026-12-01' }, clockAt(2)),
        ],
        removed: [],
        cursor: 'c1',
      }),
    );
    ok(await applyPulled(store, { records: [pulled(a, 'note', caseId, { body: 'Demo a', followUpDate: null }, clockAt(3))], removed: [], cursor: 'c2' }));
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual(['2026-12-01']); // b still has it
    ok(await applyPulled(store, { records: [tombstoneOf(b, 'note', caseId, clockAt(4))], removed: [], cursor: 'c3' }));
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual([]);
    await expectCaseIndexMatchesRecords(store);
  });

  it('stores new records and merges stored ones in one page', async () => {
    const store = await freshStore();
    const [caseId, known, fresh] = [id(1), id(2), id(3)];
    ok(
      await applyPulled(store, {
        records: [pulled(caseId, 'case', caseId, { displayName: 'Demo' }, clockAt(1)), pulled(known, 'note', caseId, { body: 'Demo first' }, clockAt(1))],
        removed: [],
        cursor: 'c1',
      }),
    );
    ok(await updateNote(store, known, { followUpDate: '2026-12-05' })); // queued, not yet pushed
    ok(
      await applyPulled(store, {
        records: [
          pulled(known, 'note', caseId, { body: 'Demo first, edited elsewhere' }, clockAt(2)),
          pulled(fresh, 'note', caseId, { body: 'Demo new', followUpDate: '2026-12-09' }, clockAt(2)),
        ],
        removed: [],
        cursor: 'c2',
      }),
    );
    expect(await store.codec.decode((await store.db.records.get(known))!.fields)).toEqual({ body: 'Demo first, edited elsewhere', followUpDate: '2026-12-05' });
    expect(await store.codec.decode((await store.db.records.get(fresh))!.fields)).toEqual({ body: 'Demo new', followUpDate: '2026-12-09' });
    expect((await store.db.caseIndex.get(caseId))?.dues).toEqual(['2026-12-05', '2026-12-09']);
    await expectCaseIndexMatchesRecords(store);
  });

  it('merges a record it holds even when the pages before brought only new records', async () => {
    const store = await freshStore();
    const [caseId, first, second, third] = [id(1), id(2), id(3), id(4)];
    ok(await applyPulled(store, { records: [pulled(caseId, 'case', caseId, { displayName: 'Demo' }, clockAt(1))], removed: [], cursor: 'c1' }));
    ok(await applyPulled(store, { records: [pulled(first, 'note', caseId, { body: 'Demo one' }, clockAt(2))], removed: [], cursor: 'c2' }));
    const mine = ok(await addNote(store, caseId, { body: 'Demo typed here', followUpDate: '2026-12-07' }));
    const before = await store.db.records.get(mine.id);
    ok(await updateNote(store, first, { body: 'Demo one, edited here' })); // queued
    ok(
      await applyPulled(store, {
        records: [
          pulled(second, 'note', caseId, { body: 'Demo two' }, clockAt(3)),
          { ...pulled(mine.id, 'note', caseId, { body: 'Demo typed here', followUpDate: '2026-12-07' }, before!.clocks.body!), seq: '30' },
          pulled(first, 'note', caseId, { body: 'Demo one, edited elsewhere', kind: 'legal' }, clockAt(3)),
          pulled(third, 'note', caseId, { body: 'Demo three' }, clockAt(3)),
        ],
        removed: [],
        cursor: 'c3',
      }),
    );
    expect(await store.db.records.get(mine.id)).toEqual({ ...before, seq: '30' }); // its own write back: bookkeeping only
    expect(await store.codec.decode((await store.db.records.get(first))!.fields)).toEqual({ body: 'Demo one, edited here', kind: 'legal' });
    for (const fresh of [second, third]) expect(await store.db.records.get(fresh)).toMatchObject({ caseId, isDeleted: 0 });
    expect(ok(await syncCursor(store))).toBe('c3');
    await expectCaseIndexMatchesRecords(store);
  });

  it('keeps every case list row equal to a recount, whatever mix of pulls and local writes', async () => {
    for (let seed = 1; seed <= 8; seed += 1) {
      const random = prng(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
      const store = await freshStore();
      if (seed % 2 === 0) await store.db.meta.delete('caseless'); // a database from before that list
      const cases = [id(seed * 100 + 1), id(seed * 100 + 2), id(seed * 100 + 3)];
      const notes: { id: string; caseId: string }[] = [];
      const dates = [null, '2026-12-01', '2026-12-02', '2026-12-03'];
      let minute = 1;
      let cursor = 0;
      for (let step = 0; step < 25; step += 1) {
        const roll = random();
        if (roll < 0.55) {
          // A pull page: new notes, edits of known notes (often changing the follow-up), cases, deletes.
          const records: SyncRecord[] = [];
          for (let k = 0; k < 1 + Math.floor(random() * 4); k += 1) {
            const kind = random();
            minute += 1;
            if (kind < 0.2) {
              const caseId = pick(cases);
              records.push(pulled(caseId, 'case', caseId, { displayName: `Demo ${minute}`, tags: [pick(['a', 'b'])], status: pick(['open', 'closed']) }, clockAt(minute)));
            } else if (kind < 0.55 || notes.length === 0) {
              const note = { id: id(seed * 100 + 10 + notes.length), caseId: pick(cases) };
              notes.push(note);
              records.push(pulled(note.id, 'note', note.caseId, { body: `Demo ${minute}`, followUpDate: pick(dates) }, clockAt(minute)));
            } else if (kind < 0.9) {
              const note = pick(notes);
              records.push(pulled(note.id, 'note', note.caseId, { body: `Demo ${minute}`, followUpDate: pick(dates) }, clockAt(minute)));
            } else {
              const note = pick(notes);
              records.push(tombstoneOf(note.id, 'note', note.caseId, clockAt(minute)));
            }
          }
          cursor += 1;
          ok(await applyPulled(store, { records, removed: [], cursor: `c${cursor}` }));
        } else if (roll < 0.75) {
          const caseId = pick(cases);
          const written = await addNote(store, caseId, { body: 'Demo typed here', followUpDate: pick(dates) ?? undefined });
          if (written.ok) notes.push({ id: written.value.id, caseId });
        } else if (roll < 0.9 && notes.length > 0) {
          await updateNote(store, pick(notes).id, { followUpDate: pick(dates) });
        } else if (notes.length > 0) {
          await deleteNote(store, pick(notes).id);
        }
        if (random() < 0.3) ok(await acknowledge(store, Number.MAX_SAFE_INTEGER));
        await expectCaseIndexMatchesRecords(store);
      }
    }
  });
});
