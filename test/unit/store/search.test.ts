import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../src/domain/hlc.ts';
import { createCase, deleteCase, updateCase } from '../../../src/store/repo/cases.ts';
import { addNote, deleteNote, updateNote } from '../../../src/store/repo/notes.ts';
import { openSearchIndex, type SearchIndex } from '../../../src/store/search.ts';
import { applyPulled } from '../../../src/store/apply-pulled.ts';
import { freshStore, ok, START_MS } from './helpers.ts';

const ids = (index: SearchIndex, query: string) => index.search(query).map((hit) => hit.id).toSorted();

async function eventually(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

describe('search', () => {
  it('finds Slovenian words without diacritics, by prefix, in any case, with the caseId', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo: Špela Žagar', summary: 'Išče stanovanje v Ljubljani' }));
    const note = ok(await addNote(store, kase.id, { body: 'Prinesla je čokolado za otroke.' }));
    const index = openSearchIndex(store);
    await index.ready;

    expect(ids(index, 'spela')).toEqual([kase.id]);
    expect(ids(index, 'ZAGAR')).toEqual([kase.id]);
    expect(ids(index, 'čoko')).toEqual([note.id]);
    expect(ids(index, 'coko')).toEqual([note.id]);
    expect(ids(index, 'isce ljub')).toEqual([kase.id]); // every word, each by prefix
    expect(ids(index, 'isce otroke')).toEqual([]); // no single record holds both words…
    expect(index.searchCases('isce otroke')).toEqual([
      // …but the case does: its summary and its note, each listed as a reason
      expect.objectContaining({ caseId: kase.id, hits: [{ id: kase.id, type: 'case', caseId: kase.id }, { id: note.id, type: 'note', caseId: kase.id }] }),
    ]);
    expect(index.search('čokolado')[0]).toMatchObject({ id: note.id, type: 'note', caseId: kase.id });
    index.close();
  });

  it('finds Arabic, Persian and Cyrillic text typed without marks or with other letter forms', async () => {
    const store = await freshStore();
    const arabic = ok(await createCase(store, { displayName: 'Demo: أحمد مثال' }));
    const arNote = ok(await addNote(store, arabic.id, { body: 'ذهبَ إلى المَدْرَسَةِ مع مُصْطَفى' }));
    const persian = ok(await createCase(store, { displayName: 'Demo: کریم نمونه', summary: 'می‌خواهد کار کند' }));
    const cyrillic = ok(await createCase(store, { displayName: 'Demo: Алёна Пример', languages: ['Українська'] }));
    const index = openSearchIndex(store);
    await index.ready;

    expect(ids(index, 'احمد')).toEqual([arabic.id]);
    expect(ids(index, 'المدرسه')).toEqual([arNote.id]);
    expect(ids(index, 'مصطفي')).toEqual([arNote.id]);
    expect(ids(index, 'كريم')).toEqual([persian.id]); // Arabic kaf and ya typed for Persian letters
    expect(ids(index, 'ميخواهد')).toEqual([persian.id]);
    expect(ids(index, 'алена')).toEqual([cyrillic.id]);
    expect(ids(index, 'АЛЁН')).toEqual([cyrillic.id]);
    expect(ids(index, 'укр')).toEqual([cyrillic.id]);
    index.close();
  });

  it('finds a phone number by its digits', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo', phone: '+386 40 123 456' }));
    const index = openSearchIndex(store);
    await index.ready;
    const other = ok(await createCase(store, { displayName: 'Demo', phone: '01 234 56 78' }));
    await index.refresh();
    expect(ids(index, '040123')).toEqual([kase.id]); // national format
    expect(ids(index, '38640123')).toEqual([kase.id]);
    expect(ids(index, '012345')).toEqual([other.id]);
    expect(ids(index, '123 456')).toEqual([kase.id]);
    index.close();
  });

  it('groups hits by case', async () => {
    const store = await freshStore();
    const a = ok(await createCase(store, { displayName: 'Demo: Ana Primer' }));
    const b = ok(await createCase(store, { displayName: 'Demo: Omar Example' }));
    ok(await addNote(store, a.id, { body: 'Demo obisk pri zdravniku' }));
    ok(await addNote(store, a.id, { body: 'Demo spet pri zdravniku' }));
    ok(await addNote(store, b.id, { body: 'Demo zdravnik je odpovedal' }));
    const index = openSearchIndex(store);
    await index.ready;
    const cases = index.searchCases('zdravnik');
    expect(cases.map((result) => [result.caseId, result.hits.length]).toSorted()).toEqual(
      [
        [a.id, 2],
        [b.id, 1],
      ].toSorted(),
    );
    expect(index.searchCases('')).toEqual([]);
    index.close();
  });

  it('follows creates, edits and deletes without a rebuild', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo: Ana Primer' }));
    const index = openSearchIndex(store);
    await index.ready;
    expect(index.size).toBe(1);

    const note = ok(await addNote(store, kase.id, { body: 'Demo pogodba za najem' }));
    await eventually(() => ids(index, 'pogodba').length === 1);

    ok(await updateNote(store, note.id, { body: 'Demo prijava prebivališča' }));
    await eventually(() => ids(index, 'pogodba').length === 0 && ids(index, 'prebivalisca').length === 1);

    ok(await updateCase(store, kase.id, { displayName: 'Demo: Ana Novak' }));
    await eventually(() => ids(index, 'novak').length === 1 && ids(index, 'primer').length === 0);

    const other = ok(await addNote(store, kase.id, { body: 'Demo drugi zapis' }));
    ok(await deleteNote(store, other.id));
    await eventually(() => ids(index, 'drugi').length === 0 && index.size === 2);

    ok(await deleteCase(store, kase.id));
    await eventually(() => index.size === 0);
    index.close();
  });

  it('forgets cases removed from the device by a pull', async () => {
    const store = await freshStore();
    const caseId = '0192f1c4-7b3e-7c2a-9f1e-3d2b1a0c9e8f';
    const clock = formatHlc({ wallMs: START_MS, counter: 0, node: '00000000000000bb' });
    ok(
      await applyPulled(store, {
        records: [{ id: caseId, type: 'case', caseId, fields: { displayName: 'Demo: Lea Vzorec' }, clocks: { displayName: clock }, deleted: null }],
        removed: [],
        cursor: 'c1',
      }),
    );
    const index = openSearchIndex(store);
    await index.ready;
    expect(ids(index, 'lea')).toEqual([caseId]);
    ok(await applyPulled(store, { records: [], removed: [caseId], cursor: 'c2' }));
    await index.refresh();
    expect(ids(index, 'lea')).toEqual([]);
    index.close();
  });

  it('keeps the index in memory only', async () => {
    const store = await freshStore();
    ok(await createCase(store, { displayName: 'Demo: Ana Primer' }));
    const tablesBefore = store.db.tables.map((table) => table.name).toSorted();
    const metaBefore = await store.db.meta.toArray();
    const index = openSearchIndex(store);
    await index.ready;
    expect(store.db.tables.map((table) => table.name).toSorted()).toEqual(tablesBefore);
    expect(await store.db.meta.toArray()).toEqual(metaBefore);
    index.close();
    expect(index.size).toBe(0);
  });
});
