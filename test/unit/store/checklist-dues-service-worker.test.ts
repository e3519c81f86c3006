// Where the dating code is left out (the service worker's build, vite.config.ts), pulled
// checklists are stored undated, keeping the dates they had, and the page dates them on
// its next pull or open. Here the module is swapped for the service worker's stand-in
// while `inServiceWorker` is true.
import { describe, expect, it, vi } from 'vitest';
import type { Hlc } from '../../../src/domain/hlc.ts';
import type { SyncRecord } from '../../../src/domain/records.ts';
import { closeStore, openStore } from '../../../src/store/store.ts';
import { applyPulled } from '../../../src/store/sync-state.ts';
import { readUndatedList } from '../../../src/store/undated-list.ts';
import { clockAt, freshStore, id, ok, pulled as pulledRecord } from './helpers.ts';

const context = vi.hoisted(() => ({ inServiceWorker: false }));

vi.mock('../../../src/store/checklist-dating.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/store/checklist-dating.ts')>();
  return {
    ...actual,
    checklistDatingOnDevice: (...args: Parameters<typeof actual.checklistDatingOnDevice>) =>
      context.inServiceWorker ? Promise.resolve(null) : actual.checklistDatingOnDevice(...args),
  };
});

const [CASE, CHECKLIST, NEW_CHECKLIST] = [id(1), id(2), id(3)];
const pulled = (recordId: string, type: SyncRecord['type'], fields: Record<string, unknown>, clock: Hlc): SyncRecord =>
  pulledRecord(recordId, type, CASE, fields, clock);

// Served Mon 9 Nov 2026: the regular 15 days end Tue 24 Nov; 16 Nov: Tue 1 Dec.
const courtAction = (servedOn: string) => ({ templateId: 'decision-court-action', templateVersion: 1, variant: 'regular', 'date.decisionServedOn': servedOn });

describe('checklists pulled by the service worker', () => {
  it('keeps their dates as they were, lists them, and the page dates them on its next pull', async () => {
    const store = await freshStore();
    ok(
      await applyPulled(store, {
        records: [pulled(CASE, 'case', { displayName: 'Demo: Lea Vzorec' }, clockAt(1)), pulled(CHECKLIST, 'checklist', courtAction('2026-11-09'), clockAt(2))],
        removed: [],
        cursor: 'c1',
      }),
    );
    expect((await store.db.caseIndex.get(CASE))?.dues).toEqual(['2026-11-24']);

    context.inServiceWorker = true;
    try {
      // The item is ticked elsewhere, and a second checklist arrives.
      ok(
        await applyPulled(store, {
          records: [
            pulled(CHECKLIST, 'checklist', { 'item.court_action_regular.done': true }, clockAt(3)),
            pulled(NEW_CHECKLIST, 'checklist', courtAction('2026-11-16'), clockAt(3)),
          ],
          removed: [],
          cursor: 'c2',
        }),
      );
    } finally {
      context.inServiceWorker = false;
    }
    // A date that may be stale rather than a deadline gone missing, until the page dates them.
    expect((await store.db.records.get(CHECKLIST))?.due).toEqual(['2026-11-24']);
    expect((await store.db.records.get(NEW_CHECKLIST))?.due).toEqual([]);
    expect(await readUndatedList(store)).toEqual({ key: 'undatedChecklists', ids: [CHECKLIST, NEW_CHECKLIST], skipped: true });

    // The page's next pull brings nothing new, and dates them.
    ok(await applyPulled(store, { records: [], removed: [], cursor: 'c2' }));
    expect((await store.db.records.get(CHECKLIST))?.due).toEqual([]);
    expect((await store.db.records.get(NEW_CHECKLIST))?.due).toEqual(['2026-12-01']);
    expect((await store.db.caseIndex.get(CASE))?.dues).toEqual(['2026-12-01']);
    expect(await readUndatedList(store)).toEqual({ key: 'undatedChecklists', ids: [] });
  });

  it('does nothing about them when the service worker opens the store, and the page dates them when it opens', async () => {
    const store = await freshStore();
    context.inServiceWorker = true;
    try {
      ok(
        await applyPulled(store, {
          records: [pulled(CASE, 'case', { displayName: 'Demo: Lea Vzorec' }, clockAt(1)), pulled(CHECKLIST, 'checklist', courtAction('2026-11-09'), clockAt(2))],
          removed: [],
          cursor: 'c1',
        }),
      );
      closeStore(store);
      const inWorker = ok(await openStore({ name: store.name, env: store.env }));
      expect((await inWorker.db.caseIndex.get(CASE))?.dues).toEqual([]);
      expect((await readUndatedList(inWorker)).ids).toEqual([CHECKLIST]);
      closeStore(inWorker);
    } finally {
      context.inServiceWorker = false;
    }
    const inPage = ok(await openStore({ name: store.name, env: store.env }));
    expect((await inPage.db.caseIndex.get(CASE))?.dues).toEqual(['2026-11-24']);
    expect(await readUndatedList(inPage)).toEqual({ key: 'undatedChecklists', ids: [] });
    closeStore(inPage);
  });
});
