import { describe, expect, it } from 'vitest';
import { caseList } from '../../../src/store/queries/case-list.ts';
import { caseWithNotes } from '../../../src/store/queries/case-detail.ts';
import { demoBuilders, hasDemoData, loadDemoData, removeDemoData } from '../../../src/store/demo.ts';
import { createCase } from '../../../src/store/repo/cases.ts';
import { addNote } from '../../../src/store/repo/notes.ts';
import { freshStore, ok } from './helpers.ts';

const TODAY = '2026-11-21';

describe('demo data', () => {
  it('creates clearly fictional cases and notes dated around today, and remembers exactly their ids', async () => {
    const store = await freshStore();
    const mine = ok(await createCase(store, { displayName: 'Typed by a person' }));
    const { created } = ok(await loadDemoData(store, { today: TODAY }));

    const rows = await store.db.records.toArray();
    const demoMeta = await store.db.meta.get('demo');
    const remembered = demoMeta?.key === 'demo' ? demoMeta.ids : [];
    expect(remembered.toSorted()).toEqual(rows.map((row) => row.id).filter((id) => id !== mine.id).toSorted());
    expect(created).toBe(remembered.length);

    const page = await caseList(store, { status: 'all', sort: 'deadline', today: TODAY });
    const demoNames = page.items.map((item) => item.fields.displayName).filter((name) => name !== 'Typed by a person');
    expect(demoNames.length).toBeGreaterThanOrEqual(4);
    for (const name of demoNames) expect(name).toMatch(/^Demo: /);
    // The nearest follow-up is tomorrow (Omar's court action), so that case comes first.
    expect(page.items[0]).toMatchObject({ nextDue: '2026-11-22', fields: { displayName: 'Demo: Omar Example' } });
    expect(await hasDemoData(store)).toBe(true);
  });

  it('writes the notes in the chosen language', async () => {
    const store = await freshStore();
    ok(await loadDemoData(store, { today: TODAY, language: 'sl' }));
    const page = await caseList(store, { sort: 'activity', today: TODAY, tag: 'stanovanje' });
    const detail = await caseWithNotes(store, page.items[0]!.id);
    expect(detail?.notes.some((note) => /sobe|stanovanj/.test(note.fields.body ?? ''))).toBe(true);
  });

  it('loads only once', async () => {
    const store = await freshStore();
    ok(await loadDemoData(store, { today: TODAY }));
    const count = await store.db.records.count();
    expect(ok(await loadDemoData(store, { today: TODAY }))).toEqual({ created: 0 });
    expect(await store.db.records.count()).toBe(count);
  });

  it('removes exactly the demo records and keeps what a person typed', async () => {
    const store = await freshStore();
    const mine = ok(await createCase(store, { displayName: 'Typed by a person' }));
    ok(await loadDemoData(store, { today: TODAY }));
    const ana = (await caseList(store, { sort: 'activity', today: TODAY })).items.find(
      (item) => item.fields.displayName === 'Demo: Ana Primer',
    )!;
    const typedNote = ok(await addNote(store, ana.id, { body: 'A real note typed into a demo case' }));
    const minesNote = ok(await addNote(store, mine.id, { body: 'Mine' }));
    const demoCount = (await store.db.records.count()) - 3;

    const { removed, kept } = ok(await removeDemoData(store));

    expect(kept).toEqual([ana.id]); // it holds a person's note
    expect(removed).toBe(demoCount - 1);
    const live = (await store.db.records.toArray()).filter((row) => !row.isDeleted).map((row) => row.id);
    expect(live.toSorted()).toEqual([mine.id, minesNote.id, ana.id, typedNote.id].toSorted());
    // Demo data never left the device, so removing it queues nothing either.
    expect(await store.db.outbox.filter((m) => m.delete === true).count()).toBe(0);
    expect(ok(await removeDemoData(store))).toEqual({ removed: 0, kept: [ana.id] });
  });

  it('takes demo records of other types from builders added later', async () => {
    const store = await freshStore();
    demoBuilders.push(async (context) => {
      const first = context.cases[0]!;
      await context.create('viewing', first.id, { date: context.day(2), notes: 'Demo flat viewing' });
    });
    try {
      ok(await loadDemoData(store, { today: TODAY }));
    } finally {
      demoBuilders.pop();
    }
    const viewings = await store.db.records.where('type').equals('viewing').toArray();
    // The built-in demo viewings (demo-viewings.ts) are there too: find the one added here.
    const notes = await Promise.all(viewings.map(async (row) => ((await store.codec.decode(row.fields)) as { notes?: string }).notes));
    const added = viewings.filter((_, index) => notes[index] === 'Demo flat viewing');
    expect(added).toHaveLength(1);
    expect(added[0]!.due).toEqual(['2026-11-23']);
    ok(await removeDemoData(store));
    expect(await store.db.records.where('type').equals('viewing').filter((row) => !row.isDeleted).count()).toBe(0);
  });
});
