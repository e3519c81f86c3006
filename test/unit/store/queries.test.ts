import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { caseWithNotes } from '../../../src/store/queries/case-detail.ts';
import { caseCount, caseList, caseTags, type CaseListPage } from '../../../src/store/queries/case-list.ts';
import { getRecord, recordsOfCase } from '../../../src/store/queries/records.ts';
import { createCase, deleteCase, setCaseStatus, updateCase } from '../../../src/store/repo/cases.ts';
import { addNote, deleteNote, updateNote } from '../../../src/store/repo/notes.ts';
import { freshStore, ok } from './helpers.ts';

const TODAY = '2026-11-21';

async function fourCases() {
  const store = await freshStore();
  const ana = ok(await createCase(store, { displayName: 'Demo: Ana Primer', legalStatus: 'ip_applicant', tags: ['Stanovanje'], assignees: ['u_me'] }));
  store.env.advance(1000);
  const omar = ok(await createCase(store, { displayName: 'Demo: Omar Example', legalStatus: 'dublin', tags: ['health'] }));
  store.env.advance(1000);
  const lea = ok(await createCase(store, { displayName: 'Demo: Lea Vzorec', legalStatus: 'ip_applicant', assignees: ['u_me', 'u_other'] }));
  store.env.advance(1000);
  const closed = ok(await createCase(store, { displayName: 'Demo: Closed Case', status: 'closed', tags: ['stanovanje'] }));
  return { store, ana: ana.id, omar: omar.id, lea: lea.id, closed: closed.id };
}

const names = (page: CaseListPage) => page.items.map((item) => item.fields.displayName);

describe('caseList', () => {
  it('lists open cases by last activity, newest first, with a count', async () => {
    const { store, ana } = await fourCases();
    store.env.advance(1000);
    ok(await addNote(store, ana, { body: 'Demo call' })); // Ana becomes the most recently active
    const page = await caseList(store, { sort: 'activity', today: TODAY });
    expect(page.total).toBe(3);
    expect(names(page)).toEqual(['Demo: Ana Primer', 'Demo: Lea Vzorec', 'Demo: Omar Example']);
    expect(page.items[0]).toMatchObject({ status: 'open', nextDue: null });
    expect(await caseCount(store)).toBe(3);
    expect(await caseCount(store, { status: 'all' })).toBe(4);
  });

  it('filters by status, legal status, assignee and tag (any case, any diacritics), combined', async () => {
    const { store } = await fourCases();
    const list = (filter: object) => caseList(store, { sort: 'activity', today: TODAY, ...filter }).then(names);
    expect(await list({ status: 'closed' })).toEqual(['Demo: Closed Case']);
    expect(await list({ legalStatus: 'ip_applicant' })).toEqual(['Demo: Lea Vzorec', 'Demo: Ana Primer']);
    expect(await list({ assignedTo: 'u_me' })).toEqual(['Demo: Lea Vzorec', 'Demo: Ana Primer']);
    expect(await list({ assignedTo: 'u_me', legalStatus: 'ip_applicant', tag: 'STANOVANJE' })).toEqual(['Demo: Ana Primer']);
    expect(await list({ tag: 'stanovanje', status: 'all' })).toEqual(['Demo: Closed Case', 'Demo: Ana Primer']);
    expect(await list({ tag: 'nobody' })).toEqual([]);
  });

  it('sorts by the next due date from today on, cases without one last', async () => {
    const { store, ana, omar, lea } = await fourCases();
    ok(await addNote(store, ana, { body: 'Demo', followUpDate: '2026-12-10' }));
    ok(await addNote(store, omar, { body: 'Demo', followUpDate: '2026-11-25' }));
    ok(await addNote(store, omar, { body: 'Demo, long past', followUpDate: '2026-01-01' }));
    ok(await addNote(store, lea, { body: 'Demo, past only', followUpDate: '2026-11-20' }));
    const page = await caseList(store, { sort: 'deadline', today: TODAY });
    expect(names(page)).toEqual(['Demo: Omar Example', 'Demo: Ana Primer', 'Demo: Lea Vzorec']);
    expect(page.items.map((item) => item.nextDue)).toEqual(['2026-11-25', '2026-12-10', null]);
  });

  it('pages through many cases', async () => {
    const store = await freshStore();
    for (let i = 0; i < 25; i += 1) {
      ok(await createCase(store, { displayName: `Demo ${String(i).padStart(2, '0')}` }));
      store.env.advance(1000);
    }
    const first = await caseList(store, { sort: 'activity', today: TODAY, limit: 10 });
    const third = await caseList(store, { sort: 'activity', today: TODAY, offset: 20, limit: 10 });
    expect(first.total).toBe(25);
    expect(names(first)[0]).toBe('Demo 24');
    expect(names(third)).toEqual(['Demo 04', 'Demo 03', 'Demo 02', 'Demo 01', 'Demo 00']);
  });

  it('leaves deleted cases out and follows status changes', async () => {
    const { store, omar, lea } = await fourCases();
    ok(await deleteCase(store, lea));
    ok(await setCaseStatus(store, omar, 'closed'));
    expect(names(await caseList(store, { sort: 'activity', today: TODAY }))).toEqual(['Demo: Ana Primer']);
    expect(await caseTags(store)).toEqual(['health', 'stanovanje']); // one tag, two spellings
    ok(await updateCase(store, omar, { tags: ['health', 'Stanovanje'] }));
    expect(await caseTags(store)).toEqual(['health', 'Stanovanje']); // now the more common one
  });

  it('answers again by itself when the data changes (liveQuery)', async () => {
    const { store, omar } = await fourCases();
    const seen: number[] = [];
    const subscription = liveQuery(() => caseList(store, { sort: 'activity', today: TODAY })).subscribe({
      next: (page) => seen.push(page.total),
    });
    await until(() => seen.length === 1);
    ok(await updateCase(store, omar, { status: 'closed' }));
    await until(() => seen.at(-1) === 2);
    subscription.unsubscribe();
    expect(seen).toEqual([3, 2]);
  });
});

describe('caseWithNotes', () => {
  it('gives the case and its live notes, newest first', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo: Ana Primer' }));
    const first = ok(await addNote(store, kase.id, { body: 'Demo first' }));
    store.env.advance(60_000);
    const second = ok(await addNote(store, kase.id, { body: 'Demo second', kind: 'legal' }));
    store.env.advance(60_000);
    const third = ok(await addNote(store, kase.id, { body: 'Demo third' }));
    ok(await deleteNote(store, second.id));
    store.env.advance(60_000);
    ok(await updateNote(store, first.id, { body: 'Demo first, edited' })); // editing does not reorder

    const detail = await caseWithNotes(store, kase.id);
    expect(detail?.case.fields).toEqual({ displayName: 'Demo: Ana Primer' });
    expect(detail?.notes.map((note) => [note.id, note.fields.body])).toEqual([
      [third.id, 'Demo third'],
      [first.id, 'Demo first, edited'],
    ]);
    expect(detail?.case.activityAt).toBe(detail!.notes[1]!.updatedAt);
    expect(await recordsOfCase(store, kase.id, 'viewing')).toEqual([]);
    expect((await getRecord(store, third.id))?.fields).toEqual({ body: 'Demo third' });
    expect(await getRecord(store, second.id)).toBeNull();
  });

  it('is null for a deleted or unknown case', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo' }));
    ok(await deleteCase(store, kase.id));
    expect(await caseWithNotes(store, kase.id)).toBeNull();
    expect(await caseWithNotes(store, '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f')).toBeNull();
  });
});

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition never became true');
}
