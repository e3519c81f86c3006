import { describe, expect, it } from 'vitest';
import { deleteDraft, loadDraft, saveDraft } from '../../../src/store/drafts.ts';
import { createCase, deleteCase } from '../../../src/store/repo/cases.ts';
import { closeStore, openStore } from '../../../src/store/store.ts';
import { freshStore, ok, START_MS } from './helpers.ts';

describe('drafts', () => {
  it('keeps a half-typed form across a reload, encoded', async () => {
    const store = await freshStore();
    ok(await saveDraft(store, 'case:new', { displayName: 'Demo: Half typ' }));
    closeStore(store);
    const reopened = ok(await openStore({ name: store.name, env: store.env }));
    expect(ok(await loadDraft(reopened, 'case:new'))).toEqual({ value: { displayName: 'Demo: Half typ' }, savedAt: START_MS });
    expect((await reopened.db.drafts.get('case:new'))?.body).toBe(await reopened.codec.encode({ displayName: 'Demo: Half typ' }));
    ok(await deleteDraft(reopened, 'case:new'));
    expect(ok(await loadDraft(reopened, 'case:new'))).toBeNull();
    closeStore(reopened);
  });

  it('erases the drafts of a deleted case', async () => {
    const store = await freshStore();
    const kase = ok(await createCase(store, { displayName: 'Demo' }));
    ok(await saveDraft(store, `note:new:${kase.id}`, { body: 'half' }, kase.id));
    ok(await deleteCase(store, kase.id));
    expect(ok(await loadDraft(store, `note:new:${kase.id}`))).toBeNull();
  });
});
